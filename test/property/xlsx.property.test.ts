/**
 * The xlsx reader over hostile workbooks: any cell values (text with control characters, lone
 * surrogates, formulas-looking text, huge and odd numbers, booleans, errors, dates, rich text,
 * hyperlinks, formula results) in any layout, stray cells anywhere in the sheet, and any bytes
 * pretending to be a workbook: a result or a clear error, never a crash, never a lost row.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinIndex } from "../../src/catalog";
import { printable } from "../../src/cli/io";
import { isPercentFormat } from "../../src/catalog";
import { checkWorkbook, leanSheetGrid, openWorkbook, sheetGrid, type SheetGrid, WorkbookError } from "../../src/xlsx/read";
import { hostileNumber, hostileString } from "./arbitraries";

const index = builtinIndex();
const names = index.catalog.indicators.map((e) => e.name);
const taian = index.cities().find((c) => c.name === "泰安")!;
const taianNames = index.indicators(taian).map((e) => e.name);
// Characters XML cannot hold: Excel writes them as _xHHHH_, exceljs writes them raw and then cannot read its own file.
const withoutControls = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

const cell = fc.oneof(
  hostileString,
  hostileNumber.filter((n) => Number.isFinite(n)),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...names.slice(0, 40)),
  fc.constantFrom("指标", "指标名称", "实际值", "完成值", "2019年", "=1+1", "+SUM(A1)", "@x", "-5"),
  fc.constant({ error: "#N/A" }),
);

/** Every kind of value exceljs hands back for a cell. */
const anyValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  hostileString.map(withoutControls),
  hostileNumber.filter((n) => Number.isFinite(n)),
  fc.double({ min: 0, max: 1.2, noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date("1900-03-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!").map((error) => ({ error }) as ExcelJS.CellErrorValue),
  fc.array(fc.oneof(hostileString.map(withoutControls), fc.constantFrom("9", "7", ".", "%")), { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((text) => ({ text })) })),
  fc.constantFrom("98%", "97.5", "已达成").map((text) => ({ text, hyperlink: "https://example.org/" }) as ExcelJS.CellHyperlinkValue),
  fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom("98", "x")).map((result) => ({ formula: "A1", result }) as ExcelJS.CellFormulaValue),
);

async function workbookOf(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" ? withoutControls(v) : v)) as ExcelJS.CellValue[]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A bureau's table for 泰安: title, header, then (name, value) rows; strays put anywhere outside it. */
async function tableOf(rows: [string, ExcelJS.CellValue][], strays: [number, number, string][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报表");
  ws.addRow(["泰安市质量提升指标完成情况表"]);
  ws.addRow(["序号", "指标名称", "实际值"]);
  rows.forEach(([name, value], i) => ws.addRow([i + 1, name, value]));
  for (const [r, c, text] of strays) ws.getCell(r, c).value = text;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("reading hostile workbooks", () => {
  it("any grid of values: findings or problems with sentences, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 12 }), async (rows) => {
        const wb = await openWorkbook(await workbookOf(rows), "h.xlsx");
        const r = checkWorkbook(wb, "h.xlsx", index, null);
        for (const f of r.findings) expect(["达标", "未达标", "无数据"]).toContain(f.status);
        for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("any cell type in 实际值 is a matter of its own row: each row yields exactly one finding or one problem", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...taianNames), anyValue), { minLength: 1, maxLength: 12 }), async (rows) => {
        const r = checkWorkbook(await openWorkbook(await tableOf(rows), "t.xlsx"), "t.xlsx", index, null);
        rows.forEach((_, i) => {
          const cell = `C${i + 3}`;
          const found = r.findings.filter((f) => f.cell === cell).length;
          const mine = r.problems.filter((p) => p.message.startsWith(`报表!${cell}: `));
          // A rate read above 100 % is graded and warned about: a warning goes with a finding, never instead of one.
          const warnings = mine.filter((p) => p.message.includes("超过 100%")).length;
          expect(found + mine.length - warnings, `${cell}: ${JSON.stringify(rows[i])}`).toBe(1);
          if (warnings > 0) expect(found).toBe(1);
        });
      }),
      { numRuns: 80 },
    );
  }, 180_000);

  it("stray cells anywhere to the right of a table, up to XFD and row 60,000, change nothing it reports", async () => {
    const rows = fc.array(fc.tuple(fc.constantFrom(...taianNames), fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null))), { minLength: 1, maxLength: 8 });
    const strays = fc.array(fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 5, max: 16_384 }), fc.constantFrom("备注", "x", "说明：单位为%")), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(rows, strays, async (table, extra) => {
        const plain = checkWorkbook(await openWorkbook(await tableOf(table), "a.xlsx"), "a.xlsx", index, null);
        const sparse = checkWorkbook(await openWorkbook(await tableOf(table, extra), "a.xlsx"), "a.xlsx", index, null);
        expect(sparse.findings).toEqual(plain.findings);
        expect(sparse.problems).toEqual(plain.problems);
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it("any bytes: a workbook or a WorkbookError, never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]))), async (bytes) => {
        try {
          await openWorkbook(bytes, "x.xlsx");
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookError);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe("the lean reader (sheets too large for exceljs) reads what exceljs reads", () => {
  const formats = fc.constantFrom(null, "0%", "0.0%", '0.0"%"', "0.0\\%", "yyyy-mm-dd", "General", "@", "0.00", "[$-804]0.0%");
  const placed = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), anyValue, formats);
  const view = (g: SheetGrid) => ({
    columns: g.columns,
    values: g.values.map((row) => Object.entries(row)),
    percent: g.formats.map((row) => Object.entries(row).map(([c, f]) => [c, isPercentFormat(f)])),
    mergedInto: [...g.mergedInto].sort(),
    dates: [...g.dates].sort(),
  });
  it("any cells, formats and merges: the same grid from the XML as from exceljs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(placed, { maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 3 }), async (cells, merges) => {
        // exceljs turns a formula's text result in a date-formatted cell into a date (Excel shows the
        // text); the lean reader keeps the text. Not compared.
        const textResult = (v: unknown) => typeof v === "object" && v !== null && "formula" in v && typeof (v as { result?: unknown }).result === "string";
        fc.pre(!cells.some(([, , value, numFmt]) => numFmt === "yyyy-mm-dd" && textResult(value)));
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("s");
        for (const [r, c, value, numFmt] of cells) {
          const cell = ws.getCell(r, c);
          cell.value = value;
          if (numFmt) cell.style = { ...cell.style, numFmt };
        }
        const taken: string[] = [];
        for (const [r, c, h, w] of merges) {
          try {
            if (h + w > 0) ws.mergeCells(r, c, r + h, c + w);
            taken.push(`${r}:${c}`);
          } catch {
            // overlapping merges are refused by exceljs: not a case here
          }
        }
        const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
        const fromExceljs = sheetGrid((await openWorkbook(bytes, "p.xlsx")).worksheets[0]!);
        const lean = await leanSheetGrid(bytes, "xl/worksheets/sheet1.xml");
        expect(view(lean)).toEqual(view(fromExceljs));
      }),
      { numRuns: 120 },
    );
  }, 180_000);
});

describe("what qc prints", () => {
  const dangerous = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  it("any text made printable holds no escape code or control character (tab and newline aside), and printing it again changes nothing", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(fc.oneof(fc.constantFrom("\u001b[", "\u001b]", "\u009b", "\u0007", "\u001b\\", "\r", "\u202e", "2J", "31m", ";title", "泰安"), fc.string()), { maxLength: 12 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        const p = printable(s);
        expect(p).not.toMatch(dangerous);
        expect(printable(p)).toBe(p);
      }),
      { numRuns: 500 },
    );
  });
  it("text without control characters is printed as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        fc.pre(!dangerous.test(s));
        expect(printable(s)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});
