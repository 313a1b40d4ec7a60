/**
 * Progress over the years: is a target on track to be met by its deadline?
 *
 * The rule follows how open SDG-indicator platforms grade progress (the UN's SDG progress chart and
 * Eurostat's SDG monitoring compare the progress made since a baseline with the progress needed to
 * reach the target on time), reduced to a yes/no test a bureau can read:
 *
 * - 无数据   no actual value at all (also past the deadline: no data is not a failure).
 * - 已达标   the latest value meets the target (whatever the year).
 * - 逾期未达 not met, and the latest value's year (or `asOfYear`) is at or past the deadline.
 * - 按期可达 not met yet, but the latest value is at or beyond the straight path from the baseline
 *            to the target at the deadline ("beyond" means above it for floors, below it for
 *            ceilings such as noise ≤ 56 dB(A)).
 * - 进度滞后 not met and behind that path.
 *
 * Edge cases, decided:
 * - Baseline: the given one; else the earliest value in the series. A baseline that already meets
 *   the target makes the path flat at the target: the value must simply stay within it.
 * - One data point and no baseline: there is no path to compare with, so the point is compared
 *   with the target alone (met → 已达标, else 进度滞后 or 逾期未达); we never claim 按期可达 without
 *   two points of evidence.
 * - No deadline: the same direct comparison (no path can be drawn).
 * - Ranges are floors below their lower bound and ceilings above their upper bound; `=` is a range
 *   of one value. Qualitative targets: 已达成 → 已达标; 进行中 before the deadline → 按期可达;
 *   otherwise 进度滞后 or 逾期未达.
 * - Missing years are skipped; values are read with the same percent rules as `evaluate`.
 * The projection is the least-squares line through baseline and values, read at the deadline.
 */
import { ActualValueError, compare, readActual, type ActualInput, type ReadOptions } from "./evaluate";
import type { Indicator } from "./types";

export type ProgressStatus = "met" | "onTrack" | "behind" | "overdue" | "nodata";

export const PROGRESS_LABEL: Record<ProgressStatus, string> = {
  met: "已达标",
  onTrack: "按期可达",
  behind: "进度滞后",
  overdue: "逾期未达",
  nodata: "无数据",
};

export interface ProgressInput {
  values: ActualInput[];
  years: (number | null | undefined)[];
  baseline?: ActualInput;
  baselineYear?: number | null;
  /** The current year, for deadlines that passed with no new data. */
  asOfYear?: number | null;
  read?: ReadOptions;
}

export interface Progress {
  status: ProgressStatus;
  /** The value expected at the deadline on the current trend, in the target's unit; null without two points. */
  projected: number | null;
  /** Where the straight path from baseline to target stands in the latest value's year. */
  pathValue: number | null;
  latest: { year: number; value: number | boolean } | null;
  /** A sentence for the edge case that decided the status, if any. */
  note: string | null;
}

interface Point {
  year: number;
  value: number;
}

function isIntYear(y: unknown): y is number {
  return typeof y === "number" && Number.isInteger(y) && y >= 1900 && y <= 2200;
}

/** Grades progress of one indicator. Throws ActualValueError for values that cannot be read. */
export function progress(entry: Indicator, input: ProgressInput): Progress {
  if (input.values.length !== input.years.length) throw new ActualValueError("数值与年份的个数不一致");
  const points: { year: number; value: number | boolean }[] = [];
  input.values.forEach((raw, i) => {
    const year = input.years[i];
    const v = readActual(entry, raw, input.read);
    if (v === null) return;
    if (!isIntYear(year)) throw new ActualValueError(`第${i + 1}个数值缺少有效年份`);
    points.push({ year, value: v });
  });
  points.sort((a, b) => a.year - b.year);
  const latest = points[points.length - 1] ?? null;
  const deadline = entry.deadline;
  const now = Math.max(latest?.year ?? -Infinity, input.asOfYear ?? -Infinity);
  const pastDeadline = deadline !== null && now >= deadline;
  // Without a single value there is nothing to grade, even past the deadline: 无数据, not a failure.
  if (!latest) return { status: "nodata", projected: null, pathValue: null, latest: null, note: null };

  if (entry.comparator === "qualitative") {
    const raw = input.values[input.years.lastIndexOf(latest.year)];
    const inProgress = typeof raw === "string" && raw.trim() === "进行中";
    const status: ProgressStatus = latest.value === true ? "met" : pastDeadline ? "overdue" : inProgress ? "onTrack" : "behind";
    return { status, projected: null, pathValue: null, latest, note: null };
  }

  const target = entry.value as number;
  const series = points as Point[];
  const meets = (v: number) => compare(entry.comparator, v, target, entry.valueMax).met;
  const baselineRaw = input.baseline === undefined ? null : readActual(entry, input.baseline, input.read);
  const baselineValue = typeof baselineRaw === "number" ? baselineRaw : null;
  const baselineYear = isIntYear(input.baselineYear) ? input.baselineYear : null;
  const base: Point | null =
    baselineValue !== null && baselineYear !== null ? { year: baselineYear, value: baselineValue } : series.length >= 2 ? series[0]! : null;
  const fitPoints = base && base !== series[0] ? [base, ...series] : series;
  const projected = deadline !== null ? project(fitPoints, deadline) : null;

  if (meets(latest.value as number)) return { status: "met", projected, pathValue: null, latest, note: null };
  if (pastDeadline) return { status: "overdue", projected, pathValue: null, latest, note: null };
  if (!base || deadline === null || base.year >= deadline || latest.year <= base.year) {
    const note =
      deadline === null ? "没有期限，只与目标直接比较" : !base ? "只有一个数据点，无法判断趋势，只与目标直接比较" : "基线年份不早于最新数据，无法画出进度路径";
    return { status: "behind", projected, pathValue: null, latest, note };
  }

  // The value the target needs in the latest year, on a straight path from the baseline.
  const goal = goalFor(entry, base.value);
  const pathValue = meets(base.value) ? goal : base.value + ((goal - base.value) * (latest.year - base.year)) / (deadline - base.year);
  // A floor is approached from below, a ceiling from above; a baseline already within the target keeps the comparator's side.
  const direction = meets(base.value) ? directionOf(entry, base.value) : Math.sign(goal - base.value) || directionOf(entry, base.value);
  const eps = 1e-9 * Math.max(1, Math.abs(pathValue));
  const onPath = direction >= 0 ? (latest.value as number) >= pathValue - eps : (latest.value as number) <= pathValue + eps;
  return { status: onPath ? "onTrack" : "behind", projected, pathValue: round(pathValue), latest, note: null };
}

/** The bound a value has to reach from where it starts: the lower bound of a floor, the upper of a ceiling. */
function goalFor(entry: Indicator, from: number): number {
  const t = entry.value as number;
  switch (entry.comparator) {
    case "range":
    case "=": {
      const max = entry.valueMax ?? t;
      return from < t ? t : from > max ? max : from;
    }
    default:
      return t;
  }
}

function directionOf(entry: Indicator, from: number): number {
  if (entry.comparator === "<=" || entry.comparator === "<") return -1;
  if (entry.comparator === "range" || entry.comparator === "=") return from > (entry.valueMax ?? (entry.value as number)) ? -1 : 1;
  return 1;
}

function project(points: Point[], year: number): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - mx) ** 2;
    sxy += (p.year - mx) * (p.value - my);
  }
  if (sxx === 0) return null;
  return round(my + (sxy / sxx) * (year - mx));
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
