/**
 * Scores the extractor on the document-level development set (src/extract/devset/), the way a
 * user meets it: every input is read by `readPlanDocument` (bytes → document, as `qc extract` and
 * the 导入 view do) and given to `extract`. Prints one row per document and form, the totals, and
 * whether each document's PDF gives the same targets as its .docx. The totals add up every form, so a
 * document counts once for each form it is read in.
 *
 *   npx tsx scripts/score-devset.ts            all forms (PDFs need LibreOffice)
 *   npx tsx scripts/score-devset.ts --no-pdf   without the PDFs
 *   npx tsx scripts/score-devset.ts --detail   also every miss, false positive and wrong deadline
 *   npx tsx scripts/score-devset.ts --markdown the per-document table as Markdown (for the README)
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readPlanDocument } from "../src/extract/document";
import { extract } from "../src/extract/extract";
import { candidateKeys, keyDifference, scoreDocument, totals, type DocScore, type ScoredCandidate, type Totals } from "../src/extract/devset/match";
import { devsetInputs, sofficeAvailable, type DevInput } from "./make-devset";

export interface Agreement {
  id: string;
  /** Both forms read and their targets equal (name, comparator, value, unit, deadline). */
  same: boolean;
  onlyDocx: string[];
  onlyPdf: string[];
  error?: string;
}

export interface DevsetReport {
  rows: (DocScore & { error?: string })[];
  totals: Totals;
  agreement: Agreement[];
  pdf: boolean;
  /** Why no PDFs were made, when none were. */
  pdfSkipped?: string;
}

async function candidatesOf(input: DevInput): Promise<{ candidates: ScoredCandidate[]; error?: string }> {
  if (input.error) return { candidates: [], error: input.error };
  try {
    return { candidates: extract(await readPlanDocument(input.bytes, input.name)) };
  } catch (e) {
    return { candidates: [], error: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
  }
}

export async function scoreDevset(options: { pdf?: boolean } = {}): Promise<DevsetReport> {
  const installed = sofficeAvailable();
  const pdf = (options.pdf ?? true) && installed;
  const inputs = await devsetInputs({ pdf });
  const rows: DevsetReport["rows"] = [];
  const byDoc = new Map<string, { docx?: { keys: string[]; error?: string }; pdf?: { keys: string[]; error?: string } }>();
  for (const input of inputs) {
    const { candidates, error } = await candidatesOf(input);
    const score = scoreDocument(input.doc, input.variant, candidates);
    rows.push(error === undefined ? score : { ...score, error, details: [`unreadable: ${error}`, ...score.details] });
    if (input.variant === "docx" || input.variant === "pdf") {
      const entry = byDoc.get(input.doc.id) ?? {};
      entry[input.variant] = { keys: candidateKeys(candidates), ...(error !== undefined ? { error } : {}) };
      byDoc.set(input.doc.id, entry);
    }
  }
  const agreement: Agreement[] = [];
  for (const [id, { docx, pdf: p }] of byDoc) {
    if (!docx || !p) continue;
    const error = docx.error ?? p.error;
    const { onlyA, onlyB } = keyDifference(docx.keys, p.keys);
    agreement.push({ id, same: error === undefined && onlyA.length === 0 && onlyB.length === 0, onlyDocx: onlyA, onlyPdf: onlyB, ...(error !== undefined ? { error } : {}) });
  }
  const pdfSkipped = pdf ? undefined : installed ? "PDFs not asked for" : "LibreOffice (soffice) is not installed";
  return { rows, totals: totals(rows), agreement, pdf, ...(pdfSkipped ? { pdfSkipped } : {}) };
}

// ---- printing ---------------------------------------------------------------------------------

const pct = (a: number, b: number) => (b === 0 ? "—" : `${Math.round((100 * a) / b)}%`);

/** East Asian characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

/** The table's rows: one per document and form, then the totals. */
function tableRows(r: DevsetReport): { header: string[]; body: string[][]; total: string[] } {
  const header = ["document", "form", "targets", "found", "false+", "precision", "recall", "deadline", "qualitative", "baseline+milestones", "note"];
  const body = r.rows.map((s) => [
    s.id,
    s.variant,
    String(s.want),
    String(s.truePositives),
    String(s.falsePositives),
    pct(s.truePositives, s.truePositives + s.falsePositives),
    pct(s.truePositives, s.want),
    pct(s.deadlineRight, s.truePositives),
    s.qualitativeWant === 0 ? "—" : `${s.qualitativeFound}/${s.qualitativeWant}`,
    s.milestonesWant === 0 ? "—" : `${s.milestonesRight}/${s.milestonesWant}`,
    s.error ? `unreadable: ${s.error}` : s.noTargetOutput === null ? "" : s.noTargetOutput === 0 ? "no targets: empty ✓" : `no targets: ${s.noTargetOutput} output ✗`,
  ]);
  const t = r.totals;
  body.push([
    "TOTAL",
    "",
    String(t.truePositives + t.falseNegatives),
    String(t.truePositives),
    String(t.falsePositives),
    pct(t.truePositives, t.truePositives + t.falsePositives),
    pct(t.truePositives, t.truePositives + t.falseNegatives),
    `${Math.round(100 * t.deadlineAccuracy)}%`,
    `${Math.round(100 * t.qualitativeRecall)}%`,
    t.milestonesWant === 0 ? "—" : `${t.milestonesRight}/${t.milestonesWant}`,
    t.noisyEmptyDocuments.length === 0 ? "no-target documents empty" : `output from: ${t.noisyEmptyDocuments.join(", ")}`,
  ]);
  const total = body.pop()!;
  return { header, body, total };
}

function agreementLine(r: DevsetReport): string {
  if (!r.pdf) return `PDF = .docx: not measured (${r.pdfSkipped ?? "no PDFs"})`;
  return `PDF = .docx: ${r.agreement.filter((a) => a.same).length} of ${r.agreement.length} documents give the same targets`;
}

/**
 * The per-document table in Markdown (for the README): one row per document, its forms added up,
 * the totals in bold, and the PDF line under it.
 */
export function markdownReport(r: DevsetReport): string {
  const ids = [...new Set(r.rows.map((s) => s.id))];
  const sum = (rows: DocScore[], f: (s: DocScore) => number) => rows.reduce((n, s) => n + f(s), 0);
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  const cellsOf = (label: string, forms: string, rows: DocScore[]): string[] => {
    const tp = sum(rows, (s) => s.truePositives);
    const fp = sum(rows, (s) => s.falsePositives);
    const want = sum(rows, (s) => s.want);
    const qw = sum(rows, (s) => s.qualitativeWant);
    const mw = sum(rows, (s) => s.milestonesWant);
    const empty = rows.every((s) => s.noTargetOutput !== null);
    const agree = r.agreement.find((a) => a.id === label);
    return [
      label,
      forms,
      empty ? "none" : String(want),
      pct(tp, tp + fp),
      empty ? (sum(rows, (s) => s.noTargetOutput ?? 0) === 0 ? "no output ✓" : `${sum(rows, (s) => s.noTargetOutput ?? 0)} output ✗`) : pct(tp, want),
      pct(sum(rows, (s) => s.deadlineRight), tp),
      qw === 0 ? "—" : `${sum(rows, (s) => s.qualitativeFound)}/${qw}`,
      mw === 0 ? "—" : `${sum(rows, (s) => s.milestonesRight)}/${mw}`,
      agree ? (agree.same ? "same" : agree.error ? "unreadable" : `${agree.onlyDocx.length + agree.onlyPdf.length} differ`) : "—",
    ];
  };
  const header = ["document", "forms", "targets", "precision", "recall", "deadline", "qualitative", "baseline+milestones", "PDF = .docx"];
  const body = ids.map((id) => {
    const rows = r.rows.filter((s) => s.id === id);
    return cellsOf(id, rows.map((s) => s.variant).join(", "), rows);
  });
  const t = r.totals;
  const total = [
    "**total**",
    "",
    String(t.truePositives + t.falseNegatives),
    `**${pct(t.truePositives, t.truePositives + t.falsePositives)}**`,
    `**${pct(t.truePositives, t.truePositives + t.falseNegatives)}**`,
    `**${Math.round(100 * t.deadlineAccuracy)}%**`,
    `**${Math.round(100 * t.qualitativeRecall)}%**`,
    t.milestonesWant === 0 ? "—" : `${t.milestonesRight}/${t.milestonesWant}`,
    r.pdf ? `${r.agreement.filter((a) => a.same).length}/${r.agreement.length}` : "—",
  ];
  return [line(header), line(header.map(() => "---")), ...body.map(line), line(total), "", agreementLine(r)].join("\n");
}

export function formatReport(r: DevsetReport, detail = false): string {
  const { header, body: rows, total } = tableRows(r);
  const body = [...rows, total];
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((c, i) => pad(c, widths[i]!)).join("  ").trimEnd();
  const out = [line(header), ...body.slice(0, -1).map(line), line(widths.map((w) => "-".repeat(w))), line(body[body.length - 1]!)];
  out.push("");
  out.push(agreementLine(r));
  if (r.pdf) {
    for (const a of r.agreement.filter((x) => !x.same)) {
      out.push(`  ${a.id}: ${a.error ? `unreadable: ${a.error}` : `${a.onlyDocx.length} only in .docx, ${a.onlyPdf.length} only in PDF`}`);
      if (detail) for (const k of [...a.onlyDocx.map((x) => `docx ${x}`), ...a.onlyPdf.map((x) => `pdf  ${x}`)]) out.push(`    ${k}`);
    }
  }
  if (detail) {
    out.push("");
    for (const s of r.rows) if (s.details.length > 0) out.push(`${s.id} (${s.variant})`, ...s.details.map((d) => `  ${d}`));
  }
  return out.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await scoreDevset(process.argv.includes("--no-pdf") ? { pdf: false } : {});
  console.log(process.argv.includes("--markdown") ? markdownReport(report) : formatReport(report, process.argv.includes("--detail")));
}
