/**
 * The custom functions with anything Excel can pass: scalars, error values, booleans, empty cells and
 * ranges of mixed types of any shape. Every answer is a value or a CustomFunctions.Error with a
 * message, in the broadcast shape; nothing throws.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex } from "../../src/catalog";
import { buildImported } from "../../src/catalog/custom";
import { setImportedCatalogs } from "../../src/catalog/registry";
import { installCustomFunctionsShim, ShimError } from "../support/custom-functions-shim";
import { hostileNumber, hostileString } from "./arbitraries";

installCustomFunctionsShim();
let f: typeof import("../../src/functions/functions");
beforeAll(async () => {
  f = await import("../../src/functions/functions");
});

const index = builtinIndex();
const excelCell = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(""),
  fc.constant(new ShimError("#DIV/0!", "div")),
  fc.constantFrom(...index.cities().map((c) => c.name)),
  fc.constantFrom(...index.catalog.indicators.slice(0, 30).map((e) => e.name)),
  // Data-typed values, as Excel sends them with allowCustomDataForDataTypeAny.
  fc.record({ type: fc.constantFrom("Double", "FormattedNumber"), basicType: fc.constant("Double"), basicValue: hostileNumber, numberFormat: fc.constant("0.0%") }),
  fc.record({ type: fc.constant("String"), basicType: fc.constant("String"), basicValue: hostileString }),
  fc.record({ type: fc.constantFrom("Entity", "LinkedEntity", "WebImage"), basicType: fc.constant("Error"), basicValue: fc.constant("#VALUE!"), text: fc.option(hostileString, { nil: undefined }) }),
  fc.record({ type: fc.constant("Error"), basicType: fc.constant("Error"), basicValue: fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!"), errorType: fc.constant("Div0") }),
);
const matrix = fc.array(fc.array(excelCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function checkOut(m: unknown[][]): void {
  expect(Array.isArray(m)).toBe(true);
  for (const row of m) {
    expect(Array.isArray(row)).toBe(true);
    for (const v of row) {
      if (v instanceof ShimError) expect(["#N/A", "#VALUE!"]).toContain(v.code);
      else expect(["string", "number", "boolean"]).toContain(typeof v);
    }
  }
}

describe("functions over any Excel input", () => {
  it("QC_TARGET, QC_STATUS, QC_MEETS, QC_GAP, QC_INFO: values or errors with messages, never a throw", () => {
    fc.assert(
      fc.property(matrix, matrix, matrix, (a, b, c) => {
        checkOut(f.QC_TARGET(a, b));
        checkOut(f.QC_TARGET(a, b, c));
        checkOut(f.QC_STATUS(a, b, c));
        checkOut(f.QC_MEETS(a, b, c));
        checkOut(f.QC_GAP(a, b, c));
        checkOut(f.QC_INFO(a, b, c));
      }),
      { numRuns: 300 },
    );
  });
  it("the table functions and QC_PROGRESS/QC_COMPARE with any scalars", () => {
    fc.assert(
      fc.property(excelCell, excelCell, excelCell, matrix, matrix, (a, b, c, v, y) => {
        checkOut(f.QC_INDICATORS(a, b));
        checkOut(f.QC_FIND(a, b, c));
        checkOut(f.QC_COMPARE(a));
        checkOut(f.QC_PROGRESS([[a]], [[b]], v, y, c, null));
      }),
      { numRuns: 300 },
    );
  });
});

describe("QC_TARGET by year over any plan's milestones", () => {
  const plan = fc
    .record({
      deadline: fc.integer({ min: 2021, max: 2035 }),
      years: fc.uniqueArray(fc.integer({ min: 2015, max: 2034 }), { maxLength: 5 }),
      value: fc.integer({ min: 1, max: 100 }),
      unit: fc.constantFrom("%", "件", "个"),
    })
    .map((p) => ({ ...p, years: p.years.filter((y) => y < p.deadline).sort((a, b) => a - b) }));

  it("answers a milestone for its year, the final target for the deadline, and #N/A naming the years for any other", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 2000, max: 2050 }), (p, asked) => {
        const milestones = p.years.map((year, i) => ({ year, value: i + 1 }));
        const { catalog, problems } = buildImported("样例", { title: "样例" }, [
          { name: "抽检合格率", category: "产品质量", comparator: ">=", value: p.value, valueMax: null, unit: p.unit, deadline: p.deadline, quote: "q", offset: 0, milestones },
        ]);
        expect(problems).toEqual([]);
        setImportedCatalogs([catalog]);
        try {
          const got = f.QC_TARGET([["样例"]], [["抽检合格率"]], [[asked]])[0]![0];
          const scale = p.unit === "%" ? 100 : 1;
          const m = milestones.find((x) => x.year === asked);
          if (asked === p.deadline) expect(got).toBeCloseTo(p.value / scale, 12);
          else if (m) expect(got).toBeCloseTo(m.value / scale, 12);
          else {
            expect(got).toBeInstanceOf(ShimError);
            const e = got as ShimError;
            expect(e.code).toBe("#N/A");
            for (const y of [...p.years, p.deadline]) expect(e.message).toContain(`${y}年`);
          }
        } finally {
          setImportedCatalogs([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
