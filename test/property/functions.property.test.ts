/**
 * The custom functions with anything Excel can pass: scalars, error values, booleans, empty cells and
 * ranges of mixed types of any shape. Every answer is a value or a CustomFunctions.Error with a
 * message, in the broadcast shape; nothing throws.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex } from "../../src/catalog";
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
