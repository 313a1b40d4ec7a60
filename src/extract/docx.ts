/**
 * Word .docx → draft blocks, read from the document's own structure. Pure (JSZip and a JavaScript
 * XML parser; no DOM, no Node APIs), so it runs in `qc extract` and in the pane alike.
 *
 * word/document.xml, in body order:
 * - `w:p` paragraphs: the text of their runs (`w:t`, tabs, no-break hyphens; deleted text and field
 *   codes left out); a line break (`w:br`) inside a paragraph starts a new one.
 * - headings: a paragraph's outline level (`w:outlineLvl`, its own or its style's, following
 *   `w:basedOn`) or a style named "heading N" / "标题 N"; else a heading marker (一、 （一）) as in
 *   plain text. The Title style gives the plan's title.
 * - `w:tbl` tables: rows (`w:tr`) and cells (`w:tc`). A cell spanning columns (`w:gridSpan`) keeps its
 *   text in its first column and leaves the others empty, so every row has the grid's columns; a cell
 *   merged down (`w:vMerge`) repeats the text of the cell it continues, so every row reads on its own.
 *   A row marked as the header repeated on each page (`w:tblHeader`) is in the file once; a row that
 *   repeats the header's text later (a header typed again after a page break) is dropped.
 * - automatic numbering (numbering.xml): the number Word shows (一、 （二） 3.) is written before the
 *   paragraph's text, as a PDF of the document shows it; bullets are left out.
 * Content controls (`w:sdt`), smart tags, hyperlinks and tracked insertions are read through.
 */
import { ownDetail } from "../catalog/messages";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { DraftBlock } from "./document";
import { headingLevel } from "./textmodel";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export class DocxError extends Error {
  override readonly name = "DocxError";
}

/** The element children of a node. */
function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function child(node: Node, local: string): Element | undefined {
  return children(node).find((c) => c.localName === local && c.namespaceURI === W);
}

function attr(el: Element | undefined, local: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, local) || el.getAttribute(`w:${local}`) || null;
}

function parseXml(xml: string, part: string): Document {
  let fatal: string | null = null;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => undefined,
      fatalError: (msg: string) => {
        fatal = msg;
      },
    },
  }).parseFromString(xml, "text/xml");
  if (fatal !== null || !doc.documentElement) throw new DocxError(`${part} 不是有效的 XML`);
  return doc;
}

interface Style {
  name: string;
  basedOn: string | null;
  outline: number | null;
  /** List numbering the style applies (headings numbered 一、 by their style). */
  numId: string | null;
  ilvl: number;
}

/** Paragraph styles by id: name, parent, and outline level (0-based as Word stores it). */
function readStyles(doc: Document | null): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!doc) return styles;
  for (const s of children(doc.documentElement!)) {
    if (s.localName !== "style" || attr(s, "type") !== "paragraph") continue;
    const id = attr(s, "styleId");
    if (!id) continue;
    const pPr = child(s, "pPr");
    const outline = pPr ? attr(child(pPr, "outlineLvl"), "val") : null;
    const numPr = pPr ? child(pPr, "numPr") : undefined;
    styles.set(id, {
      name: (attr(child(s, "name"), "val") ?? id).toLowerCase(),
      basedOn: attr(child(s, "basedOn"), "val"),
      outline: outline !== null ? Number(outline) : null,
      numId: numPr ? attr(child(numPr, "numId"), "val") : null,
      ilvl: numPr ? Number(attr(child(numPr, "ilvl"), "val") ?? 0) || 0 : 0,
    });
  }
  return styles;
}

/** "heading 2", "Heading2", "标题 2" → 2; Word's outline levels 0–8 → 1–9 (9 is body text). */
function headingLevelOf(styleId: string | null, ownOutline: string | null, styles: Map<string, Style>): number {
  if (ownOutline !== null) {
    const n = Number(ownOutline);
    return n >= 0 && n < 9 ? n + 1 : 0;
  }
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); ) {
    seen.add(id);
    const s = styles.get(id);
    const byName = /^(?:heading|标题)\s*([1-9])$/.exec(s?.name ?? id.toLowerCase());
    if (byName) return Number(byName[1]);
    if (s?.outline !== null && s?.outline !== undefined) return s.outline >= 0 && s.outline < 9 ? s.outline + 1 : 0;
    id = s?.basedOn ?? null;
  }
  return 0;
}

function isTitleStyle(styleId: string | null, styles: Map<string, Style>): boolean {
  if (!styleId) return false;
  const name = styles.get(styleId)?.name ?? styleId.toLowerCase();
  return name === "title" || name === "标题";
}

/** The lines of a paragraph: its runs' text, split where a line break stands. */
function paragraphLines(p: Element): string[] {
  const lines = [""];
  const walk = (node: Element) => {
    for (const c of children(node)) {
      if (c.namespaceURI !== W) {
        // mc:AlternateContent carries the same content twice (Choice and Fallback): read one.
        if (c.localName === "AlternateContent") {
          const choice = children(c)[0];
          if (choice) walk(choice);
        } else if (c.localName !== "Fallback") walk(c);
        continue;
      }
      switch (c.localName) {
        case "t":
          lines[lines.length - 1] += c.textContent ?? "";
          break;
        case "tab":
        case "ptab":
          lines[lines.length - 1] += " ";
          break;
        case "noBreakHyphen":
          lines[lines.length - 1] += "-";
          break;
        case "sym": {
          const code = Number.parseInt(attr(c, "char") ?? "", 16);
          // Symbol-font characters (F000–F0FF) have no Unicode meaning; others are real characters.
          if (Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff)) lines[lines.length - 1] += String.fromCharCode(code);
          break;
        }
        case "br":
        case "cr":
          if (attr(c, "type") !== "page" && attr(c, "type") !== "column") lines.push("");
          break;
        // Not text: deleted runs, field codes, paragraph properties, footnote marks, drawings.
        case "del":
        case "delText":
        case "instrText":
        case "pPr":
        case "rPr":
        case "drawing":
        case "pict":
        case "object":
        case "footnoteReference":
        case "endnoteReference":
          break;
        default:
          walk(c);
      }
    }
  };
  walk(p);
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
}

/** A paragraph's lines, its list number (if any) before the first. */
function numberedLines(p: Element, ctx: Context): string[] {
  const lines = paragraphLines(p);
  const pPr = child(p, "pPr");
  const { numId, ilvl } = numberingOf(pPr, attr(child(pPr ?? p, "pStyle"), "val"), ctx.styles);
  const label = ctx.numbering.next(numId, ilvl);
  if (label !== "") lines[0] = withNumber(label, lines[0] ?? "");
  return lines;
}

/** A cell's text: its paragraphs (and nested tables' text) on one line. */
function cellText(tc: Element, ctx: Context): string {
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const c of children(node)) {
      if (c.namespaceURI === W && c.localName === "p") parts.push(...numberedLines(c, ctx));
      else if (c.namespaceURI === W && c.localName === "tcPr") continue;
      else walk(c);
    }
  };
  walk(tc);
  // Pieces of Chinese text join directly (a heading wrapped in its cell); others with a space.
  let out = "";
  for (const part of parts) {
    const cjk = /[\u3000-\u9fff\uff00-\uffef]$/.test(out) && /^[\u3000-\u9fff\uff00-\uffef]/.test(part);
    out += out === "" || cjk ? part : ` ${part}`;
  }
  return out.replace(/\|/g, "｜");
}

function readTable(tbl: Element, ctx: Context): DraftBlock | null {
  const rows: string[][] = [];
  let headerRows = 0; // leading rows marked w:tblHeader
  // Per grid column: the text of the cell a vertically merged cell continues.
  const above: string[] = [];
  for (const tr of rowsOf(tbl)) {
    const trPr = child(tr, "trPr");
    const headerMark = trPr ? child(trPr, "tblHeader") : undefined;
    const isHeader = headerMark !== undefined && !["0", "false", "off"].includes(attr(headerMark, "val") ?? "");
    const trGridBefore = Number(attr(child(trPr ?? tr, "gridBefore"), "val") ?? 0) || 0;
    const row: string[] = Array.from({ length: trGridBefore }, () => "");
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, "tcPr");
      const span = Math.max(1, Number(attr(child(tcPr ?? tc, "gridSpan"), "val") ?? 1) || 1);
      const vMerge = tcPr ? child(tcPr, "vMerge") : undefined;
      const col = row.length;
      let text = cellText(tc, ctx);
      if (vMerge && attr(vMerge, "val") !== "restart") text = above[col] ?? text;
      above[col] = text;
      row.push(text);
      for (let k = 1; k < span; k++) {
        above[col + k] = "";
        row.push("");
      }
    }
    if (row.every((c) => c === "")) continue;
    if (isHeader && headerRows === rows.length) headerRows++;
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push("");
  return { kind: "table", rows: withoutRepeatedHeader(rows, Math.max(1, headerRows)) };
}

const sameRow = (a: string[] | undefined, b: string[] | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((c, i) => c === b[i]);

/** The header (its first `size` rows) typed again further down (after a page break): once is enough. */
export function withoutRepeatedHeader(rows: string[][], size: number): string[][] {
  const out = rows.slice(0, size);
  for (let i = size; i < rows.length; ) {
    let k = 0;
    while (k < size && sameRow(rows[i + k], rows[k])) k++;
    if (k === size) i += size;
    else out.push(rows[i++]!);
  }
  return out;
}

/** Rows of a table, read through content controls and custom XML around them. */
function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tbl)) {
    if (c.localName === "tr") out.push(c);
    else if (c.localName === "sdt" || c.localName === "customXml" || c.localName === "sdtContent") out.push(...rowsOf(c));
  }
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tr)) {
    if (c.localName === "tc") out.push(c);
    else if (c.localName === "sdt" || c.localName === "customXml" || c.localName === "sdtContent") out.push(...cellsOf(c));
  }
  return out;
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/**
 * Word's automatic numbering (numbering.xml): per list (numId) its levels' format (decimal,
 * chineseCounting → 一, …), text ("%1、", "（%1）") and start. Bullets are not numbers and are left out.
 */
class Numbering {
  private readonly lists = new Map<string, Map<number, Level>>();
  private readonly counters = new Map<string, number[]>();

  constructor(doc: Document | null) {
    if (!doc) return;
    const abstracts = new Map<string, Map<number, Level>>();
    const nums: Element[] = [];
    for (const el of children(doc.documentElement!)) {
      if (el.localName === "abstractNum") abstracts.set(attr(el, "abstractNumId") ?? "", Numbering.levels(el));
      else if (el.localName === "num") nums.push(el);
    }
    for (const num of nums) {
      const levels = new Map(abstracts.get(attr(child(num, "abstractNumId"), "val") ?? "") ?? []);
      for (const o of children(num).filter((e) => e.localName === "lvlOverride")) {
        const ilvl = Number(attr(o, "ilvl") ?? 0);
        const start = attr(child(o, "startOverride"), "val");
        const lvl = child(o, "lvl") ? Numbering.levels(o).get(ilvl) : undefined;
        const base = lvl ?? levels.get(ilvl);
        if (base) levels.set(ilvl, { ...base, start: start !== null ? Number(start) : base.start });
      }
      this.lists.set(attr(num, "numId") ?? "", levels);
    }
  }

  private static levels(el: Element): Map<number, Level> {
    const out = new Map<number, Level>();
    for (const lvl of children(el).filter((e) => e.localName === "lvl")) {
      out.set(Number(attr(lvl, "ilvl") ?? 0), {
        fmt: attr(child(lvl, "numFmt"), "val") ?? "decimal",
        text: attr(child(lvl, "lvlText"), "val") ?? "",
        start: Number(attr(child(lvl, "start"), "val") ?? 1),
      });
    }
    return out;
  }

  /** The number a paragraph of this list and level shows ("一、"), counting on; "" for bullets and no list. */
  next(numId: string | null, ilvl: number): string {
    const levels = numId ? this.lists.get(numId) : undefined;
    const level = levels?.get(ilvl);
    if (!numId || numId === "0" || !levels || !level || level.fmt === "bullet" || level.fmt === "none") return "";
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    counts.length = ilvl + 1; // deeper levels start again
    this.counters.set(numId, counts);
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = levels.get(i);
      return formatNumber(counts[i] ?? l?.start ?? 1, l?.fmt ?? "decimal");
    });
  }
}

const CN_DIGITS = "零一二三四五六七八九";

function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographTraditional":
    case "japaneseCounting":
      return chineseNumber(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "upperLetter":
    case "lowerLetter": {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === "upperLetter" ? letter : letter.toLowerCase();
    }
    case "upperRoman":
    case "lowerRoman": {
      let r = "";
      let m = n;
      for (const [v, s] of [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]] as const) {
        while (m >= v) (r += s), (m -= v);
      }
      return fmt === "upperRoman" ? r : r.toLowerCase();
    }
    default:
      return String(n);
  }
}

/** The list a paragraph belongs to: its own w:numPr, else its style's (following w:basedOn). */
function numberingOf(pPr: Element | undefined, styleId: string | null, styles: Map<string, Style>): { numId: string | null; ilvl: number } {
  const numPr = pPr ? child(pPr, "numPr") : undefined;
  if (numPr) return { numId: attr(child(numPr, "numId"), "val"), ilvl: Number(attr(child(numPr, "ilvl"), "val") ?? 0) || 0 };
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn ?? null) {
    seen.add(id);
    const s = styles.get(id);
    if (s?.numId) return { numId: s.numId, ilvl: s.ilvl };
  }
  return { numId: null, ilvl: 0 };
}

/** A list number before its text: directly after Chinese punctuation (一、总体要求), else with a space (1. Scope). */
function withNumber(label: string, text: string): string {
  if (label === "") return text;
  return /[\u3000-\u9fff\uff00-\uffef]$/.test(label) ? label + text : `${label} ${text}`;
}

interface Context {
  styles: Map<string, Style>;
  numbering: Numbering;
  title: string | null;
}

/** Body content in order: paragraphs and tables, through content controls and tracked insertions. */
function readBody(node: Element, ctx: Context, out: DraftBlock[]): void {
  const { styles } = ctx;
  for (const c of children(node)) {
    if (c.namespaceURI !== W) continue;
    if (c.localName === "p") {
      const pPr = child(c, "pPr");
      const styleId = attr(child(pPr ?? c, "pStyle"), "val");
      const own = pPr ? attr(child(pPr, "outlineLvl"), "val") : null;
      const level = headingLevelOf(styleId, own, styles);
      const lines = numberedLines(c, ctx);
      if (lines.length === 0) continue;
      if (ctx.title === null && isTitleStyle(styleId, styles)) ctx.title = lines.join("");
      for (const line of lines) {
        // Without a heading style, a heading marker (一、 （一） 1.) makes a heading, as in plain text.
        const marked = level > 0 ? level : headingLevel(line);
        out.push(marked > 0 ? { kind: "heading", level: marked, text: line } : { kind: "paragraph", text: line });
      }
    } else if (c.localName === "tbl") {
      const table = readTable(c, ctx);
      if (table) out.push(table);
    } else if (c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml" || c.localName === "ins" || c.localName === "smartTag") {
      readBody(c, ctx, out);
    }
  }
}

export interface DocxContent {
  blocks: DraftBlock[];
  title: string | null;
}

/** Reads a .docx's paragraphs, headings and tables. The caller bounds the zip first (checkZipBounds). */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new DocxError(`无法打开压缩包${ownDetail(e)}`);
  }
  const main = await mainPart(zip);
  const file = zip.file(main);
  if (!file) throw new DocxError("缺少 word/document.xml，不是 Word 文档");
  const doc = parseXml(await file.async("string"), main);
  const stylesFile = zip.file(main.replace(/[^/]+$/, "styles.xml"));
  const styles = readStyles(stylesFile ? parseXml(await stylesFile.async("string"), "styles.xml") : null);
  const body = children(doc.documentElement!).find((c) => c.localName === "body");
  if (!body) throw new DocxError("word/document.xml 没有正文");
  const numberingFile = zip.file(main.replace(/[^/]+$/, "numbering.xml"));
  const numbering = new Numbering(numberingFile ? parseXml(await numberingFile.async("string"), "numbering.xml") : null);
  const blocks: DraftBlock[] = [];
  const ctx: Context = { styles, numbering, title: null };
  readBody(body, ctx, blocks);
  return { blocks, title: ctx.title };
}

/** The main document part named by the package relationships (word/document.xml in practice). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (rels) {
    const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(await rels.async("string"));
    const target = m && /Target="\/?([^"]+)"/.exec(m[0])?.[1];
    if (target && zip.file(target)) return target;
  }
  return "word/document.xml";
}
