/**
 * The Excel e2e scenarios, in WPS 表格: the pane's operations (src/wps/ops.ts) driven against the
 * strict ET double (double.ts). Insert a template; check it; mark and clear with exact restore;
 * check a user's own sheet; import a plan and keep it in the workbook.
 */
import { afterEach, describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, evaluate, isPercentFormat, isPercentUnit, type City, type Indicator } from "../../src/catalog";
import { buildImported, type ReviewedTarget } from "../../src/catalog/custom";
import { activeIndex, setImportedCatalogs } from "../../src/catalog/registry";
import { MARK_MARKER } from "../../src/excel/marks";
import { buildCityTemplate, COLUMNS, FIRST_DATA_ROW, HEADER_ROW, HEADERS } from "../../src/template/city";
import { isTemplateHeader } from "../../src/template/recognize";
import { CATALOG_SHEET, PIECE } from "../../src/wps/catalogs";
import { bgr, XL_EXPRESSION, XL_SHEET_VERY_HIDDEN } from "../../src/wps/et";
import { startAddin } from "../../src/wps/addin";
import { createWpsOps } from "../../src/wps/ops";
import { colLetters, EtDouble } from "./double";

const TAIAN = BUILTIN_CATALOG.cities.find((c) => c.name === "泰安")!;
const entries = (city: City) => activeIndex().indicators(city);
const noSave = () => {
  throw new Error("no download expected");
};
function setup(double = new EtDouble()) {
  return { double, ops: createWpsOps({ app: double.app, events: double.events, saveFile: noSave }) };
}

afterEach(() => setImportedCatalogs([]));

describe("the strict ET double", () => {
  it("fails on a member the object model does not have", () => {
    const { app } = new EtDouble();
    expect(() => (app as unknown as { Workbooks: unknown }).Workbooks).toThrow(/no member “Workbooks”/);
    const sheet = app.ActiveSheet!;
    expect(() => (sheet.Range("A1") as unknown as { Text: unknown }).Text).toThrow(/no member “Text”/);
    expect(() => ((sheet as unknown as { Nmae: string }).Nmae = "x")).toThrow(/to set/);
    expect(() => app.ActiveWorkbook!.Worksheets.Item("没有这个表")).toThrow();
  });
});

describe("insert a template", () => {
  it("writes the city's sheet from the same SheetSpec as Excel, as a new active sheet, never over an existing one", async () => {
    const { double, ops } = setup();
    const r = await ops.insertTemplate("泰安", []);
    const spec = buildCityTemplate(TAIAN, entries(TAIAN));
    expect(r).toEqual({ sheetName: "泰安", rows: entries(TAIAN).length });
    expect(double.data.sheets.map((s) => s.name)).toEqual(["Sheet1", "泰安"]);
    expect(double.app.ActiveSheet!.Name).toBe("泰安");
    const header = HEADERS.map((_, i) => double.value("泰安", `${colLetters(i + 1)}${HEADER_ROW}`));
    expect(isTemplateHeader(header)).toBe(true);
    // Every value and formula of the spec is in its cell; formulas as formulas.
    for (const c of spec.cells) {
      const cell = double.cell("泰安", c.address);
      if (c.content.kind === "formula") expect(cell?.formula).toBe(`=${c.content.formula}`);
      else if (c.content.value !== null) expect(cell?.value).toBe(c.content.value);
    }
    const sheet = double.sheet("泰安");
    expect(sheet.fcs).toHaveLength(spec.conditionalFormats.length);
    expect(sheet.validations).toHaveLength(spec.validations.length);
    expect(sheet.columns[15]?.hidden).toBe(true); // 指标ID
    expect(double.window).toMatchObject({ FreezePanes: true, SplitRow: spec.freeze.rows });
    expect(sheet.page).toMatchObject({ Orientation: 2, PrintTitleRows: spec.print.repeatRows });
    const again = await ops.insertTemplate("泰安", []);
    expect(again.sheetName).toBe("泰安 (2)");
  });

  it("keeps text from a plan as text: a quote that starts with = is written text-formatted, never as a formula", async () => {
    const quote = "=HYPERLINK(\"http://x\",\"合格率达到98%\")";
    const t: ReviewedTarget = { name: "抽检合格率", category: "质量", comparator: ">=", value: 98, valueMax: null, unit: "%", deadline: 2025, quote, offset: 0 };
    const { catalog } = buildImported("示例", { title: "示例市质量提升行动方案" }, [t]);
    setImportedCatalogs([catalog]);
    const { double, ops } = setup();
    await ops.insertTemplate("示例", []);
    const cell = double.cell("示例", `${COLUMNS.quote}${FIRST_DATA_ROW}`)!;
    expect(cell.value).toBe(quote);
    expect(cell.formula).toBeUndefined();
    expect(cell.numberFormat).toBe("@");
  });

  it("says so in Chinese when no workbook is open or the city is unknown", async () => {
    const double = new EtDouble();
    const app = new Proxy(double.app, { get: (t, p) => (p === "ActiveWorkbook" ? null : Reflect.get(t, p)) });
    const ops = createWpsOps({ app, saveFile: noSave });
    await expect(ops.insertTemplate("泰安", [])).rejects.toThrow("没有打开的工作簿");
    await expect(setup().ops.insertTemplate("火星", [])).rejects.toThrow(/火星/);
  });
});

/** A value that meets (or misses) an entry's numeric target, as typed into an unformatted cell. */
function valueFor(e: Indicator, meet: boolean): number | string {
  if (e.comparator === "qualitative") return meet ? "已达成" : "未达成";
  const v = Number(e.value);
  const up = e.comparator === ">=" || e.comparator === ">" ? 1 : -1;
  const x = meet ? v + up * Math.max(1, Math.abs(v) * 0.1) : v - up * Math.max(1, Math.abs(v) * 0.1);
  return isPercentUnit(e.unit) ? Math.min(Math.max(x, 0), 100) : x;
}

describe("check a template", () => {
  it("grades every filled row exactly as the core does, reading a %-formatted cell as a fraction", async () => {
    const { double, ops } = setup();
    const { sheetName } = await ops.insertTemplate("泰安", []);
    const list = entries(TAIAN);
    const numeric = list.filter((e) => e.comparator === ">=" || e.comparator === "<=");
    const filled = new Map<string, unknown>();
    numeric.slice(0, 6).forEach((e, k) => {
      const row = FIRST_DATA_ROW + list.indexOf(e);
      // Typed as a user would: 97.5 into a %-formatted cell is stored as 0.975.
      const address = `${COLUMNS.actual}${row}`;
      const typed = valueFor(e, k % 2 === 0);
      const v = isPercentFormat(double.cell(sheetName, address)?.numberFormat) && typeof typed === "number" ? typed / 100 : typed;
      double.fill(sheetName, address, [[v]]);
      filled.set(address, v);
    });
    // In a %-formatted cell every number is a fraction: 1.5 shows as 150 % and is read so (unformatted, 1.5 would be 1.5 %).
    const pct = list.find((e) => isPercentUnit(e.unit) && e.comparator === ">=" && !numeric.slice(0, 6).includes(e))!;
    const pctAddress = `${COLUMNS.actual}${FIRST_DATA_ROW + list.indexOf(pct)}`;
    double.fill(sheetName, pctAddress, [[1.5]]);
    double.cell(sheetName, pctAddress)!.numberFormat = "0.0%";

    const summary = await ops.checkTemplate(sheetName);
    expect(summary.city).toBe("泰安");
    expect(summary.findings).toHaveLength(list.length);
    for (const f of summary.findings) {
      const e = list.find((x) => x.id === f.indicatorId)!;
      const raw = f.address === pctAddress ? 1.5 : (filled.get(f.address) ?? null);
      expect(f.status).toBe(evaluate(e, raw as never, { percentFormatted: isPercentFormat(double.cell(sheetName, f.address)?.numberFormat) }).status);
    }
    expect(summary.findings.find((f) => f.address === pctAddress)!.actual).toBeCloseTo(150);
    expect(summary.counts.met + summary.counts.missed).toBe(7);
    expect(summary.counts.missed).toBeGreaterThan(0);
  });

  it("reports a sheet that is gone", async () => {
    await expect(setup().ops.checkTemplate("已删除的表")).rejects.toThrow("工作表“已删除的表”已不存在");
  });
});

describe("mark and clear", () => {
  it("marks misses with our rule only, and clearing restores the sheet exactly — also after a save and reopen", async () => {
    const { double, ops } = setup();
    const { sheetName } = await ops.insertTemplate("泰安", []);
    const list = entries(TAIAN).filter((e) => e.comparator === ">=");
    for (const e of list.slice(0, 4)) double.fill(sheetName, `${COLUMNS.actual}${FIRST_DATA_ROW + entries(TAIAN).indexOf(e)}`, [[valueFor(e, false)]]);
    // The user's own conditional format and fill must survive.
    const user = double.app.ActiveSheet!.Range("A5:A9").FormatConditions.Add(XL_EXPRESSION, undefined, "=$A5>3");
    user.Interior.Color = bgr("#00FF00");
    double.app.ActiveSheet!.Range("C6").Interior.Color = bgr("#123456");
    const before = structuredClone(double.sheet(sheetName));

    const summary = await ops.checkTemplate(sheetName);
    const misses = summary.findings.filter((f) => f.status === "missed").map((f) => f.address);
    expect(misses.length).toBe(4);
    expect(await ops.highlight(sheetName, misses)).toBeGreaterThan(0);
    const ours = double.sheet(sheetName).fcs.filter((f) => f.formula1.includes(MARK_MARKER));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((f) => f.formula1 === `=N("${MARK_MARKER}:miss")=0` && f.interior === bgr("#FFC7CE"))).toBe(true);
    const markedCells = ours.flatMap((f) => f.areas).reduce((n, a) => n + (a.r1 - a.r0 + 1), 0);
    expect(markedCells).toBe(4);
    // Marking again replaces our marks rather than piling them up.
    await ops.highlight(sheetName, misses);
    expect(double.sheet(sheetName).fcs.filter((f) => f.formula1.includes(MARK_MARKER))).toHaveLength(ours.length);

    const reopened = setup(double.reopen());
    expect(await reopened.ops.clearMarks()).toBe(ours.length);
    expect(reopened.double.sheet(sheetName)).toEqual(before);
    expect(await ops.clearMarks()).toBe(ours.length);
    expect(double.sheet(sheetName)).toEqual(before);
  });
});

describe("check a user's own sheet", () => {
  it("finds the table, guesses the city, and grades the rows the user confirmed", async () => {
    const { double, ops } = setup();
    const list = entries(TAIAN).filter((e) => e.comparator === ">=" || e.comparator === "<=").slice(0, 5);
    double.fill("Sheet1", "A1", [
      ["泰安市质量强市指标完成情况"],
      [],
      ["序号", "指标名称", "2023年实际值", "备注"],
      ...list.map((e, i) => [i + 1, e.name, valueFor(e, i !== 1), ""]),
      [6, "不存在的指标名", 12, ""],
    ]);
    const d = await ops.detect();
    expect(d.isTemplate).toBe(false);
    expect(d.cityGuess).toBe("泰安");
    expect(d.table).toMatchObject({ headerRow: 2, nameColumn: 1, valueColumn: 2, firstDataRow: 3, lastDataRow: 3 + list.length });
    expect(d.decisions.map((x) => x.text)).toEqual(["不存在的指标名"]);
    const summary = await ops.checkUser({ sheetName: d.sheetName, sheetId: d.sheetId, cityName: "泰安", headerRow: 2, nameColumn: 1, valueColumn: 2, picks: {} });
    expect(summary.findings.map((f) => f.indicatorName)).toEqual(list.map((e) => e.name));
    summary.findings.forEach((f, i) => expect(f.status).toBe(evaluate(list[i]!, valueFor(list[i]!, i !== 1) as never).status));
    expect(summary.findings[1]!.status).toBe("missed");
    expect(summary.problems.map((p) => p.address)).toEqual([`B${4 + list.length}`]);
    // The user's pick for a name is used for every row with that name.
    const picked = await ops.checkUser({ sheetName: d.sheetName, cityName: "泰安", headerRow: 2, nameColumn: 1, valueColumn: 2, picks: { 不存在的指标名: list[0]!.id } });
    expect(picked.findings.at(-1)).toMatchObject({ indicatorId: list[0]!.id, address: `C${4 + list.length}`, matchedFrom: "不存在的指标名" });
  });

  it("recognises our own template as a template", async () => {
    const { ops } = setup();
    await ops.insertTemplate("泰安", []);
    expect((await ops.detect()).isTemplate).toBe(true);
  });
});

describe("import a plan and keep it in the workbook", () => {
  function importedCatalog(name: string, count = 3, quoteLength = 40) {
    const targets: ReviewedTarget[] = Array.from({ length: count }, (_, i) => ({
      name: `第${i + 1}项抽检合格率`,
      category: "质量",
      comparator: ">=",
      value: 90 + i,
      valueMax: null,
      unit: "%",
      deadline: 2025,
      quote: `=${"到2025年，抽检合格率达到9".padEnd(quoteLength, "更")}${i}%`,
      offset: i * 10,
    }));
    return buildImported(name, { title: `${name}市质量提升行动方案` }, targets).catalog;
  }

  it("stores it in a very hidden sheet that travels with the file, without moving the user's place", async () => {
    const { double, ops } = setup();
    const big = importedCatalog("大同", 200, 380);
    expect(JSON.stringify(big).length).toBeGreaterThan(2 * PIECE); // it spans several cells
    await ops.saveCatalog(importedCatalog("示例"));
    await ops.saveCatalog(big);
    expect(double.app.ActiveSheet!.Name).toBe("Sheet1");
    const store = double.sheet(CATALOG_SHEET);
    expect(store.visible).toBe(XL_SHEET_VERY_HIDDEN);
    expect(Object.values(store.cells).every((c) => c.formula === undefined)).toBe(true);

    const reopened = setup(double.reopen());
    const read = await reopened.ops.readCatalogs();
    expect(read.damaged).toEqual([]);
    expect(read.catalogs.map((c) => c.city.name)).toEqual(["示例", "大同"]);
    expect(read.catalogs[1]).toEqual(JSON.parse(JSON.stringify(big)));
    // Saving a city again replaces it; removing takes it out.
    await reopened.ops.saveCatalog(importedCatalog("示例"));
    expect((await reopened.ops.readCatalogs()).catalogs.map((c) => c.city.name)).toEqual(["大同", "示例"]);
    expect(await reopened.ops.removeCatalog("大同")).toBe(true);
    expect(await reopened.ops.removeCatalog("大同")).toBe(false);
    expect((await setup(reopened.double.reopen()).ops.readCatalogs()).catalogs.map((c) => c.city.name)).toEqual(["示例"]);
  });

  it("reports a damaged stored catalogue and ignores it", async () => {
    const { double, ops } = setup();
    await ops.saveCatalog(importedCatalog("示例"));
    const store = double.sheet(CATALOG_SHEET);
    store.cells["1,3"]!.value = String(store.cells["1,3"]!.value).slice(0, 50);
    const read = await ops.readCatalogs();
    expect(read.catalogs).toEqual([]);
    expect(read.damaged).toHaveLength(1);
    expect(read.damaged[0]).toMatch(/已损坏，已忽略/);
  });
});

describe("watching a sheet", () => {
  it("calls back on edits to the watched sheet only, and when it is gone", async () => {
    const { double, ops } = setup();
    const { sheetName } = await ops.insertTemplate("泰安", []);
    const seen: string[] = [];
    const stop = await ops.watch(sheetName, () => seen.push("change"), () => seen.push("gone"));
    const sheet = double.app.ActiveSheet!;
    double.events.fire("SheetChange", sheet, sheet.Range("I5"));
    double.events.fire("SheetChange", double.app.ActiveWorkbook!.Worksheets.Item("Sheet1"), sheet.Range("A1"));
    expect(seen).toEqual(["change"]);
    double.displayAlerts = false;
    sheet.Delete();
    double.events.fire("SheetActivate", double.app.ActiveSheet);
    expect(seen).toEqual(["change", "gone"]);
    await stop();
    double.events.fire("SheetActivate", double.app.ActiveSheet);
    expect(seen).toHaveLength(2);
  });
});

describe("summary, progress and comparison", () => {
  it("replaces only the summary sheet it made, keeping its name, and never asks the user to confirm", async () => {
    const { double, ops } = setup();
    await expect(ops.insertSummary()).rejects.toThrow("请先插入城市模板");
    await ops.insertTemplate("泰安", []);
    const first = await ops.insertSummary();
    expect(first).toMatchObject({ sheetName: "汇总", cities: ["泰安"], replaced: false });
    double.app.ActiveWorkbook!.Worksheets.Item("汇总").Name = "我的汇总";
    double.fill("Sheet1", "A1", [["汇总"]]);
    const again = await ops.insertSummary();
    expect(again).toMatchObject({ sheetName: "我的汇总", replaced: true });
    expect(double.data.sheets.map((s) => s.name)).toEqual(["Sheet1", "泰安", "我的汇总"]);
    expect(double.displayAlerts).toBe(true);
  });

  it("grades a progress sheet and marks behind and overdue cells in their own colours", async () => {
    const { double, ops } = setup();
    const { sheetName } = await ops.insertProgress("泰安");
    const result = await ops.checkProgress();
    expect(result.sheetName).toBe(sheetName);
    expect(result.findings.length).toBe(entries(TAIAN).length);
    const cells = result.findings.slice(0, 2).map((f) => f.address);
    expect(await ops.markProgress(sheetName, [cells[0]!], [cells[1]!])).toBe(2);
    const kinds = double.sheet(sheetName).fcs.filter((f) => f.formula1.includes(MARK_MARKER)).map((f) => f.formula1);
    expect(kinds.sort()).toEqual([`=N("${MARK_MARKER}:behind")=0`, `=N("${MARK_MARKER}:overdue")=0`]);
    await expect(setup().ops.checkProgress()).rejects.toThrow("不是进度表");
  });
});

describe("owned-sheet marks and long mark lists", () => {
  it("never takes a workbook-level name for our mark: a user's sheet under such a name is not replaced", async () => {
    const { double, ops } = setup();
    await ops.insertTemplate("泰安", []);
    // A workbook-level name with our mark's name and text (as an unqualified Names.Add would make).
    double.app.ActiveWorkbook!.Worksheets.Item("Sheet1").Names.Add("QC_INDICATORS_SHEET", '="qc-indicators:summary"', false);
    double.fill("Sheet1", "A1", [["用户自己的数据"]]);
    const r = await ops.insertSummary();
    expect(r.replaced).toBe(false);
    expect(double.value("Sheet1", "A1")).toBe("用户自己的数据");
    expect(double.sheet(r.sheetName).names).toHaveProperty("QC_INDICATORS_SHEET");
  });

  it("splits many marked areas into addresses WPS accepts (≤ 255 characters), marking every cell once", async () => {
    const { double, ops } = setup();
    const addresses = Array.from({ length: 400 }, (_, i) => `I${1000 + i * 2}`);
    expect(await ops.highlight("Sheet1", addresses)).toBe(400);
    const fcs = double.sheet("Sheet1").fcs;
    expect(fcs.length).toBeGreaterThan(1);
    const marked = fcs.flatMap((f) => f.areas).map((a) => `I${a.r0}`);
    expect(marked.sort()).toEqual([...addresses].sort());
    const rules = fcs.length;
    expect(await ops.clearMarks()).toBe(rules);
    expect(double.sheet("Sheet1").fcs).toEqual([]);
  });
});

describe("the functions and an imported plan", () => {
  it("answer for a city imported in the pane once it is written to the workbook, and forget it in a workbook without it", async () => {
    const fns = new Map<string, (...a: unknown[]) => unknown>();
    const { double, ops } = setup();
    const registered = startAddin(double.app, double.events, { AddCustomFunction: (_ns, name, fn) => fns.set(name, fn as never) });
    expect(registered).toBe(true);
    const t: ReviewedTarget = { name: "新增专利", category: "创新", comparator: ">=", value: 500, valueMax: null, unit: "件", deadline: 2025, quote: "新增专利500件以上", offset: 0 };
    const { catalog } = buildImported("示例", { title: "示例市质量提升行动方案" }, [t]);
    expect(fns.get("TARGET")!("示例", "新增专利")).toBe("#N/A");
    await ops.saveCatalog(catalog);
    // The pane's write to the hidden sheet reaches the main page as a SheetChange.
    double.events.fire("SheetChange", double.app.ActiveWorkbook!.Worksheets.Item(CATALOG_SHEET), null);
    expect(fns.get("TARGET")!("示例", "新增专利")).toBe(500);
    expect(fns.get("STATUS")!("示例", "新增专利", 480)).toBe("未达标");
    // Another workbook comes to the front: its own (no) imported cities.
    const other = new EtDouble();
    startAddin(other.app, other.events, {});
    expect(fns.get("TARGET")!("示例", "新增专利")).toBe("#N/A");
  });
});

describe("合并 (consolidating returns)", () => {
  it("reads returns as qc check does and adds the report as new sheets only, the user's 汇总 untouched", async () => {
    const { buildTemplateWorkbook } = await import("../../src/xlsx/export");
    const { consolidate, readReturn } = await import("../../src/xlsx/returns");
    const bytes = await buildTemplateWorkbook(activeIndex(), [TAIAN]);
    const { double, ops } = setup();
    double.app.ActiveSheet!.Name = "汇总";
    double.fill("汇总", "A1", [["用户自己的汇总"]]);
    const before = structuredClone(double.sheet("汇总"));
    const files = [
      { name: "第1单位.xlsx", bytes },
      { name: "第2单位.xlsx", bytes },
    ];
    const progress: number[] = [];
    const report = await ops.consolidate!(files, (done) => progress.push(done));
    expect(progress).toEqual([1, 2]);
    const direct = consolidate(await Promise.all(files.map((f) => readReturn(f.bytes, f.name, activeIndex()))), activeIndex(), new Date().getFullYear());
    expect(report).toEqual(direct);
    const r = await ops.insertReport!(report);
    expect(r.sheets.slice(0, 2)).toEqual(["汇总 (2)", "明细"]);
    expect(double.sheet("汇总")).toEqual(before);
    expect(double.app.ActiveSheet!.Name).toBe("汇总 (2)");
    // The pivot counts the report's own rows sheet, by the name it really got.
    expect(double.cell("汇总 (2)", "C5")?.formula).toMatch(/^=COUNTIFS\('?明细'?!\$A\$5:\$A\$\d+,A5,'?明细'?!\$B\$5:\$B\$\d+,B5\)$/);
    expect(double.value("明细", `A${4 + report.rows.length}`)).toBe("泰安");
  });
});

describe("writing large sheets", () => {
  it("costs calls by runs of formats and styles, not by cells: a 15,000-row report is written in a few hundred Range calls", async () => {
    const { consolidate } = await import("../../src/report/consolidate");
    const list = entries(TAIAN);
    const inputs = Array.from({ length: 50 }, (_, k) => ({
      file: `第${k + 1}单位.xlsx`,
      fields: { 泰安: { unit: `第${k + 1}单位`, period: "2025年", contact: null } },
      findings: Array.from({ length: 300 }, (_, r) => {
        const e = list[r % list.length]!;
        return { file: `第${k + 1}单位.xlsx`, sheet: "泰安", cell: `I${r + 5}`, city: "泰安", indicator: e.name, target: "", actual: r % 3 === 0 ? null : 1, status: ["无数据", "达标", "未达标"][r % 3]!, gap: null };
      }),
      problems: [],
      error: null,
    }));
    const report = consolidate(inputs as never, activeIndex(), 2026);
    expect(report.rows.length).toBe(15_000);
    const { double, ops } = setup();
    const r = await ops.insertReport!(report);
    expect(double.value(r.sheets[1]!, `A${4 + report.rows.length}`)).toBe("泰安");
    expect(double.rangeCalls).toBeLessThan(1_000);
  });
});
