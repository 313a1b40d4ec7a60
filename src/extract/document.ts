/**
 * Plan documents → text: plain text in UTF-8, UTF-16 or GB18030, and Word .docx (read with
 * mammoth, a maintained library, loaded only when a .docx arrives so the pane's first load stays
 * small). Refuses what is not a plan: binary files, empty text, anything far larger than a plan.
 * Works in Node and in the browser (bytes in, text out).
 */
import { decodeText, looksBinary } from "./text";

/** Plans are tens of KB of text; a .docx with images a few MB. Beyond this it is not a plan. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Text beyond this many characters would freeze a review table; no plan comes near it. */
export const MAX_TEXT_CHARS = 1_000_000;

export class DocumentError extends Error {
  override readonly name = "DocumentError";
}

export interface PlanText {
  text: string;
  /** utf-8, gb18030, utf-16le/be, or docx */
  format: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads a plan from bytes; `name` (a file name) only helps the error messages and the .docx check. */
export async function readPlanDocument(bytes: Uint8Array, name = "document"): Promise<PlanText> {
  if (bytes.length === 0) throw new DocumentError(`${name} 是空文件`);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(`${name} 有 ${(bytes.length / 1048576).toFixed(1)} MB，超过 ${MAX_DOCUMENT_BYTES / 1048576} MB，不像是一份规划文本`);
  }
  let result: PlanText;
  if (startsWith(bytes, ZIP_MAGIC)) {
    result = { text: await docxText(bytes, name), format: "docx" };
  } else if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocumentError(`${name} 是旧版 Word (.doc) 或加密文件，请另存为 .docx 或 .txt`);
  } else if (looksBinary(bytes)) {
    throw new DocumentError(`${name} 不是文本文件（支持 .txt 和 .docx）`);
  } else {
    const { text, encoding } = decodeText(bytes);
    result = { text, format: encoding };
  }
  if (result.text.trim() === "") throw new DocumentError(`${name} 没有文字内容`);
  if (result.text.length > MAX_TEXT_CHARS) throw new DocumentError(`${name} 有 ${result.text.length} 个字符，超过 ${MAX_TEXT_CHARS}，不像是一份规划文本`);
  return result;
}

async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const mammoth = await import("mammoth");
  const lib = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  try {
    // Node's mammoth takes a Buffer; the browser build an ArrayBuffer. Give each what it reads.
    const input =
      typeof Buffer !== "undefined"
        ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
        : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    const r = await lib.extractRawText(input as Parameters<typeof lib.extractRawText>[0]);
    // mammoth separates paragraphs with blank lines; one newline per paragraph is what the extractor expects.
    return r.value.replace(/\r\n?/g, "\n").replace(/\n{2,}/g, "\n");
  } catch (e) {
    throw new DocumentError(`${name} 不是有效的 .docx 文件（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）`);
  }
}
