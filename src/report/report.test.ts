import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { consolidate, type ReturnFinding, type ReturnInput } from "./consolidate";
import { periodYear, readReturnFields } from "./fields";
import { buildCityTemplate, FIELD_CELLS, periodChoices } from "../template/city";
import { allCells } from "../template/types";
import { buildReportSheets, isReportGrid, REPORT_HEADER_ROW, REPORT_MARK, REPORT_SHEETS } from "./sheets";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;
const [e1, e2, e3] = index.indicators(taian);

function finding(file: string, name: string, actual: number | string | null, status: string, cell = "H5"): ReturnFinding {
  return { file, sheet: "泰安", cell, city: "泰安", indicator: name, target: "≥98%", actual, status, gap: null };
}

function input(file: string, unit: string | null, period: string | null, findings: ReturnFinding[]): ReturnInput {
  return { file, fields: { 泰安: { unit, period, contact: null } }, findings, problems: [], error: null };
}

describe("readReturnFields", () => {
  it("reads labels with the value in the next cell or after a colon, full- or half-width", () => {
    expect(readReturnFields([["泰安市质量指标"], ["填报单位：", null, "市农业农村局", "报告期", "2025年"], ["联系人:张三 0538-1234567"]])).toEqual({
      unit: "市农业农村局",
      period: "2025年",
      contact: "张三 0538-1234567",
    });
    expect(readReturnFields([["填 报 单 位：宁阳县市场监管局", "报告期：2024年第四季度"]])).toEqual({ unit: "宁阳县市场监管局", period: "2024年第四季度", contact: null });
  });
  it("does not take the next label as a value, and reads only the top rows", () => {
    expect(readReturnFields([["填报单位", "报告期", "2025年"]])).toEqual({ unit: null, period: "2025年", contact: null });
    const deep = Array.from({ length: 20 }, () => [] as unknown[]);
    deep[15] = ["填报单位", "某局"];
    expect(readReturnFields(deep).unit).toBeNull();
  });
  it("reads the fields of our own template once filled in, and nothing before", () => {
    const spec = buildCityTemplate(taian, index.indicators(taian), { year: 2026 });
    const grid: unknown[][] = [];
    const put = (address: string, value: unknown) => {
      const col = address.charCodeAt(0) - 65;
      const row = Number(address.slice(1)) - 1;
      (grid[row] ??= [])[col] = value;
    };
    for (const c of spec.cells) if (c.content.kind === "value") put(c.address, c.content.value);
    expect(readReturnFields(grid)).toEqual({ unit: null, period: null, contact: null });
    put(FIELD_CELLS.unit.input, "泰安市农业农村局");
    put(FIELD_CELLS.period.input, periodChoices(2026)[0]);
    put(FIELD_CELLS.contact.input, "李四 0538-7654321");
    expect(readReturnFields(grid)).toEqual({ unit: "泰安市农业农村局", period: "2026年", contact: "李四 0538-7654321" });
    // The fields are validated where they are typed.
    expect(spec.validations.filter((v) => v.title).map((v) => [v.title, v.kind])).toEqual([
      ["填报单位", "text"],
      ["报告期", "list"],
      ["联系人", "text"],
    ]);
  });
  it("finds the year a period names", () => {
    expect(periodYear("2025年第三季度")).toBe(2025);
    expect(periodYear("2024-12")).toBe(2024);
    expect(periodYear("十四五期末")).toBeNull();
    expect(periodYear(null)).toBeNull();
  });
});

describe("consolidate", () => {
  it("keeps every row with its source, pivots city × category, lists misses with their unit", () => {
    const r = consolidate(
      [
        input("a.xlsx", "市农业农村局", "2025年", [finding("a.xlsx", e1!.name, 99, "达标"), finding("a.xlsx", e2!.name, 90, "未达标", "H6")]),
        input("b.xlsx", "市卫健委", "2025年", [finding("b.xlsx", e3!.name, null, "无数据")]),
      ],
      index,
    );
    expect(r.rows.map((x) => [x.file, x.cell, x.unit, x.year])).toEqual([
      ["a.xlsx", "H5", "市农业农村局", 2025],
      ["a.xlsx", "H6", "市农业农村局", 2025],
      ["b.xlsx", "H5", "市卫健委", 2025],
    ]);
    expect(r.pivot.reduce((s, p) => s + p.total, 0)).toBe(3);
    expect(r.pivot.reduce((s, p) => s + p.met, 0)).toBe(1);
    expect(r.misses.map((m) => [m.indicator, m.unit])).toEqual([[e2!.name, "市农业农村局"]]);
    expect(r.conflicts).toEqual([]);
    expect(r.duplicates).toEqual([]);
  });

  it("flags the same indicator reported differently by two files, and two files of one unit and period", () => {
    const r = consolidate(
      [
        input("a.xlsx", "市农业农村局", "2025年", [finding("a.xlsx", e1!.name, 99, "达标")]),
        input("a-改.xlsx", "市农业农村局", "2025年", [finding("a-改.xlsx", e1!.name, 97, "未达标")]),
        input("c.xlsx", "市统计局", "2025年", [finding("c.xlsx", e2!.name, 95, "达标")]),
        input("d.xlsx", "市统计局", "2024年", [finding("d.xlsx", e2!.name, 95, "达标")]),
      ],
      index,
    );
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]!.reports.map((x) => [x.file, x.actual])).toEqual([
      ["a.xlsx", 99],
      ["a-改.xlsx", 97],
    ]);
    expect(r.duplicates).toEqual([{ unit: "市农业农村局", period: "2025年", files: ["a.xlsx", "a-改.xlsx"] }]);
    // Both rows stay in the report: nothing is merged or dropped silently.
    expect(r.rows).toHaveLength(4);
  });

  it("lists unreadable files and files with no table, and goes on", () => {
    const r = consolidate(
      [
        { file: "坏.xlsx", fields: {}, findings: [], problems: [], error: "坏.xlsx 已损坏，无法读取" },
        { file: "空.xlsx", fields: {}, findings: [], problems: [], error: null },
        input("a.xlsx", null, null, [finding("a.xlsx", e1!.name, 99, "达标")]),
      ],
      index,
    );
    expect(r.unreadable.map((u) => u.file)).toEqual(["坏.xlsx", "空.xlsx"]);
    expect(r.rows).toHaveLength(1);
    // No 填报单位 field: the file's name stands for the unit.
    expect(r.rows[0]!.unit).toBe("a");
  });

  it("makes a series of several rounds and grades it with the progress rule", () => {
    const pct = index.indicators(taian).find((e) => e.unit === "%" && e.comparator === ">=" && typeof e.value === "number" && e.deadline !== null)!;
    const rounds = [2017, 2018, 2019].map((y, i) => input(`${y}.xlsx`, "市局", `${y}年`, [finding(`${y}.xlsx`, pct.name, (pct.value as number) - 3 + i, "未达标")]));
    const r = consolidate(rounds, index, pct.deadline!);
    expect(r.years).toEqual([2017, 2018, 2019]);
    expect(r.series).toHaveLength(1);
    expect(r.series[0]!.points.map((p) => p.year)).toEqual([2017, 2018, 2019]);
    expect(r.series[0]!.status.length).toBeGreaterThan(0);
    expect(r.series[0]!.projected).not.toBeNull();
  });
});

describe("buildReportSheets", () => {
  it("writes the pivot as COUNTIFS over 明细, marks every sheet as ours, and writes text as values", () => {
    const r = consolidate([input("=HYPERLINK(1).xlsx", "=1+1", "2025年", [finding("=HYPERLINK(1).xlsx", e1!.name, 99, "达标")])], index);
    const sheets = buildReportSheets(r);
    expect(sheets.map((s) => s.name)).toEqual([REPORT_SHEETS.pivot, REPORT_SHEETS.rows, REPORT_SHEETS.misses, REPORT_SHEETS.conflicts, REPORT_SHEETS.duplicates, REPORT_SHEETS.unreadable]);
    for (const s of sheets) expect(s.cells.find((c) => c.address === "A1")!.content).toEqual({ kind: "value", value: REPORT_MARK });
    const pivot = sheets[0]!;
    const count = pivot.cells.find((c) => c.address === `C${REPORT_HEADER_ROW + 1}`)!.content;
    expect(count).toMatchObject({ kind: "formula" });
    expect((count as { formula: string }).formula).toMatch(/^COUNTIFS\('明细'!\$A\$5:\$A\$5,A5,'明细'!\$B\$5:\$B\$5,B5\)$/);
    const rows = allCells(sheets[1]!);
    const texts = rows.filter((c) => c.content.kind === "value" && String(c.content.value).startsWith("="));
    expect(texts.length).toBeGreaterThan(0);
    expect(rows.every((c) => c.content.kind === "value")).toBe(true);
    // The rows are made on demand, after the sheet's title and header.
    expect(sheets[1]!.cells.every((c) => Number(c.address.slice(1)) <= REPORT_HEADER_ROW)).toBe(true);
    expect(rows.filter((c) => c.address.startsWith("C") && Number(c.address.slice(1)) > REPORT_HEADER_ROW)).toHaveLength(1);
    expect(isReportGrid([[REPORT_MARK]])).toBe(true);
    expect(isReportGrid([["泰安"]])).toBe(false);
  });
});
