/**
 * Proof in a real engine: workbooks written by `qc template` are filled, recalculated by
 * LibreOffice, and their 完成情况 cells compared with the catalogue's own evaluation — and `qc
 * check` must agree with LibreOffice cell by cell. In CI LibreOffice is installed by .ci/run; where
 * it is absent the test fails in CI and says so loudly elsewhere.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex } from "../src/catalog";
import { HEADERS } from "../src/template/city";
import { checkWorkbook, openWorkbook } from "../src/xlsx/read";
import { filledTemplate, type ExpectedRow } from "./fixtures/xlsx/filled";
import { recalcToCsv, sofficePath } from "./libreoffice/soffice";

const index = builtinIndex();
const STATUS = HEADERS.indexOf("完成情况");
const GAP = HEADERS.indexOf("差距");
const cities = ["泰安", "新密", "通化"].map((n) => index.cities().find((c) => c.name === n)!);
const hasSoffice = sofficePath() !== null;
if (!hasSoffice) {
  const msg = "LibreOffice (soffice) is not installed: the real-engine xlsx tests cannot run. Install libreoffice-calc-nogui (.ci/run does).";
  if (process.env.CI) throw new Error(msg);
  console.warn(`\n*** ${msg} ***\n`);
}

describe.skipIf(!hasSoffice)("generated workbooks in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-xlsx-"));
  const file = join(dir, "filled.xlsx");
  let lo: Map<string, string[][]>;
  const expected = new Map<string, Map<number, ExpectedRow>>();

  beforeAll(async () => {
    const filled = await filledTemplate(index, cities);
    for (const [k, v] of filled.expected) expected.set(k, v);
    writeFileSync(file, filled.bytes);
    lo = recalcToCsv([file]).get(file)!;
  }, 180_000);

  it("writes one sheet per city and a 汇总 sheet", () => {
    expect([...lo.keys()].sort()).toEqual(["新密", "汇总", "泰安", "通化"].sort());
  });

  it("LibreOffice's 完成情况 agrees with the catalogue's evaluation on every row (hits, misses, blanks, % cells, qualitative)", () => {
    let checked = 0;
    const seen = new Set<string>();
    for (const city of cities) {
      const rows = lo.get(city.name)!;
      for (const [r, { entry, status }] of expected.get(city.name)!) {
        const got = rows[r - 1]![STATUS];
        expect(got, `${city.name} row ${r} ${entry.name}`).toBe(status);
        seen.add(status);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(seen).toEqual(new Set(["达标", "未达标", "无数据"]));
  });

  it("qc check agrees with LibreOffice cell by cell", async () => {
    const wb = await openWorkbook(new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(file))), file);
    const result = checkWorkbook(wb, file, index, null);
    expect(result.problems).toEqual([]);
    for (const f of result.findings) {
      const r = Number(f.cell.slice(1));
      expect(lo.get(f.sheet)![r - 1]![STATUS], `${f.sheet}!${f.cell} ${f.indicator}`).toBe(f.status);
    }
    expect(result.findings.length).toBe(cities.reduce((n, c) => n + index.indicators(c).length, 0));
  });

  it("the 汇总 sheet counts what the city sheets say", () => {
    const summary = lo.get("汇总")!;
    for (const city of cities) {
      const total = summary.find((row) => row[0] === city.name && row[1] === "合计")!;
      const statuses = [...expected.get(city.name)!.values()].map((x) => x.status);
      expect(Number(total[2])).toBe(statuses.length);
      expect(Number(total[3])).toBe(statuses.filter((s) => s === "达标").length);
      expect(Number(total[4])).toBe(statuses.filter((s) => s === "未达标").length);
      expect(Number(total[5])).toBe(statuses.filter((s) => s === "无数据").length);
    }
  });

  it("gap cells follow the sign rule: ≥0 met, <0 missed", () => {
    for (const city of cities) {
      const rows = lo.get(city.name)!;
      for (const [r, { status }] of expected.get(city.name)!) {
        const shown = rows[r - 1]![GAP];
        if (shown === "" || shown === undefined) continue;
        // The CSV holds cells as shown: "-1.0%" for a percent gap, "1,234" with separators.
        const gap = Number(shown.replace(/,/g, "").replace(/%$/, ""));
        expect(Number.isFinite(gap), `${city.name} ${r}: ${shown}`).toBe(true);
        if (status === "达标") expect(gap, `${city.name} ${r}`).toBeGreaterThanOrEqual(0);
        if (status === "未达标") expect(gap, `${city.name} ${r}`).toBeLessThanOrEqual(0);
      }
    }
  });
});
