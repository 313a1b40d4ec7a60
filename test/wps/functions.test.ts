/**
 * The QC functions in WPS answer exactly as in Excel: each is registered under the QC namespace
 * (QC.TARGET …) and compared, for many inputs, with the pure answers of src/functions/impl.ts —
 * the same values, the same shapes, errors as their codes.
 */
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, CONCEPTS } from "../../src/catalog";
import * as impl from "../../src/functions/impl";
import { registerFunctions, toWps } from "../../src/wps/functions";
import { WPS_NAMESPACE, wpsFunctionsJson } from "../../src/wps/metadata";

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();
const ok = registerFunctions({
  AddCustomFunction(namespace, name, fn) {
    expect(namespace).toBe(WPS_NAMESPACE);
    registered.set(name, fn as Fn);
  },
});
const call = (name: string, ...args: unknown[]) => registered.get(name)!(...args);

/** What Excel shows for an impl answer, in WPS's form: a Fault as its code, 1×1 as the value. */
function expected(m: unknown[][]): unknown {
  return toWps(m.map((row) => row.map((v) => (v instanceof impl.Fault ? { code: v.code } : v))));
}

const cities = BUILTIN_CATALOG.cities.map((c) => c.name);
const byCity = (city: string) => BUILTIN_CATALOG.indicators.filter((e) => e.city === city);

describe("QC functions in WPS", () => {
  it("registers every QC_ function of functions.ts under QC, by the name without the prefix", () => {
    expect(ok).toBe(true);
    const source = readFileSync("src/functions/functions.ts", "utf8");
    const excelIds = [...source.matchAll(/@customfunction (QC_\w+)/g)].map((m) => m[1]!);
    expect([...registered.keys()].sort()).toEqual(excelIds.map((id) => id.slice(3)).sort());
  });

  it("does nothing where WPS is older than add-in custom functions", () => {
    expect(registerFunctions({})).toBe(false);
  });

  it("TARGET, MEETS, STATUS, GAP answer as in Excel for every built-in indicator", () => {
    let compared = 0;
    for (const city of cities) {
      for (const e of byCity(city)) {
        expect(call("TARGET", city, e.name)).toEqual(expected(impl.target([[city]], [[e.name]], null)));
        const v = typeof e.value === "number" ? e.value : "已达成";
        for (const actual of [v, typeof v === "number" ? v * 0.9 : "未达成", "", null, true, "abc", typeof v === "number" ? v / 100 : "进行中"]) {
          expect(call("MEETS", city, e.name, actual)).toEqual(expected(impl.meets([[city]], [[e.name]], [[actual]])));
          expect(call("STATUS", city, e.name, actual)).toEqual(expected(impl.status([[city]], [[e.name]], [[actual]])));
          expect(call("GAP", city, e.name, actual)).toEqual(expected(impl.gap([[city]], [[e.name]], [[actual]])));
          compared += 3;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("answers ranges as ranges and errors as their codes, as Excel does", () => {
    const names = byCity("泰安").slice(0, 5).map((e) => [e.name]);
    const spilled = call("TARGET", [["泰安"]], names);
    expect(Array.isArray(spilled) && spilled.length).toBe(5);
    expect(spilled).toEqual(expected(impl.target([["泰安"]], names, null)));
    expect(call("TARGET", "火星", "农产品监测合格率")).toBe("#N/A");
    expect(call("STATUS", "泰安", "农产品监测合格率", "abc")).toBe("#VALUE!");
    // A year gives the stage target, as in Excel.
    const e = byCity("泰安")[0]!;
    expect(call("TARGET", "泰安", e.name, 2023)).toEqual(expected(impl.target([["泰安"]], [[e.name]], [[2023]])));
  });

  it("INFO, INDICATORS, CITIES, FIND, PROGRESS and COMPARE answer as in Excel", () => {
    const e = byCity("焦作")[2]!;
    for (const field of ["单位", "比较", "期限", "类别", "原文", "出处", "目标", "name", "id", "concept", "max", "aliases", "不存在"]) {
      expect(call("INFO", "焦作", e.name, field)).toEqual(expected(impl.info([["焦作"]], [[e.name]], [[field]])));
    }
    for (const city of cities) {
      expect(call("INDICATORS", city)).toEqual(expected(impl.indicators([[city]], null)));
      expect(call("FIND", city, "合格率", 3)).toEqual(expected(impl.find(city, "合格率", 3)));
      expect(call("FIND", city, "噪声")).toEqual(expected(impl.find(city, "噪声", null)));
    }
    expect(call("CITIES")).toEqual(expected(impl.cities()));
    for (const c of CONCEPTS.slice(0, 20)) expect(call("COMPARE", c.label)).toEqual(expected(impl.compare(c.label)));
    const p = byCity("泰安").find((x) => typeof x.value === "number")!;
    const values = [[Number(p.value) * 0.8, Number(p.value) * 0.9]];
    const years = [[2019, 2020]];
    expect(call("PROGRESS", "泰安", p.name, values, years)).toEqual(expected(impl.progressOf([["泰安"]], [[p.name]], values, years, null, null)));
  });
});

describe("functions.json for WPS", () => {
  it("is derived from the same JSDoc as Excel's: every function, its parameters, optional ones marked", async () => {
    const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts");
    expect(generated.errors).toEqual([]);
    const excel = JSON.parse(generated.metadataJson) as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
    const wps = wpsFunctionsJson(excel as never);
    expect(wps.functions.map((f) => f.name)).toEqual(excel.functions.map((f) => f.id.replace(/^QC_/, "")));
    for (const f of wps.functions) expect(f.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
    const target = wps.functions.find((f) => f.name === "TARGET")!;
    expect(target.parameters.map((p) => `${p.name}:${p.type}`)).toEqual(["city:any[][]", "indicator:any[][]", "year:any[][]?"]);
    expect(target.description).toMatch(/目标值/);
    const find = wps.functions.find((f) => f.name === "FIND")!;
    expect(find.parameters.map((p) => p.type)).toEqual(["any", "any", "any?"]);
  });
});
