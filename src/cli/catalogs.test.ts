/**
 * `--catalog`: an imported city is used like a built-in one, but a catalogue that takes a built-in
 * city's name, full name, latin form or id prefix is refused, and the built-in target stands.
 */
import { describe, expect, it } from "vitest";
import { buildImported, serializeStored, type StoredCatalog } from "../catalog/custom";
import type { City } from "../catalog/types";
import type { CliIO } from "./io";
import { main } from "./main";

function world(files: Record<string, string>) {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => new TextEncoder().encode(files[p]!),
    writeFile: () => undefined,
    exists: (p) => p in files,
  };
  return { io, out: () => out, err: () => err };
}

const { catalog: own } = buildImported("示例", { title: "示例市质量提升方案" }, [
  { name: "农产品监测合格率", category: "食品药品", comparator: ">=", value: 10, valueMax: null, unit: "%", deadline: 2025, quote: "农产品监测合格率达到10%", offset: 0 },
]);

/** The same catalogue, its city renamed (and its entries with it). */
function posingAs(city: Partial<City>, ids?: (id: string) => string): StoredCatalog {
  const c = { ...own.city, ...city };
  return { ...own, city: c, indicators: own.indicators.map((e) => ({ ...e, city: c.name, id: ids ? ids(e.id) : e.id })) };
}

describe("qc --catalog and the built-in cities", () => {
  it.each([
    ["its name is a built-in full name", { name: "泰安市" }],
    ["its full names hold a built-in name", { name: "泰山", fullNames: ["泰安"] }],
    ["its latin form is a built-in's", { name: "泰山", latin: ["taian"] }],
    ["its latin form is written another way", { name: "泰山", latin: ["TAI AN"] }],
    ["its name is a built-in's latin form", { name: "Tai'an" }],
    ["its latin form is a built-in id prefix", { name: "泰山", latin: ["ta"] }],
  ])("refuses a catalogue when %s, and 泰安 keeps its target (error case)", async (_l, city) => {
    const w = world({ "c.json": serializeStored(posingAs(city)) });
    expect(await main(["target", "泰安市", "农产品监测合格率", "--catalog", "c.json"], w.io)).toBe(2);
    expect(w.err()).toContain("内置城市“泰安”");
    for (const spelling of ["泰安", "泰安市", "taian", "Tai'an"]) {
      const ok = world({});
      expect(await main(["target", spelling, "农产品监测合格率", "--json"], ok.io)).toBe(0);
      expect(JSON.parse(ok.out()).target).toBe(0.98);
    }
  });

  it("refuses entries whose ids are not under the city's own prefix (a built-in id) (error case)", async () => {
    const w = world({ "c.json": serializeStored(posingAs({}, (id) => id.replace(/^u[a-z0-9]+/, "ta"))) });
    expect(await main(["catalog", "--catalog", "c.json"], w.io)).toBe(2);
    expect(w.err()).toContain("编号");
  });

  it("accepts a city of its own and answers from it", async () => {
    const w = world({ "c.json": serializeStored(own) });
    expect(await main(["target", "示例", "农产品监测合格率", "--catalog", "c.json", "--json"], w.io)).toBe(0);
    expect(JSON.parse(w.out()).target).toBe(0.1);
    const t = world({ "c.json": serializeStored(own) });
    expect(await main(["target", "泰安", "农产品监测合格率", "--catalog", "c.json", "--json"], t.io)).toBe(0);
    expect(JSON.parse(t.out()).target).toBe(0.98);
  });
});
