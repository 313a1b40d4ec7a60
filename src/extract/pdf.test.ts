import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDocx, buildHtml, docxToPdf, htmlToPdf, INDICATORS, numberedPlan, samplePlan } from "../../test/fixtures/plans/build";
import { DocumentError, readPlanDocument } from "./document";
import { extract } from "./extract";
import type { Block, PlanDocument } from "./model";
import { layoutPages, type PageContent, type TextRun } from "./pdf";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/plans/${name}`, import.meta.url))));

/** Blocks without offsets: what a reader found, comparable across formats. */
const shape = (doc: PlanDocument) =>
  doc.blocks.map((b: Block) => (b.kind === "table" ? { table: b.rows.map((r) => r.map((c) => c.text)) } : { [b.kind]: b.text, ...(b.kind === "heading" ? { level: b.level } : {}) }));

const targets = (doc: PlanDocument) => extract(doc).map((c) => ({ name: c.name, value: c.value, unit: c.unit, deadline: c.deadline }));

const hasSoffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();
// In CI the engines are installed by .ci/run: a missing one is a failure there, never a silent skip.
if (!hasSoffice && process.env.CI) throw new Error("LibreOffice (soffice) is not installed: the PDF tests cannot run.");

describe("readPlanDocument: PDF exported by LibreOffice from the .docx", () => {
  it("gives the same paragraphs, headings and table rows as the .docx", async () => {
    const pdf = await readPlanDocument(fixture("plan.pdf"), "plan.pdf");
    const docx = await readPlanDocument(fixture("plan.docx"), "plan.docx");
    expect(pdf.format).toBe("pdf");
    expect(shape(pdf)).toEqual(shape(docx));
    expect(pdf.blocks.find((b) => b.kind === "table")).toMatchObject({ rows: INDICATORS.map((r) => r.map((text) => ({ text }))) });
    expect(pdf.title).toBe(docx.title);
    // The footer's page number is gone; the note says so.
    expect(pdf.text).not.toMatch(/第\s*1\s*页/);
    expect(pdf.notes.join("；")).toContain("页码");
  });

  it("reads a table over four pages as one table, its repeated header once and rows broken by a page joined", async () => {
    const pdf = await readPlanDocument(fixture("plan-long.pdf"), "plan-long.pdf");
    const docx = await readPlanDocument(fixture("plan-long.docx"), "plan-long.docx");
    expect(pdf.notes[0]).toMatch(/共 [3-9] 页/);
    expect(shape(pdf)).toEqual(shape(docx));
    expect(pdf.text.match(/序号 \| 指标名称/g)).toHaveLength(1);
  });

  it("gives the extractor the same targets as the .docx (name, value, unit, deadline)", async () => {
    for (const name of ["plan", "plan-long"]) {
      const pdf = targets(await readPlanDocument(fixture(`${name}.pdf`), `${name}.pdf`));
      const docx = targets(await readPlanDocument(fixture(`${name}.docx`), `${name}.docx`));
      expect(pdf.length).toBeGreaterThanOrEqual(INDICATORS.length - 1);
      expect(pdf).toEqual(docx);
    }
  });

  it.skipIf(!hasSoffice)(
    "reads a table whose two header rows LibreOffice repeats on every page as one table, the header once",
    async () => {
      const head = [["指标名称", "目标值", "", ""], ["", "2023年", "2025年", "属性"]];
      const body = Array.from({ length: 60 }, (_, i) => [`第${i + 1}项产品质量合格率`, "97", "98", "预期性"]);
      const docx = await buildDocx([{ p: "主要指标如下。" }, { table: [...head, ...body], header: 2 }]);
      const pdf = await readPlanDocument(docxToPdf(docx), "two-row.pdf");
      expect(pdf.notes[0]).toMatch(/共 [2-9] 页/);
      expect(shape(pdf)).toEqual(shape(await readPlanDocument(docx, "two-row.docx")));
    },
    180_000,
  );

  it.skipIf(!hasSoffice)(
    "reads Word's automatic numbers the way LibreOffice prints them",
    async () => {
      const docx = await buildDocx(numberedPlan());
      const pdf = await readPlanDocument(docxToPdf(docx), "numbered.pdf");
      expect(shape(pdf)).toEqual(shape(await readPlanDocument(docx, "numbered.docx")));
    },
    180_000,
  );

  it.skipIf(!hasSoffice)(
    "the checked-in fixtures are what the script builds: a fresh LibreOffice export reads the same",
    async () => {
      const docx = await buildDocx(samplePlan());
      const fresh = await readPlanDocument(docxToPdf(docx), "fresh.pdf");
      expect(shape(fresh)).toEqual(shape(await readPlanDocument(docx, "fresh.docx")));
    },
    180_000,
  );
});

/** A one-page PDF built by hand: objects, cross-reference table, trailer (offsets computed). */
function handmadePdf(objects: string[], trailerExtra = ""): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array([...out].map((c) => c.charCodeAt(0)));
}

const stream = (content: string, dict = "") => `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

/** A page that shows only an image: what a scanner produces. */
const scanned = () =>
  handmadePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream("\u00ff\u0000\u00ff\u0000", "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"),
    stream("q 500 0 0 700 40 70 cm /Im1 Do Q"),
  ]);

describe("readPlanDocument: PDFs that cannot be read as text", () => {
  it("refuses a scanned PDF (images, no text layer), saying it needs OCR or the .docx (error case)", async () => {
    const error = await readPlanDocument(scanned(), "扫描件.pdf").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as Error).message).toMatch(/^扫描件\.pdf 没有文字层.*扫描件.*OCR.*\.docx/);
  });

  it("reads text in a Chinese font the PDF names but does not embed (STSong-Light, UniGB-UCS2-H), with the bundled CMaps", async () => {
    // 合格率达到98% as UCS-2 codes
    const text = "到2025年，合格率达到98%以上。";
    const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
    const content = `BT /F1 12 Tf 72 700 Td <${hex}> Tj ET`;
    const pdf = handmadePdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
      stream(content),
      "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
      "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
      "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
    ]);
    const doc = await readPlanDocument(pdf, "oa.pdf");
    expect(doc.text).toBe(`${text}\n`);
    expect(extract(doc)).toEqual([expect.objectContaining({ value: 98, unit: "%", deadline: 2025 })]);
  });

  it("says so when a PDF draws text it gives no characters for, rather than calling it a scan (error case)", () => {
    expect(() => layoutPages([{ width: 595, height: 842, runs: [], rulings: [], textOps: 12 }])).toThrowError(/文字无法解码/);
    expect(() => layoutPages([{ width: 595, height: 842, runs: [], rulings: [], textOps: 0 }])).toThrowError(/扫描件/);
  });

  it("refuses an encrypted PDF that needs a password (error case)", async () => {
    const hex = "0".repeat(64);
    const pdf = handmadePdf(
      ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", `<< /Filter /Standard /V 1 /R 2 /O <${hex}> /U <${hex}> /P -4 >>`],
      "/Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ",
    );
    await expect(readPlanDocument(pdf, "locked.pdf")).rejects.toThrowError(/locked\.pdf 已加密，需要密码/);
  });

  it("refuses a damaged PDF (error case)", async () => {
    const broken = new TextEncoder().encode("%PDF-1.7\nthis is not a PDF body at all\n");
    await expect(readPlanDocument(broken, "broken.pdf")).rejects.toThrowError(DocumentError);
    await expect(readPlanDocument(broken, "broken.pdf")).rejects.toThrowError(/broken\.pdf (不是有效的 PDF|没有文字层)/);
  });
});

// ─── layout, on synthetic pages ───

const run = (str: string, x: number, y: number, size = 10.5): TextRun => ({ str, x, y, width: str.length * size * (/^[\x20-\x7e]+$/.test(str) ? 0.5 : 1), size });
const page = (runs: TextRun[], rulings: PageContent["rulings"] = []): PageContent => ({ width: 595, height: 842, runs, rulings });

describe("layoutPages", () => {
  it("re-wraps a paragraph broken at the right margin, also over a page break, and keeps an indented line apart", () => {
    const full = "一二三四五六七八九十".repeat(4); // 40 characters reach the right margin at 10.5 pt
    const { blocks } = layoutPages([
      page([run(full, 72, 700), run("到2025年达到98%。", 72, 684), run(full.slice(0, 38), 93, 660), run(full, 72, 644)]),
      page([run("末行。", 72, 760)]),
    ]);
    expect(blocks).toEqual([
      { kind: "paragraph", text: `${full}到2025年达到98%。` },
      { kind: "paragraph", text: `${full.slice(0, 38)}${full}末行。` },
    ]);
  });

  it("joins a line that ended short because the next piece (a number, a bracket) did not fit; paragraph spacing separates paragraphs", () => {
    const line = (text: string, y: number, right = 516) => ({ str: text, x: 72, y, width: right - 72, size: 12 });
    const { blocks } = layoutPages([
      page([
        line("截至2021年9月，建立了以《产品质量法》《标准化法》等27部法律法规、138部", 709.6, 513.8),
        { str: "行政规章为主干的中国质量法规体系。", x: 72, y: 692.3, width: 204, size: 12 },
        line("质量提升行动蓬勃开展", 669.1, 192),
        line("到2025年，基本建成统一开放、竞争有序、诚信守法、监管有力的现代市场体系，", 645.8, 516),
        { str: "1.96万户；市场运行更加规范，线上线下市场得到有效治理；产品设施安全可靠，", x: 72, y: 628.5, width: 522 - 72, size: 12 },
        line("全县市场主体数达到", 611.2, 180),
        line("一、总体要求", 588, 144),
      ]),
    ]);
    expect(blocks.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "截至2021年9月，建立了以《产品质量法》《标准化法》等27部法律法规、138部行政规章为主干的中国质量法规体系。",
      "质量提升行动蓬勃开展",
      "到2025年，基本建成统一开放、竞争有序、诚信守法、监管有力的现代市场体系，1.96万户；市场运行更加规范，线上线下市场得到有效治理；产品设施安全可靠，全县市场主体数达到",
      "一、总体要求",
    ]);
  });

  it("drops page numbers and running heads, keeps body text that happens to sit low on a page", () => {
    const pages = [1, 2, 3].map((n) => page([run("示例市人民政府文件", 240, 800), run("正文第一段。", 72, 700), run(`- ${n} -`, 280, 40)]));
    pages[2]!.runs.push(run("附件：指标表", 72, 60));
    const { blocks, notes } = layoutPages(pages);
    expect(blocks.map((b) => "text" in b && b.text)).toEqual(["正文第一段。", "正文第一段。", "正文第一段。", "附件：指标表"]);
    expect(notes).toContain("已去掉 6 处页眉、页脚或页码");
  });

  it("reads lines in a larger font as headings, the largest first line as the title", () => {
    const { blocks, title } = layoutPages([
      page([run("某市质量强市规划", 200, 780, 18), run("一、总体要求", 72, 740, 14), run("（一）目标", 72, 710, 12), run("正文。", 72, 690), run("更多正文内容。", 72, 674)]),
    ]);
    expect(title).toBe("某市质量强市规划");
    expect(blocks).toEqual([
      { kind: "paragraph", text: "某市质量强市规划" },
      { kind: "heading", level: 1, text: "一、总体要求" },
      { kind: "heading", level: 2, text: "（一）目标" },
      { kind: "paragraph", text: "正文。" },
      { kind: "paragraph", text: "更多正文内容。" },
    ]);
  });

  it("reads a ruled grid as a table: wrapped cell text joined, a cell spanning columns kept in its first column", () => {
    const xs = [72, 150, 300, 400];
    const ys = [700, 680, 650, 630];
    const rulings = [
      ...ys.map((y) => ({ x1: 72, x2: 400, y1: y, y2: y })),
      { x1: 72, x2: 72, y1: 630, y2: 700 },
      { x1: 400, x2: 400, y1: 630, y2: 700 },
      // inner verticals, except in the last row (one cell across the table)
      ...xs.slice(1, 3).map((x) => ({ x1: x, x2: x, y1: 650, y2: 700 })),
    ];
    const runs = [run("序号", 75, 686), run("指标", 153, 686), run("目标", 303, 686), run("1", 75, 666), run("农产品抽检", 153, 666), run("合格率", 153, 654), run("98%", 303, 660), run("注：★为约束性指标", 75, 636)];
    const { blocks } = layoutPages([page(runs, rulings)]);
    expect(blocks).toEqual([
      {
        kind: "table",
        rows: [
          ["序号", "指标", "目标"],
          ["1", "农产品抽检合格率", "98%"],
          ["注：★为约束性指标", "", ""],
        ],
      },
    ]);
  });

  it("reads lines of wide-gapped columns as a borderless table", () => {
    const { blocks } = layoutPages([page([run("说明文字。", 72, 720), run("指标", 72, 700), run("2025年", 250, 700), run("合格率", 72, 684), run("98%", 250, 684)])]);
    expect(blocks).toEqual([
      { kind: "paragraph", text: "说明文字。" },
      { kind: "table", rows: [["指标", "2025年"], ["合格率", "98%"]] },
    ]);
  });

  it("removes the space writers put between Chinese and Latin text, keeps spaces between words", () => {
    const { blocks } = layoutPages([page([run("到 2025 年，PM2.5 浓度 dB(A) and more", 72, 700)])]);
    expect(blocks).toEqual([{ kind: "paragraph", text: "到2025年，PM2.5浓度dB(A) and more" }]);
  });
});

describe("readPlanDocument: PDF printed by Chromium from a web page", () => {
  const hasChromium = (() => {
    try {
      execFileSync("chromium", ["--version"], { stdio: "ignore", timeout: 30_000 });
      return true;
    } catch {
      return false;
    }
  })();
  if (!hasChromium && process.env.CI) throw new Error("Chromium is not installed: the printed-PDF test cannot run.");
  it.skipIf(!hasChromium)(
    "reads justified, indented paragraphs, headings by size and a table over pages (header repeated by the browser) like the .docx",
    async () => {
      const parts = samplePlan({ long: true });
      const pdf = await readPlanDocument(htmlToPdf(buildHtml(parts)), "plan.pdf");
      const docx = await readPlanDocument(await buildDocx(parts), "plan.docx");
      expect(pdf.notes[0]).toMatch(/共 [2-9] 页/);
      expect(shape(pdf)).toEqual(shape(docx));
      expect(targets(pdf)).toEqual(targets(docx));
    },
    180_000,
  );
});
