/**
 * Everything the task pane does to the workbook. Each operation takes an Excel.RequestContext (so
 * tests pass a recording fake) and uses a fixed, small number of context.sync() calls whatever the
 * size of the data.
 */
export { checkTemplate, checkUserSheet, detectUserSheet, matchRows, type RowMatch, type UserSheetChoice, type UserSheetDetection } from "./check";
export { clearMarks, highlight, MARK_MARKER, markFormula, runsOf, type MarkKind } from "./marks";
export { run, selectCell, watchSheet } from "./session";
export { insertCityTemplate, insertSummarySheet, listQcSheets, type InsertResult } from "./templates";
export type { CheckSummary, Finding, RowProblem } from "./types";
export { readStoredCatalogs, removeStoredCatalog, saveStoredCatalog, CATALOGS_SETTING, type StoredRead } from "./catalogs";
export { checkProgress, insertComparisonSheet, insertProgressTemplate, type ProgressFinding } from "./progress";
