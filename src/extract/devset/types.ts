/**
 * The shape of the document-level development set: a real plan text (or a substantial excerpt of
 * one) in `docs/<id>.txt`, and beside it `docs/<id>.ts`, a reviewer's reading of it written by hand.
 *
 * Conventions of the annotations (the same as the catalogue's, see README "Entry fields"):
 * - `value` as written: 98 for 98 %; `unit` the canonical unit (% ‰ 家 件 项 个 分 万户 亿元 工作日
 *   批次/千人 …; "" for an index or a bare ratio); a bare 满意度 score (达到85以上) is in 分.
 * - `comparator`: 以上/不低于/达到/稳定在/新增/建成 … → ">="; 高于/超过 → ">"; 以内/不超过/控制在/压缩到 → "<=";
 *   低于 → "<"; 1—2个 → "range" with `valueMax`; a bare figure for a count or a total → ">=".
 * - `deadline`: the year the target is for, however the text says it (sentence, list opener, stage,
 *   named period, the plan's period); null only when the text gives none at all.
 * - Past and present figures (reviews, 截至, 已, news of what was done), document numbers, dates,
 *   counts of tasks and measures (14项重点任务) are NOT targets and are not annotated.
 * - Qualitative targets: a measure with a clear level and no number (全覆盖, 消除…, 实现…零,
 *   稳居/处于全省前列, 双倍增). Vague directions (不断提高, 稳步提升, 明显增强) are not targets.
 */
import type { Comparator } from "../../catalog/types";

export interface NumericTarget {
  name: string;
  comparator: Exclude<Comparator, "qualitative">;
  value: number;
  valueMax?: number;
  unit: string;
  deadline: number | null;
  /** Interim targets a table or a stage gives (year → value). */
  milestones?: { year: number; value: number }[];
  /** The starting point the plan states (a 基期 column). */
  baseline?: { year: number; value: number } | null;
}

export interface QualitativeTarget {
  name: string;
  /** The level as the text states it: 全覆盖, 处于全国、全省前列, … */
  level: string;
  deadline?: number | null;
}

/** How a document's text is laid out; the generator makes the other layouts of a table document. */
export type DocForm =
  | "prose"
  | "list-opened-by-deadline"
  | "stages"
  | "review"
  | "news"
  | "notice"
  | "table";

export interface DevDocument {
  /** The file stem: docs/<id>.txt */
  id: string;
  title: string;
  /** city, county, province or national */
  level: "national" | "province" | "city" | "county";
  /** The period the plan covers, e.g. "2021—2025"; for orientation only. */
  period: string;
  forms: DocForm[];
  source: {
    url: string;
    /** How and when the text was taken, and what was changed (only ever punctuation width or a cut). */
    note: string;
  };
  numeric: NumericTarget[];
  qualitative: QualitativeTarget[];
}
