/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts at build time; this test
 * runs the same generator and checks what Excel will read: ids and names with the QC_ prefix (there
 * is no <Namespace> in the manifest), parameters, optional flags and result shapes.
 */
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { beforeAll, describe, expect, it } from "vitest";

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Param[];
  result: { dimensionality?: string; type?: string };
  options?: { requiresAddress?: boolean };
}

const file = fileURLToPath(new URL("../src/functions/functions.ts", import.meta.url));
let functions: Fn[] = [];
let errors: string[] = [];
let metadata: Record<string, unknown> = {};

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([file], false);
  errors = r.errors;
  metadata = r.errors.length === 0 ? JSON.parse(r.metadataJson) : {};
  functions = r.errors.length === 0 ? (metadata.functions as Fn[]) : [];
}, 60_000);

const expected: Record<string, { params: [string, "matrix" | "scalar", boolean][] }> = {
  QC_TARGET: { params: [["city", "matrix", false], ["indicator", "matrix", false], ["year", "matrix", true]] },
  QC_MEETS: { params: [["city", "matrix", false], ["indicator", "matrix", false], ["actual", "matrix", false]] },
  QC_STATUS: { params: [["city", "matrix", false], ["indicator", "matrix", false], ["actual", "matrix", false]] },
  QC_GAP: { params: [["city", "matrix", false], ["indicator", "matrix", false], ["actual", "matrix", false]] },
  QC_INFO: { params: [["city", "matrix", false], ["indicator", "matrix", false], ["field", "matrix", false]] },
  QC_INDICATORS: { params: [["city", "scalar", false], ["category", "scalar", true]] },
  QC_CITIES: { params: [] },
  QC_FIND: { params: [["city", "scalar", false], ["text", "scalar", false], ["count", "scalar", true]] },
  QC_PROGRESS: {
    params: [["city", "matrix", false], ["indicator", "matrix", false], ["values", "matrix", false], ["years", "matrix", false], ["baseline", "scalar", true], ["baselineYear", "scalar", true]],
  },
  QC_COMPARE: { params: [["indicator", "scalar", false]] },
};

describe("generated functions.json", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });
  it("has exactly the QC_ functions, each id equal to its name (no namespace prefix)", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });
  it.each(Object.entries(expected))("%s: parameters, optional flags and a spilling result", (id, { params }) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.dimensionality === "matrix" ? "matrix" : "scalar", p.optional === true])).toEqual(params);
    expect(f.result.dimensionality).toBe("matrix");
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of f.parameters) expect(p.description, `${id} ${p.name}`).toMatch(/[\u4e00-\u9fff]/);
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${id.toLowerCase()}`);
  });
  it("asks Excel for each caller's address (so answers from imported cities are recomputed alone), which is not a parameter users see", () => {
    for (const f of functions) {
      expect(f.options?.requiresAddress, f.id).toBe(true);
      expect(f.parameters.map((p) => p.name)).not.toContain("invocation");
    }
  });
  it("allows data-typed values into `any` parameters, which the functions read by their basic value", () => {
    // functions.test.ts ("data-typed cells") holds the reading; this pins that Excel will send them.
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });
});
