import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { checkGrid, columnLetter, detectTable, stripNumbering } from "./detect";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;

describe("detectTable", () => {
  it("finds a header row with 指标 and 实际值 below a title, and guesses the city from the title", () => {
    const grid = [
      ["泰安市质量提升指标完成情况", null, null],
      [null, null, null],
      ["序号", "指标名称", "目标", "实际值"],
      [1, "农产品监测合格率", "≥98%", 0.97],
      [2, "食品抽检合格率", "≥96%", 0.99],
    ];
    const t = detectTable(grid, index)!;
    expect(t).toMatchObject({ headerRow: 2, nameColumn: 1, valueColumn: 3, cityGuess: "泰安", firstDataRow: 3, lastDataRow: 4 });
  });

  it("prefers 实际值 over a year column, and the latest year when only years are given", () => {
    const grid = [
      ["指标", "2019年", "2020年", "实际值"],
      ["农产品监测合格率", 0.9, 0.95, 0.97],
    ];
    expect(detectTable(grid, index)!.valueColumn).toBe(3);
    const years = [
      ["项目", "2019年", "2020年"],
      ["农产品监测合格率", 0.9, 0.95],
    ];
    const t = detectTable(years, index)!;
    expect(t.valueColumn).toBe(2);
    expect(t.valueColumns.map((v) => v.header)).toEqual(["2019年", "2020年"]);
    expect(t.cityGuess).toBe("泰安");
  });

  it("reads year headers written as 2020年实际值 or 2020年完成值", () => {
    const grid = [["泰安市指标"], ["指标", "2019年完成值", "2020年实际值"], ["农产品监测合格率", 0.9, 0.95]];
    const t = detectTable(grid, index)!;
    expect(t).toMatchObject({ headerRow: 1, valueColumn: 2 });
  });

  it("reads a header split over two merged rows (2019年 above 实际值)", () => {
    const grid = [
      ["指标", "2019年"],
      [null, "实际值"],
      ["城市区域环境噪声", 55],
    ];
    const t = detectTable(grid, index)!;
    expect(t.headerRow).toBe(1);
    expect(t.valueColumn).toBe(1);
    expect(t.cityGuess).toBe("新密");
  });

  it("falls back to content when headers say nothing", () => {
    const grid = [
      ["a", "b", "c"],
      ["农产品监测合格率", "x", 0.97],
      ["食品抽检合格率", "y", 0.95],
      ["药品抽检合格率", "z", "99%"],
    ];
    const t = detectTable(grid, index)!;
    expect(t).toMatchObject({ nameColumn: 0, valueColumn: 2, cityGuess: "泰安" });
  });

  it("returns null for a sheet with no recognisable table (error case)", () => {
    expect(detectTable([["hello", "world"], [1, 2]], index)).toBeNull();
    expect(detectTable([], index)).toBeNull();
  });
});

describe("checkGrid", () => {
  const grid = [
    ["指标", "实际值"],
    ["1. 农产品监测合格率", 0.97],
    ["食品抽检合格率", "97%"],
    ["药品抽检合格率", null],
    ["不存在的指标名", 1],
    ["装配式建筑占新建建筑比例", "很多"],
  ];
  const formats = [[null, null], [null, "0%"], [null, "@"], [null, null], [null, null], [null, null]];
  const t = detectTable(grid, index)!;
  const rows = checkGrid(grid, formats, t, taian, index);

  it("evaluates each row against the catalogue, reading %-formatted cells as fractions", () => {
    expect(rows.map((r) => [r.nameText, r.evaluation?.status ?? null])).toEqual([
      ["农产品监测合格率", "missed"],
      ["食品抽检合格率", "met"],
      ["药品抽检合格率", "nodata"],
      ["不存在的指标名", null],
      ["装配式建筑占新建建筑比例", null],
    ]);
    expect(rows[0]!.evaluation!.gap).toBeCloseTo(-1);
  });

  it("reports unknown names and unreadable values as errors with a sentence (error cases)", () => {
    expect(rows[3]!.error).toContain("没有指标");
    expect(rows[4]!.error).toContain("不是数字");
  });

  it("skips section rows: an unknown name with no value is not a problem", () => {
    const g = [["指标", "实际值"], ["一、产品质量", null], ["农产品监测合格率", 0.99]];
    const rows2 = checkGrid(g, null, detectTable(g, index)!, taian, index);
    expect(rows2.map((r) => r.nameText)).toEqual(["农产品监测合格率"]);
  });

  it("uses the user's correction for a row", () => {
    const entry = index.indicators(taian).find((e) => e.name === "药品抽检合格率")!;
    const fixed = checkGrid(grid, formats, t, taian, index, new Map([[4, entry]]));
    expect(fixed.find((r) => r.row === 4)).toMatchObject({ entry, error: null, evaluation: { status: "met" } });
  });
});

describe("helpers", () => {
  it("strips list numbering and names columns", () => {
    expect(stripNumbering("（一）农产品监测合格率")).toBe("农产品监测合格率");
    expect(stripNumbering("12、食品")).toBe("食品");
    expect(stripNumbering("2020年目标")).toBe("2020年目标");
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ"]);
  });
});
