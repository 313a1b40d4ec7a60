/**
 * Plan → indicator candidates. Pure: no I/O.
 *
 * The stages, one after the other:
 * 1. document: a string is read into the document model (textmodel.ts); a .docx or .pdf reader gives
 *    the same model. Offsets point into `doc.text`; the rules read a copy with full-width characters
 *    folded (normalizeChars keeps every offset).
 * 2. sections: headings (and paragraphs that open a list, "到2025年……主要目标：") form a stack that
 *    gives each block its category, its governing year, and whether it is a target section or a
 *    review of the past (回顾, 发展基础: no targets there) — sections.ts.
 * 3. blocks: indicator tables are read row by row (tables.ts); other tables row by row as prose;
 *    paragraphs sentence by sentence, clause by clause.
 * 4. mentions → candidates: a number with a unit becomes a target when the words around it say so (a
 *    comparator, a target verb, a rate noun); dates, document numbers, ordinals, quoted slogans,
 *    award money and figures about the past do not. "分别" lists and shared verbs distribute.
 * 5. deadlines: the sentence's own year, else the paragraph's, the section's, a named period
 *    (“十四五”末), and last the plan's period from its title (deadlines.ts).
 * 6. filters: scraper repeats dropped, parallel names split, a target repeated in an earlier stage
 *    kept as its milestone.
 */
import type { Baseline, Comparator, Milestone } from "../catalog/types";
import { categorize } from "./category";
import { pastPeriodRe, planPeriod, planStart } from "./deadlines";
import type { PlanDocument, TableBlock } from "./model";
import { readParagraph, type ProseContext } from "./prose";
import { headingOf, Sections } from "./sections";
import { readIndicatorTable } from "./tables";
import { normalizeChars } from "./text";
import { textDocument } from "./textmodel";

export interface Candidate {
  name: string;
  comparator: Comparator;
  value: number | string;
  valueMax: number | null;
  unit: string;
  deadline: number | null;
  category: string;
  /** Verbatim text of the document (original characters) that states the target. */
  quote: string;
  /** Offset of `quote` in the document (UTF-16 code units). */
  offset: number;
  /** 0–1: how sure the rules are that this is a target with the right reading. */
  confidence: number;
  /** Interim targets before the deadline (earlier year columns, earlier stages); optional. */
  milestones?: Milestone[];
  /** The starting point the plan states (a 基期 column); optional. */
  baseline?: Baseline | null;
  /** 预期性 / 约束性 from an indicator table's 属性 column; optional. */
  attribute?: string | null;
}

export interface ExtractOptions {
  /** Leave out qualitative targets (levels without a number). */
  numericOnly?: boolean;
}

export function extract(input: string | PlanDocument, options: ExtractOptions = {}): Candidate[] {
  const doc = typeof input === "string" ? textDocument(input) : input;
  const text = doc.text;
  const norm = normalizeChars(text);
  // The plan's period: from its title, else from the plan a report names at its start (《……“十三五”规划》).
  const named = /《([^《》]{2,60}(?:规划|纲要|方案|计划)[^《》]{0,20})》/.exec(norm.slice(0, 1000));
  const period = planPeriod(doc.title) ?? planPeriod(named?.[1] ?? null);
  const sections = new Sections();
  const start = period?.start ?? planStart(doc.title, norm);
  const pastPeriod = pastPeriodRe(start);
  const out: Candidate[] = [];

  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "table") {
      if (sections.review) continue;
      pushAll(out, readTable(text, norm, block, sections, period, options, pastPeriod));
      continue;
    }
    const span = { start: block.offset, end: block.offset + block.text.length };
    // A paragraph broken inside a sentence (a PDF's line taken for a paragraph end) goes on in the next.
    if (block.kind === "paragraph") {
      // Only the last joined paragraph is looked at, so a long run of them stays linear.
      let lastStart = span.start;
      while (
        b + 1 < blocks.length &&
        blocks[b + 1]!.kind === "paragraph" &&
        continuesInNext(norm.slice(lastStart, span.end)) &&
        !headingOf(norm.slice(blocks[b + 1]!.offset, blocks[b + 1]!.offset + 8))
      ) {
        const next = blocks[++b]!;
        if (next.kind !== "paragraph") break;
        lastStart = next.offset;
        span.end = next.offset + next.text.length;
      }
    }
    const paraText = norm.slice(span.start, span.end);
    sections.enter(block.kind === "heading" ? block.level : 0, paraText);
    if (sections.review) continue;
    const ctx: ProseContext = { headings: sections.headings(), targetSection: sections.targetSection, sectionYear: sections.year, pastPeriod, planStart: start };
    pushAll(out, readParagraph(text, norm, span, ctx, options));
  }

  // Last, the plan's period from its title (or from the plan a report names at its start).
  const planYear = period?.end ?? null;
  for (const c of out) if (c.deadline === null && planYear !== null) c.deadline = planYear;
  return stageMilestones(dedupe(out.flatMap(splitParallel)).map(trimQuote)).map(tidyMilestones);
}

/** Milestones as the catalogue holds them: earliest first, one per year, before the deadline; none for a level. */
function tidyMilestones(c: Candidate): Candidate {
  if (!c.milestones || c.milestones.length === 0) return c;
  const seen = new Set<number>();
  const milestones = [...c.milestones]
    .sort((a, b) => a.year - b.year)
    .filter((m) => !seen.has(m.year) && seen.add(m.year) && c.comparator !== "qualitative" && (c.deadline === null || m.year < c.deadline));
  return { ...c, milestones };
}

/** Appends without spreading: a paragraph can give more candidates than a call may take arguments. */
function pushAll<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

/**
 * A body paragraph that stops mid-sentence: long (no title or heading), with no closing punctuation
 * and not on a figure (a list of targets written one a line without punctuation ends each on one).
 * The next paragraph must not start a numbered item.
 */
function continuesInNext(para: string): boolean {
  const t = para.trimEnd();
  return t.length >= 30 && !/[。；;！!？?：:…”"）)】》\d%‰]$/.test(t);
}

/** A table: an indicator table row by row, or else each row as a line of prose ("序号 | 要 求 |"). */
function readTable(
  text: string,
  norm: string,
  table: TableBlock,
  sections: Sections,
  period: { start: number; end: number } | null,
  options: ExtractOptions,
  pastPeriod: RegExp,
): Candidate[] {
  const headings = sections.headings();
  const rows = readIndicatorTable(table, period);
  if (rows) {
    return rows
      .filter((r) => !(options.numericOnly && r.comparator === "qualitative"))
      .map((r) => ({
        name: r.name,
        comparator: r.comparator,
        value: r.value,
        valueMax: r.valueMax,
        unit: r.unit,
        deadline: r.deadline ?? sections.year,
        category: categorize(r.categoryText ? [...headings, r.categoryText] : headings, r.name),
        quote: text.slice(r.quote.offset, r.quote.end),
        offset: r.quote.offset,
        confidence: 0.85,
        milestones: r.milestones,
        baseline: r.baseline,
        attribute: r.attribute,
      }));
  }
  const out: Candidate[] = [];
  const ctx: ProseContext = { headings, targetSection: sections.targetSection, sectionYear: sections.year, pastPeriod, planStart: null };
  for (const row of table.rows) {
    if (row.length === 0) continue;
    const last = row[row.length - 1]!;
    pushAll(out, readParagraph(text, norm, { start: row[0]!.offset, end: last.offset + last.text.length }, ctx, options));
  }
  return out;
}

/**
 * "到2023年，合格率达到95%；到2025年，达到98%": one target with its stages. A later candidate with the
 * same name, unit and comparator and a later deadline takes the earlier value as a milestone.
 */
function stageMilestones(cands: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  const byKey = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (typeof c.value !== "number" || c.deadline === null || c.comparator === "range") continue;
    const key = `${c.name}|${c.unit}|${c.comparator}`;
    const list = byKey.get(key) ?? [];
    list.push(c);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const final = list.reduce((a, b) => (b.deadline! > a.deadline! ? b : a));
    const earlier = list.filter((c) => c !== final && c.deadline! < final.deadline! && final.offset - c.offset < 3000 && final.offset > c.offset);
    if (earlier.length === 0) continue;
    const milestones = [...(final.milestones ?? [])];
    for (const e of earlier) {
      if (milestones.some((m) => m.year === e.deadline)) continue;
      milestones.push({ year: e.deadline!, value: e.value as number });
      dropped.add(e);
    }
    final.milestones = milestones.sort((a, b) => a.year - b.year);
  }
  return dropped.size === 0 ? cands : cands.filter((c) => !dropped.has(c));
}

const MEASURE_END = /(?:率|度|比例|比重|浓度|总量|指数|数量|占有率|满意度)$/;

/**
 * "新开工建筑节能标准执行率、新开工保障房受监工程覆盖率均达到100%" is two targets with one value:
 * split a name whose every 、/和-part is itself a measure.
 */
function splitParallel(c: Candidate): Candidate[] {
  const base = c.name.replace(/(?<!平)(?:均|都|全部|分别)$/, "");
  const parts = base.split(/、|和/);
  if (parts.length < 2 || !parts.every((p) => p.length >= 3 && MEASURE_END.test(p))) {
    return [base === c.name ? c : { ...c, name: base }];
  }
  const value = typeof c.value === "string" ? c.value.replace(/^(?:均|都|全部)/, "") : c.value;
  return parts.map((name) => ({ ...c, name, value }));
}

function trimQuote(c: Candidate): Candidate {
  const lead = c.quote.length - c.quote.trimStart().length;
  const quote = c.quote.trim();
  return lead === 0 && quote.length === c.quote.length ? c : { ...c, quote, offset: c.offset + lead };
}

/**
 * The same fragment repeated by a scraper ("企业营业执照2日以内办理完毕。 执照2日以内…") yields one
 * entry: a later candidate with the same reading whose name ends an earlier name, close by, is a copy.
 */
/** A scraper repeats a fragment, not a page: longer quotes are never copies (and are not compared). */
const MAX_REPEAT = 300;

function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const copy = out.slice(-8).some(
      (p) =>
        p.value === c.value &&
        p.unit === c.unit &&
        p.comparator === c.comparator &&
        // a scraper's repeat follows at once ("…办理完毕。 执照2日以内…"); a real second target does not
        c.offset > p.offset &&
        c.offset - (p.offset + p.quote.length) < 10 &&
        c.quote.length <= MAX_REPEAT &&
        p.quote.endsWith(c.quote) &&
        p.name.endsWith(c.name),
    );
    if (!copy) out.push(c);
  }
  return out;
}
