/**
 * Character-level helpers for plan text. Everything keeps string length unchanged so that an
 * offset found in normalised text is the same offset in the original document (quotes are cut
 * from the original, offsets point into it).
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～

/** Full-width ASCII forms (０-９, Ａ-Ｚ, ％, （）, ．…) and a few look-alikes to their half-width forms, one char for one char. */
export function normalizeChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " "; // ideographic space
    else if (c === 0x2014 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0xff0d) out += "-"; // dashes
    else if (c === 0x3007) out += "〇";
    else out += text[i];
  }
  return out;
}

/** True when a buffer is almost certainly not text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.05;
}

/**
 * Decodes plan text: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (which
 * covers GBK and GB2312, the encodings Chinese government sites publish in). UTF-8 is tried
 * strictly first; GB18030 only where the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
