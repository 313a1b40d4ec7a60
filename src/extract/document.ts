/**
 * Plan documents (bytes) → the document model (model.ts). Pure: runs in `qc extract` and in the pane.
 *
 * - Plain text: decoded by byte-order mark, then strict UTF-8, then GB18030 where that is plausible
 *   (text.ts, which says what it did), then read by `textDocument`.
 * - Word .docx: the document's own paragraphs, heading levels and tables (docx.ts), after the zip's
 *   expanded size is bounded (zip.ts).
 * - PDF with a text layer: lines and table columns recovered from the text positions (pdf.ts).
 * The .docx and PDF readers are loaded only when such a file arrives, so the pane's first load stays
 * small. Refuses what is not a plan, with a sentence in Chinese: empty, binary, legacy .doc, scanned
 * or encrypted PDF, zip bombs, anything far larger than a plan.
 */
import { ownDetail } from "../catalog/messages";
import type { Block, PlanDocument, TableCell } from "./model";
import { decodeText, EncodingError, looksBinary } from "./text";
import { textDocument } from "./textmodel";

/** Plans are tens of KB of text; a .docx or PDF with images a few MB. Beyond this it is not a plan. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Text beyond this many characters would freeze a review table; no plan comes near it. */
export const MAX_TEXT_CHARS = 1_000_000;
/** What a plan's .docx may expand to: its XML is a few MB even with many tables; images add some. */
export const MAX_DOCX_EXPANDED_BYTES = 100 * 1024 * 1024;

export class DocumentError extends Error {
  override readonly name = "DocumentError";
}

/** The part of a read plan that callers of the first version used; every PlanDocument is one. */
export type PlanText = Pick<PlanDocument, "text" | "format">;

/** A block as a reader finds it, before it is placed in the document's text. */
export type DraftBlock = { kind: "heading"; level: number; text: string } | { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A PDF may carry a little junk before its header (the format allows it within the first KB). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head.subarray(i), PDF_MAGIC)) return true;
  return false;
}

const reason = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e));

/**
 * Places draft blocks in one text, as the model describes: one block per line, a table row as its
 * cells joined by " | ", every offset pointing at its text.
 */
export function assembleDocument(drafts: DraftBlock[], format: string, title: string | null, notes: string[]): PlanDocument {
  let text = "";
  const blocks: Block[] = [];
  const line = (s: string) => {
    const offset = text.length;
    text += `${s}\n`;
    return offset;
  };
  const clean = (s: string) => s.replace(/\s+/g, " ").trim();
  for (const d of drafts) {
    if (d.kind === "table") {
      const rows: TableCell[][] = [];
      let offset = -1;
      for (const r of d.rows) {
        const cells: TableCell[] = [];
        let at = text.length;
        r.forEach((raw, i) => {
          const c = clean(raw).replace(/\|/g, "｜");
          if (i > 0) at += 3;
          cells.push({ text: c, offset: at });
          at += c.length;
        });
        const start = line(cells.map((c) => c.text).join(" | "));
        if (offset < 0) offset = start;
        rows.push(cells);
      }
      if (rows.length) blocks.push({ kind: "table", offset, rows });
    } else {
      const t = clean(d.text);
      if (t === "") continue;
      const offset = line(t);
      blocks.push(d.kind === "heading" ? { kind: "heading", level: d.level, text: t, offset } : { kind: "paragraph", text: t, offset });
    }
  }
  const firstHeading = blocks.find((b) => b.kind === "heading");
  return { text, blocks, format, title: title ?? (firstHeading && firstHeading.kind === "heading" ? firstHeading.text : null), notes };
}

/** Reads a plan from bytes; `name` (a file name) names the file in messages. */
export async function readPlanDocument(bytes: Uint8Array, name = "document"): Promise<PlanDocument> {
  if (bytes.length === 0) throw new DocumentError(`${name} 是空文件`);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(`${name} 有 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${MAX_DOCUMENT_BYTES / 1048576} MB，不像是一份规划文本`);
  }
  let doc: PlanDocument;
  if (startsWith(bytes, ZIP_MAGIC)) doc = await docxDocument(bytes, name);
  else if (isPdf(bytes)) doc = await pdfDocument(bytes, name);
  else if (startsWith(bytes, OLE_MAGIC)) throw new DocumentError(`${name} 是旧版 Word (.doc) 或加密文件，请另存为 .docx 或 .txt`);
  else if (looksBinary(bytes)) throw new DocumentError(`${name} 不是文本文件（支持 .txt、.docx 和 .pdf）`);
  else doc = plainTextDocument(bytes, name);
  if (doc.text.trim() === "") throw new DocumentError(`${name} 没有文字内容`);
  if (doc.text.length > MAX_TEXT_CHARS) throw new DocumentError(`${name} 有 ${doc.text.length} 个字符，超过 ${MAX_TEXT_CHARS}，不像是一份规划文本`);
  return doc;
}

function plainTextDocument(bytes: Uint8Array, name: string): PlanDocument {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new DocumentError(`${name}：${e.message}`);
    throw e;
  }
  // Text that decodes to control characters is a binary file after all (a UTF-16 guess gone wrong).
  if (/[\u0000-\u0008\u000e-\u001f]/.test(decoded.text.slice(0, 8192))) throw new DocumentError(`${name} 不是文本文件（支持 .txt、.docx 和 .pdf）`);
  const doc = textDocument(decoded.text, decoded.encoding);
  return { ...doc, notes: [...decoded.notes, ...doc.notes] };
}

async function docxDocument(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  const { checkZipBounds } = await import("./zip");
  try {
    await checkZipBounds(bytes, name, { maxTotalBytes: MAX_DOCX_EXPANDED_BYTES, maxEntries: 5_000 });
  } catch (e) {
    throw new DocumentError(reason(e));
  }
  const { readDocx } = await import(/* webpackChunkName: "docx" */ "./docx");
  let content;
  try {
    content = await readDocx(bytes);
  } catch (e) {
    throw new DocumentError(`${name} 不是有效的 .docx 文件${ownDetail(e)}`);
  }
  return assembleDocument(content.blocks, "docx", content.title, []);
}

async function pdfDocument(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  const { readPdf, PdfError } = await import(/* webpackChunkName: "pdf" */ "./pdf");
  let content;
  try {
    content = await readPdf(bytes);
  } catch (e) {
    if (e instanceof PdfError) throw new DocumentError(`${name} ${e.message}`);
    throw new DocumentError(`${name} 无法读取${ownDetail(e)}，文件可能已损坏`);
  }
  return assembleDocument(content.blocks, "pdf", content.title, content.notes);
}
