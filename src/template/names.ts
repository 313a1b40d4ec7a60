/** Sheet and table naming rules shared by the Office.js and exceljs renderers. */

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, unique (case-insensitive): 泰安, 泰安 (2) … */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31) || "Sheet";
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A workbook-unique table name: QC_ta, QC_ta_2 … */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!lower.has(`${wanted}_${n}`.toLowerCase())) return `${wanted}_${n}`;
}
