import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { DocumentError, readPlanDocument } from "./document";
import { extract } from "./extract";

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

describe("readPlanDocument", () => {
  it("reads a .docx into one line per paragraph, ready for the extractor", async () => {
    const bytes = await docx(["一、主要目标", "到2025年，产品质量监督抽查合格率达到95%以上。"]);
    const { text, format } = await readPlanDocument(bytes, "plan.docx");
    expect(format).toBe("docx");
    expect(text.trim().split("\n")).toEqual(["一、主要目标", "到2025年，产品质量监督抽查合格率达到95%以上。"]);
    expect(extract(text)[0]).toMatchObject({ value: 95, unit: "%", deadline: 2025 });
  });
  it("reads UTF-8 and GB18030 text", async () => {
    expect((await readPlanDocument(new TextEncoder().encode("合格率达到98%"))).format).toBe("utf-8");
    const gbk = new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca, 0x39, 0x38, 0x25]);
    expect(await readPlanDocument(gbk)).toEqual({ text: "合格率98%", format: "gb18030" });
  });
  it.each([
    ["an empty file", new Uint8Array(), "空文件"],
    ["a legacy .doc or encrypted file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), ".doc"],
    ["a binary file", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), "不是文本文件"],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "不是有效的 .docx"],
    ["whitespace only", new TextEncoder().encode(" \n\t "), "没有文字"],
    ["an oversized file", new Uint8Array(11 * 1024 * 1024).fill(0x41), "超过"],
  ])("refuses %s with a message (error case)", async (_l, bytes, word) => {
    await expect(readPlanDocument(bytes, "x")).rejects.toThrowError(DocumentError);
    await expect(readPlanDocument(bytes, "x")).rejects.toThrowError(word);
  });
});
