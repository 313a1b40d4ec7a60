/**
 * The review table as data: one row per candidate target, the edits the user makes to it, and the
 * checks that turn an accepted row into a catalogue target. Pure (no React, no Office): the hook in
 * useImport.ts holds the rows, the components render them.
 */
import type { Baseline, Comparator, Milestone } from "../../catalog/types";
import type { ReviewedTarget } from "../../catalog/custom";
import type { Candidate } from "../../extract/extract";
import { PROBLEMS_ZH, type ProblemWords } from "./problems";

/** One row of the review table. Editable fields are kept as the user types them (strings). */
export interface ReviewRow {
  key: number;
  accepted: boolean;
  name: string;
  category: string;
  comparator: Comparator;
  value: string;
  valueMax: string;
  unit: string;
  deadline: string;
  /** Interim targets as text: "2023：95；2024：96". */
  milestones: string;
  /** The plan's starting point as text: "2020：90", or "90" when the plan gives no year. */
  baseline: string;
  /** 预期性 / 约束性, or "". */
  attribute: string;
  quote: string;
  offset: number;
  /** The extractor's confidence; null for a row the user added, split or merged. */
  confidence: number | null;
}

/** Below this the extractor is unsure: such rows start unaccepted and the 低置信度 filter shows them. */
export const LOW_CONFIDENCE = 0.6;

export type ReviewFilter = "all" | "low" | "pending";

let nextKey = 1;
/** A fresh row key (keys identify rows across edits; they are never reused). */
export const newKey = () => nextKey++;

export function formatMilestones(ms: readonly Milestone[] | undefined): string {
  return (ms ?? []).map((m) => `${m.year}：${m.value}`).join("；");
}

export function formatBaseline(b: Baseline | null | undefined): string {
  if (!b) return "";
  return b.year === null ? String(b.value) : `${b.year}：${b.value}`;
}

export function rowFromCandidate(c: Candidate, offsetShift = 0): ReviewRow {
  return {
    key: newKey(),
    accepted: c.confidence >= LOW_CONFIDENCE,
    name: c.name,
    category: c.category,
    comparator: c.comparator,
    value: String(c.value),
    valueMax: c.valueMax === null ? "" : String(c.valueMax),
    unit: c.unit,
    deadline: c.deadline === null ? "" : String(c.deadline),
    milestones: formatMilestones(c.milestones),
    baseline: formatBaseline(c.baseline),
    attribute: c.attribute ?? "",
    quote: c.quote,
    offset: c.offset + offsetShift,
    confidence: c.confidence,
  };
}

/** A row for a passage the extractor found nothing in: the user fills in the target. */
export function blankRow(quote: string, offset: number): ReviewRow {
  return {
    key: newKey(),
    accepted: true,
    name: quote.replace(/\s+/g, "").slice(0, 30),
    category: "其他",
    comparator: "qualitative",
    value: "",
    valueMax: "",
    unit: "",
    deadline: "",
    milestones: "",
    baseline: "",
    attribute: "",
    quote,
    offset,
    confidence: null,
  };
}

const isYear = (y: number) => Number.isInteger(y) && y >= 1990 && y <= 2100;
const NUMBER = String.raw`[-+]?\d+(?:\.\d+)?`;

/**
 * "2023：95；2024年 96" → milestones, or the reason the text is not a list of year–value pairs.
 * Full-width digits and colons are accepted; pairs may be separated by ；;，, or spaces.
 */
export function parseMilestones(text: string, w: ProblemWords = PROBLEMS_ZH): Milestone[] | string {
  const s = toHalfWidth(text).trim();
  if (s === "") return [];
  const out: Milestone[] = [];
  for (const part of s.split(/[;,；，、\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = new RegExp(String.raw`^(\d{4})\s*年?\s*[:：]?\s*(${NUMBER})\s*%?$`).exec(part);
    if (!m) return w.pairFormat(part);
    const year = Number(m[1]);
    if (!isYear(year)) return w.badYear(year);
    out.push({ year, value: Number(m[2]) });
  }
  out.sort((a, b) => a.year - b.year);
  for (let i = 1; i < out.length; i++) if (out[i]!.year === out[i - 1]!.year) return w.yearTwice(out[i]!.year);
  return out;
}

/** "2020：90" or "90" → a baseline; "" → null; anything else → the reason. */
export function parseBaseline(text: string, w: ProblemWords = PROBLEMS_ZH): Baseline | null | string {
  const s = toHalfWidth(text).trim();
  if (s === "") return null;
  const withYear = new RegExp(String.raw`^(\d{4})\s*年?\s*[:：]?\s*(${NUMBER})\s*%?$`).exec(s);
  if (withYear && isYear(Number(withYear[1]))) return { year: Number(withYear[1]), value: Number(withYear[2]) };
  const bare = new RegExp(String.raw`^(${NUMBER})\s*%?$`).exec(s);
  if (bare) return { year: null, value: Number(bare[1]) };
  return w.baselineFormat(s);
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff1a\uff1b\uff0c\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", range: "", qualitative: "" };

/** The target as people read it, from what the row holds now: ≥98%, 1—2个, 全覆盖. */
export function targetText(r: ReviewRow): string {
  if (r.comparator === "qualitative") return r.value;
  if (r.comparator === "range") return `${r.value}—${r.valueMax}${r.unit}`;
  return `${SYMBOL[r.comparator]}${r.value}${r.unit}`;
}

/** A review row as a catalogue target, or the reason it is not one yet (a sentence in `w`'s language). */
export function toTarget(r: ReviewRow, w: ProblemWords = PROBLEMS_ZH): ReviewedTarget | string {
  const name = r.name.trim();
  if (name === "") return w.emptyName;
  if (name.length > 80) return w.longName(`${name.slice(0, 20)}…`);
  const qualitative = r.comparator === "qualitative";
  const value = qualitative ? r.value.trim() : Number(toHalfWidth(r.value).trim());
  if (qualitative ? value === "" : r.value.trim() === "" || !Number.isFinite(value)) return qualitative ? w.emptyLevel(name) : w.valueNotNumber(name);
  const valueMax = r.comparator === "range" ? Number(toHalfWidth(r.valueMax).trim()) : null;
  if (valueMax !== null && (r.valueMax.trim() === "" || !Number.isFinite(valueMax))) return w.maxNotNumber(name);
  if (valueMax !== null && valueMax < (value as number)) return w.maxBelowValue(name);
  const deadlineText = toHalfWidth(r.deadline).trim().replace(/年$/, "");
  const deadline = deadlineText === "" ? null : Number(deadlineText);
  if (deadline !== null && !isYear(deadline)) return w.deadlineNotYear(name);
  const milestones = parseMilestones(r.milestones, w);
  if (typeof milestones === "string") return w.milestonesBad(name, milestones);
  if (qualitative && milestones.length > 0) return w.qualitativeMilestones(name);
  // The deadline year's value is the target itself: a milestone comes before it.
  if (deadline !== null && milestones.some((m) => m.year >= deadline)) return w.milestonesLate(name, deadline);
  const baseline = parseBaseline(r.baseline, w);
  if (typeof baseline === "string") return w.baselineBad(name, baseline);
  if (qualitative && baseline !== null) return w.qualitativeBaseline(name);
  return {
    name,
    category: r.category.trim(),
    comparator: r.comparator,
    value,
    valueMax,
    unit: r.unit.trim(),
    deadline,
    quote: r.quote,
    offset: r.offset,
    milestones,
    baseline,
    attribute: r.attribute.trim() || null,
  };
}

export const isLow = (r: ReviewRow) => r.confidence !== null && r.confidence < LOW_CONFIDENCE;

/**
 * The rows a filter and a search show. `keep` (the row being edited) stays in view even when an edit
 * takes it out of the filter, so ticking 采用 under 未采用 does not pull the row from under the user's hands.
 */
export function filterRows(rows: readonly ReviewRow[], filter: ReviewFilter, keep: number | null = null, query = ""): ReviewRow[] {
  const q = query.trim();
  const byFilter = filter === "all" ? () => true : filter === "low" ? isLow : (r: ReviewRow) => !r.accepted;
  // A search matches the name, the category or the sentence: 合格率, 2025, 专利.
  const byQuery = q === "" ? () => true : (r: ReviewRow) => r.name.includes(q) || r.category.includes(q) || r.quote.includes(q);
  return rows.filter((r) => r.key === keep || (byFilter(r) && byQuery(r)));
}

export function countRows(rows: readonly ReviewRow[]): { total: number; accepted: number; low: number; pending: number } {
  let accepted = 0;
  let low = 0;
  for (const r of rows) {
    if (r.accepted) accepted++;
    if (isLow(r)) low++;
  }
  return { total: rows.length, accepted, low, pending: rows.length - accepted };
}

// ---- Edits: each returns a new list (rows stay in document order) ----

export function updateRow(rows: readonly ReviewRow[], key: number, patch: Partial<ReviewRow>): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

export function setAccepted(rows: readonly ReviewRow[], keys: ReadonlySet<number>, accepted: boolean): ReviewRow[] {
  return rows.map((r) => (keys.has(r.key) && r.accepted !== accepted ? { ...r, accepted } : r));
}

export function removeRow(rows: readonly ReviewRow[], key: number): ReviewRow[] {
  return rows.filter((r) => r.key !== key);
}

/**
 * Splits a row that states two targets: a copy follows it (same quote), named "…（2）", for the user
 * to edit into the second target. Returns the rows and the new row's key.
 */
export function splitRow(rows: readonly ReviewRow[], key: number): { rows: ReviewRow[]; added: number | null } {
  const i = rows.findIndex((r) => r.key === key);
  if (i < 0) return { rows: [...rows], added: null };
  const r = rows[i]!;
  const copy: ReviewRow = { ...r, key: newKey(), name: `${r.name}（2）`, confidence: null };
  return { rows: [...rows.slice(0, i + 1), copy, ...rows.slice(i + 1)], added: copy.key };
}

/**
 * Merges a row into the one before it (document order): one target whose quote spans both; the
 * earlier row's reading is kept. Null when there is no row before it.
 */
export function mergeWithPrevious(rows: readonly ReviewRow[], key: number, text: string): { rows: ReviewRow[]; kept: number } | null {
  const i = rows.findIndex((r) => r.key === key);
  if (i <= 0) return null;
  const a = rows[i - 1]!;
  const b = rows[i]!;
  const start = Math.min(a.offset, b.offset);
  const end = Math.max(a.offset + a.quote.length, b.offset + b.quote.length);
  const quote = text.slice(start, end);
  const merged: ReviewRow = { ...a, quote: quote.length > 0 ? quote : `${a.quote}${b.quote}`, offset: start, accepted: a.accepted || b.accepted, confidence: null };
  return { rows: [...rows.slice(0, i - 1), merged, ...rows.slice(i + 1)], kept: a.key };
}

/** Adds rows (from a selection) in document order. */
export function insertRows(rows: readonly ReviewRow[], added: readonly ReviewRow[]): ReviewRow[] {
  return [...rows, ...added].sort((x, y) => x.offset - y.offset);
}
