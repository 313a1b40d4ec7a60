/**
 * Finding the indicator table in a sheet someone else laid out, and checking it. Pure: works on a
 * grid of cell values (rows of columns, 0-based) and, where known, their number formats, so the
 * task pane (Office.js) and `qc check` (exceljs) share it.
 *
 * A header row is a row near the top with a name-like header (指标, 指标名称, 项目 …) and at least
 * one value-like header (实际值, 完成值, 2019年, 完成情况 …). Where headers say nothing, the column
 * whose texts resolve to the most catalogue names is the name column, and the numeric column
 * beside it the value column.
 */
import {
  ActualValueError,
  evaluate,
  isPercentFormat,
  type CatalogIndex,
  type City,
  type Evaluation,
  type Indicator,
  type Resolution,
} from "../catalog";

export interface DetectedTable {
  /** Row index of the header (0-based in the grid). */
  headerRow: number;
  nameColumn: number;
  /** The value column chosen by default. */
  valueColumn: number;
  /** Every column whose header looks like a value, for the user to choose from. */
  valueColumns: { index: number; header: string }[];
  /** The catalogue city most of the names belong to, or one named in the sheet's title. */
  cityGuess: string | null;
  firstDataRow: number;
  lastDataRow: number;
}

export interface CheckedRow {
  row: number;
  nameText: string;
  entry: Indicator | null;
  resolution: Resolution<Indicator>;
  actual: unknown;
  evaluation: Evaluation | null;
  /** Why the row could not be evaluated (unknown name, unreadable value), or null. */
  error: string | null;
}

const NAME_HEADER = /^(?:指标名称|指标|考核指标|指标项目|项目名称|项目|名称|内容|目标任务|主要指标|要求)$/;
const VALUE_HEADER_RANK: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:实际值|实际完成值|实际完成|实际数|实际)$/, 6],
  [/^(?:完成值|完成数|完成量|本期完成|当年完成|累计完成)$/, 5],
  [/^(?:(?:19|20)\d{2}\s*年?(?:实际值|实际完成值|实际|完成值|完成|值)?)$/, 4],
  [/^(?:当前值|现状值|目前|现状|数值|值|结果|监测值|检测值)$/, 3],
  [/^(?:完成情况|进展情况)$/, 2],
];
const HEADER_SCAN_ROWS = 30;

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    // exceljs rich text / hyperlink / formula results
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("").trim();
    if (o.text !== undefined) return text(o.text);
    if (o.result !== undefined) return text(o.result);
    return "";
  }
  return String(v).trim();
}

function headerText(grid: unknown[][], row: number, col: number): string {
  // Merged header cells leave the lower cell empty: "2019年" above "实际值" reads as one header.
  const here = text(grid[row]?.[col]).replace(/\s+/g, "");
  const above = row > 0 ? text(grid[row - 1]?.[col]).replace(/\s+/g, "") : "";
  return here || above;
}

function valueRank(header: string): number {
  for (const [re, rank] of VALUE_HEADER_RANK) if (re.test(header)) return rank;
  return 0;
}

/** A leading 1. / (一) / 1、 numbering is not part of an indicator name. */
export function stripNumbering(name: string): string {
  return name.replace(/^\s*(?:\d{1,3}[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*/, "").trim();
}

function guessCityByNames(grid: unknown[][], col: number, from: number, to: number, index: CatalogIndex): { city: string | null; hits: number } {
  let best: { city: string | null; hits: number } = { city: null, hits: 0 };
  // The column's texts read once (a sparse sheet's columns are mostly empty), then tried per city.
  const names: string[] = [];
  for (let r = from; r <= to; r++) {
    const raw = text(grid[r]?.[col]);
    if (raw === "") continue;
    const t = stripNumbering(raw);
    if (t) names.push(t);
  }
  if (names.length === 0) return best;
  for (const city of index.cities()) {
    let hits = 0;
    for (const t of names) if (index.resolveIndicator(city, t).ok) hits++;
    if (hits > best.hits) best = { city: city.name, hits };
  }
  return best;
}

/** The city named in the rows above and at the header (a title such as 泰安市…情况表), or null. */
export function guessCityByTitle(grid: unknown[][], headerRow: number, index: CatalogIndex): string | null {
  for (let r = 0; r < Math.min(headerRow + 1, grid.length); r++) {
    for (const v of grid[r] ?? []) {
      const t = text(v);
      if (!t) continue;
      for (const city of index.cities()) if ([city.name, ...city.fullNames].some((n) => t.includes(n))) return city.name;
    }
  }
  return null;
}

function lastNonEmpty(grid: unknown[][], col: number, from: number): number {
  let last = from - 1;
  for (let r = from; r < grid.length; r++) if (text(grid[r]?.[col]) !== "") last = r;
  return last;
}

/** Finds the indicator table in a grid, or null when there is none to be found. */
export function detectTable(grid: unknown[][], index: CatalogIndex): DetectedTable | null {
  const width = grid.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  if (grid.length < 2 || width < 2) return null;

  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length - 1); r++) {
    let nameColumn = -1;
    const valueColumns: { index: number; header: string; rank: number }[] = [];
    for (let c = 0; c < width; c++) {
      const h = headerText(grid, r, c);
      if (!h) continue;
      if (nameColumn < 0 && (NAME_HEADER.test(h) || NAME_HEADER.test(text(grid[r - 1]?.[c]).replace(/\s+/g, "")))) nameColumn = c;
      else {
        const rank = valueRank(h);
        if (rank > 0) valueColumns.push({ index: c, header: h, rank });
      }
    }
    if (nameColumn < 0 || valueColumns.length === 0) continue;
    // A two-row header ("2019年" above "实际值", merged cells above an empty one): the lower row is the header.
    const next = grid[r + 1] ?? [];
    if (text(next[nameColumn]) === "" && next.some((v) => valueRank(text(v).replace(/\s+/g, "")) > 0)) continue;
    const firstDataRow = r + 1;
    const lastDataRow = lastNonEmpty(grid, nameColumn, firstDataRow);
    if (lastDataRow < firstDataRow) continue;
    // The best value column: highest rank; among years, the latest (rightmost).
    const best = [...valueColumns].sort((a, b) => b.rank - a.rank || b.index - a.index)[0]!;
    const byNames = guessCityByNames(grid, nameColumn, firstDataRow, lastDataRow, index);
    return {
      headerRow: r,
      nameColumn,
      valueColumn: best.index,
      valueColumns: valueColumns.map(({ index: i, header }) => ({ index: i, header })),
      cityGuess: guessCityByTitle(grid, r, index) ?? byNames.city,
      firstDataRow,
      lastDataRow,
    };
  }
  return detectByContent(grid, width, index);
}

/** No recognisable headers: the column naming the most catalogue indicators, and a numeric column after it. */
function detectByContent(grid: unknown[][], width: number, index: CatalogIndex): DetectedTable | null {
  let best: { col: number; city: string | null; hits: number } = { col: -1, city: null, hits: 0 };
  const last = Math.min(grid.length - 1, 2000);
  for (let c = 0; c < width; c++) {
    const g = guessCityByNames(grid, c, 0, last, index);
    if (g.hits > best.hits) best = { col: c, city: g.city, hits: g.hits };
  }
  if (best.hits < 2) return null;
  let first = -1;
  for (let r = 0; r <= last && first < 0; r++) if (text(grid[r]?.[best.col])) first = r;
  const numeric: number[] = [];
  for (let c = best.col + 1; c < width; c++) {
    let n = 0;
    for (let r = first; r <= last; r++) {
      const v = grid[r]?.[c];
      if (typeof v === "number" || /^\s*-?\d+(?:\.\d+)?\s*%?\s*$/.test(text(v))) n++;
    }
    if (n > 0) numeric.push(c);
  }
  if (numeric.length === 0) return null;
  const headerRow = Math.max(0, first - 1);
  return {
    headerRow,
    nameColumn: best.col,
    valueColumn: numeric[numeric.length - 1]!,
    valueColumns: numeric.map((i) => ({ index: i, header: headerText(grid, headerRow, i) || columnLetter(i) })),
    cityGuess: guessCityByTitle(grid, headerRow, index) ?? best.city,
    firstDataRow: first,
    lastDataRow: lastNonEmpty(grid, best.col, first),
  };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Checks every data row of a detected table against a city's targets. `overrides` maps a row to
 * the entry the user picked where the automatic match was wrong or missing.
 */
export function checkGrid(
  grid: unknown[][],
  formats: (string | null)[][] | null,
  table: DetectedTable,
  city: City,
  index: CatalogIndex,
  overrides?: Map<number, Indicator>,
): CheckedRow[] {
  const out: CheckedRow[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const nameText = stripNumbering(text(grid[r]?.[table.nameColumn]));
    if (nameText === "") continue;
    const picked = overrides?.get(r);
    const resolution: Resolution<Indicator> = picked
      ? { ok: true, value: picked, how: "exact", score: 1 }
      : index.resolveIndicator(city, nameText);
    const raw = grid[r]?.[table.valueColumn];
    const actual = typeof raw === "object" && raw !== null ? text(raw) : raw;
    if (!resolution.ok) {
      // A name the catalogue does not know and no value beside it is a section row ("一、产品质量"),
      // a note or a blank line of the table: nothing to check, nothing to report.
      if (actual === null || actual === undefined || (typeof actual === "string" && actual.trim() === "")) continue;
      out.push({ row: r, nameText, entry: null, resolution, actual, evaluation: null, error: resolution.message });
      continue;
    }
    const format = formats?.[r]?.[table.valueColumn] ?? "";
    try {
      const evaluation = evaluate(resolution.value, actual as string | number | boolean | null, { percentFormatted: isPercentFormat(format) });
      out.push({ row: r, nameText, entry: resolution.value, resolution, actual, evaluation, error: null });
    } catch (e) {
      if (!(e instanceof ActualValueError)) throw e;
      out.push({ row: r, nameText, entry: resolution.value, resolution, actual, evaluation: null, error: e.message });
    }
  }
  return out;
}
