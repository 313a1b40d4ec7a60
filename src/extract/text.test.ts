import { describe, expect, it } from "vitest";
import { decodeText, looksBinary, normalizeChars } from "./text";

describe("normalizeChars", () => {
  it("folds full-width forms and dashes one char for one char", () => {
    const s = "９８．５％（ＰＭ２.５）１—２个";
    const n = normalizeChars(s);
    expect(n).toBe("98.5%(PM2.5)1-2个");
    expect(n.length).toBe(s.length);
  });
});

describe("decodeText", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeText(new TextEncoder().encode("合格率98%"))).toEqual({ text: "合格率98%", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("合格")])).text).toBe("合格");
  });
  it("reads GB18030 (GBK) where the bytes are not UTF-8", () => {
    // "合格率98%" in GBK
    const gbk = new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca, 0x39, 0x38, 0x25]);
    expect(decodeText(gbk)).toEqual({ text: "合格率98%", encoding: "gb18030" });
  });
  it("reads UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x08, 0x54, 0x3c, 0x68])).text).toBe("合格");
  });
});

describe("looksBinary", () => {
  it("spots NUL bytes and control noise, not text", () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode("质量强市\n方案\r\n"))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});
