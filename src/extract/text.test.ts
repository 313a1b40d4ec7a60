import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, EncodingError, looksBinary, normalizeChars, scanUtf8, unifyRadicals, utf16WithoutBom } from "./text";

const utf8 = (s: string) => new TextEncoder().encode(s);
const PLAN = "到2025年，产品质量监督抽查合格率达到98%以上，新增专利500件以上。\n城市区域环境噪声≤56dB(A)。\n";

function utf16le(s: string, withBom: boolean): Uint8Array {
  const out = new Uint8Array((withBom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (withBom) out.set([0xff, 0xfe], (o += 2) - 2);
  for (let i = 0; i < s.length; i++, o += 2) [out[o], out[o + 1]] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
  return out;
}
const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1]!);

describe("normalizeChars", () => {
  it("folds full-width forms and dashes one char for one char", () => {
    const s = "９８．５％（ＰＭ２.５）１—２个";
    const n = normalizeChars(s);
    expect(n).toBe("98.5%(PM2.5)1-2个");
    expect(n.length).toBe(s.length);
  });
});

describe("decodeText", () => {
  it("reads UTF-8, with or without a BOM, saying nothing when nothing needed saying", () => {
    expect(decodeText(utf8("合格率98%"))).toEqual({ text: "合格率98%", encoding: "utf-8", notes: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("合格")])).text).toBe("合格");
  });
  it("reads GB18030 (GBK) where the bytes are not UTF-8, and says so", () => {
    // "合格率98%" in GBK
    const gbk = new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca, 0x39, 0x38, 0x25]);
    const r = decodeText(gbk);
    expect(r).toMatchObject({ text: "合格率98%", encoding: "gb18030" });
    expect(r.notes.join()).toContain("GB18030");
  });
  it("reads UTF-16 by its byte-order mark, little- and big-endian", () => {
    const le = utf16le(PLAN, true);
    expect(decodeText(le)).toMatchObject({ text: PLAN, encoding: "utf-16le" });
    expect(decodeText(le).notes.join()).toContain("UTF-16LE");
    expect(decodeText(swap(le))).toMatchObject({ text: PLAN, encoding: "utf-16be" });
  });
  it("reads UTF-16 without a mark when every other byte is 0", () => {
    const r = decodeText(utf16le(PLAN, false));
    expect(r).toMatchObject({ text: PLAN, encoding: "utf-16le" });
    expect(r.notes.join()).toContain("没有字节顺序标记");
    expect(decodeText(swap(utf16le(PLAN, false)))).toMatchObject({ text: PLAN, encoding: "utf-16be" });
  });
  it("reads a UTF-8 file with one bad byte as UTF-8, with a replacement character and a note naming the byte", () => {
    const bad = new Uint8Array([...utf8("合格率"), 0xff, ...utf8(PLAN.repeat(20))]);
    const r = decodeText(bad);
    expect(r.encoding).toBe("utf-8");
    expect(r.notes).toEqual(["第 10 字节不是有效的 UTF-8，已按 UTF-8 读取并以 � 代替"]);
    expect(r.text.split("\uFFFD")).toHaveLength(2);
    expect(r.text.replace(/\uFFFD/, "")).toContain("城市区域环境噪声≤56dB(A)");
    // A truncated multi-byte character (the first two bytes of 合) is one error too.
    const cut = new Uint8Array([...utf8(PLAN), 0xe5, 0x90, ...utf8(PLAN)]);
    expect(decodeText(cut)).toMatchObject({ encoding: "utf-8", notes: [expect.stringContaining(`第 ${utf8(PLAN).length + 1} 字节`)] });
  });
  it("refuses bytes that are neither UTF-8 nor plausible Chinese GB18030 (error case)", () => {
    const latin = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61 + (i % 20))));
    expect(() => decodeText(latin)).toThrowError(EncodingError);
    expect(() => decodeText(latin)).toThrowError("无法确定文件的编码");
  });
});

describe("scanUtf8", () => {
  it("finds each maximal invalid subsequence once and counts valid characters", () => {
    expect(scanUtf8(utf8("合格a"))).toEqual({ errors: [], multibyte: 2 });
    expect(scanUtf8(new Uint8Array([0x61, 0xff, 0xe5, 0x90, 0x61, 0xc0, 0xaf]))).toEqual({ errors: [1, 2, 5, 6], multibyte: 0 });
    // Surrogates encoded in UTF-8 (ED A0 80) and overlongs (E0 80 80) are invalid.
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80])).errors.length).toBeGreaterThan(0);
    expect(scanUtf8(new Uint8Array([0xe0, 0x80, 0x80])).errors.length).toBeGreaterThan(0);
  });
  it("agrees with the platform's decoder on the number of replacement characters", () => {
    for (let seed = 1; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: 40 }, (_, i) => (seed * 7919 + i * 104729) % 256);
      const replaced = [...new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)].filter((c) => c === "\uFFFD").length;
      // (the bytes may hold a literal U+FFFD, EF BF BD, which is no error)
      expect(scanUtf8(bytes).errors.length, `seed ${seed}`).toBe(replaced - countLiteralReplacement(bytes));
    }
  });
});

function countLiteralReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

describe("utf16WithoutBom and looksBinary", () => {
  it("tells UTF-16 from binary and from UTF-8", () => {
    expect(utf16WithoutBom(utf16le(PLAN, false))).toBe("utf-16le");
    expect(utf16WithoutBom(utf8(PLAN))).toBeNull();
    expect(looksBinary(utf16le(PLAN, true))).toBe(false);
    expect(looksBinary(utf16le(PLAN, false))).toBe(false);
  });
  it("spots NUL bytes and control noise, not text", () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(utf8("质量强市\n方案\r\n"))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});

describe("radicals for whole characters (PDF text layers, text copied from PDFs)", () => {
  it("folds Kangxi radicals and the supplement's radicals to the characters they stand for, one unit for one", () => {
    const seen = "⽰例市“⼗四五”⼀、⼈⺠⽣活⻝品⽬标";
    expect(unifyRadicals(seen)).toBe("示例市“十四五”一、人民生活食品目标");
    expect(normalizeChars(seen)).toBe("示例市\u201c十四五\u201d一、人民生活食品目标");
    expect(normalizeChars(seen).length).toBe(seen.length);
    expect(unifyRadicals("一二三 ABC")).toBe("一二三 ABC");
  });
});

describe("decodeText (properties)", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 200 }).filter((s) => !s.includes("\u0000") && !s.startsWith("\uFEFF"));
  const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 4, maxLength: 80 });

  it("gives back any UTF-8 text as it was, with nothing to say", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s))).toEqual({ text: s, encoding: "utf-8", notes: [] });
      }),
    );
  });
  it("gives back any UTF-16 text with a byte-order mark", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf16le(s, true))).toMatchObject({ text: s, encoding: "utf-16le" });
      }),
    );
  });
  it("reads Chinese UTF-8 with one bad byte between characters as UTF-8, one replacement character, one note", () => {
    fc.assert(
      fc.property(cjk, fc.nat(), (s, at) => {
        const cut = at % (s.length + 1);
        const bytes = new Uint8Array([...utf8(s.slice(0, cut)), 0xff, ...utf8(s.slice(cut))]);
        const r = decodeText(bytes);
        expect(r.encoding).toBe("utf-8");
        expect(r.text).toBe(`${s.slice(0, cut)}\uFFFD${s.slice(cut)}`);
        expect(r.notes).toEqual([`第 ${utf8(s.slice(0, cut)).length + 1} 字节不是有效的 UTF-8，已按 UTF-8 读取并以 � 代替`]);
      }),
    );
  });
});
