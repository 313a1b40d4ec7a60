/**
 * Checking actual values in the workbook: our templates (rows mapped by the hidden 指标ID column)
 * and people's own sheets (the shared detector, then the columns the user confirmed). Reads take a
 * fixed number of syncs whatever the sheet's size, and read only the columns they need, down to
 * where the table ends (never the whole used rectangle: a stray cell in XFD1048576 costs nothing).
 * A sheet is named by name or, within a session, by id (so a renamed sheet is still found); a
 * sheet that is gone is reported as SheetGoneError.
 */
import { ActualValueError, isPercentFormat, evaluate, type CatalogIndex, type City, type Indicator } from "../catalog";
import { COLUMNS, FIRST_DATA_ROW } from "../template/city";
import { isSummaryGrid, isTemplateGrid } from "../template/recognize";
import { checkGrid, columnLetter, detectTable, stripNumbering, type DetectedTable } from "../template/detect";
import { goneAs } from "./errors";
import { extentOf, lastRowOf, queueColumnExtent, queueColumns, queueUsed, type ColumnData } from "./read";
import { findingOf, summarize, type CheckSummary, type Finding, type RowProblem } from "./types";

const col = (letter: string) => letter.charCodeAt(0) - 65;


/** Checks one of our template sheets, found by name or (within a session) id. Two syncs. */
export async function checkTemplate(context: Excel.RequestContext, index: CatalogIndex, sheetKey: string): Promise<CheckSummary> {
  const sheet = context.workbook.worksheets.getItem(sheetKey);
  sheet.load("name,id");
  // How far the rows go: the used part of the hidden 指标ID column, never a stray cell elsewhere.
  const idExtent = queueColumnExtent(sheet, col(COLUMNS.id), FIRST_DATA_ROW - 1);
  await context.sync().catch(goneAs(sheetKey));
  const sheetName = sheet.name;
  const last = lastRowOf(idExtent) ?? FIRST_DATA_ROW - 1;
  const cols = queueColumns(sheet, FIRST_DATA_ROW - 1, last, [
    { column: col(COLUMNS.actual), values: true, formats: true },
    { column: col(COLUMNS.id), values: true, formats: false },
  ]);
  await context.sync();
  const data = cols.get();
  const actual = data.get(col(COLUMNS.actual));
  const ids = data.get(col(COLUMNS.id))?.values ?? [];
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const findings: Finding[] = [];
  const problems: RowProblem[] = [];
  let city = "";
  ids.forEach((id, i) => {
    if (id === "" || id === null || id === undefined) return;
    const address = `${COLUMNS.actual}${FIRST_DATA_ROW + i}`;
    const entry = byId.get(String(id));
    if (!entry) {
      problems.push({ sheet: sheetName, address, text: String(id), message: `指标ID ${String(id)} 不在目录中`, candidates: [] });
      return;
    }
    city = entry.city;
    try {
      const ev = evaluate(entry, actual!.values[i] as never, { percentFormatted: isPercentFormat(actual!.formats[i]) });
      findings.push(findingOf(sheetName, address, entry, ev));
    } catch (e) {
      if (!(e instanceof ActualValueError)) throw e;
      problems.push({ sheet: sheetName, address, text: String(actual!.values[i]), message: e.message, candidates: [] });
    }
  });
  return { ...summarize(sheetName, city, findings, problems), sheetId: sheet.id };
}

/**
 * A name in the user's table that needs the user's decision: it resolved only approximately
 * (fuzzy, or as part of a longer name) or not at all. One decision per distinct name, however many
 * rows carry it; names that resolve exactly need none and are not listed.
 */
export interface NameDecision {
  text: string;
  /** The 0-based rows carrying this name. */
  rows: number[];
  entryId: string | null;
  entryName: string | null;
  how: Finding["matchHow"] | null;
  /** Names to choose from. */
  candidates: string[];
}

export interface UserSheetDetection {
  sheetName: string;
  /** This session's id of the sheet: follow it by id (a rename keeps it), never across sessions. */
  sheetId: string;
  /** True when the active sheet is one of our templates (check it with checkTemplate). */
  isTemplate: boolean;
  table: DetectedTable | null;
  /** Columns with a header (the choices for the name and value columns). */
  headers: { index: number; letter: string; text: string }[];
  cityGuess: string | null;
  /** Only the names that need a decision (see NameDecision), for the guessed city. */
  decisions: NameDecision[];
  /** Rows with a name that resolved exactly (nothing to decide). */
  matchedRows: number;
}

/** Rows read from the top of a sheet to find its header. */
const HEADER_BLOCK_ROWS = 30;
/**
 * Columns read from the top of a sheet to find its header. A stray note in XFD1 must not turn the
 * header block into 30 × 16,384 cells; indicator tables sit well inside the first hundred columns.
 */
export const HEADER_BLOCK_COLUMNS = 128;

/**
 * Looks at the active sheet: is it ours, or where is its indicator table? Three syncs: the sheet
 * and its used extent; the header block (bounded) with each of its columns' extents; the name and
 * value columns down to where the names end.
 */
export async function detectUserSheet(context: Excel.RequestContext, index: CatalogIndex): Promise<UserSheetDetection> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,id");
  const used = queueUsed(sheet);
  await context.sync();
  const ext = extentOf(used);
  const empty: UserSheetDetection = { sheetName: sheet.name, sheetId: sheet.id, isTemplate: false, table: null, headers: [], cityGuess: null, decisions: [], matchedRows: 0 };
  if (!ext) return empty;
  const width = Math.min(HEADER_BLOCK_COLUMNS, ext.lastColumn + 1);
  const top = sheet.getRangeByIndexes(0, 0, Math.min(HEADER_BLOCK_ROWS, ext.lastRow + 1), width);
  top.load("values");
  const extents = Array.from({ length: width }, (_, c) => queueColumnExtent(sheet, c, 0));
  await context.sync();
  const block = top.values as unknown[][];
  if (isTemplateGrid(block)) return { ...empty, isTemplate: true };
  // Our 汇总 sheet holds counts, not actual values: no table to check there.
  if (isSummaryGrid(block)) return empty;
  const headerTable = detectTable(block, index);
  if (!headerTable) return empty;
  const lastName = lastRowOf(extents[headerTable.nameColumn]!) ?? headerTable.firstDataRow - 1;
  const { nameColumn, valueColumn } = headerTable;
  const cols = queueColumns(sheet, headerTable.firstDataRow, lastName, [
    { column: nameColumn, values: true, formats: false },
    ...(valueColumn !== nameColumn ? [{ column: valueColumn, values: true, formats: false }] : []),
  ]);
  await context.sync();
  const data = cols.get();
  const grid = gridOf(block.slice(0, headerTable.firstDataRow), headerTable.firstDataRow, data);
  let lastDataRow = headerTable.firstDataRow - 1;
  for (let r = grid.length - 1; r >= headerTable.firstDataRow; r--) {
    if (String(grid[r]?.[nameColumn] ?? "").trim() !== "") {
      lastDataRow = r;
      break;
    }
  }
  // The city is guessed from the title and the names: each distinct name once, however many rows repeat it.
  const distinct = distinctRows(grid, headerTable.firstDataRow, lastDataRow, nameColumn);
  const table: DetectedTable = { ...headerTable, lastDataRow, cityGuess: detectTable(distinct, index)?.cityGuess ?? headerTable.cityGuess };
  const city = table.cityGuess ? index.cities().find((c) => c.name === table.cityGuess) ?? null : null;
  const headerRow = block[table.headerRow] ?? [];
  const matched = city ? matchNames(grid, table, city, index) : { decisions: [], matchedRows: 0 };
  return {
    sheetName: sheet.name,
    sheetId: sheet.id,
    isTemplate: false,
    table,
    headers: headerRow.flatMap((t, i) => (String(t ?? "").trim() !== "" || i === table.nameColumn || i === table.valueColumn ? [{ index: i, letter: columnLetter(i), text: String(t ?? "") }] : [])),
    cityGuess: table.cityGuess,
    ...matched,
  };
}

/** A sparse grid: the header rows as read, then the columns read below them. */
function gridOf(head: unknown[][], firstRow: number, columns: Map<number, ColumnData>): unknown[][] {
  const grid: unknown[][] = head.map((r) => r ?? []);
  for (let r = grid.length; r < firstRow; r++) grid[r] = [];
  for (const [column, data] of columns) {
    data.values.forEach((v, i) => {
      const row = (grid[firstRow + i] ??= []);
      row[column] = v;
    });
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/** The header rows, then the first row carrying each distinct name (a grid the detector reads quickly). */
function distinctRows(grid: unknown[][], firstRow: number, lastRow: number, nameColumn: number): unknown[][] {
  const out = grid.slice(0, firstRow);
  const seen = new Set<string>();
  for (let r = firstRow; r <= lastRow; r++) {
    const name = String(grid[r]?.[nameColumn] ?? "").trim();
    if (name === "" || seen.has(name)) continue;
    seen.add(name);
    out.push(grid[r]!);
  }
  return out;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * How the names in the table resolve in a city: the names that need the user's decision (each once,
 * with its rows and candidates), and how many rows matched exactly. Each distinct name is resolved
 * and suggested for once, so 50,000 rows of a few dozen names cost a few dozen lookups. A name that
 * resolves to nothing and has no value beside it is a section row, as checking treats it: not listed.
 */
export function matchNames(grid: unknown[][], table: DetectedTable, city: City, index: CatalogIndex): { decisions: NameDecision[]; matchedRows: number } {
  const byText = new Map<string, NameDecision | "exact">();
  let matchedRows = 0;
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const text = stripNumbering(String(grid[r]?.[table.nameColumn] ?? "").trim());
    if (!text) continue;
    let known = byText.get(text);
    if (known === undefined) {
      const res = index.resolveIndicator(city, text);
      if (res.ok && res.how !== "fuzzy" && res.how !== "contains") known = "exact";
      else {
        const candidates = res.ok || res.candidates.length === 0 ? index.suggest(city, text, 5).map((x) => x.entry.name) : res.candidates;
        known = { text, rows: [], entryId: res.ok ? res.value.id : null, entryName: res.ok ? res.value.name : null, how: res.ok ? res.how : null, candidates };
      }
      byText.set(text, known);
    }
    if (known === "exact") matchedRows++;
    else if (known.entryId !== null || !isBlank(grid[r]?.[table.valueColumn])) known.rows.push(r);
  }
  const decisions = [...byText.values()].filter((d): d is NameDecision => d !== "exact" && d.rows.length > 0);
  return { decisions, matchedRows };
}

export interface UserSheetChoice {
  /** The sheet's name, or (within a session) its id. */
  sheetName: string;
  city: City;
  headerRow: number;
  nameColumn: number;
  valueColumn: number;
  /** Row → the entry the user picked instead of the automatic match. */
  overrides?: Map<number, Indicator>;
  /** Name as written in the sheet → the entry the user picked for every row with that name. */
  picks?: Map<string, Indicator>;
}

/** Checks a user's own table with the columns and city the user confirmed. Two syncs. */
export async function checkUserSheet(context: Excel.RequestContext, index: CatalogIndex, choice: UserSheetChoice): Promise<CheckSummary> {
  const sheet = context.workbook.worksheets.getItem(choice.sheetName);
  sheet.load("name,id");
  const first = choice.headerRow + 1;
  // Rows end where the names end: a value or a note further down has no name to check it against.
  const nameExtent = queueColumnExtent(sheet, choice.nameColumn, first);
  await context.sync().catch(goneAs(choice.sheetName));
  const sheetName = sheet.name;
  const last = lastRowOf(nameExtent);
  if (last === null) return { ...summarize(sheetName, choice.city.name, [], []), sheetId: sheet.id };
  const cols = queueColumns(sheet, first, last, [
    { column: choice.nameColumn, values: true, formats: false },
    ...(choice.valueColumn !== choice.nameColumn ? [{ column: choice.valueColumn, values: true, formats: true }] : []),
  ]);
  await context.sync();
  const data = cols.get();
  const names = data.get(choice.nameColumn)!;
  const values = data.get(choice.valueColumn)!;
  const grid: unknown[][] = [];
  const formats: (string | null)[][] = [];
  const overrides = new Map(choice.overrides ?? []);
  names.values.forEach((n, i) => {
    const row: unknown[] = [];
    const fmt: (string | null)[] = [];
    row[choice.nameColumn] = n;
    row[choice.valueColumn] = values.values[i];
    fmt[choice.valueColumn] = values.formats[i] ?? null;
    grid[first + i] = row;
    formats[first + i] = fmt;
    const pick = choice.picks?.get(stripNumbering(String(n ?? "").trim()));
    if (pick && !overrides.has(first + i)) overrides.set(first + i, pick);
  });
  const table: DetectedTable = {
    headerRow: choice.headerRow,
    nameColumn: choice.nameColumn,
    valueColumn: choice.valueColumn,
    valueColumns: [],
    cityGuess: choice.city.name,
    firstDataRow: first,
    lastDataRow: last,
  };
  const findings: Finding[] = [];
  const problems: RowProblem[] = [];
  const letter = columnLetter(choice.valueColumn);
  for (const row of checkGrid(grid, formats, table, choice.city, index, overrides)) {
    const address = `${letter}${row.row + 1}`;
    if (row.entry && row.evaluation) {
      findings.push(findingOf(sheetName, address, row.entry, row.evaluation, { text: row.nameText, how: row.resolution.ok ? row.resolution.how : undefined }));
    } else {
      const nameAddress = `${columnLetter(choice.nameColumn)}${row.row + 1}`;
      problems.push({
        sheet: sheetName,
        address: row.entry ? address : nameAddress,
        text: row.nameText,
        message: row.error ?? "",
        candidates: row.resolution.ok ? [] : row.resolution.candidates,
      });
    }
  }
  return { ...summarize(sheetName, choice.city.name, findings, problems), sheetId: sheet.id };
}
