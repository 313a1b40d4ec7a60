/**
 * The pane's operations (ExcelOps, src/taskpane/ops.ts) over WPS 表格's object model, so the same
 * React views run in WPS. Sheets come from the same SheetSpecs (src/template), checks from the same
 * pure core (detectTable, checkGrid, evaluate, progress), marks are formula conditional formats
 * carrying the same marker as in Excel and are removed exactly. ET's API is synchronous: each
 * operation reads what it needs (whole column blocks through Value2, formats cell by cell only where
 * a column's formats differ) and writes directly.
 *
 * Sheets are named by name: ET has no session id like Excel's Worksheet.id, so a sheet renamed after
 * a check is reported as gone (the pane says so and the user checks again).
 */
import { ActualValueError, BUILTIN_CATALOG, compareConcept, CONCEPTS, evaluate, isPercentFormat, type City, type Indicator } from "../catalog";
import { activeIndex } from "../catalog/registry";
import type { CheckSummary, Finding, ProgressFinding, RowProblem, UserSheetDetection } from "../excel";
import { HEADER_BLOCK_COLUMNS, matchNames } from "../excel/check";
import { SheetGoneError } from "../excel/errors";
import { markFormula, MARK_COLORS, MARK_MARKER, runsOf, type MarkKind } from "../excel/marks";
import { gradeProgressRow, progressColumns } from "../excel/progress";
import { findingOf, summarize } from "../excel/types";
import { buildCityTemplate, COLUMNS, FIRST_DATA_ROW, HEADER_ROW, HEADERS, LAST_COLUMN } from "../template/city";
import { checkGrid, columnLetter, detectTable, stripNumbering, type DetectedTable } from "../template/detect";
import { uniqueSheetName } from "../template/names";
import { buildComparisonSheet } from "../template/comparison";
import { buildProgressTemplate } from "../template/progress";
import { isSummaryGrid, isTemplateGrid, isTemplateHeader } from "../template/recognize";
import { buildSummarySheet, type SummarySource } from "../template/summary";
import { buildReportSheets, REPORT_SHEETS, type ReportSheetNames } from "../report/sheets";
import type { Report } from "../report/consolidate";
import type { SheetSpec } from "../template/types";
import type { ExcelOps, UserChoice } from "../taskpane/ops";
import { readStored, removeStored, saveStored } from "./catalogs";
import { bgr, XL_EXPRESSION, type EtApplication, type EtEvents, type EtValue, type EtWorkbook, type EtWorksheet } from "./et";
import { addressChunks, renderSheet } from "./render";

export interface WpsHost {
  app: EtApplication;
  /** Application.ApiEvent; without it the pane does not re-check on edits. */
  events?: EtEvents;
  /** Offers bytes as a download (the pane's webview). */
  saveFile(bytes: Uint8Array, name: string, type: string): void;
}

/** The mark of a sheet the add-in made and may replace (as src/excel/owned.ts). */
export const OWNED_NAME = "QC_INDICATORS_SHEET";
const ownedFormula = (kind: string) => `="qc-indicators:${kind}"`;

const HEADER_BLOCK_ROWS = 30;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// ——— reading ———

/** A block's values as rows × columns, whatever shape Value2 comes back in. */
function grid(v: EtValue | EtValue[][]): unknown[][] {
  return Array.isArray(v) ? v.map((row) => (Array.isArray(row) ? row : [row])) : [[v]];
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

/** The used rectangle (1-based, inclusive), or null for an empty sheet. */
function usedOf(sheet: EtWorksheet): { lastRow: number; lastColumn: number } | null {
  const u = sheet.UsedRange;
  const lastRow = u.Row + u.Rows.Count - 1;
  const lastColumn = u.Column + u.Columns.Count - 1;
  if (lastRow === 1 && lastColumn === 1 && isEmpty(sheet.Range("A1").Value2)) return null;
  return { lastRow, lastColumn };
}

/** A column's values between two rows (1-based, inclusive). */
function columnValues(sheet: EtWorksheet, column: number, first: number, last: number): unknown[] {
  if (last < first) return [];
  const L = columnLetter(column);
  return grid(sheet.Range(`${L}${first}:${L}${last}`).Value2).map((r) => r[0]);
}

/** A column's number formats: one read when they agree, cell by cell where they differ (NumberFormat is then null). */
function columnFormats(sheet: EtWorksheet, column: number, first: number, last: number): (string | null)[] {
  if (last < first) return [];
  const L = columnLetter(column);
  const all = sheet.Range(`${L}${first}:${L}${last}`).NumberFormat;
  if (typeof all === "string") return Array<string>(last - first + 1).fill(all);
  const out: (string | null)[] = [];
  for (let r = first; r <= last; r++) {
    const f = sheet.Range(`${L}${r}`).NumberFormat;
    out.push(typeof f === "string" ? f : null);
  }
  return out;
}

/** The last non-empty row (1-based) of a column from `first` down, or null. */
function lastFilled(sheet: EtWorksheet, column: number, first: number): number | null {
  const used = usedOf(sheet);
  if (!used) return null;
  const values = columnValues(sheet, column, first, used.lastRow);
  for (let i = values.length - 1; i >= 0; i--) if (!isEmpty(values[i])) return first + i;
  return null;
}

// ——— sheets ———

function workbook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error("没有打开的工作簿：请先新建或打开一个工作簿");
  return book;
}

function allSheets(book: EtWorkbook): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= book.Worksheets.Count; i++) out.push(book.Worksheets.Item(i));
  return out;
}

function sheetByName(book: EtWorkbook, key: string, label = key): EtWorksheet {
  const found = allSheets(book).find((s) => s.Name === key);
  if (!found) throw new SheetGoneError(label);
  return found;
}

function activeSheet(app: EtApplication): EtWorksheet {
  workbook(app);
  const sheet = app.ActiveSheet;
  if (!sheet) throw new Error("没有活动的工作表");
  return sheet;
}

/** A new sheet after the last one, named uniquely, active, with the spec written. */
function addSheet(app: EtApplication, spec: SheetSpec, before?: EtWorksheet): EtWorksheet {
  const book = workbook(app);
  const sheets = allSheets(book);
  const name = uniqueSheetName(spec.name, sheets.map((s) => s.Name));
  const sheet = before ? book.Worksheets.Add(before) : book.Worksheets.Add(undefined, sheets[sheets.length - 1]);
  sheet.Name = name;
  sheet.Activate();
  renderSheet(app, sheet, spec);
  return sheet;
}

/**
 * The mark is a name local to the sheet, added as 'Sheet'!QC_INDICATORS_SHEET: in the VBA model
 * WPS follows, an unqualified name added through Worksheet.Names is a workbook-level name, which
 * every sheet would appear to carry. A local name is reported with its sheet's current name as the
 * prefix (a rename carries it along), so only a name qualified by this very sheet counts.
 */
function ownedKind(sheet: EtWorksheet): string | null {
  const names = sheet.Names;
  for (let i = 1; i <= names.Count; i++) {
    const n = names.Item(i);
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(n.Name);
    const owner = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : null;
    if (owner !== sheet.Name || m![3] !== OWNED_NAME) continue;
    return /^="qc-indicators:(\w+)"$/.exec(n.RefersTo)?.[1] ?? null;
  }
  return null;
}

const localName = (sheet: EtWorksheet, name: string) => `'${sheet.Name.replace(/'/g, "''")}'!${name}`;

// ——— marks ———

/** Deletes our conditional formats (of the given kinds) on a sheet; the count removed. */
function removeMarks(sheet: EtWorksheet, kinds?: readonly MarkKind[]): number {
  const fcs = sheet.Cells.FormatConditions;
  let removed = 0;
  // From the last down: deleting shifts the ones after it.
  for (let i = fcs.Count; i >= 1; i--) {
    const fc = fcs.Item(i);
    if (fc.Type !== XL_EXPRESSION) continue;
    const f = fc.Formula1 ?? "";
    if (!f.includes(MARK_MARKER)) continue;
    if (kinds && !kinds.some((k) => f.includes(`${MARK_MARKER}:${k}`))) continue;
    fc.Delete();
    removed++;
  }
  return removed;
}

function mark(app: EtApplication, sheetKey: string, addresses: readonly string[], kind: MarkKind): number {
  const sheet = sheetByName(workbook(app), sheetKey);
  removeMarks(sheet, [kind]);
  const runs = runsOf(addresses);
  for (const areas of addressChunks(runs)) {
    const fc = sheet.Range(areas).FormatConditions.Add(XL_EXPRESSION, undefined, markFormula(kind));
    fc.Interior.Color = bgr(MARK_COLORS[kind].fill);
    fc.Font.Color = bgr(MARK_COLORS[kind].font);
  }
  return runs.length;
}

// ——— checking ———


const col = (letter: string) => letter.charCodeAt(0) - 65;

function checkTemplate(app: EtApplication, sheetKey: string): CheckSummary {
  const sheet = sheetByName(workbook(app), sheetKey);
  const index = activeIndex();
  const last = lastFilled(sheet, col(COLUMNS.id), FIRST_DATA_ROW) ?? FIRST_DATA_ROW - 1;
  const ids = columnValues(sheet, col(COLUMNS.id), FIRST_DATA_ROW, last);
  const actual = columnValues(sheet, col(COLUMNS.actual), FIRST_DATA_ROW, last);
  const formats = columnFormats(sheet, col(COLUMNS.actual), FIRST_DATA_ROW, last);
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const findings: Finding[] = [];
  const problems: RowProblem[] = [];
  let city = "";
  ids.forEach((id, i) => {
    if (isEmpty(id)) return;
    const address = `${COLUMNS.actual}${FIRST_DATA_ROW + i}`;
    const entry = byId.get(String(id));
    if (!entry) {
      problems.push({ sheet: sheet.Name, address, text: String(id), message: `指标ID ${String(id)} 不在目录中`, candidates: [] });
      return;
    }
    city = entry.city;
    const v = actual[i] === undefined ? null : actual[i];
    try {
      findings.push(findingOf(sheet.Name, address, entry, evaluate(entry, v as never, { percentFormatted: isPercentFormat(formats[i]) })));
    } catch (e) {
      if (!(e instanceof ActualValueError)) throw e;
      problems.push({ sheet: sheet.Name, address, text: String(v), message: e.message, candidates: [] });
    }
  });
  return { ...summarize(sheet.Name, city, findings, problems), sheetId: sheet.Name };
}

function detect(app: EtApplication): UserSheetDetection {
  const sheet = activeSheet(app);
  const index = activeIndex();
  const empty: UserSheetDetection = { sheetName: sheet.Name, sheetId: sheet.Name, isTemplate: false, table: null, headers: [], cityGuess: null, decisions: [], matchedRows: 0 };
  const used = usedOf(sheet);
  if (!used) return empty;
  const rows = Math.min(HEADER_BLOCK_ROWS, used.lastRow);
  const width = Math.min(HEADER_BLOCK_COLUMNS, used.lastColumn);
  const block = grid(sheet.Range(`A1:${columnLetter(width - 1)}${rows}`).Value2);
  if (isTemplateGrid(block)) return { ...empty, isTemplate: true };
  if (isSummaryGrid(block)) return empty;
  const head = detectTable(block, index);
  if (!head) return empty;
  const { nameColumn, valueColumn } = head;
  // 0-based grid rows; the sheet's rows are 1-based.
  const lastName = (lastFilled(sheet, nameColumn, head.firstDataRow + 1) ?? head.firstDataRow) - 1;
  const full: unknown[][] = block.slice(0, head.firstDataRow).map((r) => [...r]);
  for (let r = full.length; r <= lastName; r++) full[r] = [];
  const names = columnValues(sheet, nameColumn, head.firstDataRow + 1, lastName + 1);
  const values = columnValues(sheet, valueColumn, head.firstDataRow + 1, lastName + 1);
  names.forEach((n, i) => {
    const row = full[head.firstDataRow + i]!;
    row[nameColumn] = n;
    row[valueColumn] = values[i];
  });
  let lastDataRow = head.firstDataRow - 1;
  for (let r = full.length - 1; r >= head.firstDataRow; r--) {
    if (String(full[r]?.[nameColumn] ?? "").trim() !== "") {
      lastDataRow = r;
      break;
    }
  }
  // The city is guessed from the title and each distinct name once.
  const distinct = full.slice(0, head.firstDataRow);
  const seen = new Set<string>();
  for (let r = head.firstDataRow; r <= lastDataRow; r++) {
    const name = String(full[r]?.[nameColumn] ?? "").trim();
    if (name === "" || seen.has(name)) continue;
    seen.add(name);
    distinct.push(full[r]!);
  }
  const table: DetectedTable = { ...head, lastDataRow, cityGuess: detectTable(distinct, index)?.cityGuess ?? head.cityGuess };
  const city = table.cityGuess ? (index.cities().find((c) => c.name === table.cityGuess) ?? null) : null;
  const headerRow = block[table.headerRow] ?? [];
  const matched = city ? matchNames(full, table, city, index) : { decisions: [], matchedRows: 0 };
  return {
    sheetName: sheet.Name,
    sheetId: sheet.Name,
    isTemplate: false,
    table,
    headers: headerRow.flatMap((t, i) => (String(t ?? "").trim() !== "" || i === table.nameColumn || i === table.valueColumn ? [{ index: i, letter: columnLetter(i), text: String(t ?? "") }] : [])),
    cityGuess: table.cityGuess,
    ...matched,
  };
}

function cityByName(name: string): City {
  const r = activeIndex().resolveCity(name);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function checkUser(app: EtApplication, choice: UserChoice): CheckSummary {
  const sheet = sheetByName(workbook(app), choice.sheetId ?? choice.sheetName, choice.sheetName);
  const index = activeIndex();
  const city = cityByName(choice.cityName);
  const first = choice.headerRow + 1;
  const last = lastFilled(sheet, choice.nameColumn, first + 1);
  if (last === null) return { ...summarize(sheet.Name, city.name, [], []), sheetId: sheet.Name };
  const lastRow = last - 1;
  const names = columnValues(sheet, choice.nameColumn, first + 1, last);
  const values = columnValues(sheet, choice.valueColumn, first + 1, last);
  const fmts = columnFormats(sheet, choice.valueColumn, first + 1, last);
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const picks = new Map<string, Indicator>();
  for (const [name, id] of Object.entries(choice.picks)) {
    const e = byId.get(id);
    if (e) picks.set(name, e);
  }
  const cells: unknown[][] = [];
  const formats: (string | null)[][] = [];
  const overrides = new Map<number, Indicator>();
  names.forEach((n, i) => {
    const row: unknown[] = [];
    const fmt: (string | null)[] = [];
    row[choice.nameColumn] = n;
    row[choice.valueColumn] = values[i];
    fmt[choice.valueColumn] = fmts[i] ?? null;
    cells[first + i] = row;
    formats[first + i] = fmt;
    const pick = picks.get(stripNumbering(String(n ?? "").trim()));
    if (pick) overrides.set(first + i, pick);
  });
  const table: DetectedTable = { headerRow: choice.headerRow, nameColumn: choice.nameColumn, valueColumn: choice.valueColumn, valueColumns: [], cityGuess: city.name, firstDataRow: first, lastDataRow: lastRow };
  const findings: Finding[] = [];
  const problems: RowProblem[] = [];
  const letter = columnLetter(choice.valueColumn);
  for (const row of checkGrid(cells, formats, table, city, index, overrides)) {
    const address = `${letter}${row.row + 1}`;
    if (row.entry && row.evaluation) {
      findings.push(findingOf(sheet.Name, address, row.entry, row.evaluation, { text: row.nameText, how: row.resolution.ok ? row.resolution.how : undefined }));
    } else {
      problems.push({
        sheet: sheet.Name,
        address: row.entry ? address : `${columnLetter(choice.nameColumn)}${row.row + 1}`,
        text: row.nameText,
        message: row.error ?? "",
        candidates: row.resolution.ok ? [] : row.resolution.candidates,
      });
    }
  }
  return { ...summarize(sheet.Name, city.name, findings, problems), sheetId: sheet.Name };
}

// ——— summary, progress, comparison ———

function insertSummary(app: EtApplication): { sheetName: string; cities: string[]; replaced: boolean } {
  const book = workbook(app);
  const index = activeIndex();
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const sheets = allSheets(book);
  const sources: SummarySource[] = [];
  for (const s of sheets) {
    const head = grid(s.Range(`A${HEADER_ROW}:${LAST_COLUMN}${HEADER_ROW + 1}`).Value2);
    if (!isTemplateHeader(head[0])) continue;
    const entry = byId.get(String(head[1]?.[HEADERS.indexOf("指标ID")] ?? ""));
    const city = entry ? index.cities().find((c) => c.name === entry.city) : undefined;
    if (city) sources.push({ sheetName: s.Name, city, entries: index.indicators(city) });
  }
  if (sources.length === 0) throw new Error("工作簿中还没有指标表：请先插入城市模板");
  const old = sheets.find((s) => ownedKind(s) === "summary");
  const spec = buildSummarySheet(sources);
  const keepName = old?.Name;
  const sheet = addSheet(app, spec, old);
  if (old) {
    // Only a sheet carrying our summary mark is ever deleted; no confirmation dialog for it.
    app.DisplayAlerts = false;
    try {
      old.Delete();
    } finally {
      app.DisplayAlerts = true;
    }
    sheet.Name = keepName!;
  }
  sheet.Names.Add(localName(sheet, OWNED_NAME), ownedFormula("summary"), false);
  return { sheetName: sheet.Name, cities: sources.map((s) => s.city.name), replaced: Boolean(old) };
}

function checkProgressSheet(app: EtApplication): { sheetName: string; findings: ProgressFinding[] } {
  const sheet = activeSheet(app);
  const sheetName = sheet.Name;
  const index = activeIndex();
  const used = usedOf(sheet);
  const layout = progressColumns((grid(sheet.Range(`A${HEADER_ROW}:AZ${HEADER_ROW}`).Value2)[0] ?? []).map((v) => String(v ?? "")));
  if (!used || !layout) throw new Error(`“${sheetName}”不是进度表：请先插入城市的进度表`);
  const { idCol, baseCol, baseYearCol, yearCols } = layout;
  const read = (c: number) => columnValues(sheet, c, FIRST_DATA_ROW, used.lastRow);
  const readFmt = (c: number) => columnFormats(sheet, c, FIRST_DATA_ROW, used.lastRow);
  const ids = read(idCol);
  const base = read(baseCol);
  const baseFmt = readFmt(baseCol);
  const baseYear = read(baseYearCol);
  const years = yearCols.map((y) => ({ values: read(y.i), formats: readFmt(y.i) }));
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const asOfYear = new Date().getFullYear();
  const findings: ProgressFinding[] = [];
  ids.forEach((id, k) => {
    const entry = byId.get(String(id ?? ""));
    if (!entry) return;
    findings.push(
      gradeProgressRow(sheetName, FIRST_DATA_ROW + k, entry, layout, {
        values: years.map((y) => y.values[k]),
        formats: years.map((y) => y.formats[k]),
        base: base[k],
        baseFormat: baseFmt[k],
        baseYear: baseYear[k],
      }, asOfYear),
    );
  });
  return { sheetName, findings };
}

function comparisonSpec(conceptKey: string): SheetSpec {
  const concept = CONCEPTS.find((c) => c.key === conceptKey);
  if (!concept) throw new Error(`没有概念 ${conceptKey}`);
  return buildComparisonSheet(compareConcept(activeIndex(), concept));
}

/** The consolidated report as new sheets only (汇总 (2) where a 汇总 exists), the pivot active. Charts are not drawn in WPS. */
function insertReport(app: EtApplication, report: Report, title?: string): { sheets: string[] } {
  const taken = allSheets(workbook(app)).map((s) => s.Name);
  const names = {} as ReportSheetNames;
  for (const key of Object.keys(REPORT_SHEETS) as (keyof ReportSheetNames)[]) {
    names[key] = uniqueSheetName(REPORT_SHEETS[key], taken);
    taken.push(names[key]);
  }
  const added = buildReportSheets(report, title, names).map((spec) => addSheet(app, spec));
  added[0]?.Activate();
  return { sheets: added.map((s) => s.Name) };
}

// ——— watching ———

type SheetListener = { sheet: string; onChange: () => void; onGone?: () => void };

/** One WPS-level listener per event, registered once; the pane's watches come and go in a set. */
function watcher(app: EtApplication, events: EtEvents | undefined) {
  const listeners = new Set<SheetListener>();
  let registered = false;
  const register = () => {
    if (registered || !events) return;
    registered = true;
    events.AddApiEventListener("SheetChange", (sheet) => {
      for (const l of [...listeners]) if (l.sheet === sheet.Name) l.onChange();
    });
    // ET has no sheet-deleted event: whenever another sheet is activated, a watched sheet that is gone is reported.
    events.AddApiEventListener("SheetActivate", () => {
      const book = app.ActiveWorkbook;
      const names = new Set(book ? allSheets(book).map((s) => s.Name) : []);
      for (const l of [...listeners]) if (!names.has(l.sheet)) l.onGone?.();
    });
  };
  return (sheetKey: string, onChange: () => void, onGone?: () => void): (() => Promise<void>) => {
    sheetByName(workbook(app), sheetKey);
    register();
    const l = { sheet: sheetKey, onChange, onGone };
    listeners.add(l);
    return async () => {
      listeners.delete(l);
    };
  };
}

// ——— the operations ———

export function createWpsOps(host: WpsHost): ExcelOps {
  const { app } = host;
  const watch = watcher(app, host.events);
  // ET calls are synchronous; the pane expects promises (and errors as rejections).
  const later = <T>(f: () => T): Promise<T> => new Promise((resolve) => resolve(f()));
  return {
    insertTemplate: (cityName, categories) =>
      later(() => {
        const city = cityByName(cityName);
        const spec = buildCityTemplate(city, activeIndex().indicators(city), { categories });
        const sheet = addSheet(app, spec);
        const rows = spec.cells.filter((c) => c.address.startsWith(COLUMNS.id) && Number(c.address.slice(1)) > HEADER_ROW).length;
        return { sheetName: sheet.Name, rows };
      }),
    async downloadTemplate(cityName) {
      const { buildTemplateWorkbook } = await import(/* webpackChunkName: "xlsx-export" */ "../xlsx/export");
      const city = cityByName(cityName);
      const name = `质量指标-${city.name}.xlsx`;
      host.saveFile(await buildTemplateWorkbook(activeIndex(), [city]), name, XLSX_TYPE);
      return name;
    },
    detect: () => later(() => detect(app)),
    checkTemplate: (sheetKey) => later(() => checkTemplate(app, sheetKey)),
    checkUser: (choice) => later(() => checkUser(app, choice)),
    highlight: (sheetKey, addresses) => later(() => mark(app, sheetKey, addresses, "miss")),
    clearMarks: () => later(() => allSheets(workbook(app)).reduce((n, s) => n + removeMarks(s), 0)),
    select: (sheetKey, address, label) =>
      later(() => {
        const sheet = sheetByName(workbook(app), sheetKey, label);
        sheet.Activate();
        sheet.Range(address).Select();
      }),
    insertSummary: () => later(() => insertSummary(app)),
    watch: (sheetKey, onChange, onGone) => later(() => watch(sheetKey, onChange, onGone)),
    readCatalogs: () => later(() => readStored(workbook(app), BUILTIN_CATALOG.cities.map((c) => c.name))),
    saveCatalog: (catalog) => later(() => saveStored(app, workbook(app), catalog)),
    removeCatalog: (cityName) => later(() => removeStored(app, workbook(app), cityName)),
    insertProgress: (cityName) =>
      later(() => {
        const city = cityByName(cityName);
        return { sheetName: addSheet(app, buildProgressTemplate(city, activeIndex().indicators(city))).Name };
      }),
    checkProgress: () => later(() => checkProgressSheet(app)),
    markProgress: (sheetName, behind, overdue) => later(() => mark(app, sheetName, behind, "behind") + mark(app, sheetName, overdue, "overdue")),
    // Charts are not drawn in WPS (see docs/wps.md): the comparison table is.
    insertComparison: (conceptKey) => later(() => ({ sheetName: addSheet(app, comparisonSpec(conceptKey)).Name, charted: false })),
    saveFile: (bytes, name, type) => host.saveFile(bytes, name, type),
    // 合并: the returns are read exactly as in Excel (the same reader as qc check); only the writing differs.
    consolidate: async (files, onProgress) => {
      const { consolidateFiles } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/returns");
      return consolidateFiles(files, activeIndex(), onProgress);
    },
    insertReport: (report, title) => later(() => insertReport(app, report, title)),
  };
}
