/**
 * The layouts a plan's indicator table reaches us in, made from one table written with `|` rows
 * (docs/*-table.txt). Pure: text in, text out.
 *
 * - "pipe": as stored, `序号 | 指标 | 单位 | 2025年目标` per row;
 * - "tab": the same rows with tab-separated cells (a table copied out of Excel or WPS);
 * - "flat": one cell per line, the header's cells first, then each row's (a table copied out of
 *   Word or a PDF viewer: every cell becomes its own paragraph);
 * - "flat-paged": the same, copied out of a PDF whose table breaks across a page: after half the
 *   rows come the page's number ("— 2 —") and the header's cells again.
 * Lines that are not table rows (title, caption, prose) are kept as they are.
 */
export type TextVariant = "pipe" | "tab" | "flat" | "flat-paged";

export const TEXT_VARIANTS: readonly TextVariant[] = ["pipe", "tab", "flat", "flat-paged"];

/** The cells of a `|` row, or null when the line is not one. */
export function pipeCells(line: string): string[] | null {
  if (!line.includes("|")) return null;
  const cells = line.split("|").map((c) => c.trim());
  if (cells[0] === "") cells.shift();
  if (cells[cells.length - 1] === "") cells.pop();
  return cells.length >= 2 ? cells : null;
}

export function tableVariant(text: string, variant: TextVariant): string {
  if (variant === "pipe") return text;
  const lines = text.split("\n");
  // Where a page break falls in a paged copy: after half of the first table's body rows.
  const rows = lines.flatMap((line, i) => (pipeCells(line) ? [i] : []));
  const header = rows[0];
  const breakAfter = rows.length >= 3 ? rows[Math.floor((rows.length - 1) / 2)] : undefined;
  return lines
    .flatMap((line, i) => {
      const cells = pipeCells(line);
      if (!cells) return [line];
      if (variant === "tab") return [cells.join("\t")];
      if (variant === "flat-paged" && i === breakAfter && header !== undefined) return [...cells, "— 2 —", ...pipeCells(lines[header]!)!];
      return cells;
    })
    .join("\n");
}

/** A document's blocks for writing a .docx: paragraphs (with a heading level or none) and tables. */
export type DocxBlock = { kind: "paragraph"; text: string; heading: number } | { kind: "table"; rows: string[][] };

const H1 = /^[一二三四五六七八九十]+、/;
const H2 = /^[（(][一二三四五六七八九十]+[)）]/;

export function docxBlocks(text: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const cells = pipeCells(line);
    const last = blocks[blocks.length - 1];
    if (cells) {
      if (last?.kind === "table") last.rows.push(cells);
      else blocks.push({ kind: "table", rows: [cells] });
      continue;
    }
    const t = line.trim();
    const heading = t.length <= 30 && H1.test(t) ? 1 : t.length <= 30 && H2.test(t) ? 2 : 0;
    blocks.push({ kind: "paragraph", text: t, heading });
  }
  return blocks;
}
