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
 * Content controls (`w:sdt`), smart tags, hyperlinks and tracked insertions are read through.
 */
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
}

/** Paragraph styles by id: name, parent, and outline level (0-based as Word stores it). */
function readStyles(doc: Document | null): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!doc) return styles;
  for (const s of children(doc.documentElement!)) {
    if (s.localName !== "style" || attr(s, "type") !== "paragraph") continue;
    const id = attr(s, "styleId");
    if (!id) continue;
    const outline = attr(child(child(s, "pPr") ?? s, "outlineLvl"), "val");
    styles.set(id, {
      name: (attr(child(s, "name"), "val") ?? id).toLowerCase(),
      basedOn: attr(child(s, "basedOn"), "val"),
      outline: outline !== null && child(s, "pPr") ? Number(outline) : null,
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

/** A cell's text: its paragraphs (and nested tables' text) on one line. */
function cellText(tc: Element): string {
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const c of children(node)) {
      if (c.namespaceURI === W && c.localName === "p") parts.push(...paragraphLines(c));
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

function readTable(tbl: Element): DraftBlock | null {
  const rows: string[][] = [];
  let header: string[] | null = null;
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
      let text = cellText(tc);
      if (vMerge && attr(vMerge, "val") !== "restart") text = above[col] ?? text;
      above[col] = text;
      row.push(text);
      for (let k = 1; k < span; k++) {
        above[col + k] = "";
        row.push("");
      }
    }
    if (row.every((c) => c === "")) continue;
    if (isHeader && header === null) header = row;
    // The header row typed again after a page break: once is enough.
    if (header !== null && row !== header && row.join("\u0000") === header.join("\u0000")) continue;
    if (header === null && rows.length === 0) header = row;
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push("");
  return { kind: "table", rows };
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

/** Body content in order: paragraphs and tables, through content controls and tracked insertions. */
function readBody(node: Element, styles: Map<string, Style>, out: DraftBlock[], title: { text: string | null }): void {
  for (const c of children(node)) {
    if (c.namespaceURI !== W) continue;
    if (c.localName === "p") {
      const pPr = child(c, "pPr");
      const styleId = attr(child(pPr ?? c, "pStyle"), "val");
      const own = pPr ? attr(child(pPr, "outlineLvl"), "val") : null;
      const level = headingLevelOf(styleId, own, styles);
      const lines = paragraphLines(c);
      if (lines.length === 0) continue;
      if (title.text === null && isTitleStyle(styleId, styles)) title.text = lines.join("");
      for (const line of lines) {
        // Without a heading style, a heading marker (一、 （一） 1.) makes a heading, as in plain text.
        const marked = level > 0 ? level : headingLevel(line);
        out.push(marked > 0 ? { kind: "heading", level: marked, text: line } : { kind: "paragraph", text: line });
      }
    } else if (c.localName === "tbl") {
      const table = readTable(c);
      if (table) out.push(table);
    } else if (c.localName === "sdt" || c.localName === "sdtContent" || c.localName === "customXml" || c.localName === "ins" || c.localName === "smartTag") {
      readBody(c, styles, out, title);
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
    throw new DocxError(`无法打开压缩包（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）`);
  }
  const main = await mainPart(zip);
  const file = zip.file(main);
  if (!file) throw new DocxError("缺少 word/document.xml，不是 Word 文档");
  const doc = parseXml(await file.async("string"), main);
  const stylesFile = zip.file(main.replace(/[^/]+$/, "styles.xml"));
  const styles = readStyles(stylesFile ? parseXml(await stylesFile.async("string"), "styles.xml") : null);
  const body = children(doc.documentElement!).find((c) => c.localName === "body");
  if (!body) throw new DocxError("word/document.xml 没有正文");
  const blocks: DraftBlock[] = [];
  const title = { text: null as string | null };
  readBody(body, styles, blocks, title);
  return { blocks, title: title.text };
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
