/**
 * The optional plan fields (milestones, baseline, attribute): the runtime validator and the JSON
 * Schema accept them when well-formed and both refuse the same damaged forms, so a stored catalogue
 * with a bad milestone is reported rather than trusted.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "./index";
import { validateIndicator } from "./schema";
import type { Indicator } from "./types";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schema = JSON.parse(readFileSync(`${root}src/catalog/catalog.schema.json`, "utf8"));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validateJson = ajv.compile(schema);
const jsonAccepts = (e: unknown) => validateJson({ version: 1, cities: [], indicators: [e] });

const base: Indicator = { ...BUILTIN_CATALOG.indicators.find((e) => e.comparator === ">=" && e.deadline === 2020)! };

describe("milestones, baseline and attribute in a catalogue entry", () => {
  it("accepts a well-formed plan path (both validators)", () => {
    const e = { ...base, milestones: [{ year: 2018, value: 90 }, { year: 2019, value: 95 }], baseline: { year: 2015, value: 85 }, attribute: "约束性" };
    expect(validateIndicator(e)).toEqual([]);
    expect(jsonAccepts(e)).toBe(true);
    expect(validateIndicator({ ...base, milestones: [], baseline: null, attribute: null })).toEqual([]);
    expect(validateIndicator({ ...base, baseline: { year: null, value: 3 } })).toEqual([]);
  });

  it.each([
    ["a milestone that is not an object", [5], true],
    ["a milestone without a value", [{ year: 2018 }], true],
    ["a milestone with a text value", [{ year: 2018, value: "90" }], true],
    ["a milestone in year 20", [{ year: 20, value: 90 }], true],
    ["milestones out of order", [{ year: 2019, value: 95 }, { year: 2018, value: 90 }], false],
    ["two milestones for one year", [{ year: 2018, value: 90 }, { year: 2018, value: 91 }], false],
    ["a milestone in the deadline year", [{ year: 2020, value: 98 }], false],
    ["milestones that are not a list", { 2018: 90 }, true],
  ])("refuses %s (error case)", (_label, milestones, jsonSchemaToo) => {
    const e = { ...base, milestones };
    expect(validateIndicator(e, "第1项").join(" ")).toContain("milestones");
    // Order and the deadline are beyond what JSON Schema can say; the runtime validator holds them.
    if (jsonSchemaToo) expect(jsonAccepts(e)).toBe(false);
  });

  it.each([
    ["a baseline without a value", { year: 2015 }],
    ["a baseline as a bare number", 85],
    ["a baseline in a text year", { year: "2015", value: 85 }],
  ])("refuses %s (error case)", (_label, baseline) => {
    const e = { ...base, baseline };
    expect(validateIndicator(e).join(" ")).toContain("baseline");
    expect(jsonAccepts(e)).toBe(false);
  });

  it("refuses milestones on a qualitative target and an over-long attribute (error case)", () => {
    const q = BUILTIN_CATALOG.indicators.find((e) => e.comparator === "qualitative")!;
    expect(validateIndicator({ ...q, milestones: [{ year: 2018, value: 1 }] }).join(" ")).toContain("milestones");
    expect(validateIndicator({ ...base, attribute: "x".repeat(11) }).join(" ")).toContain("attribute");
    expect(jsonAccepts({ ...base, attribute: "x".repeat(11) })).toBe(false);
  });
});
