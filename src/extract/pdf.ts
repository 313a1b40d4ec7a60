/**
 * PDF with a text layer → draft blocks (headings, paragraphs, tables). Pure: pdf.js reads the file
 * (in Node its parser runs in-process; in the pane, webpack gives it a Web Worker, see
 * webpack.config.js); everything after that works on plain numbers.
 *
 * Stage by stage:
 * 1. load: every page's text runs (text, x, baseline y, width, font size) and ruling lines (the
 *    horizontal and vertical strokes and thin bars that draw table borders);
 * 2. tables: ruling lines that cross form a grid; a missing inner line merges cells (across: the text
 *    stays in the first column, the others are empty; down: the text repeats), as the .docx reader
 *    does. Lines of text with wide gaps, aligned over consecutive lines, form a borderless table;
 * 3. lines: runs on one baseline, in x order, a space where there is a gap;
 * 4. running heads and feet: page numbers (第 3 页, - 3 -, 3/10) and text repeated at the top or foot
 *    of several pages are dropped;
 * 5. flow: a line that reaches the right margin continues into the next one (a wrapped paragraph, also
 *    across a page break); lines in a larger font are headings (the largest, first, the title); a table
 *    that runs on to the next page is one table, its header row once.
 */
import { ownDetail } from "../catalog/messages";
import type { DraftBlock } from "./document";
import { unifyRadicals } from "./text";
import { headingLevel } from "./textmodel";

export class PdfError extends Error {
  override readonly name = "PdfError";
}

/** A piece of text as pdf.js places it: baseline origin in PDF units (y grows upward). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** An axis-aligned ruling line: horizontal (y1 = y2) or vertical (x1 = x2). */
export interface Ruling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageContent {
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
  /** How many text-showing operations the page has (text may be drawn that pdf.js cannot decode). */
  textOps?: number;
  /** Characters of rotated or vertical text left out. */
  turned?: number;
}

export interface PdfContent {
  blocks: DraftBlock[];
  /** The first line when it is set larger than everything else. */
  title: string | null;
  notes: string[];
}

/** More pages than any plan has; beyond this the file is not a plan (and would take long to read). */
export const MAX_PDF_PAGES = 1000;

// ─── 1. load ────────────────────────────────────────────────────────────────────────────────────

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

async function loadPdfJs(): Promise<PdfJs> {
  return import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
}

/** Reads a PDF's text layer into blocks. Throws a PdfError (Chinese) for scanned, encrypted or broken files. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pages = await loadPages(bytes);
  return layoutPages(pages);
}

export async function loadPages(bytes: Uint8Array): Promise<PageContent[]> {
  const pdfjs = await loadPdfJs();
  // pdf.js hands the buffer to its worker (detaching it) and refuses Node's Buffer: give it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    // CMaps come from the bundle through the main thread, never fetched.
    BinaryDataFactory: BundledData as never,
    useWorkerFetch: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") throw new PdfError("已加密，需要密码才能打开。请提供未加密的 PDF，或规划的 .docx / .txt 文件");
    if (name === "InvalidPDFException") throw new PdfError("不是有效的 PDF 文件（文件可能已损坏或不完整）");
    throw new PdfError(`无法打开${ownDetail(e)}，文件可能已损坏`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new PdfError(`有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页，不像是一份规划文本`);
    const pages: PageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const text = await page.getTextContent();
      const runs: TextRun[] = [];
      let turned = 0;
      for (const item of text.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Horizontal text only (rotated stamps and vertical notes are not plan text); counted for a note.
        if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) {
          turned += item.str.trim().length;
          continue;
        }
        runs.push({ str: item.str, x: e! - x0, y: f! - y0, width: item.width, size: Math.abs(d!) || Math.abs(a!) || 10 });
      }
      // The operator list (ruling lines, text drawn) decodes the page's images too: for pages without
      // text (scans) read it once, to tell a scan from text that cannot be decoded.
      if (runs.length === 0 && pages.some((q) => q.runs.length === 0)) {
        pages.push({ width: x1 - x0, height: y1 - y0, runs, rulings: [], textOps: 0, turned });
        page.cleanup();
        continue;
      }
      const ops = await page.getOperatorList();
      const shows = new Set<number>([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);
      pages.push({
        width: x1 - x0,
        height: y1 - y0,
        runs,
        rulings: rulingsOf(pdfjs, ops.fnArray, ops.argsArray).map((r) => ({ x1: r.x1 - x0, y1: r.y1 - y0, x2: r.x2 - x0, y2: r.y2 - y0 })),
        textOps: ops.fnArray.filter((f) => shows.has(f)).length,
        turned,
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * pdf.js's source of binary data (its `BinaryDataFactory` option): the Chinese CMaps bundled in
 * pdf-cmaps.ts; nothing else (standard fonts and image decoders only matter for drawing pages).
 * (In the pane's bundle, scripts/no-network-loader.cjs renames `fetch` here as in pdf.js, so pdf.js
 * still finds this method.)
 */
class BundledData {
  constructor(_options: unknown) {}
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const name = filename.replace(/\.bcmap$/, "");
    if (kind === "cMapUrl") {
      const { GB1_CMAPS } = await import(/* webpackChunkName: "pdf-cmaps" */ "./pdf-cmaps");
      const data = GB1_CMAPS[name];
      if (data !== undefined) return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    }
    throw new Error(`${kind} ${name} is not bundled`);
  }
}

// Minimum and maximum without spreading an array into a call (a long path would overflow the stack).
const least = (xs: number[]) => xs.reduce((a, b) => (b < a ? b : a), Infinity);
const most = (xs: number[]) => xs.reduce((a, b) => (b > a ? b : a), -Infinity);

type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5],
];

/** Axis-aligned lines a page paints: stroked segments, and filled bars thinner than 3 units. */
function rulingsOf(pdfjs: PdfJs, fns: number[], args: unknown[]): Ruling[] {
  const { OPS } = pdfjs;
  const painted = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const stroked = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const out: Ruling[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const push = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = apply(ctm, ax, ay);
    const [x2, y2] = apply(ctm, bx, by);
    if (Math.abs(y1 - y2) < 1 && Math.abs(x1 - x2) > 2) out.push({ x1: Math.min(x1, x2), x2: Math.max(x1, x2), y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 });
    else if (Math.abs(x1 - x2) < 1 && Math.abs(y1 - y2) > 2) out.push({ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
  };
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, args[i] as Matrix);
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = args[i] as [number, [ArrayLike<number> | null]];
      if (!painted.has(paint) || !data) continue;
      const points: Array<[number, number]> = [];
      let start: [number, number] | null = null;
      let cur: [number, number] | null = null;
      for (let k = 0; k < data.length; ) {
        const op = data[k++];
        if (op === 0) cur = start = [data[k++]!, data[k++]!];
        else if (op === 1) {
          const next: [number, number] = [data[k++]!, data[k++]!];
          if (cur && stroked.has(paint)) push(cur[0], cur[1], next[0], next[1]);
          cur = next;
        } else if (op === 2) cur = [data[k + 4]!, data[k + 5]!], (k += 6);
        else if (op === 3) cur = [data[k + 2]!, data[k + 3]!], (k += 4);
        else if (op === 4) {
          if (cur && start && stroked.has(paint)) push(cur[0], cur[1], start[0], start[1]);
          cur = start;
        } else break;
        if (cur) points.push(cur);
      }
      // A filled thin rectangle is a line drawn as a bar.
      if (!stroked.has(paint) && points.length >= 3) {
        const xs = points.map((p) => apply(ctm, p[0], p[1])[0]);
        const ys = points.map((p) => apply(ctm, p[0], p[1])[1]);
        const [minX, maxX, minY, maxY] = [least(xs), most(xs), least(ys), most(ys)];
        if (maxY - minY < 3 && maxX - minX > 2) out.push({ x1: minX, x2: maxX, y1: (minY + maxY) / 2, y2: (minY + maxY) / 2 });
        else if (maxX - minX < 3 && maxY - minY > 2) out.push({ x1: (minX + maxX) / 2, x2: (minX + maxX) / 2, y1: minY, y2: maxY });
      }
    }
  }
  return out;
}

// ─── 2–5. layout (pure) ────────────────────────────────────────────────────────────────────────

const CJK = "\\u2e80-\\u9fff\\u3000-\\u303f\\uf900-\\ufaff\\uff00-\\uffef";
const CJK_END = new RegExp(`[${CJK}]$`);
const CJK_START = new RegExp(`^[${CJK}]`);
const isBlank = (s: string) => s.trim() === "";

/**
 * Writers put a thin space between Chinese and Latin letters or digits (LibreOffice's automatic
 * spacing writes it into the PDF as a real space: "到 2025 年"); in Chinese text it carries nothing.
 * Radicals a font's ToUnicode gives for whole characters (⼀ for 一) become those characters, and
 * its horizontal bar (―) the dash Chinese text writes (—).
 */
export function tidy(s: string): string {
  return unifyRadicals(s)
    .replace(/\u2015/g, "\u2014") // the CJK fonts' dash glyph, mapped to the horizontal bar
    // A tab after a list number (一、 （二）) shows as a gap: no space after Chinese punctuation.
    .replace(new RegExp(`([、，。；：）】》」』”]) (?=[${CJK}])`, "g"), "$1")
    .replace(/\s+/g, " ")
    .replace(new RegExp(`([${CJK}]) (?=[A-Za-z0-9%‰≤≥<>])`, "g"), "$1")
    .replace(new RegExp(`([A-Za-z0-9%‰≤≥<>]) (?=[${CJK}])`, "g"), "$1")
    .trim();
}

/** Joins pieces of one text broken over lines: Chinese joins directly, other text with a space. */
function joinWrapped(a: string, b: string): string {
  if (a === "") return b;
  if (b === "") return a;
  return CJK_END.test(a) || CJK_START.test(b) || /-$/.test(a) ? a + b : `${a} ${b}`;
}

interface Line {
  runs: TextRun[];
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

/** Runs on one baseline, in x order; a space where the gap is wider than a fifth of the font (a full em between Chinese characters). */
function linesOf(runs: TextRun[], page: number): Line[] {
  const sorted = runs.filter((r) => !isBlank(r.str)).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.y - r.y) <= 0.4 * Math.min(g[0]!.size, r.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const r of g) {
      const gap = r.x - end;
      const bothCjk = CJK_END.test(text) && CJK_START.test(r.str.trimStart());
      if (text !== "" && gap > (bothCjk ? 1 : 0.2) * r.size) text += " ";
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    const size = g.reduce((m, r) => (r.str.length > 0 && r.size > m ? r.size : m), 0);
    return { runs: g, text: tidy(text), x: g[0]!.x, right: end, y: g[0]!.y, size, page };
  });
}

/** Segments of a line split at gaps of at least two ems: the cells of a borderless table row. */
function segmentsOf(line: Line): Array<{ text: string; x: number; right: number }> {
  const segs: Array<{ text: string; x: number; right: number; runs: TextRun[] }> = [];
  for (const r of line.runs) {
    const last = segs[segs.length - 1];
    if (last && r.x - last.right < 2 * r.size) {
      last.runs.push(r);
      last.right = Math.max(last.right, r.x + r.width);
    } else segs.push({ text: "", x: r.x, right: r.x + r.width, runs: [r] });
  }
  return segs.map((s) => ({ text: linesOf(s.runs, line.page)[0]?.text ?? "", x: s.x, right: s.right }));
}

// ── tables drawn with ruling lines ──

interface Grid {
  xs: number[];
  ys: number[]; // descending (top first)
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: string[][];
  /** Per row: whether a cell spans columns (a caption row across the table, not a row's rest). */
  spanned: boolean[];
}

const TOL = 2;
const MAX_RULINGS = 4000;

function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1]! > TOL) out.push(v);
  return out;
}

/** Ruling lines that touch form one table; a table needs at least two of each direction. */
function gridsOf(rulings: Ruling[], runs: TextRun[]): Grid[] {
  // A page of drawings (a map, a chart) can paint many thousands of strokes; no table is drawn like that.
  if (rulings.length > MAX_RULINGS) return [];
  const hs = rulings.filter((r) => r.y1 === r.y2);
  const vs = rulings.filter((r) => r.x1 === r.x2);
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      const h = hs[i]!;
      const v = vs[j]!;
      if (v.x1 >= h.x1 - TOL && v.x1 <= h.x2 + TOL && h.y1 >= v.y1 - TOL && h.y1 <= v.y2 + TOL) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  all.forEach((r, i) => {
    const g = groups.get(find(i));
    if (g) g.push(r);
    else groups.set(find(i), [r]);
  });
  const grids: Grid[] = [];
  for (const lines of groups.values()) {
    const h = lines.filter((r) => r.y1 === r.y2);
    const v = lines.filter((r) => r.x1 === r.x2);
    const xs = distinct(v.map((r) => r.x1));
    const ys = distinct(h.map((r) => r.y1)).reverse();
    if (xs.length < 2 || ys.length < 2) continue;
    const grid = cellsOfGrid(xs, ys, h, v, runs);
    if (grid.rows.length > 0 && (xs.length > 2 || grid.rows.length > 1)) grids.push(grid);
  }
  return grids.sort((a, b) => b.top - a.top);
}

function cellsOfGrid(xs: number[], ys: number[], hs: Ruling[], vs: Ruling[], runs: TextRun[]): Grid {
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const hasV = (x: number, yTop: number, yBot: number) => vs.some((r) => Math.abs(r.x1 - x) <= TOL && r.y1 <= (yTop + yBot) / 2 && r.y2 >= (yTop + yBot) / 2);
  const hasH = (y: number, xL: number, xR: number) => hs.some((r) => Math.abs(r.y1 - y) <= TOL && r.x1 <= (xL + xR) / 2 && r.x2 >= (xL + xR) / 2);
  // Merged cells: union grid cells not separated by a line.
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !hasV(xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nr && !hasH(ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  // Each merged cell: its first grid cell (top-left) and the runs whose middle lies inside it.
  const origin = new Map<number, [number, number]>();
  for (let r = 0; r < nr; r++) for (let c = 0; c < nc; c++) if (!origin.has(find(id(r, c)))) origin.set(find(id(r, c)), [r, c]);
  const inside = new Map<number, TextRun[]>();
  for (const run of runs) {
    const mx = run.x + run.width / 2;
    const my = run.y + run.size * 0.3;
    const c = xs.findIndex((x, k) => k < nc && mx >= x && mx <= xs[k + 1]!);
    const r = ys.findIndex((y, k) => k < nr && my <= y && my >= ys[k + 1]!);
    if (c < 0 || r < 0) continue;
    const key = find(id(r, c));
    const list = inside.get(key);
    if (list) list.push(run);
    else inside.set(key, [run]);
  }
  const textOf = new Map<number, string>();
  for (const [key, rs] of inside) textOf.set(key, linesOf(rs, 0).map((l) => l.text).reduce(joinWrapped, ""));
  const rows: string[][] = [];
  const spanned: boolean[] = [];
  for (let r = 0; r < nr; r++) {
    const row: string[] = [];
    let spans = false;
    for (let c = 0; c < nc; c++) {
      const key = find(id(r, c));
      const [, c0] = origin.get(key)!;
      row.push(c === c0 ? (textOf.get(key) ?? "").replace(/\|/g, "｜") : "");
      if (c > c0) spans = true;
    }
    if (row.some((t) => t !== "")) {
      rows.push(row);
      spanned.push(spans);
    }
  }
  return { xs, ys, top: ys[0]!, bottom: ys[nr]!, left: xs[0]!, right: xs[nc]!, rows, spanned };
}

// ── page → items in reading order ──

type Item = { kind: "line"; line: Line } | { kind: "table"; rows: string[][]; spanned?: boolean[]; top: number; page: number; columns: number };

const PAGE_NUMBER = /^[-—–－·\s]*(?:第\s*)?[0-9０-９]+\s*页?(?:\s*[/／]\s*[0-9]+|\s*[，,]?\s*共\s*[0-9]+\s*页)?[-—–－·\s]*$|^page\s*\d+(\s*of\s*\d+)?$/i;

function pageItems(page: PageContent, index: number): Item[] {
  const grids = gridsOf(page.rulings, page.runs);
  const inGrid = (r: TextRun) => grids.some((g) => r.x + r.width / 2 >= g.left && r.x + r.width / 2 <= g.right && r.y + r.size * 0.3 <= g.top && r.y + r.size * 0.3 >= g.bottom);
  const lines = linesOf(
    page.runs.filter((r) => !inGrid(r)),
    index,
  );
  const items: Item[] = [...lines.map((line): Item => ({ kind: "line", line })), ...grids.map((g): Item => ({ kind: "table", rows: g.rows, spanned: g.spanned, top: g.top, page: index, columns: g.xs.length - 1 }))];
  items.sort((a, b) => (b.kind === "line" ? b.line.y : b.top) - (a.kind === "line" ? a.line.y : a.top));
  return items;
}

/** Lines at the top or foot of a page that are page numbers, or that repeat (digits aside) on several pages. */
function dropRunningHeads(pages: Item[][], sizes: PageContent[]): { pages: Item[][]; dropped: number } {
  const zone = (p: number, l: Line) => l.y > sizes[p]!.height * 0.88 || l.y < sizes[p]!.height * 0.12;
  const key = (l: Line) => l.text.replace(/[0-9０-９]+/g, "#");
  const seen = new Map<string, Set<number>>();
  pages.forEach((items, p) => {
    for (const it of items) if (it.kind === "line" && zone(p, it.line)) seen.set(key(it.line), (seen.get(key(it.line)) ?? new Set()).add(p));
  });
  let dropped = 0;
  const kept = pages.map((items, p) =>
    items.filter((it) => {
      if (it.kind !== "line" || !zone(p, it.line)) return true;
      const repeated = pages.length >= 2 && (seen.get(key(it.line))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
      const drop = PAGE_NUMBER.test(it.line.text) || repeated;
      if (drop) dropped++;
      return !drop;
    }),
  );
  return { pages: kept, dropped };
}

/** Consecutive lines split into the same number (≥ 2) of wide-gapped segments: a borderless table. */
function borderlessTables(items: Item[]): Item[] {
  const out: Item[] = [];
  let run: Array<{ line: Line; cells: string[] }> = [];
  const flush = () => {
    if (run.length >= 2) {
      const columns = most(run.map((r) => r.cells.length));
      out.push({ kind: "table", rows: run.map((r) => [...r.cells, ...Array<string>(columns - r.cells.length).fill("")]), top: run[0]!.line.y, page: run[0]!.line.page, columns });
    } else for (const r of run) out.push({ kind: "line", line: r.line });
    run = [];
  };
  for (const it of items) {
    if (it.kind === "line") {
      const segs = segmentsOf(it.line);
      if (segs.length >= 2 && (run.length === 0 || segs.length === run[0]!.cells.length)) {
        run.push({ line: it.line, cells: segs.map((s) => s.text) });
        continue;
      }
      flush();
      if (segs.length >= 2) {
        run.push({ line: it.line, cells: segs.map((s) => s.text) });
        continue;
      }
    } else flush();
    out.push(it);
  }
  flush();
  return out;
}

const sizeKey = (s: number) => Math.round(s * 2) / 2;

/**
 * The width of what starts a line up to its first break opportunity: a number or Latin word (never
 * broken) or one Chinese character, with the opening punctuation that may not end a line before it
 * and the closing punctuation that may not start one after it.
 */
function firstPieceWidth(line: Line): number {
  const piece = /^[《“‘（〈「『【〔(]*(?:[A-Za-z0-9.,%‰/+\-]+|.)[，。、；：？！”’）》〉」』】〕,.;:?!)]*/u.exec(line.text)?.[0] ?? "";
  const first = line.runs[0]!;
  const perChar = first.str.length > 0 ? first.width / first.str.length : line.size;
  return piece.length * perChar;
}

/** Pages laid out → blocks: running heads dropped, tables joined over page breaks, paragraphs re-wrapped, headings by size. */
export function layoutPages(pages: PageContent[]): PdfContent {
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.replace(/\s/g, "").length, 0), 0);
  if (chars === 0 && pages.some((p) => (p.textOps ?? 0) > 0)) {
    throw new PdfError("的文字无法解码（所用字体没有字符映射，复制出来也是乱码）。请提供规划的 .docx / .txt 文件，或用 OCR 软件识别");
  }
  if (chars === 0) {
    throw new PdfError(`没有文字层（${pages.length} 页都只是图片），像是扫描件。请先用 OCR 软件识别文字，或提供规划的 .docx / .txt 文件`);
  }
  const notes: string[] = [];
  const empty = pages.map((p, i) => (p.runs.some((r) => !isBlank(r.str)) ? -1 : i + 1)).filter((i) => i > 0);
  const turnedPages = pages.map((p, i) => ((p.turned ?? 0) >= 20 ? i + 1 : -1)).filter((i) => i > 0);
  if (turnedPages.length > 0) notes.push(`第 ${turnedPages.join("、")} 页有旋转或竖排的文字，未读取；如果其中有指标，请手工补充`);
  if (empty.length > 0) notes.push(`第 ${empty.join("、")} 页没有文字层（可能是扫描图片），已跳过；这些页上的指标需要手工补充`);

  const { pages: cleaned, dropped } = dropRunningHeads(pages.map(pageItems), pages);
  const items = borderlessTables(cleaned.flat());

  // Body font: the size most characters are set in. Larger sizes are headings, the largest first.
  const bySize = new Map<number, number>();
  for (const it of items) if (it.kind === "line") bySize.set(sizeKey(it.line.size), (bySize.get(sizeKey(it.line.size)) ?? 0) + it.line.text.length);
  const body = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const firstLine = items.find((it) => it.kind === "line") as { kind: "line"; line: Line } | undefined;
  const larger = [...bySize.keys()].filter((s) => s > body + 0.5).sort((a, b) => b - a);
  const titleSize = firstLine && sizeKey(firstLine.line.size) === larger[0] ? larger[0] : undefined;
  const titleOnly = titleSize !== undefined && items.filter((it) => it.kind === "line" && sizeKey(it.line.size) === titleSize).length <= 2;
  const levels = larger.filter((s) => !(titleOnly && s === titleSize));
  // The right margin: where full lines end. Not the rightmost end (punctuation may hang past the
  // margin), but the middle of the ends of the long lines.
  const pageRight = pages.map((p) => {
    const rights = linesOf(p.runs, 0).map((l) => l.right);
    const far = most(rights);
    const long = rights.filter((r) => r >= 0.8 * far).sort((a, b) => a - b);
    return long.length ? long[Math.floor(long.length / 2)]! : p.width;
  });
  const pageLeft = pages.map((p) => {
    const lefts = linesOf(p.runs, 0).map((l) => l.x);
    return lefts.length ? least(lefts) : 0;
  });

  // The usual distance between consecutive lines of one size.
  const gaps = new Map<number, Map<number, number>>();
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    if (a.kind !== "line" || b.kind !== "line" || a.line.page !== b.line.page || sizeKey(a.line.size) !== sizeKey(b.line.size)) continue;
    const d = sizeKey(a.line.y - b.line.y);
    const m = gaps.get(sizeKey(a.line.size)) ?? new Map<number, number>();
    gaps.set(sizeKey(a.line.size), m.set(d, (m.get(d) ?? 0) + 1));
  }
  // The line pitch is the smallest distance that recurs (single-line paragraphs make the paragraph distance the most common one).
  const pitch = new Map(
    [...gaps].map(([size, m]) => {
      const recurring = [...m].filter(([d, n]) => n >= 2 && d >= 0.9 * size).map(([d]) => d);
      return [size, recurring.length ? least(recurring) : [...m].sort((x, y) => y[1] - x[1])[0]![0]];
    }),
  );

  const blocks: DraftBlock[] = [];
  let title: string | null = null;
  let open: { line: Line; text: string; kind: "paragraph" | "heading" | "title" } | null = null;
  let lastTable: { rows: string[][]; columns: number } | null = null;
  const close = () => {
    if (!open) return;
    if (open.kind === "title") {
      title = open.text;
      blocks.push({ kind: "paragraph", text: open.text });
    } else if (open.kind === "heading") {
      blocks.push({ kind: "heading", level: levels.indexOf(sizeKey(open.line.size)) + 1, text: open.text });
    } else {
      const level = headingLevel(open.text);
      blocks.push(level > 0 ? { kind: "heading", level, text: open.text } : { kind: "paragraph", text: open.text });
    }
    open = null;
  };
  for (const it of items) {
    if (it.kind === "table") {
      // A table going on from the previous page, nothing in between: the same table, its header once.
      const prev = blocks[blocks.length - 1];
      if (open === null && lastTable && prev?.kind === "table" && prev.rows === lastTable.rows && lastTable.columns === it.columns) {
        // The header repeated on the new page: as many leading rows as match the table's first rows.
        let repeated = 0;
        while (repeated < Math.min(3, it.rows.length, lastTable.rows.length - 1) && it.rows[repeated]!.join("\u0000") === lastTable.rows[repeated]!.join("\u0000")) repeated++;
        const rows = it.rows.slice(repeated);
        // A row broken by the page: its rest fills at most half the cells, only cells the row above
        // fills, and spans no columns (a caption row across the table would).
        const last = prev.rows[prev.rows.length - 1]!;
        const first = rows[0];
        const filled = (r: string[]) => r.filter((c) => c !== "").length;
        const rest = first !== undefined && !(it.spanned?.[repeated] ?? false) && filled(first) * 2 <= filled(last) && first.every((c, k) => c === "" || last[k] !== "");
        if (first && rest) {
          prev.rows[prev.rows.length - 1] = last.map((c, k) => joinWrapped(c, first[k] ?? ""));
          rows.shift();
        }
        prev.rows.push(...rows);
        continue;
      }
      close();
      const rows = it.rows.filter((r, i) => i === 0 || r.join("\u0000") !== it.rows[0]!.join("\u0000"));
      blocks.push({ kind: "table", rows });
      lastTable = { rows, columns: it.columns };
      continue;
    }
    const line = it.line;
    const size = sizeKey(line.size);
    const kind = titleSize !== undefined && titleOnly && size === titleSize && blocks.length === 0 ? "title" : levels.includes(size) ? "heading" : "paragraph";
    if (open !== null) {
      const o: { line: Line; text: string; kind: string } = open;
      const sameSize = sizeKey(o.line.size) === size && o.kind === kind;
      const samePage = o.line.page === line.page;
      // Within a paragraph lines follow at the usual pitch; paragraph spacing adds to it.
      const near = samePage ? o.line.y - line.y <= (pitch.get(size) ?? 1.5 * line.size) + 0.25 * line.size : true;
      // The line broke because the next line's first piece did not fit before the right margin.
      const full = o.line.right + firstPieceWidth(line) >= pageRight[o.line.page]! - 0.25 * line.size;
      const notIndented = line.x <= pageLeft[line.page]! + 0.5 * line.size;
      // A heading wrapped over two lines; a paragraph wrapped at the right margin.
      const startsHeading = headingLevel(line.text) > 0;
      if (sameSize && near && !startsHeading && (kind === "paragraph" ? full && notIndented : samePage)) {
        o.text = joinWrapped(o.text, line.text);
        o.line = line;
        continue;
      }
    }
    close();
    open = { line, text: line.text, kind };
  }
  close();
  if (dropped > 0) notes.push(`已去掉 ${dropped} 处页眉、页脚或页码`);
  notes.unshift(`PDF 共 ${pages.length} 页，按文字层读取${blocks.some((b) => b.kind === "table") ? `，识别出 ${blocks.filter((b) => b.kind === "table").length} 个表格` : ""}`);
  return { blocks, title, notes };
}
