import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, CatalogIndex, evaluate } from "./index";
import { admitImported, buildImported, mergeCatalogs, parseStored, serializeStored, type ReviewedTarget } from "./custom";
import { activeIndex, setImportedCatalogs } from "./registry";

const targets: ReviewedTarget[] = [
  { name: "产品质量监督抽查合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "产品质量监督抽查合格率达到95%以上", offset: 10 },
  { name: "=HYPERLINK(\"http://x\")", category: "其他", comparator: ">=", value: 3, valueMax: null, unit: "个", deadline: null, quote: "=HYPERLINK(\"http://x\")3个", offset: 40 },
  { name: "区域噪声", category: "环境质量", comparator: "qualitative", value: "达标", valueMax: null, unit: "", deadline: null, quote: "区域噪声达标", offset: 80 },
];

describe("imported catalogues", () => {
  const { catalog, problems } = buildImported("示例市", { title: "示例市质量提升方案" }, targets);

  it("builds valid entries with ids under the imported city's own code", () => {
    expect(problems).toEqual([]);
    expect(catalog.city.name).toBe("示例");
    expect(catalog.city.code).toMatch(/^u[a-z0-9]{6}$/);
    expect(catalog.indicators.every((e) => e.id.startsWith(`${catalog.city.code}-`))).toBe(true);
  });

  it("round-trips through its stored form", () => {
    const parsed = parseStored(serializeStored(catalog));
    expect(parsed.ok && parsed.catalog.indicators).toEqual(catalog.indicators);
  });

  it("keeps a name starting with = as plain data (it is written to cells as a value later)", () => {
    expect(catalog.indicators[1]!.name).toBe("=HYPERLINK(\"http://x\")");
  });

  it.each([
    ["empty text", "", "为空"],
    ["not JSON", "{oops", "JSON"],
    ["another format", JSON.stringify({ format: "x", version: 1 }), "不是 qc-indicators"],
    ["a damaged entry", JSON.stringify({ ...catalog, indicators: [{ ...catalog.indicators[0], comparator: "≈" }] }), "comparator"],
    ["an entry of another city", JSON.stringify({ ...catalog, indicators: [{ ...catalog.indicators[0], city: "泰安" }] }), "城市与目录不符"],
  ])("reports %s and is ignored (error case)", (_l, text, word) => {
    const r = parseStored(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(" ")).toContain(word);
  });

  it("refuses a stored city named like a built-in one (error case)", () => {
    const r = parseStored(serializeStored({ ...catalog, city: { ...catalog.city, name: "泰安" }, indicators: catalog.indicators.map((e) => ({ ...e, city: "泰安" })) }), ["泰安"]);
    expect(r.ok).toBe(false);
  });

  it("merges with the built-in catalogue and is resolvable and checkable like a built-in city", () => {
    const merged = mergeCatalogs(BUILTIN_CATALOG, [catalog]);
    expect(merged.cities.map((c) => c.name)).toContain("示例");
    setImportedCatalogs([catalog]);
    try {
      const ix = activeIndex();
      const city = ix.resolveCity("示例市");
      expect(city.ok).toBe(true);
      if (!city.ok) return;
      const r = ix.resolveIndicator(city.value, "产品质量监督抽查合格率");
      expect(r.ok && evaluate(r.value, 0.96).status).toBe("met");
      expect(ix.resolveCity("泰安").ok).toBe(true);
    } finally {
      setImportedCatalogs([]);
    }
  });
});

describe("imported plans with milestones, a baseline and an attribute", () => {
  const planned: ReviewedTarget = {
    name: "产品质量监督抽查合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025,
    quote: "产品质量监督抽查合格率达到95%以上", offset: 10,
    milestones: [{ year: 2023, value: 93 }, { year: 2022, value: 92 }, { year: 2025, value: 95 }],
    baseline: { year: 2020, value: 90 }, attribute: "约束性",
  };

  it("carries them into the entry (milestones by year, the deadline's own value being the target) and through storage", () => {
    const { catalog, problems } = buildImported("示例", { title: "示例" }, [planned]);
    expect(problems).toEqual([]);
    const e = catalog.indicators[0]!;
    expect(e.milestones).toEqual([{ year: 2022, value: 92 }, { year: 2023, value: 93 }]);
    expect(e.baseline).toEqual({ year: 2020, value: 90 });
    expect(e.attribute).toBe("约束性");
    const parsed = parseStored(serializeStored(catalog));
    expect(parsed.ok && parsed.catalog.indicators[0]).toEqual(e);
  });

  it("leaves the fields out when the plan states none", () => {
    const { catalog } = buildImported("示例", { title: "示例" }, [targets[0]!]);
    expect(Object.keys(catalog.indicators[0]!)).not.toContain("milestones");
    expect(Object.keys(catalog.indicators[0]!)).not.toContain("baseline");
  });

  it("reports a stored catalogue with bad milestones instead of trusting it (error case)", () => {
    const { catalog } = buildImported("示例", { title: "示例" }, [planned]);
    const bad = { ...catalog, indicators: [{ ...catalog.indicators[0]!, milestones: [{ year: 2023, value: "很多" }] }] };
    const r = parseStored(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(" ")).toContain("milestones");
  });
});

describe("built-in city names are reserved", () => {
  const { catalog } = buildImported("示例", { title: "示例" }, [targets[0]!]);

  it("buildImported reports a city named like a built-in one (error case)", () => {
    for (const name of ["泰安", "泰安市", "taian", "Tai'an", "XINMI"]) expect(buildImported(name, { title: "t" }, [targets[0]!]).problems.join(" "), name).toContain("内置城市");
  });

  it("mergeCatalogs leaves out a city that collides, and even a raw index lets the built-in city keep its spellings", () => {
    const taker = { ...catalog, city: { ...catalog.city, name: "泰山", fullNames: ["泰安市"], latin: ["taian"] } };
    const merged = mergeCatalogs(BUILTIN_CATALOG, [taker]);
    expect(merged.cities.map((c) => c.name)).not.toContain("泰山");
    // Without the merge's check, the first city to claim a spelling keeps it.
    const raw = new CatalogIndex({ ...BUILTIN_CATALOG, cities: [...BUILTIN_CATALOG.cities, taker.city] });
    for (const s of ["泰安市", "taian", "Tai'an"]) {
      const r = raw.resolveCity(s);
      expect(r.ok && r.value.name, s).toBe("泰安");
    }
  });

  it("admitImported refuses duplicated ids across catalogues and keeps ids unique", () => {
    const twin = { ...catalog, city: { ...catalog.city, name: "双子", fullNames: ["双子市"], code: "u999999" } };
    const { admitted, refused } = admitImported(BUILTIN_CATALOG, [catalog, twin]);
    expect(admitted).toEqual([catalog]);
    expect(refused[0]!.problems.join(" ")).toContain("编号");
    const ids = mergeCatalogs(BUILTIN_CATALOG, [catalog, twin]).indicators.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
