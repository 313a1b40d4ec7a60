/**
 * Recognising our own sheets when they are read back — by the pane (Office.js) and by `qc check`
 * (exceljs) alike: a template by its header row, the 汇总 sheet by its header row. Pure.
 */
import { HEADER_ROW, HEADERS, STAGE_COLUMN_INDEX, STAGE_HEADER_PATTERN } from "./city";
import { SUMMARY_HEADER_ROW, SUMMARY_HEADERS } from "./summary";

/** True when a row starts with exactly these headers (cells compared as trimmed text). */
export function rowStartsWith(row: readonly unknown[] | undefined, headers: readonly string[]): boolean {
  return headers.every((h, i) => String(row?.[i] ?? "").trim() === h);
}

/**
 * Our indicator template's header row: HEADERS cell by cell, where the stage column carries the
 * year the sheet was made for (2026年目标). Sheets made before that column existed are not ours.
 */
export function isTemplateHeader(row: readonly unknown[] | undefined): boolean {
  return HEADERS.every((h, i) => {
    const cell = String(row?.[i] ?? "").trim();
    return i === STAGE_COLUMN_INDEX ? STAGE_HEADER_PATTERN.test(cell) || cell === h : cell === h;
  });
}

/** One of our indicator templates (0-based grid from A1). */
export function isTemplateGrid(grid: readonly (readonly unknown[] | undefined)[]): boolean {
  return isTemplateHeader(grid[HEADER_ROW - 1]);
}

/**
 * Our 汇总 sheet: it holds counts, not actual values, and once a spreadsheet has cached its results
 * (city names, categories, rates) they look like an indicator table to the detector.
 */
export function isSummaryGrid(grid: readonly (readonly unknown[] | undefined)[]): boolean {
  return rowStartsWith(grid[SUMMARY_HEADER_ROW - 1], SUMMARY_HEADERS);
}
