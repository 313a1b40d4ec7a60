import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, STATUS_LABEL, evaluate, targetForExcel } from "../catalog";
import { buildImported } from "../catalog/custom";
import { setImportedCatalogs } from "../catalog/registry";
import { installCustomFunctionsShim, ShimError } from "../../test/support/custom-functions-shim";

installCustomFunctionsShim();
let f: typeof import("./functions");
beforeAll(async () => {
  f = await import("./functions");
});

const err = (v: unknown) => {
  expect(v).toBeInstanceOf(ShimError);
  return v as ShimError;
};
const one = (m: unknown[][]) => {
  expect(m.length).toBe(1);
  expect(m[0]!.length).toBe(1);
  return m[0]![0];
};

describe("QC_TARGET", () => {
  it("answers the plan of record's example: 泰安 农产品监测合格率 → 0.98", () => {
    expect(one(f.QC_TARGET([["泰安"]], [["农产品监测合格率"]]))).toBe(0.98);
  });
  it("answers every catalogue entry as the catalogue says", () => {
    for (const e of BUILTIN_CATALOG.indicators) {
      expect(one(f.QC_TARGET([[e.city]], [[e.name]])), `${e.city} ${e.name}`).toBe(targetForExcel(e));
    }
  });
  it("gives ceilings and qualitative levels as written", () => {
    expect(one(f.QC_TARGET([["新密"]], [["城市区域环境噪声"]]))).toBe(56);
    expect(one(f.QC_TARGET([["新密"]], [["特种设备安全事故死亡率"]]))).toBe("低于全国平均水平");
  });
  it("spills over a column of names without a round trip per cell", () => {
    const names = [["农产品监测合格率"], ["食品抽检合格率"], ["药品抽检合格率"]];
    expect(f.QC_TARGET([["泰安"]], names)).toEqual([[0.98], [0.96], [0.98]]);
  });
  it("broadcasts a row of cities against a column of names, Excel style", () => {
    const m = f.QC_TARGET([["新密", "江门"]], [["产品质量国家监督抽查合格率"], ["生产企业产品质量监督合格率"]]);
    expect(m).toEqual([[0.9, 0.9], [0.94, 0.94]]);
  });
  it("gives #N/A for positions outside a mismatched argument's shape", () => {
    const m = f.QC_TARGET([["泰安"], ["泰安"]], [["农产品监测合格率", "食品抽检合格率", "药品抽检合格率"], ["a", "b"]]);
    expect(err(m[1]![2]).code).toBe("#N/A");
  });
  it("unknown city: #N/A naming the cities (error case)", () => {
    const e = err(one(f.QC_TARGET([["济南"]], [["x"]])));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("泰安");
  });
  it("unknown indicator: #N/A naming the closest (error case)", () => {
    const e = err(one(f.QC_TARGET([["泰安"]], [["农产品出口合格率"]])));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("农产品监测合格率");
  });
  it("ambiguous indicator: #N/A listing the candidates (error case)", () => {
    const e = err(one(f.QC_TARGET([["新密"]], [["噪声"]])));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("城市区域环境噪声");
    expect(e.message).toContain("城市道路交通噪声");
  });
  it("wrong types for the names: #VALUE! with a message (error case)", () => {
    expect(err(one(f.QC_TARGET([[true]], [["x"]]))).code).toBe("#VALUE!");
    expect(err(one(f.QC_TARGET([["泰安"]], [[null]]))).message).toContain("指标名称");
    expect(err(one(f.QC_TARGET([[new ShimError("#REF!")]], [["x"]]))).code).toBe("#VALUE!");
  });
});

describe("QC_MEETS, QC_STATUS, QC_GAP", () => {
  const cases: [unknown, boolean | string, string, number | string][] = [
    [0.975, false, "未达标", -0.5],
    [0.99, true, "达标", 1],
    ["98%", true, "达标", 0],
    [98.5, true, "达标", 0.5],
    [null, "", "无数据", ""],
    ["", "", "无数据", ""],
  ];
  it.each(cases)("泰安 农产品监测合格率 with %j", (actual, m, s, g) => {
    expect(one(f.QC_MEETS([["泰安"]], [["农产品监测合格率"]], [[actual]]))).toBe(m);
    expect(one(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[actual]]))).toBe(s);
    expect(one(f.QC_GAP([["泰安"]], [["农产品监测合格率"]], [[actual]]))).toBe(g);
  });
  it("agrees with the core's evaluation for every entry", () => {
    for (const e of BUILTIN_CATALOG.indicators) {
      const actual = e.comparator === "qualitative" ? "已达成" : typeof e.value === "number" ? (e.unit === "%" ? e.value / 100 : e.value) : 0;
      expect(one(f.QC_STATUS([[e.city]], [[e.name]], [[actual]])), e.name).toBe(STATUS_LABEL[evaluate(e, actual).status]);
    }
  });
  it("ceilings: 56 dB(A) met at 55, gap +1", () => {
    expect(one(f.QC_GAP([["新密"]], [["城市区域环境噪声"]], [[55]]))).toBe(1);
    expect(one(f.QC_MEETS([["新密"]], [["城市区域环境噪声"]], [[57]]))).toBe(false);
  });
  it("spills over a column of actual values", () => {
    expect(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[0.99], [0.9], [null]])).toEqual([["达标"], ["未达标"], ["无数据"]]);
  });
  it("a boolean, an error value or non-numeric text as actual: #VALUE! with a message (error cases)", () => {
    expect(err(one(f.QC_MEETS([["泰安"]], [["农产品监测合格率"]], [[true]]))).code).toBe("#VALUE!");
    expect(err(one(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [["很好"]]))).message).toContain("不是数字");
    expect(err(one(f.QC_GAP([["泰安"]], [["农产品监测合格率"]], [[new ShimError("#DIV/0!")]]))).code).toBe("#VALUE!");
  });
  it("qualitative targets: 已达成 meets, and QC_GAP says there is no numeric gap", () => {
    expect(one(f.QC_MEETS([["新密"]], [["特种设备安全事故死亡率"]], [["已达成"]]))).toBe(true);
    expect(err(one(f.QC_GAP([["新密"]], [["特种设备安全事故死亡率"]], [["已达成"]]))).code).toBe("#N/A");
  });
});

describe("QC_INFO", () => {
  it.each([
    ["unit", "%"],
    ["单位", "%"],
    ["comparator", ">="],
    ["deadline", 2020],
    ["期限", 2020],
    ["category", "食品药品"],
    ["quote", "农产品监测合格率稳定在98%以上"],
    ["target", "≥98%"],
    ["concept", "agri-product-pass-rate"],
  ])("%s", (field, expected) => {
    expect(one(f.QC_INFO([["泰安"]], [["农产品监测合格率"]], [[field]]))).toBe(expected);
  });
  it("source points into the seed", () => {
    expect(one(f.QC_INFO([["泰安"]], [["农产品监测合格率"]], [["出处"]]))).toMatch(/^seeds\/003_3ec8c45db7a89b0a\.txt@\d+$/);
  });
  it("an unknown field: #VALUE! listing the fields (error case)", () => {
    expect(err(one(f.QC_INFO([["泰安"]], [["农产品监测合格率"]], [["colour"]]))).message).toContain("unit");
  });
});

describe("tables: QC_INDICATORS, QC_CITIES, QC_FIND", () => {
  it("QC_INDICATORS spills the city's indicators under a header row", () => {
    const m = f.QC_INDICATORS("泰安", null);
    expect(m[0]).toEqual(["编号", "类别", "指标", "目标", "目标值", "单位", "期限"]);
    expect(m.length - 1).toBe(BUILTIN_CATALOG.indicators.filter((e) => e.city === "泰安").length);
    expect(m.every((r) => r.length === 7)).toBe(true);
  });
  it("QC_INDICATORS filters by category (optional arrives as null), and names the categories for an unknown one", () => {
    const m = f.QC_INDICATORS("泰安", "计量");
    expect(m.slice(1).every((r) => r[1] === "计量")).toBe(true);
    expect(err(one(f.QC_INDICATORS("泰安", "航天"))).message).toContain("计量");
  });
  it("QC_CITIES lists the five cities", () => {
    expect(f.QC_CITIES().slice(1).map((r) => r[0])).toEqual(["新密", "焦作", "江门", "泰安", "通化"]);
  });
  it("QC_FIND gives the closest names, best first", () => {
    const m = f.QC_FIND("新密", "噪声", null);
    expect(m.length).toBe(5);
    expect(m.slice(0, 2).flat()).toEqual(expect.arrayContaining(["城市区域环境噪声", "城市道路交通噪声"]));
    expect(f.QC_FIND("新密", "噪声", 2)).toHaveLength(2);
    expect(err(one(f.QC_FIND("新密", "噪声", 0))).code).toBe("#VALUE!");
  });
});

describe("QC_PROGRESS and QC_COMPARE", () => {
  it("grades a series and projects it to the deadline (as a fraction for % targets)", () => {
    const m = f.QC_PROGRESS([["泰安"]], [["农产品监测合格率"]], [[0.92, 0.94]], [[2017, 2018]], 0.9, 2016);
    // The 2020 deadline has passed with no 2020 value: graded as of 2018 (94 % is on the path 90 → 98), never a miss nobody measured.
    expect(m[0]![0]).toBe("缺2020年数据（截至2018年：按期可达）");
    expect(m[0]![1]).toBeCloseTo(0.98);
    const met = f.QC_PROGRESS([["泰安"]], [["农产品监测合格率"]], [[0.95], [0.985]], [[2017], [2018]], null, null);
    expect(met[0]![0]).toBe("缺2020年数据（截至2018年：已达标）");
    const overdue = f.QC_PROGRESS([["泰安"]], [["农产品监测合格率"]], [[0.95, 0.97]], [[2019, 2020]], null, null);
    expect(overdue[0]![0]).toBe("逾期未达");
  });
  it("QC_PROGRESS with mismatched values and years: #VALUE! (error case)", () => {
    expect(err(f.QC_PROGRESS([["泰安"]], [["农产品监测合格率"]], [[0.9, 0.95]], [[2017]], null, null)[0]![0]).code).toBe("#VALUE!");
  });
  it("QC_COMPARE spills each city's target and says where definitions differ", () => {
    const m = f.QC_COMPARE("农产品监测合格率");
    expect(m[0]).toEqual(["城市", "指标", "目标", "目标值", "单位", "期限", "原文"]);
    expect(m.slice(1, 4).map((r) => r[0])).toEqual(["新密", "江门", "泰安"]);
    expect(m.some((r) => r[0] === "说明")).toBe(true);
    expect(err(one(f.QC_COMPARE("火箭发射次数"))).code).toBe("#N/A");
  });
});

describe("QC_TARGET by year: milestones of an imported plan", () => {
  const planned = buildImported("示例", { title: "示例市“十四五”质量发展规划" }, [
    {
      name: "产品质量监督抽查合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025,
      quote: "产品质量监督抽查合格率达到95%", offset: 0,
      milestones: [{ year: 2022, value: 92 }, { year: 2023, value: 93.5 }], baseline: { year: 2020, value: 90 }, attribute: "约束性",
    },
    { name: "新增专利", category: "创新", comparator: ">=", value: 500, valueMax: null, unit: "件", deadline: 2025, quote: "新增专利500件", offset: 40 },
  ]).catalog;
  beforeAll(() => setImportedCatalogs([planned]));
  afterAll(() => setImportedCatalogs([]));
  const t = (year: unknown, name = "产品质量监督抽查合格率") => one(f.QC_TARGET([["示例"]], [[name]], [[year]]));

  it("answers the milestone of an interim year, as a fraction for % targets", () => {
    expect(t(2022)).toBe(0.92);
    expect(t(2023)).toBe(0.935);
    expect(t("2023年")).toBe(0.935);
  });
  it("answers the final target for the deadline year or when no year is given", () => {
    expect(t(2025)).toBe(0.95);
    expect(t(null)).toBe(0.95);
    expect(t("")).toBe(0.95);
    expect(one(f.QC_TARGET([["示例"]], [["产品质量监督抽查合格率"]]))).toBe(0.95);
  });
  it("spills a column of years", () => {
    expect(f.QC_TARGET([["示例"]], [["产品质量监督抽查合格率"]], [[2022], [2023], [2025]])).toEqual([[0.92], [0.935], [0.95]]);
  });
  it("a year with no milestone: #N/A naming the years there are (error case)", () => {
    const e = err(t(2024));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("“产品质量监督抽查合格率”没有2024年的目标。有目标的年份：2022年、2023年、2025年（期限）");
    expect(err(t(2023, "新增专利")).message).toContain("2025年（期限）");
    expect(err(one(f.QC_TARGET([["泰安"]], [["农产品监测合格率"]], [[2019]])))).toMatchObject({ code: "#N/A" });
  });
  it("a year that is not a year: #VALUE! with a message (error case)", () => {
    for (const bad of ["明年", 2023.5, true, 12]) expect(err(t(bad)).code, String(bad)).toBe("#VALUE!");
  });
  it.each([
    ["基线", 0.9],
    ["baseline", 0.9],
    ["基线年份", 2020],
    ["里程碑", "2022年 92%；2023年 93.5%"],
    ["milestones", "2022年 92%；2023年 93.5%"],
    ["属性", "约束性"],
  ])("QC_INFO %s", (field, expected) => {
    expect(one(f.QC_INFO([["示例"]], [["产品质量监督抽查合格率"]], [[field]]))).toBe(expected);
  });
  it("QC_PROGRESS follows the plan's own path (stated baseline, then milestones) when no baseline is given", () => {
    // Path: 90 % in 2020 → 92 % in 2022 → 93.5 % in 2023 → 95 % in 2025; in 2021 it stands at 91 %.
    const at2021 = (v: number) => String(f.QC_PROGRESS([["示例"]], [["产品质量监督抽查合格率"]], [[v]], [[2021]], null, null)[0]![0]);
    expect(at2021(0.912)).toContain("按期可达");
    expect(at2021(0.905)).toContain("进度滞后");
  });
  it("QC_INFO gives blanks where a plan states no baseline or milestones", () => {
    expect(one(f.QC_INFO([["泰安"]], [["农产品监测合格率"]], [["基线"]]))).toBe("");
    expect(one(f.QC_INFO([["泰安"]], [["农产品监测合格率"]], [["里程碑"]]))).toBe("");
  });
});

describe("whole-column references (A:A is 1,048,576 rows)", () => {
  const ROWS = 1_048_576;
  const column = (filled: unknown[]) => Array.from({ length: ROWS }, (_, i) => [i < filled.length ? filled[i] : null]);

  it("QC_TARGET over A:A answers for the filled rows and never throws", () => {
    const m = f.QC_TARGET([["泰安"]], column(["指标", "农产品监测合格率", "食品抽检合格率"]));
    expect(m).toHaveLength(3);
    expect(m.slice(1)).toEqual([[0.98], [0.96]]);
    expect(err(m[0]![0]).code).toBe("#N/A");
  });
  it("QC_TARGET over a column filled to its last row answers every row", () => {
    const m = f.QC_TARGET([["泰安"]], Array.from({ length: ROWS }, () => ["农产品监测合格率"]));
    expect(m).toHaveLength(ROWS);
    expect(m[ROWS - 1]).toEqual([0.98]);
  });
  it("QC_STATUS over whole columns of names and actual values", () => {
    const m = f.QC_STATUS([["泰安"]], column(["农产品监测合格率", "食品抽检合格率"]), column([0.99, 0.9]));
    expect(m).toEqual([["达标"], ["未达标"]]);
  });
  it("QC_PROGRESS over whole columns of values and years", () => {
    const m = f.QC_PROGRESS([["泰安"]], [["农产品监测合格率"]], column([0.95, 0.985]), column([2017, 2018]), null, null);
    expect(m[0]![0]).toBe("缺2020年数据（截至2018年：已达标）");
  });
  it("a short range keeps its blank rows, each with its own answer", () => {
    expect(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[0.99], [null], [null]])).toEqual([["达标"], ["无数据"], ["无数据"]]);
  });
});

describe("data-typed cells (entities, formatted numbers) as Excel hands them over", () => {
  const entity = (text: string) => ({ type: "Entity", text, basicType: "Error", basicValue: "#VALUE!", properties: { 名称: { type: "String", basicValue: text } } });
  it("reads a formatted number by its basic value", () => {
    const pct = { type: "FormattedNumber", basicType: "Double", basicValue: 0.99, numberFormat: "0.0%" };
    expect(one(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[pct]]))).toBe("达标");
    expect(one(f.QC_GAP([["泰安"]], [["农产品监测合格率"]], [[{ type: "Double", basicType: "Double", basicValue: 0.975 }]]))).toBe(-0.5);
  });
  it("reads a string or an entity naming a city or an indicator by the text it shows", () => {
    expect(one(f.QC_TARGET([[entity("泰安市")]], [[{ type: "String", basicType: "String", basicValue: "农产品监测合格率" }]]))).toBe(0.98);
  });
  it("an entity as an actual value: #VALUE! saying to use one of its fields (error case)", () => {
    const e = err(one(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[entity("泰安市")]])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("数据类型");
    expect(e.message).toContain("实体");
  });
  it("an entity with no text, or a data-typed error: #VALUE! with a message (error case)", () => {
    const image = { type: "WebImage", basicType: "Error", basicValue: "#VALUE!", address: "https://example.invalid/x.png" };
    expect(err(one(f.QC_TARGET([[image]], [["农产品监测合格率"]]))).message).toContain("图片");
    const div0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expect(err(one(f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[div0]]))).message).toContain("错误值");
    expect(err(one(f.QC_TARGET([[div0]], [["农产品监测合格率"]]))).message).toContain("错误值");
  });
});

describe("error codes where CustomFunctions.ErrorCode is missing (CustomFunctionsRuntime below 1.3)", () => {
  it("still answers #N/A and #VALUE! with their messages", () => {
    const cf = (globalThis as { CustomFunctions: { ErrorCode?: unknown } }).CustomFunctions;
    const codes = cf.ErrorCode;
    delete cf.ErrorCode;
    try {
      expect(err(one(f.QC_TARGET([["济南"]], [["x"]])))).toMatchObject({ code: "#N/A" });
      expect(err(one(f.QC_TARGET([[true]], [["x"]])))).toMatchObject({ code: "#VALUE!" });
    } finally {
      cf.ErrorCode = codes;
    }
  });
});
