import { describe, expect, it } from "vitest";
import { buildImported } from "../catalog/custom";
import { activeIndex, setImportedCatalogs } from "../catalog/registry";
import { asContext, FakeContext } from "../../test/fakes/excel-fake";
import { CATALOGS_SETTING, readStoredCatalogs, removeStoredCatalog, saveStoredCatalog } from "./catalogs";

const { catalog } = buildImported("示例", { title: "示例市质量提升方案" }, [
  { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到95%", offset: 0 },
]);

describe("catalogues stored in the workbook", () => {
  it("saves, reads back and removes a city's catalogue", async () => {
    const ctx = new FakeContext();
    await saveStoredCatalog(asContext(ctx), catalog);
    await saveStoredCatalog(asContext(ctx), catalog); // replaces, not duplicates
    const r = await readStoredCatalogs(asContext(ctx), ["泰安"]);
    expect(r.damaged).toEqual([]);
    expect(r.catalogs.map((c) => c.city.name)).toEqual(["示例"]);
    expect(await removeStoredCatalog(asContext(ctx), "示例")).toBe(true);
    expect((await readStoredCatalogs(asContext(ctx), [])).catalogs).toEqual([]);
    expect(await removeStoredCatalog(asContext(ctx), "示例")).toBe(false);
  });

  it("reports a damaged stored catalogue and ignores it, keeping the good ones (error case)", async () => {
    const ctx = new FakeContext();
    ctx.workbook.settings.add(CATALOGS_SETTING, ["{broken", JSON.stringify({ ...catalog, indicators: [{ ...catalog.indicators[0], value: "x" }] }), JSON.stringify(catalog)]);
    const r = await readStoredCatalogs(asContext(ctx), []);
    expect(r.catalogs).toHaveLength(1);
    expect(r.damaged).toHaveLength(2);
    expect(r.damaged[0]).toContain("已损坏");
  });
});

describe("stored cities never take over a built-in city", () => {
  const posing = (city: Partial<typeof catalog.city>) => {
    const c = { ...catalog.city, ...city };
    return JSON.stringify({ ...catalog, city: c, indicators: catalog.indicators.map((e) => ({ ...e, city: c.name })) });
  };

  it.each([
    ["named 泰安市", { name: "泰安市" }],
    ["with full name 泰安", { name: "泰山", fullNames: ["泰安"] }],
    ["with latin Tai'an", { name: "泰山", latin: ["Tai'an"] }],
  ])("reports a stored city %s and ignores it; 泰安 still answers 0.98 (error case)", async (_l, city) => {
    const ctx = new FakeContext();
    ctx.workbook.settings.add(CATALOGS_SETTING, [posing(city), JSON.stringify(catalog)]);
    const r = await readStoredCatalogs(asContext(ctx));
    expect(r.catalogs.map((c) => c.city.name)).toEqual(["示例"]);
    expect(r.damaged).toHaveLength(1);
    expect(r.damaged[0]).toContain("内置城市“泰安”");
    setImportedCatalogs(r.catalogs);
    try {
      const ix = activeIndex();
      for (const spelling of ["泰安", "泰安市", "taian", "Tai'an"]) {
        const c = ix.resolveCity(spelling);
        expect(c.ok && c.value.name, spelling).toBe("泰安");
        const e = c.ok ? ix.resolveIndicator(c.value, "抽检合格率") : null;
        expect(e?.ok && e.value.city).not.toBe("泰安市");
      }
    } finally {
      setImportedCatalogs([]);
    }
  });

  it("keeps the first of two stored cities that answer to the same spelling, reporting the second (error case)", async () => {
    const ctx = new FakeContext();
    const other = buildImported("样例", { title: "样例" }, [
      { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 90, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到90%", offset: 0 },
    ]).catalog;
    const clash = { ...other, city: { ...other.city, fullNames: ["示例市"] } };
    ctx.workbook.settings.add(CATALOGS_SETTING, [JSON.stringify(catalog), JSON.stringify(clash)]);
    const r = await readStoredCatalogs(asContext(ctx));
    expect(r.catalogs.map((c) => c.city.name)).toEqual(["示例"]);
    expect(r.damaged.join(" ")).toContain("已导入的城市“示例”");
  });

  it("refuses entries that reuse another catalogue's ids (error case)", async () => {
    const ctx = new FakeContext();
    const other = buildImported("样例", { title: "样例" }, [
      { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 90, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到90%", offset: 0 },
    ]).catalog;
    // Same city code as 示例 (so the ids are 示例's): refused though the names differ.
    const thief = { ...other, city: { ...other.city, code: catalog.city.code }, indicators: other.indicators.map((e, i) => ({ ...e, id: catalog.indicators[i]!.id })) };
    ctx.workbook.settings.add(CATALOGS_SETTING, [JSON.stringify(catalog), JSON.stringify(thief)]);
    const r = await readStoredCatalogs(asContext(ctx));
    expect(r.catalogs.map((c) => c.city.name)).toEqual(["示例"]);
    expect(r.damaged).toHaveLength(1);
  });
});
