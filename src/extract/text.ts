/**
 * Character-level helpers for plan text. Everything keeps string length unchanged so that an
 * offset found in normalised text is the same offset in the original document (quotes are cut
 * from the original, offsets point into it).
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～

/**
 * Radicals that stand for whole characters. PDF text layers often map CJK glyphs to the Kangxi
 * Radicals block (⼀ U+2F00 for 一, ⽬ for 目) or the CJK Radicals Supplement (⻝ for 食, ⺠ for 民):
 * fonts share one glyph between a radical and its character, and the PDF's ToUnicode names the
 * radical. Copying from such a PDF gives the same. The Kangxi radicals fold by NFKC; the supplement
 * by Unicode's Equivalent_Unified_Ideograph property (these pairs: radical, character; BMP only).
 */
const RADICAL_PAIRS = "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺫目⺬示⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺶羊⺹耂⺺肀⺻聿⺼肉⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
const RADICALS = new Map<string, string>();
for (let i = 0; i < RADICAL_PAIRS.length; i += 2) RADICALS.set(RADICAL_PAIRS[i]!, RADICAL_PAIRS[i + 1]!);

/** One radical (U+2E80–U+2FDF) as the character it stands for; anything else unchanged. Always one UTF-16 unit for one. */
export function unifyRadical(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x2f00 && c <= 0x2fdf) {
    const n = ch.normalize("NFKC");
    return n.length === 1 ? n : ch;
  }
  return (c >= 0x2e80 && c <= 0x2eff && RADICALS.get(ch)) || ch;
}

/** Text with every radical that stands for a character replaced by that character (length unchanged). */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, unifyRadical);
}

/** Full-width ASCII forms (０-９, Ａ-Ｚ, ％, （）, ．…), a few look-alikes and radicals (unifyRadical) to their plain forms, one char for one char. */
export function normalizeChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " "; // ideographic space
    else if (c === 0x2014 || c === 0x2015 || c === 0x2013 || c === 0x2012 || c === 0x2212 || c === 0xff0d) out += "-"; // dashes
    else if (c === 0x3007) out += "〇";
    else if (c >= 0x2e80 && c <= 0x2fdf) out += unifyRadical(text[i]!);
    else out += text[i];
  }
  return out;
}

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** What `decodeText` read and how: the text, its encoding, and what the user should know (Chinese). */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  notes: string[];
}

/** Text that cannot be decoded without guessing (neither valid UTF-8 nor plausible GB18030). */
export class EncodingError extends Error {
  override readonly name = "EncodingError";
}

const SAMPLE = 8192;

/**
 * UTF-16 without a byte-order mark, recognised only when it is clear: in text mostly made of ASCII
 * (digits, punctuation, line breaks), every other byte is 0. Needs many NULs, nearly all on one side.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const many = (k: number) => k >= 4 && k >= pairs * 0.05;
  if (many(odd) && even <= odd * 0.02) return "utf-16le";
  if (many(even) && odd <= even * 0.02) return "utf-16be";
  return null;
}

function bom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** True when a buffer is almost certainly not text (NUL bytes or many control characters). UTF-16 is text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  const b = bom(bytes);
  if ((b && b.encoding !== "utf-8") || utf16WithoutBom(bytes)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 8 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return control / n > 0.05;
}

/**
 * Scans bytes as UTF-8 the way the WHATWG decoder does: each maximal invalid subsequence is one
 * error (one U+FFFD). Returns the byte offsets of the errors and how many valid multi-byte
 * characters there are (the evidence that the file really is UTF-8).
 */
export function scanUtf8(bytes: Uint8Array): { errors: number[]; multibyte: number } {
  const errors: number[] = [];
  let multibyte = 0;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [number of continuation bytes, range of the first continuation byte]
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) [need, lo, hi] = [2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [need, lo, hi] = [3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    if (need === 0) {
      errors.push(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (!cont(j, k === 0 ? lo : 0x80, k === 0 ? hi : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (ok) multibyte++;
    else errors.push(i);
    i = j; // a valid character, or the maximal subpart that was read before the bad byte
  }
  return { errors, multibyte };
}

/** Characters a Chinese plan is written in: CJK ideographs, CJK and full-width punctuation, common symbols. */
const PLAN_CHAR = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u206f\u00b7\u00d7\u2103\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff\u2605\u2606\u3400-\u4dbf]/;

/**
 * Share of double-byte characters inside GB2312 (both bytes A1–FE, lead up to F7): the characters
 * nearly every Chinese plan is written in. Latin-1 or other 8-bit text decodes as GBK pairs too, but
 * outside this block.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    const t = bytes[i + 1] ?? 0;
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    i += t >= 0x30 && t <= 0x39 ? 3 : 1; // a four-byte GB18030 sequence, or a pair
  }
  return pairs === 0 ? 1 : gb2312 / pairs;
}

/**
 * GB18030 decodes nearly any byte sequence, so "it decoded" proves nothing. The bytes are plausibly
 * GB18030 when the decoder reports no error, nearly all double-byte characters lie in GB2312, and
 * nearly every non-ASCII character produced is one a Chinese plan is written in.
 */
function plausibleGb18030(bytes: Uint8Array): string | null {
  if (gb2312Share(bytes) < 0.9) return null;
  let text: string;
  try {
    text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let wide = 0;
  let planLike = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    wide++;
    if (PLAN_CHAR.test(ch)) planLike++;
  }
  return wide === 0 || planLike / wide >= 0.95 ? text : null;
}

function badUtf8Note(errors: number[]): string {
  const first = errors[0]! + 1;
  return errors.length === 1
    ? `第 ${first} 字节不是有效的 UTF-8，已按 UTF-8 读取并以 � 代替`
    : `有 ${errors.length} 处字节不是有效的 UTF-8（第一处在第 ${first} 字节），已按 UTF-8 读取并以 � 代替`;
}

/**
 * Decodes plan text, saying what was done and never switching encodings silently:
 * 1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * 2. UTF-16 without a mark when it is clear (many NULs on one side of each byte pair);
 * 3. strict UTF-8;
 * 4. bytes that are not valid UTF-8: when most of the multi-byte characters are valid UTF-8, the file
 *    is UTF-8 with a few bad bytes (read as UTF-8 with U+FFFD, and a note); otherwise GB18030 (which
 *    covers GBK and GB2312, the encodings Chinese government sites publish in) when the result is
 *    plausibly Chinese text; otherwise an EncodingError.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const mark = bom(bytes);
  if (mark?.encoding === "utf-16le" || mark?.encoding === "utf-16be") {
    if (mark.encoding === "utf-16le" && bytes[2] === 0 && bytes[3] === 0) throw new EncodingError("文件是 UTF-32 编码，请另存为 UTF-8 或 UTF-16");
    const label = mark.encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
    return { text: new TextDecoder(mark.encoding).decode(bytes.subarray(2)), encoding: mark.encoding, notes: [`按字节顺序标记（BOM）以 ${label} 读取`] };
  }
  const body = mark ? bytes.subarray(mark.length) : bytes;
  if (!mark) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      const label = utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
      return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, notes: [`文件没有字节顺序标记（BOM），但每两个字节就有一个 0 字节，按 ${label} 读取`] };
    }
  }
  const { errors, multibyte } = scanUtf8(body);
  const asUtf8 = () => new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  if (errors.length === 0) return { text: asUtf8(), encoding: "utf-8", notes: [] };
  // A file with a UTF-8 signature, or whose valid multi-byte characters clearly outnumber its bad bytes, is UTF-8.
  if (mark || multibyte >= errors.length * 4) return { text: asUtf8(), encoding: "utf-8", notes: [badUtf8Note(errors)] };
  const gb = plausibleGb18030(body);
  if (gb !== null) return { text: gb, encoding: "gb18030", notes: ["文件不是有效的 UTF-8，按 GB18030（GBK/GB2312）读取"] };
  if (multibyte > errors.length) return { text: asUtf8(), encoding: "utf-8", notes: [badUtf8Note(errors)] };
  throw new EncodingError(`无法确定文件的编码：它既不是有效的 UTF-8（有 ${errors.length} 处无效字节），也不像 GB18030 中文文本。请另存为 UTF-8 后再导入`);
}
