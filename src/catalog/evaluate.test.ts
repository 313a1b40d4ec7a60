import { describe, expect, it } from "vitest";
import {
  ActualValueError,
  evaluate,
  formatTarget,
  numberFormatFor,
  parseNumberText,
  readActual,
  targetForExcel,
  type Indicator,
} from "./index";

const base: Indicator = {
  id: "xx-0000000",
  city: "泰安",
  category: "食品药品",
  name: "农产品监测合格率",
  aliases: [],
  comparator: ">=",
  value: 98,
  valueMax: null,
  unit: "%",
  deadline: 2020,
  quote: "农产品监测合格率稳定在98%以上",
  source: { file: "f", offset: 0 },
  concept: null,
};
const with_ = (p: Partial<Indicator>): Indicator => ({ ...base, ...p });

describe("percent targets follow Excel's convention", () => {
  it.each([
    [0.975, 97.5],
    [97.5, 97.5],
    ["97.5%", 97.5],
    ["97.5", 97.5],
    ["0.975", 97.5],
    ["９７．５％", 97.5],
    [1, 100],
    [0.5, 50],
  ])("reads %j as %s%%", (raw, expected) => {
    expect(readActual(base, raw)).toBeCloseTo(expected);
  });
  it("reads every number as a fraction when the cell is %-formatted", () => {
    expect(readActual(base, 0.005, { percentFormatted: true })).toBeCloseTo(0.5);
    expect(readActual(base, 1.5, { percentFormatted: true })).toBeCloseTo(150);
  });
  it("meets at exactly the target, misses just below, with the gap in percent points", () => {
    expect(evaluate(base, 0.98)).toEqual({ status: "met", gap: 0, actual: 98 });
    expect(evaluate(base, 0.975)).toEqual({ status: "missed", gap: -0.5, actual: 97.5 });
    expect(evaluate(base, "99%")).toEqual({ status: "met", gap: 1, actual: 99 });
  });
  it("gives Excel the target as a fraction", () => {
    expect(targetForExcel(base)).toBe(0.98);
    expect(targetForExcel(with_({ value: 92.5 }))).toBe(0.925);
  });
});

describe("comparators", () => {
  it.each([
    [">=", 56, null, 56, "met", 0],
    [">", 30, null, 30, "missed", 0],
    [">", 30, null, 30.1, "met", 0.1],
    ["<=", 56, null, 55, "met", 1],
    ["<=", 56, null, 57, "missed", -1],
    ["<", 1, null, 1, "missed", 0],
    ["=", 100, null, 100, "met", 0],
    ["=", 100, null, 99, "missed", -1],
    ["range", 1, 2, 1, "met", 0],
    ["range", 1, 2, 3, "missed", -1],
    ["range", 1, 2, 0, "missed", -1],
  ] as const)("%s %s(%s) with %s → %s, gap %s", (comparator, value, valueMax, actual, status, gap) => {
    const e = with_({ comparator, value, valueMax, unit: "个" });
    expect(evaluate(e, actual)).toMatchObject({ status, gap });
  });
  it("a ceiling's gap is the room left (noise ≤ 56 dB(A))", () => {
    const noise = with_({ name: "城市区域环境噪声", comparator: "<=", value: 56, unit: "dB(A)" });
    expect(evaluate(noise, 54.5)).toEqual({ status: "met", gap: 1.5, actual: 54.5 });
  });
});

describe("no data and bad input", () => {
  it.each([null, undefined, "", "   "])("treats %j as 无数据, not a miss", (raw) => {
    expect(evaluate(base, raw)).toEqual({ status: "nodata", gap: null, actual: null });
  });
  it.each([
    [true, "逻辑值"],
    ["很多", "不是数字"],
    [Number.NaN, "有限"],
    [Number.POSITIVE_INFINITY, "有限"],
  ])("rejects %j with a message (error case)", (raw, word) => {
    expect(() => evaluate(base, raw as never)).toThrowError(ActualValueError);
    expect(() => evaluate(base, raw as never)).toThrowError(word);
  });
  it("rejects a percent for a count target (error case)", () => {
    expect(() => evaluate(with_({ unit: "件", value: 500 }), "50%")).toThrowError(ActualValueError);
  });
});

describe("qualitative targets", () => {
  const q = with_({ comparator: "qualitative", value: "低于全国平均水平", unit: "" });
  it.each([
    ["已达成", "met"],
    ["达标", "met"],
    [true, "met"],
    [1, "met"],
    ["未达成", "missed"],
    ["进行中", "missed"],
    [false, "missed"],
    ["", "nodata"],
  ] as const)("reads %j as %s", (raw, status) => {
    expect(evaluate(q, raw).status).toBe(status);
  });
  it("rejects other text and numbers (error case)", () => {
    expect(() => evaluate(q, "差不多")).toThrowError(ActualValueError);
    expect(() => evaluate(q, 0.5)).toThrowError(ActualValueError);
  });
  it("gives the level text as the target", () => {
    expect(targetForExcel(q)).toBe("低于全国平均水平");
  });
});

describe("formatting", () => {
  it.each([
    [base, "≥98%", "0%"],
    [with_({ value: 92.5 }), "≥92.5%", "0.0%"],
    [with_({ comparator: "<=", value: 56, unit: "dB(A)" }), "≤56dB(A)", "0"],
    [with_({ comparator: "range", value: 1, valueMax: 2, unit: "个" }), "1—2个", "0"],
    [with_({ comparator: ">", value: 30 }), ">30%", "0%"],
    [with_({ value: 37370, unit: "万吨", comparator: "<=" }), "≤37370万吨", "#,##0"],
  ])("formats %#", (e, text, format) => {
    expect(formatTarget(e)).toBe(text);
    expect(numberFormatFor(e)).toBe(format);
  });
  it("parses numbers as people type them", () => {
    expect(parseNumberText("1,234.5")).toEqual({ value: 1234.5, percent: false, permille: false });
    expect(parseNumberText("≥98%")).toEqual({ value: 98, percent: true, permille: false });
    expect(parseNumberText("1.2‰")).toEqual({ value: 1.2, percent: false, permille: true });
    expect(parseNumberText("abc")).toBeNull();
    expect(parseNumberText("1e400")).toBeNull();
  });
});

describe("decimal commas: one rule for every text value", () => {
  it.each([
    ["97,5%", 97.5, true],
    ["97，5％", 97.5, true],
    ["0,975", 0.975, false],
    ["1,5", 1.5, false],
    ["-2,25", -2.25, false],
    ["1,234", 1234, false],
    ["12,345,678", 12345678, false],
    ["1,234.5", 1234.5, false],
    ["1.234,5", 1234.5, false],
    ["1.234.567,25", 1234567.25, false],
    ["1,2345", 1.2345, false],
  ] as const)("reads %j as %s", (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent, permille: false });
  });
  it.each(["1,2,3", "12,34,567", "0,123,456", "1,234,5", "1.2.3", ",", "1,,5", "1.234,5.6"])("refuses %j rather than guess", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
  it("grades 97,5% against ≥98% as 97.5 %, not 975 %", () => {
    expect(evaluate(base, "97,5%")).toEqual({ status: "missed", gap: -0.5, actual: 97.5 });
    expect(evaluate(base, "98,5")).toEqual({ status: "met", gap: 0.5, actual: 98.5 });
  });
});

describe("rates above 100 %", () => {
  it("are graded as read, with a warning: 95 in a %-formatted cell is 9500 %", () => {
    const r = evaluate(base, 95, { percentFormatted: true });
    expect(r).toMatchObject({ status: "met", actual: 9500 });
    expect(r.warning).toContain("超过 100%");
  });
  it("give no warning at 100 % or below, for other units, or where the target itself is above 100 %", () => {
    expect(evaluate(base, 1, { percentFormatted: true }).warning).toBeUndefined();
    expect(evaluate(base, 95).warning).toBeUndefined();
    expect(evaluate(with_({ unit: "件", value: 500 }), 9500).warning).toBeUndefined();
    expect(evaluate(with_({ value: 150, name: "增长" }), 1.6, { percentFormatted: true }).warning).toBeUndefined();
  });
});
