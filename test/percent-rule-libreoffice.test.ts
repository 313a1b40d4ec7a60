/**
 * One percent rule, three readers (issue 14 item 5): on random actual values in random number
 * formats, the template's own 完成情况 formula computed by LibreOffice, `qc check`'s reader
 * (checkWorkbook) and the core's `evaluate` give every row the same status. And where a cell keeps
 * the template's format, what it shows grades the same as what it holds: 0.975 against ≥98 % never
 * shows as "98%".
 *
 * The rows are drawn by fast-check (a fresh seed each run, printed on failure) and written into one
 * workbook, so that LibreOffice starts once.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex, CatalogIndex, evaluate, isPercentFormat, STATUS_LABEL, type Indicator } from "../src/catalog";
import { actualFormatFor, buildCityTemplate, COLUMNS, FIRST_DATA_ROW, HEADERS } from "../src/template/city";
import { checkWorkbook, openWorkbook } from "../src/xlsx/read";
import { toBytes, writeWorkbook } from "../src/xlsx/render";
import { parseCsv, sofficePath } from "./libreoffice/soffice";

const hasSoffice = sofficePath() !== null;
if (!hasSoffice) {
  const msg = "LibreOffice (soffice) is not installed: the percent-rule tests cannot run. Install libreoffice-calc-nogui (.ci/run does).";
  if (process.env.CI) throw new Error(msg);
  console.warn(`\n*** ${msg} ***\n`);
}

const builtin = builtinIndex();
const taian = builtin.cities().find((c) => c.name === "泰安")!;
const rate = builtin.indicators(taian).find((e) => e.name === "农产品监测合格率")!; // ≥98%
const count = builtin.indicators(taian).find((e) => e.unit === "项" && e.comparator === ">=")!;

/** Every comparator on a % row, and a row in another unit; ids made unique so the reader finds each. */
const variants: Indicator[] = ([
  rate,
  { ...rate, comparator: ">", value: 97.5 },
  { ...rate, comparator: "<=", value: 5, name: "不合格率" },
  { ...rate, comparator: "<", value: 2.5, name: "投诉率" },
  { ...rate, comparator: "=", value: 100, name: "覆盖率" },
  { ...rate, comparator: "range", value: 90, valueMax: 95, name: "区间率" },
  { ...rate, value: 92.55, name: "两位小数率" },
  count,
] as Indicator[]).map((e, i) => ({ ...e, id: `ta-pct${i}`, name: `${e.name}#${i}` }));
const index = new CatalogIndex({ ...builtin.catalog, indicators: [...builtin.catalog.indicators, ...variants] });

/**
 * The workbook's first sheet recalculated by LibreOffice and saved as CSV with every cell as it is
 * shown (filter token 9 "save cell contents as shown" on: 0.975 in a 0% cell is "98%").
 */
function recalcShown(file: string): string[][] {
  const out = mkdtempSync(join(tmpdir(), "qc-pct-out-"));
  const profile = mkdtempSync(join(tmpdir(), "qc-pct-profile-"));
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false";
  execFileSync(sofficePath()!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", out, file], { stdio: "ignore", timeout: 180_000 });
  return parseCsv(readFileSync(join(out, "random.csv"), "utf8"));
}

const FORMATS = ["template", "0%", "0.0%", "0.00%;[Red]-0.00%", "General", '0.0"%"', "0.0\\%", "0.00"] as const;

const actual = fc.oneof(
  fc.integer({ min: -1500, max: 1500 }).map((n) => n / 1000), // fractions, some beyond ±1
  fc.integer({ min: 9000, max: 10100 }).map((n) => n / 10000), // close to the targets: 97.55 %, 98 %
  fc.integer({ min: 0, max: 12000 }).map((n) => n / 100), // percent points typed as numbers
  fc.constantFrom(0.975, 0.98, 95, 98, 1, 100, 9500, -0.5, 0),
  fc.constant(null),
);
const row = fc.record({ entry: fc.constantFrom(...variants), value: actual, format: fc.constantFrom(...FORMATS) });

describe.skipIf(!hasSoffice)("the percent rule in the sheet, qc check and evaluate", () => {
  const seed = Date.now() % 2 ** 31;
  const rows = fc.sample(row, { numRuns: 400, seed });
  const formatOf = (r: (typeof rows)[number]) => (r.format === "template" ? actualFormatFor(r.entry) : r.format);
  const file = join(mkdtempSync(join(tmpdir(), "qc-pct-")), "random.xlsx");
  let lo: string[][];
  let bytes: Uint8Array;

  beforeAll(async () => {
    const spec = buildCityTemplate(taian, rows.map((r) => r.entry), { year: 2026 });
    const wb = await openWorkbook(await writeWorkbook([spec]), "template.xlsx");
    const ws = wb.getWorksheet(spec.name)!;
    rows.forEach((r, i) => {
      const cell = ws.getCell(`${COLUMNS.actual}${FIRST_DATA_ROW + i}`);
      cell.value = r.value;
      // Its own style object: exceljs shares one between cells read from a file.
      cell.style = { ...cell.style, numFmt: formatOf(r) };
    });
    bytes = await toBytes(wb);
    writeFileSync(file, bytes);
    lo = recalcShown(file);
  }, 180_000);

  it(`gives every row the same status in LibreOffice, qc check and evaluate (seed ${seed})`, async () => {
    const status = HEADERS.indexOf("完成情况");
    const checked = checkWorkbook(await openWorkbook(bytes, file), file, index, null);
    const byCell = new Map(checked.findings.map((f) => [f.cell, f.status]));
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const cell = `${COLUMNS.actual}${FIRST_DATA_ROW + i}`;
      const core = STATUS_LABEL[evaluate(r.entry, r.value, { percentFormatted: isPercentFormat(formatOf(r)) }).status];
      const what = `${cell}: ${r.entry.name} ${r.value} in ${formatOf(r)} (seed ${seed})`;
      expect(lo[FIRST_DATA_ROW - 1 + i]![status], `LibreOffice ${what}`).toBe(core);
      expect(byCell.get(cell), `qc check ${what}`).toBe(core);
      seen.add(core);
    });
    expect(seen).toEqual(new Set(["达标", "未达标", "无数据"]));
  });

  it(`shows a value in the template's own format as precisely as it grades (seed ${seed})`, () => {
    const shownCol = HEADERS.indexOf("实际值");
    let compared = 0;
    rows.forEach((r, i) => {
      if (r.format !== "template" || r.value === null) return;
      const shown = lo[FIRST_DATA_ROW - 1 + i]![shownCol]!;
      const held = evaluate(r.entry, r.value, { percentFormatted: isPercentFormat(formatOf(r)) });
      // What the cell shows, read back as text, is the same number and so the same grade.
      const read = evaluate(r.entry, shown);
      expect([shown, read.status], `${r.entry.name}: ${r.value} shows ${shown}`).toEqual([shown, held.status]);
      expect(read.actual, `${r.entry.name}: ${r.value} shows ${shown}`).toBeCloseTo(held.actual as number, 9);
      compared++;
    });
    expect(compared).toBeGreaterThan(10);
  });
});
