/**
 * Scores what the extractor read from one development document against its annotation. Pure.
 *
 * Matching, target by target in the annotation's order: a candidate matches a numeric target when
 * its comparator, value (and valueMax) and unit agree — 10万家 and 100000家 are the same quantity,
 * 个工作日 is 工作日 — and its name overlaps the target's (one contains the other, or their
 * character-bigram overlap is at least NAME_MIN). Among several such candidates the closest name
 * wins, then the earliest. A candidate matched once is used up. What is left over on either side
 * is a false positive or a false negative; a candidate with the right quantity but an unrelated
 * name ("完成近" for 知名农产品品牌建设任务) is both, as a user reviewing it would count it.
 *
 * Of the matched targets, the deadline must equal the annotation's; milestones and baseline are
 * right when they equal it exactly (only counted for targets that have them).
 *
 * A plan's earlier stage may also come out as a target of its own (到2025年 50 % beside 到2030年 70 %
 * for the same measure): a left-over candidate that matches an annotated milestone — same measure,
 * comparator and value, the milestone's year — is that milestone said another way, not a false
 * positive. It earns nothing either: "milestones right" needs them on the final target.
 */
import type { DevDocument, NumericTarget, QualitativeTarget } from "./types";

/** What the scorer needs of a candidate (the extractor's Candidate has these fields). */
export interface ScoredCandidate {
  name: string;
  comparator: string;
  value: number | string;
  valueMax: number | null;
  unit: string;
  deadline: number | null;
  milestones?: { year: number; value: number }[];
  baseline?: { year: number | null; value: number } | null;
}

export const NAME_MIN = 0.3;
const QUAL_MIN = 0.3;

export interface DocScore {
  id: string;
  variant: string;
  /** Numeric targets annotated, found (true positives), extracted but wrong (false positives). */
  want: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Of the true positives, how many have the annotated deadline. */
  deadlineRight: number;
  qualitativeWant: number;
  qualitativeFound: number;
  /** Targets annotated with milestones or a baseline, and how many came out exactly so. */
  milestonesWant: number;
  milestonesRight: number;
  /** A document with no targets: how many candidates of any kind it gave (must be 0). */
  noTargetOutput: number | null;
  /** Human-readable misses, for the detail listing. */
  details: string[];
}

const PUNCT = /[\s，,。；;：:、“”"'‘’（）()《》〈〉【】\[\]—–\-·…]/g;

export function normalizeName(s: string): string {
  return s.replace(PUNCT, "").replace(/的/g, "").replace(/^(?:全市|全县|全省|全区|我市|我县|我省)/, "");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** 1 when one name contains the other, else the Dice coefficient of their character bigrams. */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === "" || y === "") return 0;
  if ((x.length >= 2 && y.includes(x)) || (y.length >= 2 && x.includes(y))) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [k, n] of bx) common += Math.min(n, by.get(k) ?? 0);
  const total = Math.max(0, x.length - 1) + Math.max(0, y.length - 1);
  return total === 0 ? 0 : (2 * common) / total;
}

/** A quantity in comparable form: 万/亿 folded into the value, 个 before a unit dropped, ％ → %. */
export function quantity(value: number, unit: string): { value: number; unit: string } {
  let u = unit.replace(/\s+/g, "").replace(/％/g, "%").replace(/^个(?=.)/, "");
  let v = value;
  if (/^万./.test(u)) {
    v *= 1e4;
    u = u.slice(1);
  } else if (/^亿./.test(u)) {
    v *= 1e8;
    u = u.slice(1);
  }
  return { value: v, unit: u };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameQuantity(want: NumericTarget, got: ScoredCandidate): boolean {
  if (typeof got.value !== "number" || got.comparator !== want.comparator) return false;
  const w = quantity(want.value, want.unit);
  const g = quantity(got.value, got.unit);
  if (w.unit !== g.unit || !near(w.value, g.value)) return false;
  if (want.comparator === "range") {
    if (want.valueMax === undefined || got.valueMax === null) return false;
    return near(quantity(want.valueMax, want.unit).value, quantity(got.valueMax, got.unit).value);
  }
  return true;
}

function sameMilestones(want: NumericTarget, got: ScoredCandidate): boolean {
  const key = (ms: { year: number; value: number }[] | undefined) =>
    (ms ?? [])
      .map((m) => `${m.year}:${m.value}`)
      .sort()
      .join(",");
  if (key(want.milestones) !== key(got.milestones)) return false;
  const wb = want.baseline ?? null;
  const gb = got.baseline ?? null;
  if (wb === null || gb === null) return wb === gb;
  return near(wb.value, gb.value) && (gb.year === null || gb.year === wb.year);
}

function describe(t: { name: string; comparator: string; value: number | string; valueMax?: number | null; unit: string; deadline?: number | null }): string {
  const v = t.comparator === "range" ? `${t.value}–${t.valueMax}` : `${t.comparator}${t.value}`;
  return `${t.name} ${v}${t.unit}${t.deadline ? ` (${t.deadline})` : ""}`;
}

/**
 * How well a qualitative candidate reads an annotated one: its text (name and level) containing the
 * level counts most, then the names' overlap decides between candidates with the same level.
 */
function matchQualitative(want: QualitativeTarget, got: ScoredCandidate): number {
  const text = `${got.name}${typeof got.value === "string" ? got.value : ""}`;
  const level = normalizeName(want.level);
  if (level.length >= 2 && normalizeName(text).includes(level)) return 0.6 + 0.4 * nameSimilarity(want.name, got.name);
  return nameSimilarity(`${want.name}${want.level}`, text);
}

export function scoreDocument(doc: DevDocument, variant: string, candidates: readonly ScoredCandidate[]): DocScore {
  const numeric = candidates.filter((c) => c.comparator !== "qualitative" && typeof c.value === "number");
  const qualitative = candidates.filter((c) => c.comparator === "qualitative");
  const used = new Set<number>();
  const details: string[] = [];
  let tp = 0;
  let deadlineRight = 0;
  let milestonesWant = 0;
  let milestonesRight = 0;
  for (const want of doc.numeric) {
    const hasPath = (want.milestones?.length ?? 0) > 0 || want.baseline != null;
    if (hasPath) milestonesWant++;
    let best = -1;
    let bestSim = NAME_MIN - 1e-9;
    numeric.forEach((c, i) => {
      if (used.has(i) || !sameQuantity(want, c)) return;
      const sim = nameSimilarity(want.name, c.name);
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    });
    if (best < 0) {
      details.push(`FN ${describe(want)}`);
      continue;
    }
    used.add(best);
    tp++;
    const got = numeric[best]!;
    if (got.deadline === want.deadline) deadlineRight++;
    else details.push(`deadline ${describe(want)}: got ${got.deadline ?? "none"}`);
    if (hasPath) {
      if (sameMilestones(want, got)) milestonesRight++;
      else details.push(`milestones ${describe(want)}: got ${JSON.stringify({ milestones: got.milestones ?? [], baseline: got.baseline ?? null })}`);
    }
  }
  // Left-over candidates that state an annotated milestone as a target of its own.
  const milestones = doc.numeric.flatMap((t) => (t.milestones ?? []).map((m) => ({ ...t, value: m.value, deadline: m.year, milestones: [] })));
  const milestoneUsed = new Set<number>();
  numeric.forEach((c, i) => {
    if (used.has(i)) return;
    const m = milestones.findIndex((t, j) => !milestoneUsed.has(j) && c.deadline === t.deadline && sameQuantity(t, c) && nameSimilarity(t.name, c.name) >= NAME_MIN);
    if (m >= 0) {
      milestoneUsed.add(m);
      used.add(i);
      details.push(`milestone as its own target: ${describe(c)}`);
    }
  });
  let falsePositives = 0;
  numeric.forEach((c, i) => {
    if (used.has(i)) return;
    falsePositives++;
    details.push(`FP ${describe(c)}`);
  });
  const qualUsed = new Set<number>();
  let qualFound = 0;
  for (const want of doc.qualitative) {
    let best = -1;
    let bestSim = QUAL_MIN - 1e-9;
    qualitative.forEach((c, i) => {
      if (qualUsed.has(i)) return;
      const sim = matchQualitative(want, c);
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    });
    if (best < 0) details.push(`FN qualitative ${want.name}: ${want.level}`);
    else {
      qualUsed.add(best);
      qualFound++;
    }
  }
  const empty = doc.numeric.length === 0 && doc.qualitative.length === 0;
  if (empty) for (const c of qualitative) details.push(`FP qualitative ${c.name}: ${String(c.value)}`);
  return {
    id: doc.id,
    variant,
    want: doc.numeric.length,
    truePositives: tp,
    falsePositives,
    falseNegatives: doc.numeric.length - tp,
    deadlineRight,
    qualitativeWant: doc.qualitative.length,
    qualitativeFound: qualFound,
    milestonesWant,
    milestonesRight,
    noTargetOutput: empty ? candidates.length : null,
    details,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  deadlineAccuracy: number;
  qualitativeRecall: number;
  milestonesRight: number;
  milestonesWant: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Documents with no targets that nonetheless gave output. */
  noisyEmptyDocuments: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(scores: readonly DocScore[]): Totals {
  const sum = (f: (s: DocScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives);
  const fn = sum((s) => s.falseNegatives);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    deadlineAccuracy: ratio(sum((s) => s.deadlineRight), tp),
    qualitativeRecall: ratio(sum((s) => s.qualitativeFound), sum((s) => s.qualitativeWant)),
    milestonesRight: sum((s) => s.milestonesRight),
    milestonesWant: sum((s) => s.milestonesWant),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    noisyEmptyDocuments: scores.filter((s) => (s.noTargetOutput ?? 0) > 0).map((s) => `${s.id} (${s.variant})`),
  };
}

/** Candidates as comparable keys (name, comparator, value, unit, deadline), for the .docx-vs-PDF check. */
export function candidateKeys(candidates: readonly ScoredCandidate[]): string[] {
  return candidates.map((c) => `${normalizeName(c.name)}|${c.comparator}|${String(c.value)}|${c.valueMax ?? ""}|${c.unit}|${c.deadline ?? ""}`).sort();
}

/** Keys in one list and not the other (as multisets). */
export function keyDifference(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const k of a) {
    const i = rest.indexOf(k);
    if (i >= 0) rest.splice(i, 1);
    else onlyA.push(k);
  }
  return { onlyA, onlyB: rest };
}
