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
