/**
 * Plain text → the document model (see model.ts). Pure.
 *
 * One block per non-empty line, read in this order:
 * - consecutive lines of two or more `|`- or tab-separated cells are one table; a header row repeated
 *   after a page break (blank lines or a page number between) continues the table above it;
 * - a run of short lines that are an indicator table's header cells (序号 / 指标 / 单位 / 2020年 /
 *   2025年目标 / 属性), followed by the rows' cells one per line, is what copying a table out of Word
 *   or a PDF gives: the column count is the header's, the cells are regrouped into rows, a one-line
 *   row such as "一、经济发展" is a sub-category row, and a header repeated on a new page is dropped;
 * - a line with a heading marker (一、 （一） 1.) or a short caption ending in 指标/目标 is a heading;
 * - everything else is a paragraph.
 * Offsets point into the text as given.
 */
import type { Block, HeadingBlock, PlanDocument, TableBlock, TableCell } from "./model";

const HEADING_MARK_RE =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|第[一二三四五六七八九十]+[章节部分])/;

/** The heading level of a line (1 = 一、 / 第一章, 2 = （一）, 3 = 1. (1), 4 = caption), or 0. */
export function headingLevel(line: string): number {
  const t = line.trim();
  if (t.length === 0 || t.length > 60) return 0;
  const m = HEADING_MARK_RE.exec(t);
  if (!m) return /^[^，。,|\t]{2,20}(?:指标|目标)$/.test(t) ? 4 : 0;
  const mark = m[0].trim();
  const rest = t.slice(m[0].length);
  // A marker followed by a long sentence is a list item, not a heading.
  if (/[。；;]/.test(rest.slice(0, -1)) || rest.length > 40) return 0;
  if (/^第/.test(mark) || /^[一二三四五六七八九十]+[、.．]$/.test(mark)) return 1;
  if (/^[(（][一二三四五六七八九十]+[)）]$/.test(mark) || /^[一二三四五六七八九十]+[)）]$/.test(mark)) return 2;
  return 3;
}

interface Line {
  /** Trimmed text ("" for a blank line). */
  text: string;
  /** Offset of the trimmed text in the document. */
  offset: number;
  /** The line as written (without its \r). */
  raw: string;
  rawOffset: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const raw = text.slice(start, i).replace(/\r$/, "");
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), offset: start + lead, raw, rawOffset: start });
    start = i + 1;
  }
  return out;
}

const LIST_NUMBER_RE = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[章节部分]|[-—]{1,2})$/;

function cellsOf(line: string, offset: number): TableCell[] | null {
  const sep = line.includes("|") ? "|" : line.includes("\t") ? "\t" : null;
  if (!sep) return null;
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      const raw = line.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      cells.push({ text: raw.trim(), offset: offset + start + lead });
      start = i + 1;
    }
  }
  // "| a | b |" and "1 | a |": the empty cells outside outer bars are not cells; a leading empty cell
  // without a closing bar (" | 2023年 | 2025年", the second row of a two-row header) is one.
  const last = cells.length > 0 && cells[cells.length - 1]!.text === "";
  if (last && cells.length > 0 && cells[0]!.text === "") cells.shift();
  if (last) cells.pop();
  // "一、\t总体要求": Word puts a tab after a list number; that is a numbered line, not a row.
  if (sep === "\t" && cells.length > 0 && LIST_NUMBER_RE.test(cells[0]!.text)) return null;
  return cells.length >= 2 ? cells : null;
}

/** A page number or running footer a PDF or Word copy leaves between a table's pages: "- 12 -", "第3页". */
export function isPageMark(line: string): boolean {
  return /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/.test(line.trim());
}

const sameRow = (a: readonly TableCell[], b: readonly TableCell[]) =>
  a.length === b.length && a.every((c, i) => c.text.replace(/\s+/g, "") === b[i]!.text.replace(/\s+/g, ""));

// ---- tables flattened one cell per line -------------------------------------------------------------

/** Header cells of an indicator table, as they stand alone on a line when the table is copied out. */
const NAME_HEADER_RE = /^(?:指标|指标名称|主要指标|具体指标|项目|名称|指标内容)$/;
const OTHER_HEADER_RE =
  /^(?:序号|编号|类别|分类|领域|一级指标|二级指标|单位|计量单位|属性|指标属性|指标性质|性质|备注|说明|目标值|预期目标|基期值|基准值|现状值|目标|责任单位|牵头单位)$/;
/** A year column: 2020年, 2025年目标, 2020年(基期), 2021年基数, "十四五"目标… */
export const YEAR_HEADER_RE = /^(?:[^\d\s]{0,4})?(?:19|20)\d{2}\s*年?(?:底|末)?\s*(?:[(（]?[^\d]{0,6}[)）]?)$/;

function isHeaderCell(s: string): "name" | "value" | "other" | null {
  const t = s.replace(/\s+/g, "");
  if (t.length === 0 || t.length > 16) return null;
  if (NAME_HEADER_RE.test(t)) return "name";
  if (YEAR_HEADER_RE.test(t) || /^(?:目标值|预期目标|目标|基期值|现状值)$/.test(t) || /^[“"]?十[一二三四五六]五[”"]?(?:末|期末)?(?:目标|目标值|预期)?$/.test(t)) return "value";
  if (OTHER_HEADER_RE.test(t)) return "other";
  return null;
}

const MAX_COLUMNS = 16;

/** The number of header cells starting at line i (one per line), or 0 when these lines are no table header. */
function flatHeaderAt(lines: readonly Line[], i: number): number {
  let n = 0;
  let name = false;
  let value = false;
  // A table has at most a dozen or so columns: looking no further keeps this linear over the document.
  while (i + n < lines.length && n < MAX_COLUMNS) {
    const kind = isHeaderCell(lines[i + n]!.text);
    if (!kind || (kind === "name" && name)) break;
    if (kind === "name") name = true;
    if (kind === "value") value = true;
    n++;
  }
  return n >= 3 && name && value ? n : 0;
}

/** A row that spans the table: a sub-category ("一、经济发展", "（二）质量提升") in a table copied out. */
const CATEGORY_ROW_RE = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.．]?)\s*\S{2,20}$/;
/** A note under a table (注：…, ★为约束性指标); a row's name may itself start with ★. */
const NOTE_RE = /^(?:注|备注|说明)\s*[:：\d]|^[★☆*※][^，,]{0,6}(?:为|表示|是|指)/;

/**
 * Regroups the cells of a flattened table (header of n cells at `start`) into rows. Returns the table
 * and the index of the first line after it. A row must have a 序号 where the header has one, and no
 * cell may be a sentence; the first line that breaks the pattern ends the table.
 */
function flatTable(lines: readonly Line[], start: number, n: number): { table: TableBlock; next: number } {
  const header = lines.slice(start, start + n).map((l) => ({ text: l.text, offset: l.offset }));
  const seqCol = header.findIndex((c) => /^(?:序号|编号)$/.test(c.text.replace(/\s+/g, "")));
  const table: TableBlock = { kind: "table", offset: header[0]!.offset, rows: [header] };
  let j = start + n;
  let end = j;
  while (j < lines.length) {
    const line = lines[j]!;
    if (line.text === "" || isPageMark(line.text)) {
      j++;
      continue;
    }
    // The header again at the top of a new page.
    if (j + n <= lines.length && lines.slice(j, j + n).every((l, k) => l.text.replace(/\s+/g, "") === header[k]!.text.replace(/\s+/g, ""))) {
      j += n;
      end = j;
      continue;
    }
    if (NOTE_RE.test(line.text)) break;
    if (CATEGORY_ROW_RE.test(line.text) || (seqCol >= 0 && !/^\d{1,3}$/.test(line.text) && /^[^\d，。,；;]{2,16}$/.test(line.text) && isRowStartAt(lines, j + 1, seqCol))) {
      table.rows.push([{ text: line.text, offset: line.offset }]);
      j++;
      end = j;
      continue;
    }
    const row: TableCell[] = [];
    let k = j;
    // Blank lines inside a row are empty cells (what Word gives for an empty cell).
    while (row.length < n && k < lines.length) {
      const l = lines[k]!;
      if (row.length > 0 && isPageMark(l.text)) {
        k++;
        continue;
      }
      row.push({ text: l.text, offset: l.text === "" ? l.rawOffset : l.offset });
      k++;
    }
    if (row.length < n || !plausibleRow(row, seqCol)) break;
    table.rows.push(row);
    j = k;
    end = j;
  }
  return { table, next: end };
}

function isRowStartAt(lines: readonly Line[], i: number, seqCol: number): boolean {
  let k = i;
  while (k < lines.length && lines[k]!.text === "") k++;
  return seqCol === 0 && k < lines.length && /^\d{1,3}$/.test(lines[k]!.text);
}

function plausibleRow(row: readonly TableCell[], seqCol: number): boolean {
  if (seqCol >= 0 && !/^\d{1,3}$/.test(row[seqCol]!.text)) return false;
  // A cell is a short phrase or a value; a sentence means the table has ended.
  return row.every((c) => c.text.length <= 40 && !/[。；;]/.test(c.text)) && row.some((c) => /\d|全覆盖|前列|先进|消除|零/.test(c.text));
}

// ---- the document -----------------------------------------------------------------------------------

export function textDocument(text: string, format = "text"): PlanDocument {
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  /** The last table, and whether only blank lines and page marks have followed it. */
  let lastTable: TableBlock | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "") {
      table = null;
      continue;
    }
    const cells = cellsOf(line.raw, line.rawOffset);
    if (cells) {
      if (!table && lastTable && sameRow(lastTable.rows[0]!, cells)) {
        // The header repeated on a new page: the table goes on.
        table = lastTable;
        continue;
      }
      if (!table) {
        table = { kind: "table", offset: cells[0]!.offset, rows: [] };
        blocks.push(table);
        lastTable = table;
      } else if (table.rows.length > 0 && sameRow(table.rows[0]!, cells)) continue;
      table.rows.push(cells);
      continue;
    }
    // A sub-category row written as a line of its own inside a |-table ("一、品牌建设").
    if (table && CATEGORY_ROW_RE.test(line.text) && i + 1 < lines.length && cellsOf(lines[i + 1]!.raw, lines[i + 1]!.rawOffset)) {
      table.rows.push([{ text: line.text, offset: line.offset }]);
      continue;
    }
    table = null;
    // A page number between a table's pages ("12", "- 12 -") does not end it.
    if (lastTable && (isPageMark(line.text) || /^\d{1,4}$/.test(line.text))) continue;
    const n = flatHeaderAt(lines, i);
    if (n > 0) {
      const flat = flatTable(lines, i, n);
      if (flat.table.rows.length > 1) {
        blocks.push(flat.table);
        lastTable = flat.table;
        i = flat.next - 1;
        continue;
      }
    }
    lastTable = null;
    const level = headingLevel(line.text);
    if (level > 0) blocks.push({ kind: "heading", level, text: line.text, offset: line.offset } satisfies HeadingBlock);
    else blocks.push({ kind: "paragraph", text: line.text, offset: line.offset });
  }
  return { text, blocks, format, title: titleOf(blocks), notes: [] };
}

/** The plan's title: the first line when it names a plan (规划, 方案, 意见…) and is not a sentence. */
function titleOf(blocks: readonly Block[]): string | null {
  const first = blocks.find((b) => b.kind !== "table") as HeadingBlock | undefined;
  return first && /规划|方案|意见|计划|纲要|行动|通知/.test(first.text) && !/[。；;]/.test(first.text) ? first.text : null;
}
