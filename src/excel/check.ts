/**
 * Checking actual values in the workbook: our templates (rows mapped by the hidden 指标ID column)
 * and people's own sheets (the shared detector, then the columns the user confirmed). Reads take a
 * fixed number of syncs whatever the sheet's size.
 */
import { ActualValueError, isPercentFormat, evaluate, formatTarget, type CatalogIndex, type City, type Indicator } from "../catalog";
import { COLUMNS, FIRST_DATA_ROW } from "../template/city";
import { isSummaryGrid, isTemplateGrid } from "../template/recognize";
import { checkGrid, columnLetter, detectTable, stripNumbering, type DetectedTable } from "../template/detect";
import { extentOf, queueColumns, queueUsed } from "./read";
import { summarize, type CheckSummary, type Finding, type RowProblem } from "./types";

const col = (letter: string) => letter.charCodeAt(0) - 65;

function findingOf(sheet: string, address: string, entry: Indicator, ev: ReturnType<typeof evaluate>, from?: { text: string; how: Finding["matchHow"] }): Finding {
  return {
    sheet,
    address,
    indicatorId: entry.id,
    indicatorName: entry.name,
    city: entry.city,
    target: formatTarget(entry),
    actual: ev.actual,
    status: ev.status,
    gap: ev.gap,
    unit: entry.unit,
    ...(from && from.text !== entry.name ? { matchedFrom: from.text, matchHow: from.how } : {}),
  };
}

/** Checks one of our template sheets. Two syncs. */
export async function checkTemplate(context: Excel.RequestContext, index: CatalogIndex, sheetName: string): Promise<CheckSummary> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = queueUsed(sheet);
  await context.sync();
  const ext = extentOf(used);
  const last = ext?.lastRow ?? 0;
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
  return summarize(sheetName, city, findings, problems);
}


export interface RowMatch {
  row: number;
  text: string;
  entryId: string | null;
  entryName: string | null;
  how: Finding["matchHow"] | null;
  /** Names to choose from where the match is missing, ambiguous or fuzzy. */
  candidates: string[];
}

export interface UserSheetDetection {
  sheetName: string;
  /** True when the active sheet is one of our templates (check it with checkTemplate). */
  isTemplate: boolean;
  table: DetectedTable | null;
  headers: { index: number; letter: string; text: string }[];
  cityGuess: string | null;
  matches: RowMatch[];
}

/** Rows read from the top of a sheet to find its header. */
const HEADER_BLOCK_ROWS = 30;

/** Looks at the active sheet: is it ours, or where is its indicator table? Three syncs. */
export async function detectUserSheet(context: Excel.RequestContext, index: CatalogIndex): Promise<UserSheetDetection> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = queueUsed(sheet);
  await context.sync();
  const ext = extentOf(used);
  const empty: UserSheetDetection = { sheetName: sheet.name, isTemplate: false, table: null, headers: [], cityGuess: null, matches: [] };
  if (!ext) return empty;
  const top = sheet.getRangeByIndexes(0, 0, Math.min(HEADER_BLOCK_ROWS, ext.lastRow + 1), ext.lastColumn + 1);
  top.load("values");
  await context.sync();
  const block = top.values as unknown[][];
  if (isTemplateGrid(block)) return { ...empty, isTemplate: true };
  // Our 汇总 sheet holds counts, not actual values: no table to check there.
  if (isSummaryGrid(block)) return empty;
  const headerTable = detectTable(block, index);
  if (!headerTable) return empty;
  const names = queueColumns(sheet, headerTable.firstDataRow, ext.lastRow, [{ column: headerTable.nameColumn, values: true, formats: false }]);
  await context.sync();
  const nameValues = names.get().get(headerTable.nameColumn)?.values ?? [];
  const grid: unknown[][] = block.slice(0, headerTable.firstDataRow);
  nameValues.forEach((v, i) => {
    const row: unknown[] = [];
    row[headerTable.nameColumn] = v;
    grid[headerTable.firstDataRow + i] = row;
  });
  let lastDataRow = headerTable.firstDataRow - 1;
  grid.forEach((row, r) => {
    if (r >= headerTable.firstDataRow && String(row?.[headerTable.nameColumn] ?? "").trim() !== "") lastDataRow = r;
  });
  const table: DetectedTable = { ...headerTable, lastDataRow, cityGuess: detectTable(grid.map((r) => r ?? []), index)?.cityGuess ?? headerTable.cityGuess };
  const city = table.cityGuess ? index.cities().find((c) => c.name === table.cityGuess) ?? null : null;
  const headerRow = block[table.headerRow] ?? [];
  return {
    sheetName: sheet.name,
    isTemplate: false,
    table,
    headers: headerRow.map((t, i) => ({ index: i, letter: columnLetter(i), text: String(t ?? "") })),
    cityGuess: table.cityGuess,
    matches: city ? matchRows(grid, table, city, index) : [],
  };
}

/** How each name in the table resolves in a city: the match shown to the user, with candidates to correct it. */
export function matchRows(grid: unknown[][], table: DetectedTable, city: City, index: CatalogIndex): RowMatch[] {
  const out: RowMatch[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const text = stripNumbering(String(grid[r]?.[table.nameColumn] ?? "").trim());
    if (!text) continue;
    const res = index.resolveIndicator(city, text);
    const candidates = res.ok ? (res.how === "fuzzy" || res.how === "contains" ? index.suggest(city, text, 5).map((s) => s.entry.name) : []) : res.candidates.length ? res.candidates : index.suggest(city, text, 5).map((s) => s.entry.name);
    out.push({ row: r, text, entryId: res.ok ? res.value.id : null, entryName: res.ok ? res.value.name : null, how: res.ok ? res.how : null, candidates });
  }
  return out;
}

export interface UserSheetChoice {
  sheetName: string;
  city: City;
  headerRow: number;
  nameColumn: number;
  valueColumn: number;
  /** Row → the entry the user picked instead of the automatic match. */
  overrides?: Map<number, Indicator>;
}

/** Checks a user's own table with the columns and city the user confirmed. Two syncs. */
export async function checkUserSheet(context: Excel.RequestContext, index: CatalogIndex, choice: UserSheetChoice): Promise<CheckSummary> {
  const sheet = context.workbook.worksheets.getItem(choice.sheetName);
  const used = queueUsed(sheet);
  await context.sync();
  const ext = extentOf(used);
  if (!ext) return summarize(choice.sheetName, choice.city.name, [], []);
  const first = choice.headerRow + 1;
  const cols = queueColumns(sheet, first, ext.lastRow, [
    { column: choice.nameColumn, values: true, formats: false },
    { column: choice.valueColumn, values: true, formats: true },
  ]);
  await context.sync();
  const data = cols.get();
  const names = data.get(choice.nameColumn)!;
  const values = data.get(choice.valueColumn)!;
  const grid: unknown[][] = [];
  const formats: (string | null)[][] = [];
  names.values.forEach((n, i) => {
    const row: unknown[] = [];
    const fmt: (string | null)[] = [];
    row[choice.nameColumn] = n;
    row[choice.valueColumn] = values.values[i];
    fmt[choice.valueColumn] = values.formats[i] ?? null;
    grid[first + i] = row;
    formats[first + i] = fmt;
  });
  const table: DetectedTable = {
    headerRow: choice.headerRow,
    nameColumn: choice.nameColumn,
    valueColumn: choice.valueColumn,
    valueColumns: [],
    cityGuess: choice.city.name,
    firstDataRow: first,
    lastDataRow: ext.lastRow,
  };
  const findings: Finding[] = [];
  const problems: RowProblem[] = [];
  const letter = columnLetter(choice.valueColumn);
  for (const row of checkGrid(grid, formats, table, choice.city, index, choice.overrides)) {
    const address = `${letter}${row.row + 1}`;
    if (row.entry && row.evaluation) {
      findings.push(findingOf(choice.sheetName, address, row.entry, row.evaluation, { text: row.nameText, how: row.resolution.ok ? row.resolution.how : undefined }));
    } else {
      const nameAddress = `${columnLetter(choice.nameColumn)}${row.row + 1}`;
      problems.push({
        sheet: choice.sheetName,
        address: row.entry ? address : nameAddress,
        text: row.nameText,
        message: row.error ?? "",
        candidates: row.resolution.ok ? [] : row.resolution.candidates,
      });
    }
  }
  return summarize(choice.sheetName, choice.city.name, findings, problems);
}
