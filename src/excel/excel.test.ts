import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { COLUMNS } from "../template/city";
import { asContext, FakeContext } from "../../test/fakes/excel-fake";
import { deleteIfOwned, listOwnedSheets, OWNED_NAME, ownedKindOf, queueOwnedProbe } from "./owned";
import { officeErrorCode, SheetGoneError } from "./errors";
import { checkTemplate, checkUserSheet, clearMarks, detectUserSheet, highlight, insertCityTemplate, insertSummarySheet, listQcSheets, selectCell, watchSheet } from "./index";

const index = builtinIndex();
const city = (n: string) => index.cities().find((c) => c.name === n)!;

describe("insertCityTemplate", () => {
  it("adds a new sheet with the template, formulas as formulas and document text as text, in 2 syncs", async () => {
    const ctx = new FakeContext();
    ctx.addSheet("Sheet1").type("A1", "user data");
    const before = ctx.sheet("Sheet1").snapshot();
    const r = await insertCityTemplate(asContext(ctx), index, city("泰安"));
    expect(r.sheetName).toBe("泰安");
    expect(ctx.syncCount).toBe(2);
    const s = ctx.sheet("泰安");
    expect(s.peek("A1").value).toBe(city("泰安").plan.title);
    expect(s.peek(`${COLUMNS.name}5`).value).toBe(index.indicators(city("泰安"))[0]!.name);
    expect(s.peek(`${COLUMNS.status}5`).formula).toMatch(new RegExp(`^=IF\\(${COLUMNS.actual}5="","无数据"`));
    expect(s.peek(`${COLUMNS.id}5`).value).toBe(index.indicators(city("泰安"))[0]!.id);
    expect(s.tables).toEqual([{ name: "QC_ta", address: `A4:${COLUMNS.id}${4 + r.rows}`, style: "TableStyleLight9" }]);
    expect(s.frozen).toEqual({ rows: 4, columns: 3 });
    expect(s.cfs.length).toBeGreaterThan(0);
    expect(s.validations.length).toBeGreaterThan(0);
    expect(ctx.activeSheet).toBe(s);
    expect(ctx.sheet("Sheet1").snapshot()).toBe(before);
  });

  it("never overwrites: a second insert gets a new sheet and table name", async () => {
    const ctx = new FakeContext();
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    const first = ctx.sheet("泰安").snapshot();
    const r = await insertCityTemplate(asContext(ctx), index, city("泰安"));
    expect(r.sheetName).toBe("泰安 (2)");
    expect(ctx.sheet("泰安 (2)").tables[0]!.name).toBe("QC_ta_2");
    expect(ctx.sheet("泰安").snapshot()).toBe(first);
  });

  it("writes a name that looks like a formula as text (text number format first)", async () => {
    const ctx = new FakeContext();
    const c = city("新密");
    const evil = { ...index.catalog, indicators: index.catalog.indicators.map((e) => (e.city === "新密" && e.name === "污水处理率" ? { ...e, name: '=HYPERLINK("http://x","y")' } : e)) };
    const { CatalogIndex } = await import("../catalog");
    await insertCityTemplate(asContext(ctx), new CatalogIndex(evil), c);
    const s = ctx.sheet("新密");
    const cell = [...s.cells.values()].find((x) => x.value === '=HYPERLINK("http://x","y")');
    expect(cell).toBeDefined();
    expect(cell!.formula).toBeNull();
    expect(cell!.numberFormat).toBe("@");
  });

  it("filters by category", async () => {
    const ctx = new FakeContext();
    const r = await insertCityTemplate(asContext(ctx), index, city("泰安"), ["计量"]);
    expect(r.rows).toBe(index.indicators(city("泰安"), "计量").length);
  });
});

async function filledTemplate() {
  const ctx = new FakeContext();
  await insertCityTemplate(asContext(ctx), index, city("泰安"));
  const s = ctx.sheet("泰安");
  const names = index.indicators(city("泰安")).map((e) => e.name);
  const row = (name: string) => 5 + names.indexOf(name);
  s.type(`${COLUMNS.actual}${row("农产品监测合格率")}`, 0.97, "0%");
  s.type(`${COLUMNS.actual}${row("食品抽检合格率")}`, 0.97, "0%");
  s.type(`${COLUMNS.actual}${row("药品抽检合格率")}`, "99%");
  s.type(`${COLUMNS.actual}${row("农产品质量安全监管")}`, "已达成");
  s.type(`${COLUMNS.actual}${row("市级社会公用计量标准")}`, "很多");
  return { ctx, s, row };
}

describe("checkTemplate", () => {
  it("evaluates every row (percent cells by their format), lists misses and problems, in 2 syncs", async () => {
    const { ctx, row } = await filledTemplate();
    ctx.syncCount = 0;
    const r = await checkTemplate(asContext(ctx), index, "泰安");
    expect(ctx.syncCount).toBe(2);
    expect(r.city).toBe("泰安");
    expect(r.counts.met).toBe(3);
    expect(r.counts.missed).toBe(1);
    expect(r.counts.error).toBe(1);
    expect(r.counts.nodata).toBe(index.indicators(city("泰安")).length - 5);
    const miss = r.findings.find((f) => f.status === "missed")!;
    expect(miss).toMatchObject({ indicatorName: "农产品监测合格率", address: `${COLUMNS.actual}${row("农产品监测合格率")}`, target: "≥98%", actual: 97, gap: -1 });
    expect(r.problems[0]!.message).toContain("不是数字");
  });
});

describe("highlight and clearMarks", () => {
  it("marks only the missed cells, and clearing restores the sheet exactly (user's own formats kept)", async () => {
    const ctx = new FakeContext();
    const s = ctx.addSheet("我的表");
    s.type("A1", "指标");
    s.type("B1", "实际值");
    s.type("A2", "农产品监测合格率");
    s.type("B2", 0.9, "0.0%");
    s.cell(1, 1).fill = "#00FF00"; // the user's own fill on B2
    s.cfs.push({ id: "user", range: "B2:B9", formula: "=B2>1", fill: "#0000FF", fontColor: null }); // the user's own rule
    s.cfs.push({ id: "bars", type: "DataBar", range: "B2:B9", formula: "", fill: null, fontColor: null }); // and a data bar
    const before = s.snapshot();
    ctx.syncCount = 0;
    await highlight(asContext(ctx), "我的表", ["B2", "B3", "B4", "B7"]);
    expect(ctx.syncCount).toBe(2);
    const ours = s.cfs.filter((c) => c.formula.includes("qc-indicators"));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.range).toBe("B2:B4,B7");
    expect(s.peek("B2").fill).toBe("#00FF00");
    // re-highlighting replaces, not stacks
    await highlight(asContext(ctx), "我的表", ["B2"]);
    expect(s.cfs.filter((c) => c.formula.includes("qc-indicators"))).toHaveLength(1);
    ctx.syncCount = 0;
    const removed = await clearMarks(asContext(ctx));
    expect(removed).toBe(1);
    expect(ctx.syncCount).toBe(3);
    expect(s.snapshot()).toBe(before);
  });
});

describe("people's own sheets", () => {
  function ownSheet(rows: number) {
    const ctx = new FakeContext();
    const s = ctx.addSheet("2019年报");
    s.type("A1", "泰安市指标完成情况");
    s.type("A3", "序号");
    s.type("B3", "指标名称");
    s.type("C3", "目标");
    s.type("D3", "实际值");
    const names = ["农产品监测合格率", "食品抽检合格率", "药品抽检合格率", "农产品检测合格率", "不存在的指标"];
    for (let i = 0; i < rows; i++) {
      s.type(`A${4 + i}`, i + 1);
      s.type(`B${4 + i}`, names[i % names.length]!);
      s.type(`D${4 + i}`, i % 3 === 0 ? 0.95 : 0.99, "0%");
    }
    return { ctx, s };
  }

  it("detects the table and the city, and lists only the names that need a decision, once each", async () => {
    const { ctx } = ownSheet(10);
    const d = await detectUserSheet(asContext(ctx), index);
    expect(d.isTemplate).toBe(false);
    expect(d.sheetId).toBe(ctx.sheet("2019年报").id);
    expect(d.table).toMatchObject({ headerRow: 2, nameColumn: 1, valueColumn: 3, firstDataRow: 3, lastDataRow: 12 });
    expect(d.cityGuess).toBe("泰安");
    expect(d.headers.map((h) => h.text)).toEqual(["序号", "指标名称", "目标", "实际值"]);
    // 10 rows of 5 names: 3 exact (6 rows, nothing to decide), one fuzzy and one unknown (2 rows each).
    expect(d.matchedRows).toBe(6);
    expect(d.decisions.map((m) => [m.text, m.rows])).toEqual([
      ["农产品检测合格率", [6, 11]],
      ["不存在的指标", [7, 12]],
    ]);
    const fuzzy = d.decisions[0]!;
    expect(fuzzy).toMatchObject({ entryName: "农产品监测合格率", how: "fuzzy" });
    expect(fuzzy.candidates.length).toBeGreaterThan(0);
    expect(d.decisions[1]!.entryId).toBeNull();
  });

  it("checks the confirmed columns and reports the value cell of each miss", async () => {
    const { ctx } = ownSheet(10);
    const r = await checkUserSheet(asContext(ctx), index, { sheetName: "2019年报", city: city("泰安"), headerRow: 2, nameColumn: 1, valueColumn: 3 });
    expect(r.findings.find((f) => f.address === "D4")).toMatchObject({ status: "missed", indicatorName: "农产品监测合格率", actual: 95 });
    expect(r.findings.find((f) => f.matchedFrom === "农产品检测合格率")).toBeDefined();
    expect(r.problems.map((p) => p.text)).toEqual(["不存在的指标", "不存在的指标"]);
  });

  it("uses the user's correction for a row, and a pick for a name on every row carrying it", async () => {
    const { ctx } = ownSheet(10);
    const pick = index.indicators(city("泰安")).find((e) => e.name === "药品抽检合格率")!;
    const r = await checkUserSheet(asContext(ctx), index, { sheetName: "2019年报", city: city("泰安"), headerRow: 2, nameColumn: 1, valueColumn: 3, overrides: new Map([[7, pick]]) });
    expect(r.findings.find((f) => f.address === "D8")!.indicatorName).toBe("药品抽检合格率");
    expect(r.problems.map((p) => p.address)).toEqual(["B13"]);
    const byName = await checkUserSheet(asContext(ctx), index, { sheetName: "2019年报", city: city("泰安"), headerRow: 2, nameColumn: 1, valueColumn: 3, picks: new Map([["不存在的指标", pick]]) });
    expect(byName.problems).toEqual([]);
    expect(byName.findings.filter((f) => f.matchedFrom === "不存在的指标").map((f) => f.address)).toEqual(["D8", "D13"]);
  });

  it("reads only the table on a sheet whose used range is A1:XFD1048576 (stray cells far away)", async () => {
    const { ctx, s } = ownSheet(1000);
    s.type("XFD1", "备注");
    s.type("XFD1048576", "x");
    s.type("E1048000", 5);
    ctx.cellsRead = 0;
    const d = await detectUserSheet(asContext(ctx), index);
    expect(d.table).toMatchObject({ nameColumn: 1, valueColumn: 3, lastDataRow: 1002 });
    expect(d.headers.map((h) => h.letter)).toEqual(["A", "B", "C", "D"]);
    // The header block (30 × 128) and the name and value columns' 1,000 rows — not 16 billion cells.
    expect(ctx.cellsRead).toBeLessThanOrEqual(30 * 128 + 2 * 1000);
    ctx.cellsRead = 0;
    const r = await checkUserSheet(asContext(ctx), index, { sheetName: "2019年报", city: city("泰安"), headerRow: 2, nameColumn: 1, valueColumn: 3 });
    expect(r.findings.length + r.problems.length).toBe(1000);
    expect(ctx.cellsRead).toBeLessThanOrEqual(3 * 1000);
  });

  it.each([10, 1000, 50000])("reads and marks %i rows in the same number of syncs, within the payload limit", async (rows) => {
    const { ctx } = ownSheet(rows);
    ctx.syncCount = 0;
    await detectUserSheet(asContext(ctx), index);
    const detectSyncs = ctx.syncCount;
    ctx.syncCount = 0;
    const r = await checkUserSheet(asContext(ctx), index, { sheetName: "2019年报", city: city("泰安"), headerRow: 2, nameColumn: 1, valueColumn: 3 });
    const checkSyncs = ctx.syncCount;
    ctx.syncCount = 0;
    await highlight(asContext(ctx), "2019年报", r.findings.filter((f) => f.status === "missed").map((f) => f.address));
    expect([detectSyncs, checkSyncs, ctx.syncCount]).toEqual([3, 2, 2]);
    expect(ctx.largestResponse).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("the summary sheet, selection and watching", () => {
  it("adds a marked 汇总 sheet with live formulas and a labelled chart per city, in 3 syncs; a refresh replaces only it", async () => {
    const ctx = new FakeContext();
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    await insertCityTemplate(asContext(ctx), index, city("新密"));
    expect((await listQcSheets(asContext(ctx), index)).map((s) => s.city?.name)).toEqual(["泰安", "新密"]);
    ctx.syncCount = 0;
    const r = await insertSummarySheet(asContext(ctx), index);
    expect(ctx.syncCount).toBe(3);
    expect(r).toEqual({ sheetName: "汇总", cities: ["泰安", "新密"], replaced: false, kept: null });
    const s = ctx.sheet("汇总");
    expect(s.peek("C4").formula).toMatch(/^=COUNTIF\('泰安'!\$B\$5:\$B\$\d+,B4\)$/);
    expect([...s.names.values()]).toEqual([{ name: OWNED_NAME, formula: '="qc-indicators:summary"', visible: false, comment: expect.any(String) }]);
    // One labelled series per city: its 合计 row's rate, never the category rows.
    const chart = s.charts[0]!;
    expect(s.charts).toHaveLength(1);
    expect(chart.title).toBe("各城市达标率（合计）");
    expect(chart.legend).toBe(true);
    expect(chart.dataLabels).toBe(true);
    expect(chart.series.map((x) => x.name)).toEqual(["泰安", "新密"]);
    for (const series of chart.series) {
      const row = Number(series.values!.slice(1));
      expect(series.values).toMatch(/^G\d+$/);
      expect(s.peek(`B${row}`).value).toBe("合计");
      expect(s.peek(`A${row}`).value).toBe(series.name);
    }
    const again = await insertSummarySheet(asContext(ctx), index);
    expect(again.replaced).toBe(true);
    expect(ctx.sheets.map((x) => x.name)).toEqual(["泰安", "新密", "汇总"]);
    // Two sheets of one city: each series is named by its sheet, so the legend tells them apart.
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    await insertSummarySheet(asContext(ctx), index);
    expect(ctx.sheet("汇总").charts[0]!.series.map((x) => x.name)).toEqual(["泰安", "新密", "泰安 (2)"]);
  });

  it("finds its 汇总 after a reopen (ids renumbered), a rename and a move: no second summary, name and place kept", async () => {
    const ctx = new FakeContext();
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    await insertSummarySheet(asContext(ctx), index);
    ctx.addSheet("我的数据").type("A1", 1);
    ctx.reopen();
    ctx.renameSheet("汇总", "2019年汇总");
    ctx.moveSheet("2019年汇总", 0);
    ctx.reopen();
    const r = await insertSummarySheet(asContext(ctx), index);
    expect(r).toMatchObject({ sheetName: "2019年汇总", replaced: true });
    expect(ctx.sheets.map((x) => x.name)).toEqual(["2019年汇总", "泰安", "我的数据"]);
    expect(ctx.sheet("我的数据").peek("A1").value).toBe(1);
  });

  it("never deletes a sheet without its mark: not a user's own 汇总, not the sheet an old saved id now names", async () => {
    const ctx = new FakeContext();
    const own = ctx.addSheet("汇总");
    own.type("A1", "我自己的汇总");
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    await insertCityTemplate(asContext(ctx), index, city("新密"));
    // An older version kept the summary's id in the settings; after a move and a reopen that id names a city sheet.
    ctx.moveSheet("新密", 0);
    ctx.reopen();
    ctx.workbook.settings.add("qc.summarySheetId", ctx.sheet("新密").id);
    const before = ctx.sheets.map((x) => x.snapshot());
    const r = await insertSummarySheet(asContext(ctx), index);
    expect(r).toMatchObject({ sheetName: "汇总 (2)", replaced: false, kept: "汇总" });
    expect(ctx.sheets.map((x) => x.name)).toEqual(["新密", "汇总", "泰安", "汇总 (2)"]);
    expect(ctx.sheets.slice(0, 3).map((x) => x.snapshot())).toEqual(before);
    expect(ctx.workbook.settings.store.has("qc.summarySheetId")).toBe(false);
    // The new one is marked: the next refresh replaces it, and still leaves the user's 汇总 alone.
    await insertSummarySheet(asContext(ctx), index);
    expect(ctx.sheets.map((x) => x.name)).toEqual(["新密", "汇总", "泰安", "汇总 (2)"]);
    expect(ctx.sheet("汇总").peek("A1").value).toBe("我自己的汇总");
  });

  it("deletes only by the mark it read on that same sheet (owned.ts)", async () => {
    const ctx = new FakeContext();
    const user = ctx.addSheet("数据");
    const ours = ctx.addSheet("汇总");
    ours.names.set(OWNED_NAME.toLowerCase(), { name: OWNED_NAME, formula: '="qc-indicators:summary"', visible: false, comment: "" });
    user.names.set(OWNED_NAME.toLowerCase(), { name: OWNED_NAME, formula: '="something else"', visible: true, comment: "" });
    const a = asContext(ctx).workbook.worksheets.getItem("数据");
    const b = asContext(ctx).workbook.worksheets.getItem("汇总");
    const pa = queueOwnedProbe(a);
    const pb = queueOwnedProbe(b);
    await ctx.sync();
    expect([ownedKindOf(pa), ownedKindOf(pb)]).toEqual([null, "summary"]);
    expect(deleteIfOwned(a, pa, "summary")).toBe(false);
    expect(deleteIfOwned(b, pb, "progress")).toBe(false);
    expect(deleteIfOwned(b, pb, "summary")).toBe(true);
    expect(ctx.sheets.map((x) => x.name)).toEqual(["数据"]);
    expect(await listOwnedSheets(asContext(ctx))).toEqual([]);
  });

  it("refuses a summary when there is no template yet (error case)", async () => {
    const ctx = new FakeContext();
    ctx.addSheet("Sheet1");
    await expect(insertSummarySheet(asContext(ctx), index)).rejects.toThrowError("请先插入城市模板");
  });

  it("selects a cell, and reports edits until unwatched", async () => {
    const ctx = new FakeContext();
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    await selectCell(asContext(ctx), "泰安", "H7");
    expect(ctx.selected).toBe("泰安!H7");
    const seen: string[] = [];
    const stop = await watchSheet(asContext(ctx), "泰安", (a) => seen.push(a), async (_c, f) => f(asContext(ctx)));
    await ctx.edit("泰安", "H5", 0.9);
    await stop();
    await ctx.edit("泰安", "H6", 0.9);
    expect(seen).toEqual(["H5"]);
  });

  it("follows a checked sheet by id: after a rename, re-check, a click and marking still work; once deleted, SheetGoneError", async () => {
    const { ctx } = await filledTemplate();
    const first = await checkTemplate(asContext(ctx), index, "泰安");
    const id = first.sheetId!;
    expect(id).toBe(ctx.sheet("泰安").id);
    ctx.renameSheet("泰安", "泰安2019");
    ctx.syncCount = 0;
    const again = await checkTemplate(asContext(ctx), index, id);
    expect(ctx.syncCount).toBe(2);
    expect(again).toMatchObject({ sheet: "泰安2019", sheetId: id, counts: first.counts });
    expect(again.findings.every((f) => f.sheet === "泰安2019")).toBe(true);
    await selectCell(asContext(ctx), id, "H7");
    expect(ctx.selected).toBe("泰安2019!H7");
    await highlight(asContext(ctx), id, ["H7"]);
    expect(ctx.sheet("泰安2019").cfs.some((c) => c.formula.includes("qc-indicators:miss"))).toBe(true);
    ctx.deleteSheet("泰安2019");
    await expect(checkTemplate(asContext(ctx), index, id)).rejects.toBeInstanceOf(SheetGoneError);
    await expect(selectCell(asContext(ctx), id, "H7", "泰安2019")).rejects.toThrowError(new SheetGoneError("泰安2019"));
    await expect(highlight(asContext(ctx), id, ["H7"])).rejects.toBeInstanceOf(SheetGoneError);
    await expect(checkUserSheet(asContext(ctx), index, { sheetName: id, city: city("泰安"), headerRow: 3, nameColumn: 2, valueColumn: 7 })).rejects.toBeInstanceOf(SheetGoneError);
  });

  it("keeps reporting edits after a rename, and says when the watched sheet is deleted", async () => {
    const ctx = new FakeContext();
    await insertCityTemplate(asContext(ctx), index, city("泰安"));
    const id = ctx.sheet("泰安").id;
    const seen: string[] = [];
    let gone = 0;
    await watchSheet(asContext(ctx), id, (a) => seen.push(a), async (_c, f) => f(asContext(ctx)), () => gone++);
    ctx.renameSheet("泰安", "我的泰安");
    await ctx.edit("我的泰安", "H5", 0.9);
    ctx.addSheet("另一个").type("A1", 1);
    ctx.deleteSheet("另一个");
    expect(gone).toBe(0);
    ctx.deleteSheet("我的泰安");
    expect([seen, gone]).toEqual([["H5"], 1]);
  });

  it("a remembered id names another sheet after a reopen: Office's errors carry a code, never reach the user as text", async () => {
    const ctx = new FakeContext();
    ctx.addSheet("A");
    const b = ctx.addSheet("B");
    const oldId = b.id;
    ctx.deleteSheet("A");
    ctx.reopen();
    // After the reopen the old id of B is free or names another sheet: ids are for one session only.
    expect(ctx.sheet("B").id).not.toBe(oldId);
    const err = await selectCell(asContext(ctx), "没有这个表", "A1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetGoneError);
    const raw = await (async () => {
      asContext(ctx).workbook.worksheets.getItem("没有这个表");
      await ctx.sync();
    })().catch((e: unknown) => e);
    expect(officeErrorCode(raw)).toBe("ItemNotFound");
    expect(officeErrorCode(new Error("ItemNotFound"))).toBeNull();
  });
});
