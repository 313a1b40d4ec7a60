/**
 * The document model every input produces (plain text, .docx, .pdf) and the extractor reads. Pure.
 *
 * A plan is a sequence of blocks: headings with their level, paragraphs, and tables with rows and
 * cells. `text` is the whole document as the review shows it: blocks in order, one per line, a table
 * row as its cells joined by " | ". Every `offset` points into `text` (UTF-16 code units), so a
 * quote is always `text.slice(offset, offset + quote.length)` whatever the input format was.
 */

export interface TextSpan {
  /** The block's or cell's text exactly as it stands in `PlanDocument.text` at `offset`. */
  text: string;
  offset: number;
}

export interface HeadingBlock extends TextSpan {
  kind: "heading";
  /** 1 = 一、 or Word's Heading 1; 2 = （一） or Heading 2; 3 = 1. ; 4 = a caption such as "主要指标". */
  level: number;
}

export interface ParagraphBlock extends TextSpan {
  kind: "paragraph";
}

export type TableCell = TextSpan;

export interface TableBlock {
  kind: "table";
  offset: number;
  /** Rows in order, header rows included; a header repeated on a later page is dropped by the reader. */
  rows: TableCell[][];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface PlanDocument {
  text: string;
  blocks: Block[];
  /** utf-8, gb18030, utf-16le, utf-16be, docx, pdf, or text (a string given directly). */
  format: string;
  /** The plan's title where the reader can tell it (first heading / title-styled paragraph), else null. */
  title: string | null;
  /** What the reader did that the user should know (in Chinese): an encoding fallback, pages read, … */
  notes: string[];
}
