import { describe, expect, it } from "vitest";
import { defaultComparator, readValueCell, splitNameUnit } from "./tables";

describe("indicator table cells", () => {
  it.each([
    ["≥95", { value: 95, valueMax: null, comparator: ">=", unit: "" }],
    ["98以上", { value: 98, valueMax: null, comparator: ">=", unit: "" }],
    ["＜0.3", { value: 0.3, valueMax: null, comparator: "<", unit: "" }],
    ["不超过5个工作日", { value: 5, valueMax: null, comparator: "<=", unit: "工作日" }],
    ["90—95", { value: 90, valueMax: 95, comparator: "range", unit: "" }],
    ["[85]", { value: 85, valueMax: null, comparator: null, unit: "" }],
    ["3.5万件", { value: 3.5, valueMax: null, comparator: null, unit: "万件" }],
    ["全覆盖", { value: "全覆盖", valueMax: null, comparator: "qualitative", unit: "" }],
  ])("reads %s", (cell, want) => {
    expect(readValueCell(cell)).toEqual(want);
  });
  it.each(["", "—", "-", "/", "——", "逐年提高的说明文字里有数字2"])("reads %j as no value", (cell) => {
    expect(readValueCell(cell)).toBeNull();
  });
  it("takes the unit from brackets in the name and drops ★ marks", () => {
    expect(splitNameUnit("单位GDP能耗下降（%）★")).toEqual({ name: "单位GDP能耗下降", unit: "%" });
    expect(splitNameUnit("每万人口高价值发明专利拥有量(件/万人)")).toEqual({ name: "每万人口高价值发明专利拥有量", unit: "件/万人" });
    expect(splitNameUnit("细颗粒物（PM2.5）")).toEqual({ name: "细颗粒物（PM2.5）", unit: "" });
  });
  it("reads measures plans want low as ceilings, and a stated fall as a floor", () => {
    expect(defaultComparator("亿元GDP生产安全事故死亡率")).toBe("<=");
    expect(defaultComparator("PM2.5年均浓度")).toBe("<=");
    expect(defaultComparator("单位GDP二氧化碳排放降低")).toBe(">=");
    expect(defaultComparator("产品质量监督抽查合格率")).toBe(">=");
  });
});

describe("indicator table columns", () => {
  const cells = (...texts: string[]) => texts.map((text, i) => ({ text, offset: i * 10 }));
  it("reads a “十四五”目标 column as a 2025 column and a 现状值 column as the baseline", async () => {
    const { tableColumns } = await import("./tables");
    const cols = tableColumns([cells("序号", "指标名称", "计量单位", "现状值", "“十四五”目标")], null);
    expect(cols).toMatchObject({ name: 1, unit: 2, baseline: { col: 3, year: null }, targets: [{ col: 4, year: 2025 }] });
  });
  it("reads several bare year columns as targets, and the first as the baseline when it precedes the plan", async () => {
    const { tableColumns } = await import("./tables");
    expect(tableColumns([cells("指标", "2023年", "2025年", "2027年")], null)).toMatchObject({ baseline: null, targets: [{ year: 2023 }, { year: 2025 }, { year: 2027 }] });
    expect(tableColumns([cells("指标", "2020年", "2023年", "2025年")], { start: 2021, end: 2025 })).toMatchObject({ baseline: { year: 2020 }, targets: [{ year: 2023 }, { year: 2025 }] });
  });
  it("is no indicator table without a name column and a value column", async () => {
    const { tableColumns } = await import("./tables");
    expect(tableColumns([cells("序号", "任务", "责任单位", "完成时限")], null)).toBeNull();
  });
});
