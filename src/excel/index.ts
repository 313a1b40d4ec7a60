/**
 * Everything the task pane does to the workbook. Each operation takes an Excel.RequestContext (so
 * tests pass a recording fake) and uses a fixed, small number of context.sync() calls whatever the
 * size of the data.
 */
export { checkTemplate, checkUserSheet, detectUserSheet, HEADER_BLOCK_COLUMNS, matchNames, type NameDecision, type UserSheetChoice, type UserSheetDetection } from "./check";
export { officeErrorCode, SheetGoneError } from "./errors";
export { deleteIfOwned, listOwnedSheets, OWNED_NAME, ownedKindOf, queueOwnedMark, queueOwnedProbe, type OwnedKind, type OwnedSheet } from "./owned";
export { clearMarks, highlight, MARK_MARKER, markFormula, runsOf, type MarkKind } from "./marks";
export { run, selectCell, watchSheet } from "./session";
export { insertCityTemplate, insertSummarySheet, listQcSheets, type InsertResult } from "./templates";
export type { CheckSummary, Finding, RowProblem } from "./types";
export { readStoredCatalogs, removeStoredCatalog, saveStoredCatalog, CATALOGS_SETTING, type StoredRead } from "./catalogs";
export { checkProgress, insertComparisonSheet, insertProgressTemplate, type ProgressFinding } from "./progress";
