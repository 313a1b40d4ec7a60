/**
 * WPS's functions.json, derived from Excel's (which custom-functions-metadata generates from the
 * JSDoc in src/functions/functions.ts): one source of truth for names, descriptions and parameters.
 *
 * WPS's format (its add-in custom-function page, and the scanner in wpsjs's vite_plugins.js):
 *   { "functions": [ { "name", "description", "parameters": [ { "name", "description", "type" } ],
 *                      "result": { "type" } } ] }
 * with types "string" | "number" | "bool" | "any", "[][]" for a 2-D array, and "?" for an optional
 * parameter. Names match ^[a-zA-Z_][a-zA-Z0-9_]*$ and are called as 命名空间.函数名: with the
 * namespace QC, Excel's QC_TARGET is QC.TARGET in WPS. Pure.
 */

export const WPS_NAMESPACE = "QC";

/** Excel's id → the name registered under the QC namespace (QC_TARGET → TARGET). */
export function wpsName(excelId: string): string {
  return excelId.replace(/^QC_/, "");
}

export interface ExcelFunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

export interface WpsFunctionMeta {
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

const typeOf = (type: string | undefined, dimensionality: string | undefined) => {
  const base = type === "boolean" ? "bool" : type === "string" || type === "number" ? type : "any";
  return dimensionality === "matrix" ? `${base}[][]` : base;
};

export function wpsFunctionsJson(excel: { functions: ExcelFunctionMeta[] }): { functions: WpsFunctionMeta[] } {
  return {
    functions: excel.functions.map((f) => ({
      name: wpsName(f.id),
      description: f.description ?? "",
      parameters: f.parameters.map((p) => ({ name: p.name, description: p.description ?? "", type: typeOf(p.type, p.dimensionality) + (p.optional ? "?" : "") })),
      result: { type: typeOf(f.result.type, f.result.dimensionality) },
    })),
  };
}
