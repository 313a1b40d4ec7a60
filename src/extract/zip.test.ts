import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkZipBounds, zipEntries, ZipBoundsError } from "./zip";

/** A one-entry zip written by hand, so that the declared sizes can lie. */
function handZip(content: Uint8Array, declaredSize = content.length): Uint8Array {
  const name = new TextEncoder().encode("word/document.xml");
  const data = deflateRawSync(content);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, name.length, true);
  central.setUint32(42, 0, true);
  const cdOffset = 30 + name.length + data.length;
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, 1, true);
  eocd.setUint16(10, 1, true);
  eocd.setUint32(12, 46 + name.length, true);
  eocd.setUint32(16, cdOffset, true);
  const parts = [new Uint8Array(local.buffer), name, data, new Uint8Array(central.buffer), name, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

const limits = { maxTotalBytes: 1024 * 1024, maxEntries: 10 };

describe("checkZipBounds", () => {
  it("passes an ordinary zip and lists its entries with their sizes", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>质量</a>".repeat(100));
    zip.file("b.xml", "x");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(checkZipBounds(bytes, "plan.docx", limits)).resolves.toBeUndefined();
    expect(zipEntries(bytes, "plan.docx").map((e) => [e.name, e.size])).toEqual([
      ["a.xml", new TextEncoder().encode("<a>质量</a>".repeat(100)).length],
      ["b.xml", 1],
    ]);
  });

  it("refuses a zip whose declared size is past the bound, in Chinese, before inflating", async () => {
    const bomb = handZip(new Uint8Array(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(checkZipBounds(bomb, "bomb.xlsx", limits)).rejects.toThrow(/bomb\.xlsx 解压后超过 1 MB.*压缩炸弹/);
  });

  it("refuses a zip that lies about its size: the real inflation is counted and stopped", async () => {
    const liar = handZip(new Uint8Array(4 * 1024 * 1024), 100);
    const err = await checkZipBounds(liar, "liar.docx", limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipBoundsError);
    expect((err as Error).message).toMatch(/liar\.docx .*比声明的大/);
  });

  it("refuses too many entries and files that are not zips", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 11; i++) zip.file(`f${i}.xml`, "x");
    await expect(checkZipBounds(await zip.generateAsync({ type: "uint8array" }), "many.xlsx", limits)).rejects.toThrow(/11 个内部文件/);
    await expect(checkZipBounds(new TextEncoder().encode("PK\u0003\u0004 not really"), "fake.docx", limits)).rejects.toThrow(/fake\.docx 不是完整的压缩文件/);
  });
});

describe("checkZipBounds without inflating", () => {
  it("inflates nothing when no entry could reach the bound, and still refuses a liar large enough to matter", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 50; i++) zip.file(`xl/worksheets/sheet${i}.xml`, `<c r="A${i}"/>`.repeat(200));
    const ordinary = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const original = globalThis.DecompressionStream;
    let streams = 0;
    globalThis.DecompressionStream = class extends original {
      constructor(format: CompressionFormat) {
        super(format);
        streams++;
      }
    };
    try {
      await checkZipBounds(ordinary, "ordinary.xlsx", { maxTotalBytes: 512 * 1024 * 1024, maxEntries: 100 });
      expect(streams).toBe(0);
      await expect(checkZipBounds(handZip(new Uint8Array(4 * 1024 * 1024), 100), "liar.docx", limits)).rejects.toThrow(/比声明的大/);
      expect(streams).toBe(1);
    } finally {
      globalThis.DecompressionStream = original;
    }
  });
});
