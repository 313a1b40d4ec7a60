/**
 * The development set's inputs in every form a plan reaches the product (issue 12, "Measured"):
 *
 * - each document's text as stored (src/extract/devset/docs/<id>.txt, UTF-8);
 * - for a table document, the same table with tab-separated cells and flattened one cell per line
 *   (what copying a table out of Word or a PDF viewer gives);
 * - a .docx of each document, its tables real Word tables (w:tbl), its 一、/（一） lines headings;
 * - the PDF LibreOffice makes of that .docx (`soffice --headless --convert-to pdf`), and for a table
 *   document also a PDF whose table breaks across two pages with its header repeated ("pdf-paged").
 *
 * Nothing binary is committed: the .docx are written here and the PDFs are made into a cache
 * folder under the system's temp directory (keyed by the .docx's content, so a second run reuses
 * them). Run directly to write every input into a folder:
 *
 *   npx tsx scripts/make-devset.ts [out-dir]
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { DEV_DOCUMENTS } from "../src/extract/devset/documents";
import type { DevDocument } from "../src/extract/devset/types";
import { TEXT_VARIANTS, docxBlocks, tableVariant, type DocxBlock } from "../src/extract/devset/variants";

const root = fileURLToPath(new URL("..", import.meta.url));
export const DOCS_DIR = join(root, "src/extract/devset/docs");

export interface DevInput {
  doc: DevDocument;
  /** txt, pipe, tab, flat, docx, pdf or pdf-paged */
  variant: string;
  /** A file name as a user would have it (the readers use it in messages and to tell formats apart). */
  name: string;
  bytes: Uint8Array;
  /** Why this form could not be made (LibreOffice made no PDF); the scorer reports it unreadable. */
  error?: string;
}

export function docText(doc: DevDocument): string {
  return readFileSync(join(DOCS_DIR, `${doc.id}.txt`), "utf8");
}

const isTable = (doc: DevDocument) => doc.forms.includes("table");

/** The plain-text inputs: the stored text, and for table documents its tab and flattened layouts too. */
export function textInputs(docs: readonly DevDocument[] = DEV_DOCUMENTS): DevInput[] {
  return docs.flatMap((doc) => {
    const text = docText(doc);
    const variants = isTable(doc) ? TEXT_VARIANTS : (["txt"] as const);
    return variants.map((variant) => {
      const body = variant === "txt" ? text : tableVariant(text, variant);
      return { doc, variant, name: `${doc.id}-${variant}.txt`, bytes: new TextEncoder().encode(body) };
    });
  });
}

// ---- .docx ----------------------------------------------------------------------------------

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function paragraphXml(text: string, heading: number): string {
  const style = heading > 0 ? `<w:pPr><w:pStyle w:val="Heading${heading}"/></w:pPr>` : "";
  return `<w:p>${style}${run(text)}</w:p>`;
}

/**
 * A Word table: grid widths from the cells' lengths, borders on every cell, the first row a header
 * that Word and LibreOffice repeat on every page the table reaches. `rowHeight` (twips) makes the
 * body rows tall, so even a short table breaks across pages.
 */
function tableXml(rows: string[][], rowHeight?: number): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const weight = Array.from({ length: columns }, (_, i) => Math.max(2, ...rows.map((r) => (r[i] ?? "").length)));
  const total = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => Math.round((9000 * w) / total));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rowXml = rows
    .map((cells, r) => {
      const header = r === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : rowHeight ? `<w:trPr><w:cantSplit/><w:trHeight w:val="${rowHeight}"/></w:trPr>` : "";
      const tcs = widths
        .map((w, i) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr><w:p>${cells[i] ? run(cells[i]!) : ""}</w:p></w:tc>`)
        .join("");
      return `<w:tr>${header}${tcs}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>${borders}</w:tblPr>${grid}${rowXml}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Serif CJK SC" w:hAnsi="Noto Serif CJK SC" w:eastAsia="Noto Serif CJK SC"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>`;

/** Twips of body rows that surely overflow one A4 page (its text area is about 13,900 twips high). */
const OVER_A_PAGE = 16_000;

/** `paged`: every table's body rows so tall that the table runs onto a second page. */
export async function docxOf(blocks: readonly DocxBlock[], options: { paged?: boolean } = {}): Promise<Uint8Array> {
  const rowHeight = (rows: string[][]) => (options.paged ? Math.ceil(OVER_A_PAGE / Math.max(1, rows.length - 1)) : undefined);
  const body = blocks
    .map((b) => (b.kind === "table" ? `${tableXml(b.rows, rowHeight(b.rows))}<w:p/>` : paragraphXml(b.text, b.heading)))
    .join("");
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml);
  zip.file("word/styles.xml", STYLES);
  // A fixed date keeps the bytes (and so the PDF cache key) the same from run to run.
  const date = new Date(Date.UTC(2026, 0, 1));
  zip.forEach((_, f) => void (f.date = date));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Each document as a .docx; a table document also as "docx-paged", its rows so tall that the table
 * runs onto a second page with its header repeated there (its PDF is the "pdf-paged" form).
 */
export async function docxInputs(docs: readonly DevDocument[] = DEV_DOCUMENTS): Promise<DevInput[]> {
  const out: DevInput[] = [];
  for (const doc of docs) {
    const blocks = docxBlocks(docText(doc));
    out.push({ doc, variant: "docx", name: `${doc.id}.docx`, bytes: await docxOf(blocks) });
    if (isTable(doc)) out.push({ doc, variant: "docx-paged", name: `${doc.id}-paged.docx`, bytes: await docxOf(blocks, { paged: true }) });
  }
  return out;
}

// ---- PDF (LibreOffice) ------------------------------------------------------------------------

export const PDF_CACHE = join(tmpdir(), "qc-devset-pdf");

export function sofficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The PDF of each .docx, made by LibreOffice Writer in one run for all that are not cached yet.
 * A private LibreOffice profile keeps this run apart from any other soffice on the machine.
 */
export function pdfInputs(docx: readonly DevInput[]): DevInput[] {
  mkdirSync(PDF_CACHE, { recursive: true });
  const keyed = docx.map((d) => ({ d, key: createHash("sha256").update(d.bytes).digest("hex").slice(0, 16) }));
  const missing = keyed.filter(({ key }) => !existsSync(join(PDF_CACHE, `${key}.pdf`)));
  if (missing.length > 0) {
    const work = join(PDF_CACHE, `work-${process.pid}-${Date.now()}`);
    mkdirSync(work, { recursive: true });
    try {
      for (const { d, key } of missing) writeFileSync(join(work, `${key}.docx`), d.bytes);
      const out = join(work, "out");
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", out, ...missing.map(({ key }) => join(work, `${key}.docx`))],
        { stdio: "ignore", timeout: 300_000 },
      );
      // Into the cache by rename, so a run reading the cache at the same time never sees half a PDF.
      for (const { key } of missing) if (existsSync(join(out, `${key}.pdf`))) renameSync(join(out, `${key}.pdf`), join(PDF_CACHE, `${key}.pdf`));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return keyed.map(({ d, key }) => {
    const path = join(PDF_CACHE, `${key}.pdf`);
    const variant = d.variant.replace(/^docx/, "pdf");
    const name = d.name.replace(/\.docx$/, ".pdf");
    if (!existsSync(path)) return { doc: d.doc, variant, name, bytes: new Uint8Array(0), error: `LibreOffice made no PDF of ${d.name}` };
    return { doc: d.doc, variant, name, bytes: new Uint8Array(readFileSync(path)) };
  });
}

/** Every input of the development set: texts, .docx and (when LibreOffice is there and `pdf` is not false) PDFs. */
export async function devsetInputs(options: { pdf?: boolean; docs?: readonly DevDocument[] } = {}): Promise<DevInput[]> {
  const docs = options.docs ?? DEV_DOCUMENTS;
  const docx = await docxInputs(docs);
  const pdf = options.pdf === false ? [] : pdfInputs(docx);
  // The tall-row .docx only exists to make the paged PDF; as a .docx it reads like the plain one.
  return [...textInputs(docs), ...docx.filter((d) => d.variant === "docx"), ...pdf];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(tmpdir(), "qc-devset"));
  mkdirSync(out, { recursive: true });
  const inputs = await devsetInputs({ pdf: sofficeAvailable() });
  for (const i of inputs) if (!i.error) writeFileSync(join(out, i.name), i.bytes);
  console.log(`${inputs.length} files written to ${out}`);
}
