import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDocx, INDICATORS, numberedPlan, samplePlan } from "../../test/fixtures/plans/build";
import { assembleDocument, DocumentError, readPlanDocument } from "./document";
import { extract } from "./extract";
import type { PlanDocument, TableBlock } from "./model";

/** A minimal Word document: one w:p per paragraph. */
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

/** Every block's and cell's text stands in the document's text at its offset. */
function expectOffsetsHold(doc: PlanDocument): void {
  for (const b of doc.blocks) {
    const spans = b.kind === "table" ? b.rows.flat() : [b];
    for (const s of spans) expect(doc.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    if (b.kind === "table") expect(b.offset).toBe(b.rows[0]![0]!.offset);
  }
}

const tables = (doc: PlanDocument) => doc.blocks.filter((b): b is TableBlock => b.kind === "table");
const cells = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));

describe("readPlanDocument: .docx", () => {
  it("reads a .docx into one line per paragraph, ready for the extractor", async () => {
    const bytes = await docx(["一、主要目标", "到2025年，产品质量监督抽查合格率达到95%以上。"]);
    const doc = await readPlanDocument(bytes, "plan.docx");
    expect(doc.format).toBe("docx");
    expect(doc.text.trim().split("\n")).toEqual(["一、主要目标", "到2025年，产品质量监督抽查合格率达到95%以上。"]);
    // Without a heading style, the marker 一、 makes a heading, as in plain text.
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph"]);
    expect(extract(doc)[0]).toMatchObject({ value: 95, unit: "%", deadline: 2025 });
  });

  it("turns a Word table into a TableBlock with its rows and cells, and styled headings into levels", async () => {
    const doc = await readPlanDocument(await buildDocx(samplePlan()), "plan.docx");
    expect(doc.title).toBe("示例市“十四五”质量强市建设规划（2021—2025年）");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => [b.kind === "heading" && b.level, "text" in b && b.text])).toEqual([
      [1, "一、总体要求"],
      [1, "二、主要目标"],
      [2, "（一）主要指标"],
      [1, "三、重点任务"],
    ]);
    const [table] = tables(doc);
    expect(cells(table!)).toEqual(INDICATORS);
    expect(doc.text).toContain("6 | 城市区域环境噪声平均值 | dB(A) | 57 | ≤56 | 约束性\n");
    expectOffsetsHold(doc);
  });

  it("handles merged cells: a span keeps its text in its first column, a vertical merge repeats it; a header typed again is kept once", async () => {
    const bytes = await buildDocx([
      {
        table: [
          ["类别", "指标", "2023年", "2025年"],
          [{ text: "一、质量安全", span: 4 }],
          [{ text: "食品", merge: "restart" }, "食品抽检合格率", "98", "98.5"],
          [{ text: "", merge: "continue" }, "食品抽检覆盖率", "95", "100"],
          ["类别", "指标", "2023年", "2025年"],
          ["药品", "药品抽检合格率", "99", "99.5"],
        ],
      },
    ]);
    const doc = await readPlanDocument(bytes, "merged.docx");
    expect(cells(tables(doc)[0]!)).toEqual([
      ["类别", "指标", "2023年", "2025年"],
      ["一、质量安全", "", "", ""],
      ["食品", "食品抽检合格率", "98", "98.5"],
      ["食品", "食品抽检覆盖率", "95", "100"],
      ["药品", "药品抽检合格率", "99", "99.5"],
    ]);
    expectOffsetsHold(doc);
  });

  it("writes Word's automatic numbers (一、 （一） and a numbered 序号 column) before the text, as the page shows them", async () => {
    const doc = await readPlanDocument(await buildDocx(numberedPlan()), "numbered.docx");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => "text" in b && b.text)).toEqual(["一、总体要求", "二、主要目标", "（一）主要指标", "三、保障措施"]);
    expect(cells(tables(doc)[0]!).map((r) => r[0])).toEqual(["序号", "1", "2", "3"]);
  });

  it("keeps a two-row header once when it is typed again further down", async () => {
    const head = [["指标", "目标值", ""], ["", "2023年", "2025年"]];
    const doc = await readPlanDocument(await buildDocx([{ table: [...head, ["合格率", "97", "98"], ...head, ["满意度", "80", "85"]], header: 2 }]), "two.docx");
    expect(cells(tables(doc)[0]!)).toEqual([...head, ["合格率", "97", "98"], ["满意度", "80", "85"]]);
  });

  it("refuses a .docx zip bomb before expanding it (error case)", async () => {
    // 200 MB of zeros deflate to ~200 KB: a document.xml that would take gigabytes once parsed.
    const data = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
    const bomb = zipOf([{ name: "word/document.xml", data, size: 200 * 1024 * 1024 }]);
    await expect(readPlanDocument(bomb, "bomb.docx")).rejects.toThrowError(DocumentError);
    await expect(readPlanDocument(bomb, "bomb.docx")).rejects.toThrowError(/bomb\.docx 解压后超过/);
    // The same bomb lying about its size is caught while it is inflated.
    const liar = zipOf([{ name: "word/document.xml", data, size: 1000 }]);
    await expect(readPlanDocument(liar, "liar.docx")).rejects.toThrowError(/比声明的大/);
  });

  it("says what is wrong with a zip that is not a Word document (error case)", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    await expect(readPlanDocument(await zip.generateAsync({ type: "uint8array" }), "book.docx")).rejects.toThrowError(/book\.docx 不是有效的 \.docx 文件（缺少 word\/document\.xml/);
  });
});

/** A stored-entry-free zip writer: local headers, central directory, end record (CRCs left 0; nothing here checks them). */
function zipOf(entries: Array<{ name: string; data: Uint8Array; size: number }>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, 8, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) out.set(p, (at += p.length) - p.length);
  return out;
}

describe("readPlanDocument: text", () => {
  it("reads UTF-8 and GB18030 text into the model, saying when it fell back", async () => {
    expect(await readPlanDocument(new TextEncoder().encode("合格率达到98%"))).toMatchObject({ format: "utf-8", notes: [] });
    const gbk = new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca, 0x39, 0x38, 0x25]);
    const doc = await readPlanDocument(gbk);
    expect(doc).toMatchObject({ text: "合格率98%", format: "gb18030", blocks: [{ kind: "paragraph", text: "合格率98%", offset: 0 }] });
    expect(doc.notes[0]).toContain("GB18030");
  });

  it("reads a UTF-16 plan with a byte-order mark (it used to be refused as binary)", async () => {
    const plan = "二、主要目标\n到2025年，产品质量监督抽查合格率达到95%以上。\n";
    const bytes = new Uint8Array(2 + plan.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < plan.length; i++) bytes.set([plan.charCodeAt(i) & 0xff, plan.charCodeAt(i) >> 8], 2 + i * 2);
    const doc = await readPlanDocument(bytes, "plan.txt");
    expect(doc).toMatchObject({ text: plan, format: "utf-16le" });
    expect(doc.notes[0]).toContain("UTF-16LE");
    expect(extract(doc)).toEqual([expect.objectContaining({ value: 95, unit: "%", deadline: 2025 })]);
  });

  it("reads a UTF-8 plan with one bad byte as UTF-8, every target kept, and notes the byte", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `到2025年，第${i + 1}类产品质量监督抽查合格率达到9${i % 10}%以上。`);
    const good = new TextEncoder().encode(lines.join("\n"));
    const bad = new Uint8Array([...good.subarray(0, 7), 0xfe, ...good.subarray(7)]); // after "到2025"
    const doc = await readPlanDocument(bad, "plan.txt");
    expect(doc.format).toBe("utf-8");
    expect(doc.notes).toEqual(["第 8 字节不是有效的 UTF-8，已按 UTF-8 读取并以 � 代替"]);
    expect(extract(doc)).toHaveLength(extract(lines.join("\n")).length);
  });

  it.each([
    ["an empty file", new Uint8Array(), "空文件"],
    ["a legacy .doc or encrypted file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), ".doc"],
    ["a binary file", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0, 9, 8]), "不是文本文件"],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "不是完整的压缩文件"],
    ["whitespace only", new TextEncoder().encode(" \n\t "), "没有文字"],
    ["an oversized file", new Uint8Array(11 * 1024 * 1024).fill(0x41), "超过"],
    ["text in no encoding we can tell", new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61 + (i % 20)))), "无法确定文件的编码"],
    ["too many characters", new TextEncoder().encode("质".repeat(1_000_001)), "个字符，超过"],
  ])("refuses %s with a message (error case)", async (_l, bytes, word) => {
    await expect(readPlanDocument(bytes, "x")).rejects.toThrowError(DocumentError);
    await expect(readPlanDocument(bytes, "x")).rejects.toThrowError(word);
  });
});

describe("assembleDocument", () => {
  it("writes blocks one per line and table rows as cells joined by ' | ', offsets pointing at each text", () => {
    const doc = assembleDocument(
      [
        { kind: "heading", level: 1, text: " 一、 主要目标 " },
        { kind: "table", rows: [["指标", "目标"], ["", "a|b"]] },
        { kind: "paragraph", text: "  " },
        { kind: "paragraph", text: "到2025年" },
      ],
      "docx",
      null,
      [],
    );
    expect(doc.text).toBe("一、 主要目标\n指标 | 目标\n | a｜b\n到2025年\n");
    expect(doc.title).toBe("一、 主要目标");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "table", "paragraph"]);
    expectOffsetsHold(doc);
  });
});

describe("assembleDocument (properties)", () => {
  const words = fc.string({ maxLength: 20 });
  const draft = fc.oneof(
    fc.record({ kind: fc.constant("heading" as const), level: fc.integer({ min: 1, max: 4 }), text: words }),
    fc.record({ kind: fc.constant("paragraph" as const), text: words }),
    fc.record({ kind: fc.constant("table" as const), rows: fc.array(fc.array(words, { minLength: 1, maxLength: 5 }), { maxLength: 5 }) }),
  );
  it("places every block and cell at its offset, one line per block or row", () => {
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 12 }), (drafts) => {
        const doc = assembleDocument(drafts, "docx", null, []);
        expectOffsetsHold(doc);
        const lines = doc.blocks.reduce((n, b) => n + (b.kind === "table" ? b.rows.length : 1), 0);
        expect(doc.text === "" ? 0 : doc.text.split("\n").length - 1).toBe(lines);
      }),
    );
  });
});
