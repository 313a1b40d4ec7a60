/**
 * Plain text → the document model (see model.ts). Pure.
 *
 * One block per non-empty line. A line with a heading marker (一、 （一） 1.) or a short caption
 * ending in 指标/目标 is a heading; consecutive lines of two or more `|`- or tab-separated cells are
 * one table; everything else is a paragraph. Offsets point into the text as given.
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
  // "| a | b |": the empty cells outside the outer bars are not cells.
  if (cells.length > 0 && cells[0]!.text === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === "") cells.pop();
  return cells.length >= 2 ? cells : null;
}

export function textDocument(text: string, format = "text"): PlanDocument {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const raw = text.slice(start, i).replace(/\r$/, "");
    const lineStart = start;
    start = i + 1;
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === "") {
      table = null;
      continue;
    }
    const cells = cellsOf(raw, lineStart);
    if (cells) {
      if (!table) {
        table = { kind: "table", offset: cells[0]!.offset, rows: [] };
        blocks.push(table);
      }
      table.rows.push(cells);
      continue;
    }
    table = null;
    const level = headingLevel(line);
    const offset = lineStart + lead;
    if (level > 0) blocks.push({ kind: "heading", level, text: line, offset } satisfies HeadingBlock);
    else blocks.push({ kind: "paragraph", text: line, offset });
  }
  const first = blocks.find((b) => b.kind !== "table") as HeadingBlock | undefined;
  const title = first && /规划|方案|意见|计划|纲要|行动|通知/.test(first.text) && !/[。；;]/.test(first.text) ? first.text : null;
  return { text, blocks, format, title, notes: [] };
}
