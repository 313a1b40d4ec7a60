/**
 * Filled workbooks → findings. Reads our templates (rows mapped back by the hidden 指标ID column)
 * and people's own layouts (the shared detector in src/template/detect.ts), with the number format
 * of every cell so that a cell showing 97% reads as 0.97.
 *
 * Files people really have, in three stages:
 * 1. **Open** ({@link openWorkbook}): bounded before exceljs expands anything — the zip's real
 *    uncompressed size (src/extract/zip.ts) and the number of cells its sheets hold. Sheets too
 *    large for exceljs (over {@link MAX_CELLS} in all) are read by the lean reader
 *    ({@link leanSheetGrid}: values straight from the XML, held to exceljs's reading by a property
 *    test) and replaced by empty sheets for exceljs; a sheet over {@link MAX_LEAN_CELLS} is left out
 *    and said so.
 * 2. **Grid** ({@link sheetGrid}): only the cells that exist, with wholly empty columns left out, so
 *    one stray cell at XFD20000 costs one cell, not 20,000 × 16,384. Every value becomes a number, a
 *    string, a boolean or null (a date, rich text, a hyperlink, a formula result or an error value
 *    included), so no cell type can break a check. A merged cell holds its value in its first cell
 *    only; the others read empty, as the task pane reads them.
 * 3. **Check** ({@link checkWorkbook}): a bad value is a problem for its own row, never the file's.
 */
import ExcelJS from "exceljs";
// @ts-expect-error exceljs ships no types for its internal modules
import NumFmtXform from "exceljs/lib/xlsx/xform/style/numfmt-xform.js";
// @ts-expect-error exceljs ships no types for its internal modules
import DEFAULT_NUM_FORMATS from "exceljs/lib/xlsx/defaultnumformats.js";
import { ActualValueError, isPercentFormat, evaluate, formatTarget, STATUS_LABEL, type CatalogIndex, type City, type Indicator } from "../catalog";
import { ownDetail } from "../catalog/messages";
import { checkZipBounds, zipEntries, ZipBoundsError } from "../extract/zip";
import { COLUMNS, FIRST_DATA_ROW, HEADERS } from "../template/city";
import { checkGrid, columnLetter, detectTable, guessCityByTitle, type DetectedTable } from "../template/detect";
import { isSummaryGrid, isTemplateGrid } from "../template/recognize";
import type { ReturnFinding } from "../report/consolidate";
import { isReportGrid } from "../report/sheets";

/** One checked row: where it is, what it says, how it grades (the report consolidates these). */
export type Finding = ReturnFinding;

export interface SheetProblem {
  file: string;
  sheet: string | null;
  message: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Rows or sheets that could not be checked, each with a sentence. */
  problems: SheetProblem[];
  /** Sheets left out because they belong to another city than the one asked for (`only`). */
  skipped: SheetProblem[];
}

export interface CheckOptions {
  /** The city of sheets whose title names none (a sheet that names its city keeps it). */
  defaultCity?: City | null;
  /** Report only this city's rows; sheets of other cities are listed in `skipped`. */
  only?: City | null;
}

/**
 * exceljs (4.4) removes every backslash from a number format it reads (`0.0\%` becomes `0.0%`), which
 * turns a literal percent sign into a real one: 95 shown as "95.0%" would read as 9500 %. Keep the
 * format code as the file has it, so isPercentFormat sees what Excel sees.
 */
interface XmlNode {
  name: string;
  attributes: Record<string, string>;
}
const numFmtProto = (NumFmtXform as { prototype: { parseOpen(this: { model: unknown }, node: XmlNode): boolean } }).prototype;
const parseNumFmt = numFmtProto.parseOpen;
numFmtProto.parseOpen = function (this: { model: unknown }, node: XmlNode): boolean {
  if (node.name !== "numFmt") return parseNumFmt.call(this, node);
  this.model = { id: parseInt(node.attributes.numFmtId ?? "", 10), formatCode: node.attributes.formatCode ?? "" };
  return true;
};

export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
}

/**
 * The most cells all sheets of one workbook may hold for exceljs. It keeps about 1.1 KB per cell in
 * memory (130,000 rows × 3 cells: 455 MB; 333,000 × 3: 1.6 GB at the peak of `qc check --json`), so
 * past this bound the largest sheets go to the lean reader instead.
 */
export const MAX_CELLS = 1_000_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Sheets left out of a workbook because of their size: reported by checkWorkbook as problems. */
const leftOut = new WeakMap<ExcelJS.Workbook, string[]>();
/** Sheets too large for exceljs, read by the lean reader instead: by sheet name. */
const leanSheets = new WeakMap<ExcelJS.Workbook, Map<string, SheetGrid>>();
/**
 * In the pane, exceljs is its self-contained browser build, which the patch above cannot reach (the
 * build stands in a shim for the patched class): there it still drops the backslash of `0.0\%`. The
 * workbook's own number formats (styles.xml) say which stripped code stood for which escaped one; a
 * code is restored only where that is certain (one escaped code strips to it, and neither another of
 * the file's codes nor a built-in one is the same text).
 */
const formatFixes = new WeakMap<ExcelJS.Workbook, Map<string, string>>();
const patchReachesExcelJS = !(NumFmtXform as { shim?: boolean }).shim;

/** Stripped code → the escaped code it stands for, where certain. Pure over styles.xml's text. */
export function escapedFormats(stylesXml: string): Map<string, string> {
  const codes: string[] = [];
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const code = attribute(m[0], "formatCode");
    if (code !== null) codes.push(code);
  }
  const builtIn = new Set(Object.values(DEFAULT_NUM_FORMATS as Record<number, { f?: string }>).map((d) => d.f));
  const byStripped = new Map<string, string[]>();
  for (const code of codes) {
    if (!code.includes("\\")) continue;
    const stripped = code.replace(/\\/g, "");
    byStripped.set(stripped, [...(byStripped.get(stripped) ?? []), code]);
  }
  const out = new Map<string, string>();
  for (const [stripped, originals] of byStripped) {
    if (originals.length === 1 && !codes.includes(stripped) && !builtIn.has(stripped)) out.set(stripped, originals[0]!);
  }
  return out;
}

/**
 * Cells one sheet read by the lean reader may hold. A full 1,048,576-row sheet of three columns
 * (3.1 M cells) is checked by `qc check --json` in about a minute at a peak of 2.2 GB (findings and
 * output included), within the 2 GB heap Node gives itself on an 8 GB machine; past this bound a
 * sheet is left out with a sentence.
 */
export const MAX_LEAN_CELLS = 3_200_000;

export interface OpenOptions {
  /** The cell bound for exceljs (tests lower it). */
  maxCells?: number;
  /** The cell bound for one sheet read by the lean reader. */
  maxLeanCells?: number;
}

/**
 * Opens workbook bytes, or explains in one sentence why they are not a readable .xlsx. Sheets too
 * large to check are replaced by empty ones before exceljs reads the file, and said so.
 */
export async function openWorkbook(bytes: Uint8Array, file: string, { maxCells = MAX_CELLS, maxLeanCells = MAX_LEAN_CELLS }: OpenOptions = {}): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new WorkbookError(`${file} 是空文件`);
  if (CFB.every((b, i) => bytes[i] === b)) throw new WorkbookError(`${file} 受密码保护（加密）或是旧版 .xls 文件，请另存为未加密的 .xlsx`);
  if (!ZIP.every((b, i) => bytes[i] === b)) throw new WorkbookError(`${file} 不是 .xlsx 文件`);
  let notes: string[] = [];
  let lean = new Map<string, SheetGrid>();
  try {
    await checkZipBounds(bytes, file);
    // checkZipBounds holds every deflated entry to its declared size (a stored one is its stored
    // bytes), and a cell takes at least 4 bytes (`<c/>`): sheets of fewer than 4 bytes per allowed
    // cell need no count (most files).
    const declared = zipEntries(bytes, file).reduce((n, e) => n + (SHEET_PART.test(e.name) ? Math.max(e.size, e.compressedSize) : 0), 0);
    const sizes = declared < maxCells * 4 ? new Map<string, number>() : await sheetCells(bytes, file, maxCells);
    let total = [...sizes.values()].reduce((a, b) => a + b, 0);
    if (total > maxCells) {
      // The largest sheets go first, until the rest fit.
      const drop: string[] = [];
      for (const [entry, n] of [...sizes].sort((x, y) => y[1] - x[1])) {
        if (total <= maxCells) break;
        drop.push(entry);
        total -= n;
      }
      // Those read by the lean reader are checked all the same; larger ones are reported.
      const parts = await sheetParts(bytes);
      for (const entry of drop) {
        const name = parts.names.get(entry) ?? entry;
        if ((sizes.get(entry) ?? 0) > maxLeanCells) {
          notes.push(`工作表“${name}”超过 ${maxLeanCells.toLocaleString("en-US")} 个单元格（可检查的上限），未检查：请把指标表另存为单独的文件，或删去多余的行和列后再检查`);
        } else lean.set(name, await leanSheetGrid(bytes, entry, parts));
      }
      bytes = await blankSheets(bytes, drop);
    }
  } catch (e) {
    if (e instanceof ZipBoundsError) throw new WorkbookError(e.message);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError(`${file} 已损坏，无法读取${ownDetail(e)}：请用 Excel 或 WPS 打开它，另存为 .xlsx 后再试`);
  }
  if (notes.length > 0) leftOut.set(wb, notes);
  if (!patchReachesExcelJS) {
    const fixes = escapedFormats(await entryText(bytes, "xl/styles.xml").catch(() => ""));
    if (fixes.size > 0) formatFixes.set(wb, fixes);
  }
  if (lean.size > 0) leanSheets.set(wb, lean);
  return wb;
}

/** A worksheet's part in the zip. */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** Replaces the given worksheet entries by empty sheets (exceljs then reads the rest of the workbook). */
async function blankSheets(bytes: Uint8Array, entries: string[]): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of entries) zip.file(entry, EMPTY_SHEET);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What the lean reader needs from the rest of the workbook. */
interface SheetParts {
  /** Worksheet part → the sheet's name. */
  names: Map<string, string>;
  date1904: boolean;
  /** Style index → number format. */
  formats: (string | null)[];
  sharedStrings: string[];
}

/** Sheet names, the date system, cell formats and shared strings: the parts around the sheets. */
async function sheetParts(bytes: Uint8Array): Promise<SheetParts> {
  const workbook = await entryText(bytes, "xl/workbook.xml");
  const rels = await entryText(bytes, "xl/_rels/workbook.xml.rels");
  const partOf = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id && target) partOf.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const id = attribute(m[0], "r:id");
    const part = id ? partOf.get(id) : undefined;
    if (name !== null && part) names.set(part, name);
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  // Number formats: the file's own by id, the built-in ones as exceljs names them.
  const styles = await entryText(bytes, "xl/styles.xml");
  const codes = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(m[0], "numFmtId"));
    const code = attribute(m[0], "formatCode");
    if (code !== null) codes.set(id, code);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  const formats = [...cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(attribute(m[0], "numFmtId") ?? 0);
    return codes.get(id) ?? (DEFAULT_NUM_FORMATS as Record<number, { f: string } | undefined>)[id]?.f ?? null;
  });
  const sharedStrings: string[] = [];
  await eachElement(bytes, "xl/sharedStrings.xml", "si", (si) => sharedStrings.push(textOf(si)));
  return { names, date1904, formats, sharedStrings };
}

/** An attribute's decoded value in a start tag, or null. */
function attribute(tag: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1]!) : null;
}
const ATTRIBUTES = new Map<string, RegExp>();

/** The text of a string item or an inline string: its <t> runs, phonetic guides (<rPh>) left out. */
function textOf(xml: string): string {
  let out = "";
  for (const m of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "").matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += decodeXml(m[1] ?? "");
  return out;
}

/** A small part's text (workbook, relationships, styles), or "" when it is absent. */
async function entryText(bytes: Uint8Array, name: string): Promise<string> {
  let text = "";
  await eachChunk(bytes, name, (chunk) => void (text += chunk));
  return text;
}

/** Streams a part's text in chunks, inflating as it goes. */
async function eachChunk(bytes: Uint8Array, name: string, onText: (text: string) => void): Promise<void> {
  const entry = zipEntries(bytes, name).find((e) => e.name === name);
  if (!entry) return;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset + 30 + v.getUint16(entry.localOffset + 26, true) + v.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  let stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream() as ReadableStream<Uint8Array<ArrayBuffer>>;
  if (entry.method === 8) stream = stream.pipeThrough(new DecompressionStream("deflate-raw") as TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>);
  const reader = stream.pipeThrough(new TextDecoderStream() as TransformStream<Uint8Array<ArrayBuffer>, string>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onText(value);
  }
}

/** Calls `onElement` with each complete <tag>…</tag> (or <tag/>) of a part, streamed. */
async function eachElement(bytes: Uint8Array, name: string, tag: string, onElement: (xml: string) => void): Promise<void> {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/(?:\\w+:)?${tag}>)`, "g");
  const opening = new RegExp(`<(?:\\w+:)?${tag}\\b`);
  let carry = "";
  const take = (text: string, final: boolean) => {
    re.lastIndex = 0;
    let end = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      onElement(m[0]);
      end = re.lastIndex;
    }
    if (final) return;
    // Only an element begun and not yet closed is carried over (or a few characters that may begin one).
    const rest = text.slice(end);
    const open = rest.search(opening);
    carry = open >= 0 ? rest.slice(open) : rest.slice(-(tag.length + 16));
  };
  await eachChunk(bytes, name, (chunk) => take(carry + chunk, false));
  take(carry, true);
}

/**
 * The lean reader: one worksheet part straight from its XML to a {@link SheetGrid}, the values as
 * exceljs would give them (shared and inline strings, numbers, booleans, errors, formula results,
 * numbers in date formats as dates) but nothing else kept, so a sheet of a million rows fits.
 */
export async function leanSheetGrid(bytes: Uint8Array, part: string, parts?: SheetParts): Promise<SheetGrid> {
  const { date1904, formats: styleFormats, sharedStrings } = parts ?? (await sheetParts(bytes));
  const cells: { r: number; c: number; value: string | number | boolean | null; format: string | null; date: boolean }[] = [];
  const merges: string[] = [];
  const styledEmpty = new Map<string, string | null>();
  let nextRow = 0;
  const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  await eachElement(bytes, part, "row", (rowXml) => {
    const open = /^<[^>]*>/.exec(rowXml)![0];
    const r = Number(attribute(open, "r") ?? nextRow + 1) - 1;
    nextRow = r + 1;
    let nextCol = 0;
    for (const m of rowXml.matchAll(cellRe)) {
      const attrs = m[1]!;
      const inner = m[2] ?? "";
      const ref = attribute(attrs, "r");
      const c = ref ? columnIndex(ref) : nextCol;
      nextCol = c + 1;
      const styleIndex = Number(attribute(attrs, "s") ?? 0);
      const format = styleFormats[styleIndex] ?? null;
      const t = attribute(attrs, "t");
      const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      const formula = /<(?:\w+:)?f\b/.test(inner);
      let value: string | number | boolean | null = null;
      if (t === "inlineStr" && !formula) value = textOf(/<(?:\w+:)?is\b[\s\S]*<\/(?:\w+:)?is>/.exec(inner)?.[0] ?? "");
      else if (raw === undefined) {
        // No value: exceljs keeps such a cell only when it has no style (and reads it empty), or
        // when a merge covers it (its format is kept for that).
        if (!formula && styleIndex !== 0) {
          styledEmpty.set(`${r}:${c}`, format);
          continue;
        }
      } else {
        const text = decodeXml(raw);
        if (t === "s" && !formula) value = sharedStrings[parseInt(text, 10)] ?? null;
        else if (t === "str" || t === "e" || t === "inlineStr") value = text;
        else if (t === "b") value = parseInt(text, 10) !== 0;
        else value = parseFloat(text);
      }
      let date = false;
      if (typeof value === "number" && isDateFormat(format)) {
        const d = new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
        value = plain(d);
        date = true;
      }
      cells.push({ r, c, value, format, date });
    }
  });
  await eachElement(bytes, part, "mergeCell", (xml) => {
    const ref = attribute(xml, "ref");
    if (ref) merges.push(ref);
  });
  return gridOf(cells, merges, styledEmpty);
}

/** exceljs's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** "XFD20000" → 16383 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "A") n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The lean reader's cells as a grid: merged cells other than the first read empty, as exceljs gives them. */
function gridOf(
  cells: { r: number; c: number; value: string | number | boolean | null; format: string | null; date: boolean }[],
  merges: string[],
  styledEmpty: Map<string, string | null>,
): SheetGrid {
  // Positions are looked up only for merges (a million-row sheet without merges builds no index).
  const at = new Map<string, number>();
  if (merges.length > 0) cells.forEach((cell, k) => at.set(`${cell.r}:${cell.c}`, k));
  const master = new Map<string, string>();
  for (const ref of merges) {
    const [a, b] = ref.split(":");
    if (!a || !b) continue;
    const top = Number(/\d+/.exec(a)?.[0]) - 1;
    const bottom = Number(/\d+/.exec(b)?.[0]) - 1;
    const left = columnIndex(a);
    const right = columnIndex(b);
    // A merge over a whole area is marked where cells exist; a small one fully, as exceljs does.
    const small = (bottom - top + 1) * (right - left + 1) <= 10_000;
    for (let r = top; r <= bottom && small; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        master.set(`${r}:${c}`, `${columnLetter(left)}${top + 1}`);
        if (!at.has(`${r}:${c}`)) at.set(`${r}:${c}`, cells.push({ r, c, value: null, format: styledEmpty.get(`${r}:${c}`) ?? null, date: false }) - 1);
      }
    }
  }
  // Cells come in sheet order (rows, then columns); merges' cells were added after them.
  if (merges.length > 0) cells.sort((x, y) => x.r - y.r || x.c - y.c);
  const used = new Set<number>();
  let height = 0;
  for (const cell of cells) {
    used.add(cell.c);
    if (cell.r + 1 > height) height = cell.r + 1;
  }
  const columns = [...used].sort((x, y) => x - y);
  const gridColumn = new Map(columns.map((c, i) => [c, i]));
  const values: SheetGrid["values"] = Array.from({ length: height }, () => []);
  const formats: SheetGrid["formats"] = Array.from({ length: height }, () => []);
  const mergedInto = new Map<string, string>();
  const dates = new Set<string>();
  for (const cell of cells) {
    const c = gridColumn.get(cell.c)!;
    const covered = master.get(`${cell.r}:${cell.c}`);
    values[cell.r]![c] = covered ? null : cell.value;
    formats[cell.r]![c] = cell.format;
    if (covered) mergedInto.set(`${cell.r}:${c}`, covered);
    if (cell.date && !covered) dates.add(`${cell.r}:${c}`);
  }
  return { values, formats, columns, mergedInto, dates };
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

/** XML text → text: line breaks as an XML parser reads them, the five named entities and numeric character references. */
function decodeXml(raw: string): string {
  // An XML parser reads a raw line break as \n (a written &#13; stays \r).
  const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!s.includes("&")) return s;
  return s.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9a-f]+));/gi, (m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return ENTITIES[named] ?? m;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The cells of a workbook: the total (what the bound is about), counted as in {@link sheetCells}. */
export async function countCells(bytes: Uint8Array, file: string, maxCells = MAX_CELLS): Promise<number> {
  return [...(await sheetCells(bytes, file, maxCells)).values()].reduce((a, b) => a + b, 0);
}

/**
 * Counts the cells (`<c …>` elements) of each worksheet part by inflating its XML as a stream, before
 * anything keeps them; a sheet's count stops once past `maxCells`. The zip's sizes have been bounded
 * already (checkZipBounds).
 */
export async function sheetCells(bytes: Uint8Array, file: string, maxCells = MAX_CELLS): Promise<Map<string, number>> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sizes = new Map<string, number>();
  for (const e of zipEntries(bytes, file)) {
    if (!SHEET_PART.test(e.name)) continue;
    const at = e.localOffset;
    if (at + 30 > bytes.length) continue;
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    sizes.set(e.name, await countEntryCells(data, e.method, maxCells));
  }
  return sizes;
}

const LT = 0x3c;
const C = 0x63;
const COLON = 0x3a;
const isEnd = (b: number) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Counts `<c …>` elements (and prefixed `<x:c …>`) in `buf`. A tag cut off by the end of the chunk
 * is not decided here: its bytes are returned as `pending`, to be put before the next chunk.
 */
function cellTags(buf: Uint8Array): { count: number; pending: Uint8Array } {
  let count = 0;
  for (let i = buf.indexOf(LT); i >= 0; i = buf.indexOf(LT, i + 1)) {
    let j = i + 1;
    // A prefixed name (<x:c): skip the prefix, at most a few letters.
    if (buf[j] !== C) {
      while (j < buf.length && j < i + 12 && buf[j] !== COLON && buf[j] !== LT && !isEnd(buf[j]!)) j++;
      if (j >= buf.length) return { count, pending: buf.slice(i) };
      if (buf[j] !== COLON) continue;
      j++;
    }
    if (j + 1 >= buf.length) return { count, pending: buf.slice(i) };
    if (buf[j] === C && isEnd(buf[j + 1]!)) count++;
  }
  return { count, pending: new Uint8Array(0) };
}

/** Counts the cells of one deflated or stored worksheet entry as a stream. */
async function countEntryCells(data: Uint8Array, method: number, maxCells: number): Promise<number> {
  if (method === 0) return cellTags(data).count;
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let cells = 0;
  let pending: Uint8Array = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return cells;
      let buf: Uint8Array = value;
      if (pending.length > 0) {
        buf = new Uint8Array(pending.length + value.length);
        buf.set(pending);
        buf.set(value, pending.length);
      }
      const r = cellTags(buf);
      cells += r.count;
      pending = r.pending;
      if (cells > maxCells) {
        await reader.cancel().catch(() => undefined);
        return cells;
      }
    }
  } catch {
    // A corrupt stream: exceljs reports it in its own words.
    return cells;
  }
}

/** A cell's plain value: a number, a string, a boolean or null — whatever exceljs made of it. */
export function plain(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "（无效日期）" : v.toISOString().slice(0, 10);
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((r) => plain((r as { text?: unknown }).text) ?? "").join("");
  if ("formula" in o || "sharedFormula" in o) return plain(o.result);
  if ("error" in o) return String(o.error);
  if ("text" in o) return plain(o.text); // a hyperlink; its text may itself be rich text
  return null;
}

/** A date, also as a formula's result: exceljs makes one of every number in a date-formatted cell. */
function isDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  return typeof v === "object" && v !== null && "result" in v && (v as { result: unknown }).result instanceof Date;
}

/** What to add when a value that cannot be checked is a date. */
const DATE_HINT = "（该单元格是日期格式：若填的是数值，请把单元格格式改为“常规”或“百分比”）";

/** A sheet as the checks read it: only the rows and columns that hold something. */
export interface SheetGrid {
  /**
   * Rows by sheet row (index 0 is row 1; rows without cells are empty), columns compacted. A cell
   * that does not exist is a hole (reads as undefined), so a row costs only the cells it has.
   */
  values: (string | number | boolean | null)[][];
  formats: (string | null)[][];
  /** Grid column → sheet column (0-based: 0 is A). */
  columns: number[];
  /** Cells covered by a merge (not its first cell), by `row:gridColumn` → the merge's first cell. */
  mergedInto: Map<string, string>;
  /** Cells that hold a date (`row:gridColumn`): read as text, and named as dates when they cannot be checked. */
  dates: Set<string>;
}

/** The cells of a sheet as a grid of plain values and a grid of number formats (0-based). */
export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  // Pass 1: the cells that exist, and the columns they use.
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: (string | number | boolean | null)[] = [];
  const fmts: (string | null)[] = [];
  const masters: (string | null)[] = [];
  const dated: boolean[] = [];
  const used = new Set<number>();
  const fixes = formatFixes.get(ws.workbook);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const covered = cell.isMerged && cell.master && cell.master !== cell;
      rows.push(r - 1);
      cols.push(c - 1);
      vals.push(covered ? null : plain(cell.value));
      fmts.push((fixes && cell.numFmt ? fixes.get(cell.numFmt) : undefined) ?? cell.numFmt ?? null);
      masters.push(covered ? cell.master.address : null);
      dated.push(!covered && isDate(cell.value));
      used.add(c - 1);
    });
  });
  // Pass 2: wholly empty columns left out; rows keep their numbers (headers and gaps mean something).
  const columns = [...used].sort((a, b) => a - b);
  const gridColumn = new Map(columns.map((c, i) => [c, i]));
  const values: SheetGrid["values"] = [];
  const formats: SheetGrid["formats"] = [];
  const mergedInto = new Map<string, string>();
  const dates = new Set<string>();
  const height = rows.length > 0 ? rows[rows.length - 1]! + 1 : 0;
  for (let r = 0; r < height; r++) {
    values.push([]);
    formats.push([]);
  }
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const c = gridColumn.get(cols[k]!)!;
    // No filling of the gaps: a row with cells in A and in the 16,000th used column holds two.
    values[r]![c] = vals[k]!;
    formats[r]![c] = fmts[k]!;
    if (masters[k]) mergedInto.set(`${r}:${c}`, masters[k]!);
    if (dated[k]) dates.add(`${r}:${c}`);
  }
  return { values, formats, columns, mergedInto, dates };
}

function finding(file: string, sheet: string, cell: string, entry: Indicator, ev: ReturnType<typeof evaluate>): Finding {
  return { file, sheet, cell, city: entry.city, indicator: entry.name, target: formatTarget(entry), actual: ev.actual, status: STATUS_LABEL[ev.status], gap: ev.gap };
}

/** Why a value could not be read, as a sentence: an ActualValueError's own, or a generic one. */
function valueProblem(e: unknown): string {
  if (e instanceof ActualValueError) return e.message;
  return `实际值无法读取（${e instanceof Error ? e.message : String(e)}），本行未检查`;
}

/**
 * Checks every visible sheet of a workbook. `options.defaultCity` is the city of sheets that name
 * none; `options.only` reports one city's rows. (A City as the 4th argument is the default city.)
 */
export function checkWorkbook(wb: ExcelJS.Workbook, file: string, index: CatalogIndex, options: CheckOptions | City | null = {}): CheckResult {
  const opts: CheckOptions = options === null ? {} : "code" in options ? { defaultCity: options as City } : (options as CheckOptions);
  const only = opts.only ?? null;
  const defaultCity = opts.defaultCity ?? only;
  const result: CheckResult = { findings: [], problems: [], skipped: [] };
  const tooLarge = leftOut.get(wb) ?? [];
  for (const message of tooLarge) result.problems.push({ file, sheet: null, message: `${file}：${message}` });
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  let tables = 0;
  for (const ws of wb.worksheets) {
    if (ws.state === "hidden" || ws.state === "veryHidden") continue;
    const grid = leanSheets.get(wb)?.get(ws.name) ?? sheetGrid(ws);
    const { values, formats, columns } = grid;
    const address = (r: number, c: number) => `${columnLetter(columns[c] ?? c)}${r + 1}`;
    const problem = (message: string) => result.problems.push({ file, sheet: ws.name, message });
    // Our 汇总 sheet and a consolidated report's sheets hold counts and copies, not returns.
    if (isSummaryGrid(values) || isReportGrid(values)) continue;
    if (isTemplateGrid(values) && HEADERS.every((_, i) => columns[i] === i)) {
      tables++;
      const idCol = HEADERS.indexOf("指标ID");
      const actualCol = HEADERS.indexOf("实际值");
      let otherCity: string | null = null;
      let ours = 0;
      for (let r = FIRST_DATA_ROW - 1; r < values.length; r++) {
        const id = values[r]?.[idCol];
        if (id === null || id === undefined || id === "") continue;
        const entry = byId.get(String(id));
        const cell = `${COLUMNS.actual}${r + 1}`;
        if (only && entry && entry.city !== only.name) {
          otherCity = entry.city;
          continue;
        }
        ours++;
        if (!entry) {
          problem(`${ws.name}!${cell}: 指标ID ${String(id)} 不在目录中`);
          continue;
        }
        const actual = values[r]?.[actualCol] ?? null;
        try {
          const ev = evaluate(entry, actual, { percentFormatted: isPercentFormat(formats[r]?.[actualCol] ?? null) });
          result.findings.push(finding(file, ws.name, cell, entry, ev));
          if (ev.warning) problem(`${ws.name}!${cell}: ${ev.warning}`);
          // The sheet's own formula shows 请填数值 for a number stored as text; say why the two differ.
          if (entry.comparator !== "qualitative" && typeof actual === "string" && actual.trim() !== "") {
            problem(`${ws.name}!${cell}: 实际值“${actual.slice(0, 20)}”是文本，表中“完成情况”显示“请填数值”；已按数值检查，请改为数字`);
          }
        } catch (e) {
          problem(`${ws.name}!${cell}: ${valueProblem(e)}${grid.dates.has(`${r}:${actualCol}`) ? DATE_HINT : ""}`);
        }
      }
      reportMergedValues(ws.name, grid, { firstDataRow: FIRST_DATA_ROW - 1, lastDataRow: values.length - 1, valueColumn: actualCol }, address, problem);
      if (ours === 0 && otherCity) result.skipped.push({ file, sheet: ws.name, message: `${ws.name} 是${otherCity}的表，不是${only!.name}的，已跳过` });
      continue;
    }
    const table = detectTable(values, index);
    if (!table) continue;
    tables++;
    const byName = (name: string | null) => (name ? index.cities().find((c) => c.name === name) ?? null : null);
    const sheetCity = byName(guessCityByTitle(values, table.headerRow, index)) ?? defaultCity ?? byName(table.cityGuess);
    if (!sheetCity) {
      problem(`${ws.name}: 无法判断城市，请用 --default-city 指定`);
      continue;
    }
    if (only && sheetCity.name !== only.name) {
      result.skipped.push({ file, sheet: ws.name, message: `${ws.name} 是${sheetCity.name}的表，不是${only.name}的，已跳过（若它其实是${only.name}的，请在表头写明城市）` });
      continue;
    }
    for (const row of checkGrid(values, formats, table, sheetCity, index)) {
      const cell = address(row.row, table.valueColumn);
      if (row.entry && row.evaluation) {
        result.findings.push(finding(file, ws.name, cell, row.entry, row.evaluation));
        // Graded as read, but implausible (a rate above 100 %): say so beside the grade.
        if (row.evaluation.warning) problem(`${ws.name}!${cell}: ${row.evaluation.warning}`);
      } else if (row.entry) problem(`${ws.name}!${cell}: ${row.error}${grid.dates.has(`${row.row}:${table.valueColumn}`) ? DATE_HINT : ""}`);
      else problem(`${ws.name}!${address(row.row, table.nameColumn)}: ${row.error}`);
    }
    reportMergedValues(ws.name, grid, table, address, problem);
  }
  if (tables === 0 && tooLarge.length === 0) result.problems.push({ file, sheet: null, message: `${file} 中没有可识别的指标表（需要“指标”列和“实际值/完成值/年份”列）` });
  return result;
}

/** Merged cells in the value column: the value counts for the merge's first row only. */
function reportMergedValues(sheet: string, grid: SheetGrid, table: Pick<DetectedTable, "firstDataRow" | "lastDataRow" | "valueColumn">, address: (r: number, c: number) => string, problem: (m: string) => void): void {
  const covered = new Map<string, number[]>();
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const master = grid.mergedInto.get(`${r}:${table.valueColumn}`);
    if (!master) continue;
    const list = covered.get(master) ?? [];
    list.push(r);
    covered.set(master, list);
  }
  for (const [master, rows] of covered) {
    const cells = rows.map((r) => address(r, table.valueColumn)).join("、");
    problem(`${sheet}!${master} 是合并单元格（含 ${cells}）：它的值只计入第一行，${cells} 按空白（无数据）处理；请取消合并，每行填自己的实际值`);
  }
}
