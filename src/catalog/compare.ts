/**
 * Across cities: every city's target for one concept, with the differences that matter said out
 * loud (units, definitions, years) instead of hidden in a tidy table.
 */
import { CONCEPTS, type Concept } from "./concepts";
import { formatTarget, targetForExcel } from "./evaluate";
import { contrast, normalizeName, similarity } from "./normalize";
import type { CatalogIndex } from "./resolve";
import type { Indicator } from "./types";

export interface ComparisonRow {
  city: string;
  name: string;
  target: string;
  value: number | string;
  unit: string;
  deadline: number | null;
  quote: string;
  id: string;
}

export interface Comparison {
  concept: Concept;
  rows: ComparisonRow[];
  /** Sentences on what makes the rows not directly comparable. */
  warnings: string[];
}

export type CompareResult = { ok: true; comparison: Comparison } | { ok: false; message: string; candidates: string[] };

/** Finds a concept by its key, its label, or the name of one of its member indicators. */
export function findConcept(index: CatalogIndex, text: string, concepts: readonly Concept[] = CONCEPTS): CompareResult {
  const raw = text.trim();
  if (raw === "") return { ok: false, message: "请填写指标名称或概念。", candidates: concepts.map((c) => c.label) };
  const n = normalizeName(raw);
  const byKey = concepts.find((c) => c.key === raw || normalizeName(c.label) === n);
  const byMember = byKey ?? concepts.find((c) => c.members.some(([, name]) => normalizeName(name) === n));
  let concept = byMember;
  if (!concept) {
    const ranked = concepts
      .map((c) => {
        // The concept's label or member name closest to the text, and how close.
        let s = -1;
        let near = "";
        for (const t of [c.label, ...c.members.map(([, name]) => name)]) {
          const score = similarity(n, normalizeName(t));
          if (score > s) [s, near] = [score, t];
        }
        return { c, s, near };
      })
      .sort((a, b) => b.s - a.s);
    const [best, second] = ranked;
    if (best && best.s >= 0.62 && (!second || best.s - second.s >= 0.08)) {
      // A near name that differs by a negation or a contrast word (不合格率, 农村…) is another measure.
      const why = contrast(n, normalizeName(best.near));
      if (why !== null) return { ok: false, message: `没有可对比的概念“${raw}”。相近的“${best.near}”不是同一指标——${why}。`, candidates: [best.c.label] };
      concept = best.c;
    } else {
      const candidates = ranked.filter((r) => r.s >= 0.3).slice(0, 5).map((r) => r.c.label);
      return { ok: false, message: `没有可对比的概念“${raw}”。${candidates.length ? `最接近的：${candidates.join("、")}` : ""}`, candidates };
    }
  }
  return { ok: true, comparison: compareConcept(index, concept) };
}

export function compareConcept(index: CatalogIndex, concept: Concept): Comparison {
  const entries: Indicator[] = index.byConcept(concept.key);
  const rows = entries.map((e) => ({
    city: e.city,
    name: e.name,
    target: formatTarget(e),
    value: targetForExcel(e),
    unit: e.unit,
    deadline: e.deadline,
    quote: e.quote,
    id: e.id,
  }));
  const warnings: string[] = [];
  const units = [...new Set(entries.map((e) => (e.comparator === "qualitative" ? "定性" : e.unit || "无单位")))];
  if (units.length > 1) warnings.push(`单位或口径不同：${units.join("、")}，不能直接比较数值。`);
  const names = [...new Set(entries.map((e) => e.name))];
  if (names.length > 1) warnings.push(`各地指标名称不同（${names.join("、")}），定义可能不完全一致。`);
  const years = [...new Set(entries.map((e) => e.deadline))];
  if (years.length > 1) warnings.push(`目标年份不同：${years.map((y) => y ?? "未写明").join("、")}。`);
  const comparators = [...new Set(entries.filter((e) => e.comparator !== "qualitative").map((e) => e.comparator))];
  if (comparators.length > 1) warnings.push(`比较方式不同（${comparators.join("、")}），例如“达到”与“大于”。`);
  if (concept.note) warnings.push(concept.note);
  return { concept, rows, warnings };
}
