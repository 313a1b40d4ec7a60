/**
 * The .xlsx writer, read back from the bytes it writes: risky text keeps the text number format
 * (issue 13 item 14), each table of a spec is a real Excel table, and validation covers every cell
 * of a multi-column range.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { builtinIndex, type Indicator } from "../catalog";
import { buildCityTemplate, COLUMNS, LAST_COLUMN, tableName } from "../template/city";
import type { SheetSpec } from "../template/types";
import { isRiskyText, writeWorkbook } from "./render";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const bare = (cells: SheetSpec["cells"], tables: SheetSpec["tables"] = []): SheetSpec => ({
  name: "S",
  cells,
  columns: [],
  merges: [],
  tables,
  validations: [],
  conditionalFormats: [],
  freeze: { rows: 0, columns: 0 },
  print: { orientation: "portrait", fitToWidth: false },
});

describe("text that a spreadsheet would run", () => {
  it.each(["=HYPERLINK(\"http://evil\",\"x\")", "+1-2", "-5%", "@SUM(A1)"])("%s is stored as text in the text format", async (text) => {
    const wb = await reopen(await writeWorkbook([bare([{ address: "B2", content: { kind: "value", value: text }, style: { bold: true, numberFormat: "0.0" } }])]));
    const cell = wb.getWorksheet("S")!.getCell("B2");
    expect(cell.value).toBe(text);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe("@");
    expect(cell.font?.bold).toBe(true);
  });

  it("leaves other text, numbers and formulas in their own formats", async () => {
    const wb = await reopen(
      await writeWorkbook([
        bare([
          { address: "A1", content: { kind: "value", value: "农产品监测合格率" } },
          { address: "A2", content: { kind: "value", value: -5 }, style: { numberFormat: "0.0" } },
          { address: "A3", content: { kind: "formula", formula: "A2*2" }, style: { numberFormat: "0.00" } },
        ]),
      ]),
    );
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("A1").numFmt).toBeUndefined();
    expect(ws.getCell("A2").numFmt).toBe("0.0");
    expect(ws.getCell("A3").numFmt).toBe("0.00");
    expect(isRiskyText(-5)).toBe(false);
  });

  it("protects a template row whose name and quote come from a hostile document", async () => {
    const e: Indicator = { ...index.indicators(taian)[6]!, name: "=1+1", quote: "@cmd" };
    const wb = await reopen(await writeWorkbook([buildCityTemplate(taian, [e], { year: 2026 })]));
    const ws = wb.getWorksheet(taian.name)!;
    expect([ws.getCell(`${COLUMNS.name}5`).value, ws.getCell(`${COLUMNS.name}5`).numFmt]).toEqual(["=1+1", "@"]);
    expect([ws.getCell(`${COLUMNS.quote}5`).value, ws.getCell(`${COLUMNS.quote}5`).numFmt]).toEqual(["@cmd", "@"]);
  });
});

describe("tables", () => {
  it("writes the template's table as a real Excel table named after the city, over the header and every row", async () => {
    const entries = index.indicators(taian);
    const bytes = await writeWorkbook([buildCityTemplate(taian, entries, { year: 2026 })]);
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((f) => /^xl\/tables\/.+\.xml$/.test(f));
    expect(parts).toHaveLength(1);
    const xml = await zip.file(parts[0]!)!.async("string");
    expect(xml).toContain(`name="${tableName(taian)}"`);
    expect(xml).toContain(`ref="A4:${LAST_COLUMN}${4 + entries.length}"`);
    expect(xml).toContain("<autoFilter");
    expect(xml).toContain('<tableColumn id="5" name="2026年目标"');
    // The cells are the spec's, not the table's placeholders.
    const ws = (await reopen(bytes)).getWorksheet(taian.name)!;
    expect(ws.getCell(`${COLUMNS.id}5`).value).toBe(entries[0]!.id);
    expect((ws.getCell(`${COLUMNS.status}5`).value as ExcelJS.CellFormulaValue).formula).toMatch(/^IF\(/);
  });

  it("gives two tables of the same name distinct names, and falls back to an AutoFilter where the header cannot name columns", async () => {
    const spec = (name: string, header: string[]) =>
      ({ ...bare([...header.map((h, i) => ({ address: `${String.fromCharCode(65 + i)}1`, content: { kind: "value" as const, value: h } })), { address: "A2", content: { kind: "value" as const, value: 1 } }], [{ name: "T", range: "A1:B2" }]), name });
    const bytes = await writeWorkbook([spec("a", ["x", "y"]), spec("b", ["x", "y"]), spec("c", ["x", "x"])]);
    const zip = await JSZip.loadAsync(bytes);
    const names = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/tables\/.+\.xml$/.test(f)).map(async (f) => /name="([^"]+)"/.exec(await zip.file(f)!.async("string"))![1]));
    expect(names.sort()).toEqual(["T", "T_2"]);
    expect((await reopen(bytes)).getWorksheet("c")!.autoFilter).toBe("A1:B2");
  });
});

describe("validation", () => {
  it("covers every cell of a range that spans columns", async () => {
    const s = { ...bare([]), validations: [{ kind: "decimal" as const, range: "B2:D3", allowBlank: true as const }] };
    const ws = (await reopen(await writeWorkbook([s]))).getWorksheet("S")!;
    for (const a of ["B2", "C2", "D2", "B3", "D3"]) expect(ws.getCell(a).dataValidation?.type, a).toBe("decimal");
    expect(ws.getCell("E2").dataValidation?.type).toBeUndefined();
  });
});
