import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../template/types";
import { writeWorkbookDirect } from "./direct-writer";

const base = { columns: [{ column: "A", width: 12 }, { column: "C", width: 0 }], tables: [], validations: [], conditionalFormats: [], freeze: { rows: 1, columns: 0 }, print: { orientation: "landscape" as const, fitToWidth: true, repeatRows: "$1:$1" } };

describe("writeWorkbookDirect", () => {
  it("writes values, text as text, formulas with results, styles, merges, widths and a chart that exceljs reads back", async () => {
    const bold = { bold: true, fill: "#DDEBF7", border: true };
    const spec: SheetSpec = {
      ...base,
      name: "汇总",
      merges: ["A3:B3"],
      cells: [
        { address: "A1", content: { kind: "value", value: "城市" }, style: bold },
        { address: "B1", content: { kind: "value", value: "达标率" }, style: bold },
        { address: "A2", content: { kind: "value", value: "=HYPERLINK(\"x\") & <泰安>" }, style: { border: true } },
        { address: "B2", content: { kind: "formula", formula: "IF(1=1,0.5,0)" }, style: { numberFormat: "0.0%" } },
        { address: "C2", content: { kind: "value", value: true } },
        { address: "A3", content: { kind: "value", value: 12.5 } },
      ],
      charts: [{ title: "达标率", categories: "A2:A2", series: [{ name: "达标率", values: "B2:B2", numberFormat: "0%" }], from: "D1", to: "J10" }],
    };
    const bytes = writeWorkbookDirect([spec, { ...spec, name: "汇总", charts: [] }], new Map([["汇总", new Map([["B2", 0.5]])]]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "汇总 (2)"]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("城市");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toBe('=HYPERLINK("x") & <泰安>');
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect(ws.getCell("B2").value).toMatchObject({ formula: "IF(1=1,0.5,0)", result: 0.5 });
    expect(ws.getCell("B2").numFmt).toBe("0.0%");
    expect(ws.getCell("C2").value).toBe(true);
    expect(ws.getCell("A3").value).toBe(12.5);
    expect((ws.model as { merges: string[] }).merges).toEqual(["A3:B3"]);
    expect(ws.getColumn("A").width).toBe(12);
    expect(ws.getColumn("C").hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]));
    expect(await zip.file("xl/charts/chart1.xml")!.async("string")).toContain("'汇总'!$B$2");
  });
});
