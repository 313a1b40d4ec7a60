/**
 * `qc report` end to end: returns from three units over two rounds (one unreadable file, one
 * duplicate), the report written to a file, every input left byte-for-byte as it was, and the
 * report recalculated by LibreOffice: its 汇总 pivot (live COUNTIFS over 明细) agrees with the rows.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex } from "../src/catalog";
import type { CliIO } from "../src/cli/io";
import { main } from "../src/cli/main";
import { nodeIO } from "../src/cli/node-io";
import type { Report } from "../src/report/consolidate";
import { PIVOT_HEADERS, REPORT_HEADER_ROW } from "../src/report/sheets";
import { COLUMNS, FIELD_CELLS, FIRST_DATA_ROW } from "../src/template/city";
import { openWorkbook } from "../src/xlsx/read";
import { toBytes } from "../src/xlsx/render";
import { filledTemplate } from "./fixtures/xlsx/filled";
import JSZip from "jszip";
import { recalcToCsv, resaveAsXlsx, sofficePath } from "./libreoffice/soffice";

const index = builtinIndex();
const city = (n: string) => index.cities().find((c) => c.name === n)!;
const hasSoffice = sofficePath() !== null;
if (!hasSoffice && process.env.CI) throw new Error("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui (.ci/run does).");

/** A filled template with the return's fields (填报单位, 报告期, 联系人) filled in on every city sheet. */
async function returnFile(cities: string[], unit: string, period: string, shift = 0): Promise<Uint8Array> {
  const { bytes } = await filledTemplate(index, cities.map(city));
  const wb = await openWorkbook(bytes, "t.xlsx");
  for (const ws of wb.worksheets) {
    if (ws.name === "汇总") continue;
    // The template's own fields, as a department fills them in.
    ws.getCell(FIELD_CELLS.unit.input).value = unit;
    ws.getCell(FIELD_CELLS.period.input).value = period;
    ws.getCell(FIELD_CELLS.contact.input).value = "张三 0538-1234567";
    if (shift !== 0) {
      // A later round: every numeric actual value moves, so the series has a trend.
      ws.eachRow((row, r) => {
        const cell = row.getCell(COLUMNS.actual);
        if (r >= FIRST_DATA_ROW && typeof cell.value === "number") cell.value = cell.value * (1 + shift);
      });
    }
  }
  return toBytes(wb);
}

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = { ...nodeIO, stdout: "", stderr: "" };
  io.out = (t: string) => void (io.stdout += t);
  io.err = (t: string) => void (io.stderr += t);
  return io;
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("qc report", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-report-"));
  const inbox = join(dir, "returns");
  const out = join(dir, "报告.xlsx");
  let before: Map<string, string>;
  let report: Report;
  let code: number;
  let stderr: string;

  beforeAll(async () => {
    mkdirSync(join(inbox, "2018"), { recursive: true });
    mkdirSync(join(inbox, "2019"), { recursive: true });
    writeFileSync(join(inbox, "2018", "市局.xlsx"), await returnFile(["泰安"], "泰安市市场监管局", "2018年"));
    writeFileSync(join(inbox, "2019", "市局.xlsx"), await returnFile(["泰安"], "泰安市市场监管局", "2019年", 0.01));
    writeFileSync(join(inbox, "2019", "市局-重发.xlsx"), await returnFile(["泰安"], "泰安市市场监管局", "2019年", 0.02));
    writeFileSync(join(inbox, "2019", "江门.xlsx"), await returnFile(["江门"], "江门市市场监管局", "2019年"));
    writeFileSync(join(inbox, "2019", "损坏.xlsx"), "PK\u0003\u0004 truncated");
    writeFileSync(join(inbox, "2019", "~$市局.xlsx"), "Office lock file");
    before = new Map(readdirSync(inbox, { recursive: true }).map((f) => [String(f), ""]).filter(([f]) => /\.xlsx$/.test(f!)).map(([f]) => [f!, sha(join(inbox, f!))]));
    const json = capture();
    await main(["report", inbox, "--json"], json);
    report = JSON.parse(json.stdout) as Report;
    const io = capture();
    code = await main(["report", inbox, "-o", out], io);
    stderr = io.stderr;
  }, 180_000);

  it("reads every return, lists the bad one and goes on, and never modifies an input", () => {
    expect(report.files).toBe(5);
    expect(report.unreadable.map((u) => u.file.replace(/^.*[\\/]/, ""))).toEqual(["损坏.xlsx"]);
    expect(stderr).toMatch(/已写入 .*报告\.xlsx：5 个文件/);
    expect(code).toBe(2);
    for (const [f, hash] of before) expect(sha(join(inbox, f)), f).toBe(hash);
  });

  it("flags the same unit and period sent twice, and the values they disagree on", () => {
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]!.unit).toBe("泰安市市场监管局");
    expect(report.duplicates[0]!.files.map((f) => f.replace(/^.*[\\/]/, "")).sort()).toEqual(["市局-重发.xlsx", "市局.xlsx"]);
    expect(report.conflicts.length).toBeGreaterThan(0);
    for (const c of report.conflicts) expect(new Set(c.reports.map((r) => String(r.actual))).size).toBeGreaterThan(1);
  });

  it("joins the rounds into series graded with the progress rule", () => {
    expect(report.years).toEqual([2018, 2019]);
    expect(report.series.length).toBeGreaterThan(0);
  });

  it.skipIf(!hasSoffice)("LibreOffice recalculates the pivot and it agrees with the rows", () => {
    const sheets = recalcToCsv([out]).get(out)!;
    expect([...sheets.keys()]).toEqual(expect.arrayContaining(["汇总", "明细", "未达标", "冲突", "重复报送", "无法读取", "进度"]));
    const pivot = sheets.get("汇总")!;
    expect(pivot[REPORT_HEADER_ROW - 1]).toEqual(PIVOT_HEADERS);
    const body = pivot.slice(REPORT_HEADER_ROW).filter((r) => r[0] !== "" && r[0] !== "合计");
    expect(body).toHaveLength(report.pivot.length);
    body.forEach((row, i) => {
      const p = report.pivot[i]!;
      expect(row.slice(0, 6)).toEqual([p.city, p.category, String(p.total), String(p.met), String(p.missed), String(p.nodata)]);
    });
    const rows = sheets.get("明细")!.slice(REPORT_HEADER_ROW).filter((r) => r[0] !== "");
    expect(rows).toHaveLength(report.rows.length);
    const total = pivot.find((r) => r[0] === "合计")!;
    expect(Number(total[2])).toBe(report.rows.length);
    expect(Number(total[3])).toBe(report.rows.filter((r) => r.status === "达标").length);
  });

  it.skipIf(!hasSoffice)("carries a chart of the pivot's rates that LibreOffice reads and keeps", async () => {
    const saved = resaveAsXlsx([out]).get(out)!;
    const zip = await JSZip.loadAsync(saved);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0]!)!.async("string");
    const last = REPORT_HEADER_ROW + report.pivot.length;
    expect(chart).toContain(`汇总!$G$${REPORT_HEADER_ROW + 1}:$G$${last}`);
    expect(chart).toContain(`汇总!$H$${REPORT_HEADER_ROW + 1}:$H$${last}`);
  }, 120_000);
});
