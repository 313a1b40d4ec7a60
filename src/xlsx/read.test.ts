import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { main } from "../cli/main";
import type { CliIO } from "../cli/io";
import { COLUMNS } from "../template/city";
import { buildTemplateWorkbook } from "./export";
import { checkWorkbook, countCells, MAX_CELLS, openWorkbook, sheetGrid, WorkbookError } from "./read";
import { toBytes } from "./render";
import { ownLayout } from "../../test/fixtures/xlsx/filled";
import { declareSize, literalPercents, longTable, mergedValues, noteInLastColumn, oddCellTypes, strayCellFarAway, zipBomb } from "../../test/fixtures/xlsx/hostile";

const index = builtinIndex();

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function world(files: Record<string, Uint8Array>) {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => files[p]!,
    writeFile: () => undefined,
    exists: (p) => p in files,
  };
  return { io, out: () => out, err: () => err };
}

describe("reading people's own layouts", () => {
  it("finds the table under a merged two-row header and reads %-cells, text numbers and formula results", async () => {
    const wb = await openWorkbook(await ownLayout(), "own.xlsx");
    const r = checkWorkbook(wb, "own.xlsx", index, null);
    expect(r.findings.map((f) => [f.cell, f.indicator, f.status])).toEqual([
      ["C4", "农产品监测合格率", "未达标"],
      ["C5", "食品抽检合格率", "达标"],
      ["C6", "药品抽检合格率", "无数据"],
      ["C7", "市级社会公用计量标准", "达标"],
    ]);
    expect(r.findings[0]).toMatchObject({ city: "泰安", target: "≥98%", actual: 97, gap: -1 });
    expect(r.problems.map((p) => p.message).join(" ")).toContain("不存在的指标");
  });
});

describe("reading our template", () => {
  const taian = index.cities().find((c) => c.name === "泰安")!;

  it("skips the 汇总 sheet even after a spreadsheet has cached its results (they are counts, not actual values)", async () => {
    const wb = await openWorkbook(await buildTemplateWorkbook(index, [taian]), "t.xlsx");
    // What Excel, WPS or LibreOffice leave behind on save: every formula with a cached result.
    wb.getWorksheet("汇总")!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v) cell.value = { formula: v.formula, result: cell.address.startsWith("G") ? 0.35 : 3 };
      }),
    );
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "t.xlsx"), "t.xlsx", index, null);
    expect(r.problems).toEqual([]);
    expect(new Set(r.findings.map((f) => f.sheet))).toEqual(new Set(["泰安"]));
    expect(r.findings).toHaveLength(index.indicators(taian).length);
  });

  it("checks a number stored as text and says that the sheet's own formula shows 请填数值", async () => {
    const wb = await openWorkbook(await buildTemplateWorkbook(index, [taian]), "t.xlsx");
    const ws = wb.getWorksheet("泰安")!;
    const row = index.indicators(taian).findIndex((e) => e.name === "农产品监测合格率") + 5;
    const H = COLUMNS.actual;
    ws.getCell(`${H}${row}`).value = "98.5";
    ws.getCell(`${H}${row}`).numFmt = "General";
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "t.xlsx"), "t.xlsx", index, null);
    expect(r.findings.find((f) => f.cell === `${H}${row}`)).toMatchObject({ status: "达标", actual: 98.5 });
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining(`泰安!${H}${row}: 实际值“98.5”是文本`)]);
  });
});

describe("qc check", () => {
  it("exits 1 when a target is missed and prints the findings as JSON objects", async () => {
    const w = world({ "own.xlsx": await ownLayout() });
    expect(await main(["check", "own.xlsx", "--json"], w.io)).toBe(1);
    const findings = JSON.parse(w.out());
    expect(Object.keys(findings[0])).toEqual(["file", "sheet", "cell", "city", "indicator", "target", "actual", "status", "gap"]);
  });
  it("exits 0 when every reported target is met (an empty template reports 无数据 only)", async () => {
    const bytes = await buildTemplateWorkbook(index, [index.cities()[0]!]);
    const w = world({ "t.xlsx": bytes });
    expect(await main(["check", "t.xlsx"], w.io)).toBe(0);
    expect(w.out()).toContain("无数据");
  });
  it.each([
    ["a missing file", {}, "nope.xlsx", "找不到文件：nope.xlsx"],
    ["an encrypted or legacy file", { "enc.xlsx": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, "enc.xlsx", "受密码保护"],
    ["a text file", { "a.xlsx": new TextEncoder().encode("hello") }, "a.xlsx", "不是 .xlsx"],
    ["a corrupt zip", { "c.xlsx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]) }, "c.xlsx", "已损坏"],
  ])("reports %s with a sentence and exits 2 (error case)", async (_l, files, file, words) => {
    const w = world(files as Record<string, Uint8Array>);
    expect(await main(["check", file], w.io)).toBe(2);
    expect(w.err()).toContain(words);
  });
  it("reports a workbook without a recognisable table (error case)", async () => {
    const bytes = await bytesOf((wb) => wb.addWorksheet("x").addRow(["hello", "world"]));
    const w = world({ "x.xlsx": bytes });
    expect(await main(["check", "x.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("没有可识别的指标表");
  });
  it("goes on past one bad file in a batch", async () => {
    const w = world({ "bad.xlsx": new TextEncoder().encode("nope"), "own.xlsx": await ownLayout() });
    expect(await main(["check", "bad.xlsx", "own.xlsx", "--json"], w.io)).toBe(2);
    expect(JSON.parse(w.out()).length).toBe(4);
    expect(w.err()).toContain("bad.xlsx");
  });
  it("asks for --default-city when a sheet names no city and its names fit none (error case)", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("s");
      ws.addRow(["指标", "实际值"]);
      ws.addRow(["完全陌生的指标", 1]);
    });
    const w = world({ "s.xlsx": bytes });
    expect(await main(["check", "s.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("--default-city");
  });
});

describe("qc template", () => {
  it("refuses to overwrite, and writes a workbook with a sheet per city and 汇总", async () => {
    const files: Record<string, Uint8Array> = { "old.xlsx": new Uint8Array([1]) };
    let written: Uint8Array | string | undefined;
    const io: CliIO = { out: () => undefined, err: () => undefined, readFile: (p) => files[p]!, writeFile: (_p, d) => void (written = d), exists: (p) => p in files };
    expect(await main(["template", "泰安", "-o", "old.xlsx"], io)).toBe(2);
    expect(await main(["template", "--all", "-o", "all.xlsx"], io)).toBe(0);
    const wb = await openWorkbook(written as Uint8Array, "all.xlsx");
    expect(wb.worksheets.map((s) => s.name)).toEqual(["新密", "焦作", "江门", "泰安", "通化", "汇总"]);
  });
});

describe("files people really have (issue 13)", () => {
  const statuses = (r: ReturnType<typeof checkWorkbook>) => r.findings.map((f) => [f.cell, f.indicator, f.actual, f.status]);

  it("a stray cell at XFD20000 costs one cell: the grid holds the cells that exist, and the table reads as before", async () => {
    const bytes = await strayCellFarAway();
    expect(bytes.length).toBeLessThan(10_000);
    const wb = await openWorkbook(bytes, "stray.xlsx");
    const grid = sheetGrid(wb.worksheets[0]!);
    expect(grid.columns).toEqual([0, 1, 2, 16383]);
    expect(grid.values.reduce((n, row) => n + Object.keys(row).length, 0)).toBe(1 + 3 + 3 + 3 + 1);
    expect(Object.entries(grid.values[19999]!)).toEqual([["3", "x"]]);
    const r = checkWorkbook(wb, "stray.xlsx", index, null);
    expect(statuses(r)).toEqual([
      ["C3", "农产品监测合格率", 99, "达标"],
      ["C4", "食品抽检合格率", 90, "未达标"],
    ]);
    expect(r.problems).toEqual([]);
  });

  it("cells on a diagonal (one per row and column) cost one entry each, not rows × columns", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("d");
    for (let i = 1; i <= 1000; i++) ws.getCell(i, i * 16).value = i;
    const book = await openWorkbook(await toBytes(wb), "d.xlsx");
    const grid = sheetGrid(book.worksheets[0]!);
    expect(grid.columns).toHaveLength(1000);
    expect(grid.values.reduce((n, row) => n + Object.keys(row).length, 0)).toBe(1000);
    expect(grid.values[999]![999]).toBe(1000);
    expect(checkWorkbook(book, "d.xlsx", index, null).problems.map((p) => p.message)).toEqual([expect.stringContaining("没有可识别的指标表")]);
  });

  it("a 1,000-row table with a note in XFD1 reads all 1,000 rows, four columns wide", async () => {
    const wb = await openWorkbook(await noteInLastColumn(1000), "note.xlsx");
    expect(sheetGrid(wb.worksheets[0]!).columns).toEqual([0, 1, 2, 16383]);
    const r = checkWorkbook(wb, "note.xlsx", index, null);
    expect(r.findings).toHaveLength(1000);
    expect(r.findings[999]).toMatchObject({ cell: "C1002", status: "达标" });
  });

  it("qc check over 130,000 rows reports every row (a spread of that many findings overflowed the stack)", async () => {
    const w = world({ "long.xlsx": await longTable(130_000) });
    expect(await main(["check", "long.xlsx", "--json"], w.io)).toBe(1);
    const findings = JSON.parse(w.out()) as { cell: string; status: string }[];
    expect(findings).toHaveLength(130_000);
    expect(findings[129_999]).toMatchObject({ cell: "C130002", status: "达标" });
    expect(w.err()).toBe("");
  }, 180_000);

  it("a full 1,048,576-row sheet, too large for exceljs, is read by the lean reader and checked row by row", async () => {
    const book = await openWorkbook(await longTable(1_048_574, { compress: false, columns: 2 }), "full.xlsx");
    const r = checkWorkbook(book, "full.xlsx", index, null);
    expect(r.findings).toHaveLength(1_048_574);
    expect(r.findings[1_048_573]).toMatchObject({ cell: "C1048576", status: "达标", actual: 99 });
    expect(r.problems).toEqual([]);
  }, 600_000);

  it("a stored sheet that declares a tiny size is still counted by what it holds (error case)", async () => {
    const bytes = declareSize(await longTable(400, { compress: false }), "xl/worksheets/sheet1.xml", 10);
    const r = checkWorkbook(await openWorkbook(bytes, "s.xlsx", { maxCells: 1000, maxLeanCells: 1000 }), "s.xlsx", index, null);
    expect(r.findings).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining("超过 1,000 个单元格（可检查的上限），未检查")]);
  });

  it("a sheet too large for exceljs is read lean; one too large for both is left out and reported; the other sheets are checked", async () => {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet("原始数据&明细");
    for (let i = 0; i < 600; i++) data.addRow([i, "样品", 0.5]);
    const table = wb.addWorksheet("指标");
    table.addRow(["泰安市质量提升指标完成情况表"]);
    table.addRow(["指标名称", "实际值"]);
    table.addRow(["农产品监测合格率", 0.99]);
    table.addRow(["食品抽检合格率", 0.9]);
    const bytes = await toBytes(wb);
    // Past the exceljs bound the big sheet is read by the lean reader, and checked like the others…
    const lean = await openWorkbook(bytes, "two.xlsx", { maxCells: 1000 });
    expect(checkWorkbook(lean, "two.xlsx", index, null)).toEqual(checkWorkbook(await openWorkbook(bytes, "two.xlsx"), "two.xlsx", index, null));
    // …past the lean reader's bound too, it is left out and said so.
    const book = await openWorkbook(bytes, "two.xlsx", { maxCells: 1000, maxLeanCells: 1000 });
    expect(book.worksheets.map((s) => [s.name, s.actualRowCount])).toEqual([["原始数据&明细", 0], ["指标", 4]]);
    const r = checkWorkbook(book, "two.xlsx", index, null);
    expect(statuses(r)).toEqual([
      ["B3", "农产品监测合格率", 99, "达标"],
      ["B4", "食品抽检合格率", 90, "未达标"],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining("two.xlsx：工作表“原始数据&明细”超过 1,000 个单元格（可检查的上限），未检查")]);
  });

  it("counts the cells of a sheet exactly, across the chunks of its inflated XML", async () => {
    expect(await countCells(await longTable(25_000), "c.xlsx")).toBe(3 * 25_000 + 4);
    expect(await countCells(await longTable(10, { columns: 2 }), "c.xlsx")).toBe(2 * 10 + 4);
  });

  it.each([
    ["declares 600 MB", 600 * 1024 * 1024, "解压后超过 512 MB"],
    ["declares 1 KB and inflates to 2 MB", 1024, "解压后比声明的大"],
  ])("refuses a zip bomb that %s, before any parser expands it (error case)", async (_l, declared, words) => {
    const bytes = await zipBomb(2, declared);
    await expect(openWorkbook(bytes, "bomb.xlsx")).rejects.toThrow(WorkbookError);
    await expect(openWorkbook(bytes, "bomb.xlsx")).rejects.toThrow(words);
    const w = world({ "bomb.xlsx": bytes });
    expect(await main(["check", "bomb.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("bomb.xlsx");
    expect(w.out()).toBe("");
  });

  it("a date, an error value or a boolean in 实际值 is a problem of its own row; rich text, hyperlinks and formula results read as values", async () => {
    const r = checkWorkbook(await openWorkbook(await oddCellTypes(), "odd.xlsx"), "odd.xlsx", index, null);
    expect(statuses(r)).toEqual([
      ["C3", "农产品监测合格率", 99, "达标"],
      ["C5", "药品抽检合格率", 97.5, "未达标"],
      ["C6", "农产品监测合格率", 99, "达标"],
      ["C7", "食品抽检合格率", 99, "达标"],
      ["C11", "药品抽检合格率", 97, "未达标"],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^报表!C4: .*2020-05-01.*该单元格是日期格式/),
      expect.stringMatching(/^报表!C8: .*#DIV\/0!/),
      expect.stringMatching(/^报表!C9: .*#N\/A/),
      expect.stringMatching(/^报表!C10: .*TRUE/),
    ]);
  });

  it("in our template too, an odd cell in 实际值 costs its own row only, and a merged one is reported", async () => {
    const taian = index.cities().find((c) => c.name === "泰安")!;
    const wb = await openWorkbook(await buildTemplateWorkbook(index, [taian]), "t.xlsx");
    const ws = wb.getWorksheet("泰安")!;
    const H = COLUMNS.actual;
    ws.getCell(`${H}5`).value = new Date(Date.UTC(2021, 0, 2));
    ws.getCell(`${H}6`).value = { error: "#REF!" };
    ws.getCell(`${H}7`).value = { richText: [{ text: "" }] };
    ws.mergeCells(`${H}8:${H}9`);
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "t.xlsx"), "t.xlsx", index, null);
    expect(r.findings).toHaveLength(index.indicators(taian).length - 2);
    expect(r.findings.find((f) => f.cell === `${H}7`)).toMatchObject({ status: "无数据" });
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^泰安!${H}5: .*2021-01-02.*该单元格是日期格式`)),
      expect.stringMatching(new RegExp(`^泰安!${H}6: .*#REF!`)),
      expect.stringContaining(`泰安!${H}8 是合并单元格（含 ${H}9）`),
    ]);
  });

  it("a merged value cell counts for its first row only (as the pane reads it), and is reported", async () => {
    const r = checkWorkbook(await openWorkbook(await mergedValues(), "m.xlsx"), "m.xlsx", index, null);
    expect(statuses(r)).toEqual([
      ["C3", "药品抽检合格率", 99, "达标"],
      ["C4", "农产品监测合格率", 99, "达标"],
      ["C5", "食品抽检合格率", null, "无数据"],
      ["C6", "药品抽检合格率", 97, "未达标"],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining("报表!C4 是合并单元格（含 C5）")]);
  });

  it('reads 95 in 0.0"%" and in 0.0\\% as 95 % (a literal percent sign), 0.95 in 0.0% as 95 %', async () => {
    const wb = await openWorkbook(await literalPercents(), "p.xlsx");
    expect(sheetGrid(wb.worksheets[0]!).formats.slice(2).map((r) => r[2])).toEqual(['0.0"%"', "0.0\\%", "0.0%", '0.0"%"', "0.0\\%"]);
    expect(statuses(checkWorkbook(wb, "p.xlsx", index, null))).toEqual([
      ["C3", "农产品监测合格率", 95, "未达标"],
      ["C4", "食品抽检合格率", 95, "未达标"],
      ["C5", "药品抽检合格率", 95, "未达标"],
      ["C6", "农产品监测合格率", 99, "达标"],
      ["C7", "食品抽检合格率", 99, "达标"],
    ]);
  });

  it("a rate read above 100 % (95 in a %-formatted cell is 9500 %) is graded as read, with a warning on its row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("报表");
    ws.addRow(["泰安市质量提升指标完成情况表"]);
    ws.addRow(["指标名称", "实际值"]);
    ws.addRow(["农产品监测合格率", 95]).getCell(2).numFmt = "0%";
    ws.addRow(["食品抽检合格率", 0.99]).getCell(2).numFmt = "0%";
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "w.xlsx"), "w.xlsx", index, null);
    expect(statuses(r)).toEqual([
      ["B3", "农产品监测合格率", 9500, "达标"],
      ["B4", "食品抽检合格率", 99, "达标"],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^报表!B3: .*超过 100%/)]);
  });
});

describe("escapedFormats (the pane's exceljs drops the backslash of 0.0\\%)", () => {
  it("restores an escaped code only where the file's formats make it certain", async () => {
    const { escapedFormats } = await import("./read");
    const styles = `<styleSheet><numFmts count="4"><numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="0.00\\%"/><numFmt numFmtId="166" formatCode="#,##0&quot;%&quot;"/><numFmt numFmtId="167" formatCode="0\\%;0\\%"/><numFmt numFmtId="168" formatCode="0%;0%"/></numFmts></styleSheet>`;
    const fixes = escapedFormats(styles);
    // 0.0% is no built-in and no other code of the file: certain.
    expect(fixes.get("0.0%")).toBe("0.0\\%");
    // 0.00% is a built-in format (a real percent cell may carry it): never rewritten.
    expect(fixes.has("0.00%")).toBe(false);
    // The file also holds the real 0%;0%: ambiguous, left alone.
    expect(fixes.has("0%;0%")).toBe(false);
    expect(fixes.size).toBe(1);
  });
});
