/**
 * Workbooks as LibreOffice saves them: a filled template and a bureau's own layout are opened and
 * saved again by LibreOffice (shared strings, its own styles and number-format ids, cached formula
 * results), then read by `qc check`. The reading must not depend on who wrote the file, and the
 * template's working parts (validation, conditional formats, the Excel table, hidden helper columns,
 * unlocked input cells, print setup) must survive a real engine opening it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex } from "../src/catalog";
import { COLUMNS, FIELD_CELLS, FIRST_DATA_ROW, LAST_COLUMN, QUALITATIVE_CHOICES, tableName } from "../src/template/city";
import { checkWorkbook, openWorkbook, type CheckResult } from "../src/xlsx/read";
import { filledTemplate, ownLayout } from "./fixtures/xlsx/filled";
import { resaveAsXlsx, sofficePath } from "./libreoffice/soffice";

const index = builtinIndex();
const cities = ["泰安", "江门"].map((n) => index.cities().find((c) => c.name === n)!);
const hasSoffice = sofficePath() !== null;
if (!hasSoffice) {
  const msg = "LibreOffice (soffice) is not installed: the LibreOffice round-trip tests cannot run. Install libreoffice-calc-nogui (.ci/run does).";
  if (process.env.CI) throw new Error(msg);
  console.warn(`\n*** ${msg} ***\n`);
}

/**
 * Whether every cell of a one-column range is unlocked, read from the package itself: LibreOffice
 * writes applyProtection="true", which exceljs does not read back as protection.
 */
async function unlockedCells(bytes: Uint8Array, sheetNo: number, range: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file(`xl/worksheets/sheet${sheetNo}.xml`)!.async("string");
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const [, col, r0, r1] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(range)!;
  for (let r = Number(r0); r <= Number(r1); r++) {
    const s = new RegExp(`<c r="${col}${r}"[^>]*?\\bs="(\\d+)"`).exec(sheet)?.[1];
    if (s === undefined || !/<protection[^>]*locked="(false|0)"/.test(xfs[Number(s)] ?? "")) return false;
  }
  return true;
}

/** The table parts of a package: name, range, and whether it keeps its AutoFilter. */
async function tablePartsOf(bytes: Uint8Array): Promise<{ name: string; ref: string; filter: boolean }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f));
  return Promise.all(
    files.map(async (f) => {
      const xml = await zip.file(f)!.async("string");
      const attr = (a: string) => new RegExp(`<table\\b[^>]*\\b${a}="([^"]*)"`).exec(xml)?.[1] ?? "";
      return { name: attr("name"), ref: attr("ref"), filter: /<autoFilter\b/.test(xml) };
    }),
  );
}

/** What a finding says, without the file name (the two files differ only in who wrote them). */
const said = (r: CheckResult) => r.findings.map(({ sheet, cell, indicator, target, actual, status, gap }) => ({ sheet, cell, indicator, target, actual, status, gap }));

describe.skipIf(!hasSoffice)("workbooks saved by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-xlsx-rt-"));
  const templateFile = join(dir, "template.xlsx");
  const ownFile = join(dir, "own.xlsx");
  const original = new Map<string, Uint8Array>();
  let saved: Map<string, Uint8Array>;

  beforeAll(async () => {
    original.set(templateFile, (await filledTemplate(index, cities)).bytes);
    original.set(ownFile, await ownLayout());
    for (const [f, b] of original) writeFileSync(f, b);
    saved = resaveAsXlsx([templateFile, ownFile]);
  }, 180_000);

  const check = async (bytes: Uint8Array, name: string) => checkWorkbook(await openWorkbook(bytes, name), name, index, null);

  it.each([
    ["our filled template", () => templateFile],
    ["a bureau's own layout (merged header, text numbers, % cell, formula)", () => ownFile],
  ])("qc check reads %s the same after LibreOffice saved it", async (_label, fileOf) => {
    const f = fileOf();
    const before = await check(original.get(f)!, "before.xlsx");
    const after = await check(saved.get(f)!, "after.xlsx");
    expect(before.findings.length).toBeGreaterThan(3);
    expect(said(after)).toEqual(said(before));
    expect(after.problems.map((p) => p.message)).toEqual(before.problems.map((p) => p.message));
  });

  it("LibreOffice caches 完成情况 results equal to qc check's status, so the file shows them without recalculation", async () => {
    const wb = await openWorkbook(saved.get(templateFile)!, "after.xlsx");
    const result = checkWorkbook(wb, "after.xlsx", index, null);
    for (const f of result.findings) {
      const r = Number(f.cell.replace(/\D/g, ""));
      const cell = wb.getWorksheet(f.sheet)!.getCell(`${COLUMNS.status}${r}`).value as ExcelJS.CellFormulaValue;
      expect(cell.formula, `${f.sheet}!${COLUMNS.status}${r}`).toMatch(/^IF\(/);
      expect(cell.result, `${f.sheet}!${COLUMNS.status}${r} ${f.indicator}`).toBe(f.status);
    }
    expect(new Set(result.findings.map((f) => f.status))).toEqual(new Set(["达标", "未达标", "无数据"]));
  });

  it("keeps the template's validation, conditional formats, Excel table, hidden helper columns, input cells and print setup", async () => {
    const wb = await openWorkbook(saved.get(templateFile)!, "after.xlsx");
    for (const city of cities) {
      const ws = wb.getWorksheet(city.name)!;
      const entries = index.indicators(city);
      const last = FIRST_DATA_ROW + entries.length - 1;
      entries.forEach((e, i) => {
        const address = `${COLUMNS.actual}${FIRST_DATA_ROW + i}`;
        const v = ws.getCell(address).dataValidation;
        if (e.comparator === "qualitative") {
          expect(v?.type, `${city.name}!${address}`).toBe("list");
          expect(String(v?.formulae?.[0])).toBe(`"${QUALITATIVE_CHOICES.join(",")}"`);
        } else expect(v?.type, `${city.name}!${address}`).toBe("decimal");
      });
      const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings.map((cf) => [cf.ref, (cf.rules[0] as { formulae?: string[] }).formulae?.[0]]);
      const { actual, status, quote, comparator, max, id } = COLUMNS;
      expect(rules).toEqual(
        expect.arrayContaining([
          [`${status}5:${status}${last}`, `$${status}5="未达标"`],
          [`${status}5:${status}${last}`, `$${status}5="达标"`],
          [`${actual}5:${actual}${last}`, `$${status}5="未达标"`],
        ]),
      );
      // A real Excel table, kept by LibreOffice with its name, range and filter.
      const tables = await tablePartsOf(saved.get(templateFile)!);
      expect(tables, `${city.name} table`).toContainEqual({ name: tableName(city), ref: `A4:${LAST_COLUMN}${last}`, filter: true });
      expect([comparator, max, id].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, true]);
      expect(ws.getColumn(quote).hidden).toBe(false);
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" });
      // LibreOffice writes fitToPage="true", which exceljs reads back as false: read the package.
      const xml = await (await JSZip.loadAsync(saved.get(templateFile)!)).file(`xl/worksheets/sheet${wb.worksheets.indexOf(ws) + 1}.xml`)!.async("string");
      expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="(true|1)"/);
      expect(await unlockedCells(saved.get(templateFile)!, wb.worksheets.indexOf(ws) + 1, `${COLUMNS.actual}${FIRST_DATA_ROW}:${COLUMNS.actual}${last}`)).toBe(true);
      expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining([`A1:${COLUMNS.quote}1`, "A2:H2", "A3:H3", `${FIELD_CELLS.unit.input}:L2`]));
      // The return's fields keep their input cells (unlocked) and their validation.
      for (const f of Object.values(FIELD_CELLS)) expect(await unlockedCells(saved.get(templateFile)!, wb.worksheets.indexOf(ws) + 1, `${f.input}:${f.input}`), f.input).toBe(true);
      expect(ws.getCell(FIELD_CELLS.period.input).dataValidation).toMatchObject({ type: "list" });
      expect(ws.getCell(FIELD_CELLS.unit.input).dataValidation).toMatchObject({ type: "textLength" });
    }
  });
});
