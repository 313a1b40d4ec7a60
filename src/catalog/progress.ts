/**
 * Progress over the years: is a target on track to be met by its deadline?
 *
 * The rule follows how open SDG-indicator platforms grade progress (the UN's SDG progress chart and
 * Eurostat's SDG monitoring compare the progress made since a baseline with the progress needed to
 * reach the target on time), reduced to a test a bureau can read. `QC_PROGRESS`, the pane's 进度
 * view and the progress sheet's formulas (src/template/progress.ts) all follow it.
 *
 * The path. The plan's own path is the straight line between the points it states: the baseline,
 * each milestone (a 2023 column beside 2025年目标, or a stage 到2023年……), and the final target at
 * the deadline. The baseline is the one the user gives (value and year); else the one the plan
 * states (value and year; the progress sheet writes it into its 基线 cells); else, with two values
 * or more, the earliest value. Milestones at or before the baseline's year are not on the path. A
 * baseline that already meets the final target makes the path flat: the value must stay within it.
 *
 * The grade, on the latest value (its year Y):
 * - 无数据   no value at all — also past the deadline: no data is not a failure.
 * - 已达标   the latest value meets the final target.
 * - 逾期未达 a value for the deadline year or later that misses. Nothing else is ever 逾期未达.
 * - 按期可达 Y is before the deadline and the value is at or beyond the path in year Y ("beyond":
 *            above it for floors, below it for ceilings such as noise ≤ 56 dB(A)).
 * - 进度滞后 Y is before the deadline and the value is behind the path; also when there is no path
 *            (no baseline and a single value, no deadline, a baseline not before Y or the
 *            deadline): the value is then compared with the target alone and never called 按期可达.
 * - Deadline passed, data stopped earlier: once the current year is after the deadline and the
 *   latest value is from before it, the series keeps its grade as of its own year, and the label
 *   says that the deadline year's value is missing: 缺2020年数据（截至2019年：按期可达）.
 *
 * Ranges are floors below their lower bound and ceilings above their upper bound; `=` is a range
 * of one value. Qualitative targets: 已达成 → 已达标; 进行中 before the deadline → 按期可达; a
 * value for the deadline year or later that is not 已达成 → 逾期未达; otherwise 进度滞后.
 * Values are read with the percent rule of `evaluate`, cell by cell where the formats are known (the
 * pane and the progress sheet): a number in a %-formatted cell is a fraction; elsewhere one from −1
 * to 1 is a fraction and a larger one percent points. Missing years are skipped.
 * The projection is the least-squares line through the baseline and the values, read at the deadline.
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

/** What a cell shows for a grade: the status, or 缺2020年数据（截至2019年：按期可达） once the deadline year's value is missing. */
export function progressLabel(status: ProgressStatus, missingYear: number | null, asOf: number | null): string {
  if (missingYear === null || asOf === null) return PROGRESS_LABEL[status];
  return `缺${missingYear}年数据（截至${asOf}年：${PROGRESS_LABEL[status]}）`;
}

export interface ProgressInput {
  values: ActualInput[];
  years: (number | null | undefined)[];
  baseline?: ActualInput;
  baselineYear?: number | null;
  /**
   * Use the plan's stated baseline when `baseline` is not given (default true). The progress sheet
   * copies it into its 基线 cells when inserted, so a sheet whose cells were cleared passes false.
   */
  statedBaseline?: boolean;
  /** The current year: after the deadline, a series that stops earlier says the deadline year's value is missing. */
  asOfYear?: number | null;
  /** How to read every value (and the baseline) where formats are not known cell by cell. */
  read?: ReadOptions;
  /** Per value: its cell carries a % number format (the pane knows each cell's format). Overrides `read`. */
  percentFormatted?: readonly boolean[];
  /** The baseline's cell carries a % number format. */
  baselinePercentFormatted?: boolean;
}

export interface Progress {
  /** The grade as of the latest value's year. */
  status: ProgressStatus;
  /** What to show: the status label, or 缺2020年数据（截至2019年：按期可达） (see `missingYear`). */
  label: string;
  /** The deadline year, when it has passed and no value for it (or later) was given; else null. */
  missingYear: number | null;
  /** The value expected at the deadline on the current trend, in the target's unit; null without two points. */
  projected: number | null;
  /** Where the plan's path stands in the latest value's year, in the target's unit; null without a path. */
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
    const v = readActual(entry, raw, input.percentFormatted ? { ...input.read, percentFormatted: input.percentFormatted[i] === true } : input.read);
    if (v === null) return;
    if (!isIntYear(year)) throw new ActualValueError(`第${i + 1}个数值缺少有效年份`);
    points.push({ year, value: v });
  });
  points.sort((a, b) => a.year - b.year);
  const latest = points[points.length - 1] ?? null;
  const deadline = entry.deadline;
  // Without a single value there is nothing to grade, even past the deadline: 无数据, not a failure.
  if (!latest) return graded("nodata", null, { projected: null, pathValue: null, latest: null, note: null });

  const final = deadline !== null && latest.year >= deadline; // a value measured for the deadline year or later
  const missing = deadline !== null && !final && isIntYear(input.asOfYear) && input.asOfYear > deadline;
  const missingYear = missing ? deadline : null;
  function graded(status: ProgressStatus, missingYear: number | null, rest: Omit<Progress, "status" | "label" | "missingYear">): Progress {
    return { status, label: progressLabel(status, missingYear, rest.latest?.year ?? null), missingYear, ...rest };
  }

  if (entry.comparator === "qualitative") {
    const raw = input.values[input.years.lastIndexOf(latest.year)];
    const inProgress = typeof raw === "string" && raw.trim() === "进行中";
    const status: ProgressStatus = latest.value === true ? "met" : final ? "overdue" : inProgress ? "onTrack" : "behind";
    return graded(status, missingYear, { projected: null, pathValue: null, latest, note: null });
  }

  const target = entry.value as number;
  const series = points as Point[];
  const value = latest.value as number;
  const meets = (v: number) => compare(entry.comparator, v, target, entry.valueMax).met;
  const base = baselineOf(entry, input, series);
  const fitPoints = base && base !== series[0] ? [base, ...series] : series;
  const projected = deadline !== null ? project(fitPoints, deadline) : null;

  if (meets(value)) return graded("met", missingYear, { projected, pathValue: null, latest, note: null });
  if (final) return graded("overdue", null, { projected, pathValue: null, latest, note: null });
  if (!base || deadline === null || base.year >= deadline || latest.year <= base.year) {
    const note =
      deadline === null ? "没有期限，只与目标直接比较" : !base ? "只有一个数据点，无法判断趋势，只与目标直接比较" : "基线年份不早于最新数据或期限，无法画出进度路径";
    return graded("behind", missingYear, { projected, pathValue: null, latest, note });
  }

  const goal = goalFor(entry, base.value);
  // A baseline already within the target: the path is flat, and a value that left it is behind.
  if (meets(base.value)) return graded("behind", missingYear, { projected, pathValue: round(goal), latest, note: "基线已达标，其后须保持达标" });
  const pathValue = pathAt(entry, base, goal, deadline, latest.year);
  // A floor is approached from below, a ceiling from above.
  const up = goal >= base.value;
  const eps = 1e-9 * Math.max(1, Math.abs(pathValue));
  const onPath = up ? value >= pathValue - eps : value <= pathValue + eps;
  return graded(onPath ? "onTrack" : "behind", missingYear, { projected, pathValue: round(pathValue), latest, note: null });
}

/** The path's starting point: the user's baseline, else the plan's stated one, else (two values or more) the earliest value. */
function baselineOf(entry: Indicator, input: ProgressInput, series: Point[]): Point | null {
  const read = input.baselinePercentFormatted === undefined ? input.read : { ...input.read, percentFormatted: input.baselinePercentFormatted };
  const given = input.baseline === undefined || input.baseline === null ? null : readActual(entry, input.baseline, read);
  if (typeof given === "number" && isIntYear(input.baselineYear)) return { year: input.baselineYear, value: given };
  const stated = entry.baseline;
  if (input.statedBaseline !== false && stated && isIntYear(stated.year) && Number.isFinite(stated.value)) return { year: stated.year, value: stated.value };
  return series.length >= 2 ? series[0]! : null;
}

/** The milestones that lie on the path from `base` to the deadline, earliest first. */
export function pathMilestones(entry: Indicator, fromYear: number): Point[] {
  const deadline = entry.deadline ?? Infinity;
  return (entry.milestones ?? [])
    .filter((m) => isIntYear(m.year) && Number.isFinite(m.value) && m.year > fromYear && m.year < deadline)
    .sort((a, b) => a.year - b.year);
}

/** The straight line between baseline, milestones and the final target, read in `year` (base.year < year < deadline). */
function pathAt(entry: Indicator, base: Point, goal: number, deadline: number, year: number): number {
  const path = [base, ...pathMilestones(entry, base.year), { year: deadline, value: goal }];
  let i = 0;
  while (i < path.length - 2 && path[i + 1]!.year <= year) i++;
  const a = path[i]!;
  const b = path[i + 1]!;
  return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
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
