import { describe, expect, it } from "vitest";
import { buildImported } from "../catalog/custom";
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
