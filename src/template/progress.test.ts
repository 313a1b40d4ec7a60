import { describe, expect, it } from "vitest";
import { builtinIndex, type Indicator } from "../catalog";
import { buildProgressTemplate, formatMilestones, latestFormula, pathFormula, progressLayout, progressStatusFormula } from "./progress";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;
const entries = index.indicators(taian);
const floor = entries.find((e) => e.name === "农产品监测合格率")!;

describe("buildProgressTemplate", () => {
  it("has the milestones and baseline, one column per year from the plan's year to its last deadline, then latest value, year, path and status", () => {
    const l = progressLayout(taian, entries);
    expect(l.years).toEqual([2018, 2019, 2020]);
    const spec = buildProgressTemplate(taian, entries);
    const header = spec.cells.filter((c) => /^[A-Z]+4$/.test(c.address)).map((c) => (c.content as { value: string }).value);
    expect(header).toEqual([
      "序号", "类别", "指标", "目标", "目标值", "单位", "期限", "里程碑", "基线", "基线年份", "2018年", "2019年", "2020年",
      "最新值", "最新年份", "应达值", "进度状态", "起点", "起点年份", "比较", "上限", "指标ID",
    ]);
    expect(spec.name).toBe("泰安进度");
    const hidden = spec.columns.filter((c) => c.width === 0).map((c) => c.column);
    expect(hidden).toEqual([l.start, l.startYear, l.comparator, l.max, l.id]);
  });
  it("writes document text as values and only the computed columns as formulas", () => {
    const spec = buildProgressTemplate(taian, entries);
    const l = progressLayout(taian, entries);
    const formulaCols = new Set(spec.cells.filter((c) => c.content.kind === "formula").map((c) => c.address.replace(/\d+/g, "")));
    expect(formulaCols).toEqual(new Set([l.latest, l.latestYear, l.path, l.status, l.start, l.startYear]));
  });
  it("fills the plan's stated baseline and shows its milestones", () => {
    const planned: Indicator = { ...floor, deadline: 2025, baseline: { year: 2020, value: 90 }, milestones: [{ year: 2023, value: 96 }] };
    const spec = buildProgressTemplate(taian, [planned]);
    const l = progressLayout(taian, [planned]);
    const at = (col: string) => spec.cells.find((c) => c.address === `${col}5`)!.content;
    expect(at(l.baseline)).toEqual({ kind: "value", value: 0.9 });
    expect(at(l.baselineYear)).toEqual({ kind: "value", value: 2020 });
    expect(at(l.milestones)).toEqual({ kind: "value", value: "2023年≥96%" });
    expect(formatMilestones({ ...floor, comparator: "<=", unit: "dB(A)", milestones: [{ year: 2024, value: 57 }, { year: 2022, value: 58 }] })).toBe("2022年≤58dB(A)；2024年≤57dB(A)");
    // The milestone is a constant of the path formula, as a fraction for a % row.
    expect(pathFormula(planned, 5, l)).toContain("IF(2023>");
    expect(pathFormula(planned, 5, l)).toContain(",0.96,");
  });
  it("reverses the path test for ceilings", () => {
    const l = progressLayout(taian, entries);
    expect(progressStatusFormula(floor, 5, l)).toContain(`${l.latest}5>=${l.path}5-`);
    const noise = { ...floor, comparator: "<=", unit: "dB(A)", value: 56 } as Indicator;
    expect(progressStatusFormula(noise, 5, l)).toContain(`${l.latest}5<=${l.path}5+`);
  });
  it("reads the latest value of a % row by the percent rule, from the cell it comes from", () => {
    const l = progressLayout(taian, entries);
    const f = latestFormula(floor, 5, l);
    expect(f).toContain(`CELL("format",INDEX(${l.firstYear}5:${l.lastYear}5,1,LOOKUP(2,1/(${l.firstYear}5:${l.lastYear}5<>""),COLUMN(`);
    expect(f).toContain("/100");
    const count = { ...floor, unit: "件", value: 500 } as Indicator;
    expect(latestFormula(count, 5, l)).not.toContain("/100");
  });
  it("says that the deadline year's value is missing instead of calling the row overdue", () => {
    const l = progressLayout(taian, entries);
    const f = progressStatusFormula(floor, 5, l);
    expect(f).toContain(`"缺"&G5&"年数据（截至"&${l.latestYear}5&"年：按期可达）"`);
    expect(f).toContain(`YEAR(TODAY())>G5`);
  });
});
