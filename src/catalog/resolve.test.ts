import { describe, expect, it } from "vitest";
import { builtinIndex, CatalogIndex, type City } from "./index";
import { normalizeName, similarity } from "./normalize";

const index = builtinIndex();
const city = (name: string): City => {
  const r = index.resolveCity(name);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe("resolveCity", () => {
  it.each(["泰安", "泰安市", "Tai'an", "taian", "TAIAN", " 泰安 ", "Tai An", "泰安市 "])("reads %j as 泰安", (input) => {
    expect(city(input).name).toBe("泰安");
  });
  it.each([
    ["新密", "新密"],
    ["Xinmi", "新密"],
    ["焦作市", "焦作"],
    ["jiangmen", "江门"],
    ["通化市", "通化"],
  ])("reads %j as %s", (input, expected) => expect(city(input).name).toBe(expected));

  it("rejects an unknown city, listing the cities (error case)", () => {
    const r = index.resolveCity("济南");
    expect(r).toMatchObject({ ok: false, reason: "unknown" });
    if (!r.ok) expect(r.message).toContain("泰安");
  });
  it("suggests the nearest spelling for a misspelt one (error case)", () => {
    const r = index.resolveCity("Taiyan");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.candidates[0]).toBe("泰安");
  });
  it("rejects an empty city (error case)", () => {
    expect(index.resolveCity("  ")).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("resolveIndicator", () => {
  const taian = city("泰安");
  it.each([
    ["农产品监测合格率", "exact"],
    ["农产品 监测合格率", "normalized"],
    ["农产品的监测合格率", "normalized"],
    ["＂农产品监测合格率＂", "normalized"],
    ["农产品监测合格比例", "normalized"],
    ["全市农产品监测合格率", "normalized"],
  ])("finds 农产品监测合格率 from %j (%s)", (input, how) => {
    const r = index.resolveIndicator(taian, input);
    expect(r.ok && r.value.name).toBe("农产品监测合格率");
    expect(r.ok && r.how).toBe(how);
  });

  it("finds an entry by its alias", () => {
    const r = index.resolveIndicator(city("新密"), "开工前手续齐全率");
    expect(r.ok && r.value.name).toBe("新开工保障房受监工程覆盖率");
    expect(r.ok && r.how).toBe("alias");
  });

  it("finds a long name from a distinctive part of it", () => {
    const r = index.resolveIndicator(city("新密"), "区域环境噪声");
    expect(r.ok && r.value.name).toBe("城市区域环境噪声");
  });

  it("takes a clear fuzzy match (a typo'd character)", () => {
    const r = index.resolveIndicator(taian, "农产品检测合格率");
    expect(r.ok && r.value.name).toBe("农产品监测合格率");
    expect(r.ok && r.how).toBe("fuzzy");
  });

  it("refuses an ambiguous name and lists the candidates (error case)", () => {
    const r = index.resolveIndicator(city("新密"), "噪声");
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!r.ok) expect(r.candidates).toEqual(expect.arrayContaining(["城市区域环境噪声", "城市道路交通噪声"]));
  });

  it("refuses an unknown name, naming the closest (error case)", () => {
    const r = index.resolveIndicator(taian, "农产品出口额");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe("unknown");
      expect(r.message).toContain("泰安没有指标");
      expect(r.candidates.length).toBeGreaterThan(0);
    }
  });

  it("never answers with another city's indicator", () => {
    // 城市区域环境噪声 is 新密's; 泰安 has no noise target.
    expect(index.resolveIndicator(taian, "城市区域环境噪声").ok).toBe(false);
  });

  it("caches: the same question gives the same object", () => {
    expect(index.resolveIndicator(taian, "食品抽检合格率")).toBe(index.resolveIndicator(taian, "食品抽检合格率"));
  });

  it("resolves every catalogue name and alias back to its own entry", () => {
    for (const e of index.catalog.indicators) {
      const c = city(e.city);
      const r = index.resolveIndicator(c, e.name);
      expect(r.ok && r.value.id, `${e.city} ${e.name}`).toBe(e.id);
    }
  });

  it("works over any catalogue (an imported city)", () => {
    const own = new CatalogIndex({
      version: 1,
      cities: [{ name: "示例", code: "sl", latin: ["Shili"], fullNames: ["示例市"], province: "", plan: { title: "t", issuer: "i", issued: "2024", docNumber: null, file: "x.txt" } }],
      indicators: [{ id: "sl-0000001", city: "示例", category: "产品质量", name: "抽检合格率", aliases: [], comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到95%", source: { file: "x.txt", offset: 0 }, concept: null }],
    });
    const c = own.resolveCity("示例市");
    expect(c.ok).toBe(true);
    if (c.ok) expect(own.resolveIndicator(c.value, "抽检合格率").ok).toBe(true);
  });
});

describe("names that differ by a negation, a population, a level or an antonym", () => {
  it.each([
    ["泰安", "农产品监测不合格率", "农产品监测合格率", "否定"],
    ["泰安", "食品抽检不合格率", "食品抽检合格率", "否定"],
    ["江门", "非装配式建筑占新建建筑比例", "装配式建筑占新建建筑比例", "否定"],
    ["新密", "农村区域环境噪声", "城市区域环境噪声", "范围"],
    ["江门", "农村污水处理率", "城镇污水处理率", "范围"],
    ["泰安", "药品安全满意度", "食品安全满意度", "对象"],
    ["泰安", "省级社会公用计量标准", "市级社会公用计量标准", "级别"],
    ["新密", "工业名牌称号数", "服务业名牌称号数", "行业"],
    ["焦作", "新培育县长质量奖企业", "新培育市长质量奖企业", "级别"],
    ["新密", "生活垃圾有害化处理率", "生活垃圾无害化处理率", "否定"],
    ["江门", "城市空气质量污染天数比例", "城市空气质量优良天数比例", "优劣"],
    ["焦作", "新培育著名商标", "新培育驰名商标", "商标等级"],
    ["通化", "万元GDP能耗增长率", "万元GDP能耗降低率", "增减"],
  ])("%s: %j is not %j — an error naming it as the candidate (error case)", (c, typed, near, why) => {
    const r = index.resolveIndicator(city(c), typed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates).toContain(near);
    if (r.reason === "conflict") expect(r.message).toContain(why);
    else expect(r.reason).toBe("ambiguous");
  });

  it("says why, in Chinese, when only one entry was near", () => {
    const r = index.resolveIndicator(city("泰安"), "农产品监测不合格率");
    expect(r).toMatchObject({ ok: false, reason: "conflict" });
    if (!r.ok) expect(r.message).toBe("泰安没有指标“农产品监测不合格率”。相近的“农产品监测合格率”不是同一指标——一个有否定词“不”，一个没有。请核对名称。");
  });

  it.each([
    ["泰安", "农产品检测合格率", "农产品监测合格率"],
    ["泰安", "主要农产品监测合格率", "农产品监测合格率"],
    ["新密", "区域环境噪声", "城市区域环境噪声"],
    ["江门", "城市污水处理率", "城镇污水处理率"],
    ["江门", "PM2.5浓度", "细颗粒物(PM2.5)年均浓度"],
    ["通化", "城市生活垃圾无害化处理率", "城市垃圾无害化处理率"],
    ["泰安", "食品抽检合格率（不低于98%）", "食品抽检合格率"],
  ])("%s: still reads %j as %j (scope and method words, a unique part, a comparator in the cell)", (c, typed, name) => {
    const r = index.resolveIndicator(city(c), typed);
    expect(r.ok && r.value.name).toBe(name);
  });
});

describe("normalizeName and similarity", () => {
  it("folds width, spaces, punctuation, 的/之 and rate words", () => {
    expect(normalizeName("ＰＭ２.５ 的 浓度")).toBe(normalizeName("pm25浓度"));
    expect(normalizeName("装配式建筑占新建建筑比例")).toBe(normalizeName("装配式建筑占新建建筑率"));
  });
  it("scores identical 1, unrelated near 0, contained high", () => {
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("农产品监测合格率", "城市道路交通噪声")).toBeLessThan(0.2);
    expect(similarity("食品抽检", "食品抽检合格率")).toBeGreaterThan(0.7);
  });
});
