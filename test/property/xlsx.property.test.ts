/**
 * The xlsx reader over hostile workbooks: any cell values (text with control characters, lone
 * surrogates, formulas-looking text, huge and odd numbers, booleans, errors) in any layout, and any
 * bytes pretending to be a workbook: a result or a clear error, never a crash or a hang.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinIndex } from "../../src/catalog";
import { checkWorkbook, openWorkbook, WorkbookError } from "../../src/xlsx/read";
import { hostileNumber, hostileString } from "./arbitraries";

const index = builtinIndex();
const names = index.catalog.indicators.map((e) => e.name);
const cell = fc.oneof(
  hostileString,
  hostileNumber.filter((n) => Number.isFinite(n)),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...names.slice(0, 40)),
  fc.constantFrom("指标", "指标名称", "实际值", "完成值", "2019年", "=1+1", "+SUM(A1)", "@x", "-5"),
  fc.constant({ error: "#N/A" }),
);

async function workbookOf(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" ? v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "") : v)) as ExcelJS.CellValue[]);
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
