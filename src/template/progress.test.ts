import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { buildProgressTemplate, progressLayout, progressStatusFormula } from "./progress";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;
const entries = index.indicators(taian);

describe("buildProgressTemplate", () => {
  it("has one column per year from the plan's year to its last deadline, then latest value, year and status", () => {
    const l = progressLayout(taian, entries);
    expect(l.years).toEqual([2018, 2019, 2020]);
    const spec = buildProgressTemplate(taian, entries);
    const header = spec.cells.filter((c) => /^[A-Z]+4$/.test(c.address)).map((c) => (c.content as { value: string }).value);
    expect(header).toEqual(["序号", "类别", "指标", "目标", "目标值", "单位", "期限", "基线", "基线年份", "2018年", "2019年", "2020年", "最新值", "最新年份", "进度状态", "比较", "指标ID"]);
    expect(spec.name).toBe("泰安进度");
  });
  it("writes document text as values and only the three computed columns as formulas", () => {
    const spec = buildProgressTemplate(taian, entries);
    const l = progressLayout(taian, entries);
    const formulaCols = new Set(spec.cells.filter((c) => c.content.kind === "formula").map((c) => c.address.replace(/\d+/g, "")));
    expect(formulaCols).toEqual(new Set([l.latest, l.latestYear, l.status]));
  });
  it("reverses the path test for ceilings", () => {
    const l = progressLayout(taian, entries);
    const floor = entries.find((e) => e.comparator === ">=")!;
    expect(progressStatusFormula(floor, 5, l)).toContain("IF(M5>=H5+(E5-H5)*(N5-I5)/(G5-I5)");
    expect(progressStatusFormula({ ...floor, comparator: "<=" }, 5, l)).toContain("IF(M5<=H5+(E5-H5)*(N5-I5)/(G5-I5)");
  });
});
