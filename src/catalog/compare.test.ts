import { describe, expect, it } from "vitest";
import { builtinIndex, CONCEPTS } from "./index";
import { findConcept } from "./compare";

const index = builtinIndex();

describe("comparison over the real catalogue", () => {
  it("finds a concept from a member's name and lists every city's target", () => {
    const r = findConcept(index, "农产品监测合格率");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.comparison.rows.map((x) => [x.city, x.target])).toEqual([
      ["新密", "≥96%"],
      ["江门", "≥96%"],
      ["泰安", "≥98%"],
    ]);
    expect(r.comparison.rows.find((x) => x.city === "泰安")!.value).toBe(0.98);
  });
  it("says where units or definitions differ instead of hiding it", () => {
    const r = findConcept(index, "good-air-days");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.comparison.warnings.join(" ")).toContain("单位或口径不同");
    const names = findConcept(index, "农产品监测合格率");
    if (names.ok) expect(names.comparison.warnings.join(" ")).toContain("名称不同");
  });
  it("finds a concept by its label with a typo", () => {
    const r = findConcept(index, "污水处理律");
    expect(r.ok && r.comparison.concept.key).toBe("sewage-treatment-rate");
  });
  it("refuses a text that is no concept, with candidates (error case)", () => {
    const r = findConcept(index, "火箭发射次数");
    expect(r.ok).toBe(false);
  });
  it("every concept has members in at least two cities", () => {
    for (const c of CONCEPTS) {
      const cities = new Set(index.byConcept(c.key).map((e) => e.city));
      expect(cities.size, c.key).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("findConcept never compares another measure", () => {
  it.each([["农产品监测不合格率"], ["农村污水处理率"]])("refuses %j, saying why (error case)", (text) => {
    const r = findConcept(builtinIndex(), text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("不是同一指标");
  });
  it("still finds a concept from a near spelling", () => {
    const r = findConcept(builtinIndex(), "农产品检测合格率");
    expect(r.ok).toBe(true);
  });
});
