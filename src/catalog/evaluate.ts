/**
 * Evaluation of an actual value against a target: 达标 / 未达标 / 无数据, and the gap.
 *
 * Percent targets follow Excel's convention: a cell showing 97.5% holds 0.975. So for a % target
 *  - a number from −1 to 1 is a fraction (0.975 → 97.5%; 1 → 100%);
 *  - a larger number is in percent points (97.5 → 97.5%);
 *  - text "97.5%" or "97.5" is read as percent points; "0.975" as a fraction, by the same rule;
 *  - where the caller knows the cell is %-formatted (the task pane does), `percentFormatted` makes
 *    every number a fraction, so 0.5% (0.005) and 150% (1.5) read right.
 * The one ambiguity left: a bare 0.5 typed into an unformatted cell reads as 50%, not 0.5%.
 * A rate read above 100 % (95 in a %-formatted cell is 9500 %) is graded as read but carries a
 * `warning`, so that `qc check` and the pane can ask the user to look at it.
 * ‰ targets work in permille points (Excel has no ‰ format): 1.2 and "1.2‰" are 1.2‰.
 *
 * Commas in text values (one rule for `qc`, the functions and the pane, all of which read text
 * through `parseNumberText`):
 *  - both "," and "." in one number: the last of the two is the decimal mark and the other groups
 *    thousands in threes ("1,234.5" and "1.234,5" are both 1234.5);
 *  - only commas, grouping digits in threes after a first group of 1–3 digits that is not 0:
 *    thousands ("1,234" and "12,345,678");
 *  - one comma otherwise: a decimal comma ("97,5%" is 97.5 %, "0,975" is 0.975, "1,5" is 1.5);
 *  - anything else ("1,2,3", "12,34,567") is not a number and is reported, never guessed.
 * Full-width forms (，．％) are read as their ASCII forms.
 *
 * The gap is in the target's unit (percent points for %), signed as a margin: positive or zero
 * when the target is met (by how much), negative when it is missed (by how much). For ceilings
 * (≤ 56 dB) the margin is target − actual; for ranges the distance to the nearer bound.
 */
import type { Comparator, Indicator, Status } from "./types";

export type ActualInput = number | string | boolean | null | undefined;

export interface Evaluation {
  status: Status;
  /** Margin in the target's unit; null for 无数据 and qualitative targets. */
  gap: number | null;
  /** The actual value in the target's unit (97.5 for 97.5%), or 已达成/未达成 for qualitative. */
  actual: number | string | null;
  /** A sentence when the value is graded but looks wrong: a rate above 100 % (9500 % from 95 in a %-formatted cell). */
  warning?: string;
}

export interface ReadOptions {
  /** The cell carries a % number format: numbers are fractions whatever their size. */
  percentFormatted?: boolean;
}

/** An actual value that cannot be compared: a boolean for a numeric target, text that is not a number. */
export class ActualValueError extends Error {
  override readonly name = "ActualValueError";
}

const ACHIEVED = new Set(["已达成", "达成", "已达标", "达标", "已完成", "完成", "是", "通过", "已通过", "yes", "y", "true", "met", "done", "√", "✓"]);
const NOT_ACHIEVED = new Set(["未达成", "未达标", "不达标", "未完成", "否", "未通过", "进行中", "no", "n", "false", "missed", "×", "✗"]);

const EPS = 1e-9;

export function isPercentUnit(unit: string): boolean {
  return unit === "%";
}

const ASCII_RE = /^[\x00-\x7f]*$/;
const GROUPED_COMMA = /^[1-9]\d{0,2}(,\d{3})+$/;
const GROUPED_DOT = /^[1-9]\d{0,2}(\.\d{3})+$/;

/** Reads a number from text: "97.5", "97.5%", "９７．５％", "1,234", "97,5%", "≥98%". Returns null when it is not one. */
export function parseNumberText(text: string): { value: number; percent: boolean; permille: boolean } | null {
  // NFKC folds full-width digits and signs; plain ASCII text (the common case) needs none.
  const t = (ASCII_RE.test(text) ? text : text.normalize("NFKC")).trim().replace(/^[≥≤><=]+/, "").trim();
  const m = /^([+-]?)([\d.,]+(?:e[+-]?\d+)?)\s*(%|‰)?$/i.exec(t);
  if (!m) return null;
  const digits = plainDecimal(m[2]!);
  if (digits === null) return null;
  const value = Number(m[1] + digits);
  if (!Number.isFinite(value)) return null;
  return { value, percent: m[3] === "%", permille: m[3] === "‰" };
}

/** A number's digits with "." as the only decimal mark and no grouping, by the comma rule above; null when it breaks it. */
function plainDecimal(s: string): string | null {
  const [mantissa, exponent = ""] = s.toLowerCase().split("e") as [string, string?];
  const grouped = (body: string, sep: string) => (sep === "," ? GROUPED_COMMA : GROUPED_DOT).test(body);
  const lastComma = mantissa.lastIndexOf(",");
  const lastDot = mantissa.lastIndexOf(".");
  let out: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const [dec, group] = lastDot > lastComma ? [".", ","] : [",", "."];
    const at = mantissa.lastIndexOf(dec);
    const int = mantissa.slice(0, at);
    const frac = mantissa.slice(at + 1);
    if (!grouped(int, group) || !/^\d+$/.test(frac)) return null;
    out = `${int.split(group).join("")}.${frac}`;
  } else if (lastComma >= 0) {
    if (grouped(mantissa, ",")) out = mantissa.replace(/,/g, "");
    else if (/^\d*,\d+$/.test(mantissa)) out = mantissa.replace(",", ".");
    else return null;
  } else {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(mantissa)) return null;
    out = mantissa;
  }
  return exponent ? `${out}e${exponent}` : out;
}

/**
 * The actual value in the target's unit, or null for no data. Throws ActualValueError for values
 * that cannot be read against this target.
 */
export function readActual(entry: Indicator, raw: ActualInput, opts: ReadOptions = {}): number | boolean | null {
  const v = readActualUnchecked(entry, raw, opts);
  if (typeof v === "number" && !Number.isFinite(v)) throw new ActualValueError(`“${entry.name}”的实际值超出可计算的范围`);
  return v;
}

function readActualUnchecked(entry: Indicator, raw: ActualInput, opts: ReadOptions): number | boolean | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" && raw.trim() === "") return null;
  if (entry.comparator === "qualitative") {
    if (typeof raw === "boolean") return raw;
    if (typeof raw === "number") {
      if (raw === 1) return true;
      if (raw === 0) return false;
      throw new ActualValueError(`“${entry.name}”是定性目标（${String(entry.value)}），请填“已达成”或“未达成”，不是数字 ${raw}`);
    }
    const t = raw.normalize("NFKC").trim().toLowerCase();
    if (ACHIEVED.has(t)) return true;
    if (NOT_ACHIEVED.has(t)) return false;
    throw new ActualValueError(`“${entry.name}”是定性目标，请填“已达成”或“未达成”，而不是“${raw.slice(0, 20)}”`);
  }
  if (typeof raw === "boolean") throw new ActualValueError(`“${entry.name}”需要数值，不是逻辑值 ${raw ? "TRUE" : "FALSE"}`);
  let value: number;
  let percentText = false;
  let permilleText = false;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new ActualValueError(`“${entry.name}”的实际值不是有限数值`);
    value = raw;
  } else {
    const parsed = parseNumberText(raw);
    if (!parsed) throw new ActualValueError(`“${entry.name}”需要数值，“${raw.slice(0, 20)}”不是数字`);
    ({ value } = parsed);
    percentText = parsed.percent;
    permilleText = parsed.permille;
  }
  if (isPercentUnit(entry.unit)) {
    if (percentText) return value;
    if (permilleText) return value / 10;
    if (opts.percentFormatted && typeof raw === "number") return value * 100;
    return Math.abs(value) <= 1 ? value * 100 : value;
  }
  if (entry.unit === "‰") {
    if (percentText) return value * 10;
    return value;
  }
  if (percentText && entry.unit !== "%") throw new ActualValueError(`“${entry.name}”的单位是${entry.unit || "数值"}，不是百分比`);
  return value;
}

/** Compares a number with a target. */
export function compare(cmp: Comparator, actual: number, target: number, targetMax: number | null): { met: boolean; gap: number } {
  const tol = EPS * Math.max(1, Math.abs(target));
  switch (cmp) {
    case ">=":
      return { met: actual >= target - tol, gap: actual - target };
    case ">":
      return { met: actual > target + tol, gap: actual - target };
    case "<=":
      return { met: actual <= target + tol, gap: target - actual };
    case "<":
      return { met: actual < target - tol, gap: target - actual };
    case "=":
      return { met: Math.abs(actual - target) <= tol, gap: -Math.abs(actual - target) };
    case "range": {
      const max = targetMax ?? target;
      if (actual < target - tol) return { met: false, gap: actual - target };
      if (actual > max + tol) return { met: false, gap: max - actual };
      return { met: true, gap: Math.min(actual - target, max - actual) };
    }
    case "qualitative":
      throw new Error("compare: qualitative targets have no number");
  }
}

/** Rounds away floating-point noise (0.1 + 0.2) without hiding real decimals. */
function tidy(x: number): number {
  if (Math.abs(x) > 1e6) return x; // large numbers carry no float noise worth rounding (and x·1e9 could overflow)
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

/** Checks an actual value against an entry's target. Throws ActualValueError for unreadable input. */
export function evaluate(entry: Indicator, raw: ActualInput, opts: ReadOptions = {}): Evaluation {
  const actual = readActual(entry, raw, opts);
  if (actual === null) return { status: "nodata", gap: null, actual: null };
  if (typeof actual === "boolean") return { status: actual ? "met" : "missed", gap: null, actual: actual ? "已达成" : "未达成" };
  const { met, gap } = compare(entry.comparator, actual, entry.value as number, entry.valueMax);
  const result: Evaluation = { status: met ? "met" : "missed", gap: tidy(gap), actual: tidy(actual) };
  const warning = rateWarning(entry, actual);
  return warning ? { ...result, warning } : result;
}

/**
 * A rate above 100 % is almost always a value typed in the wrong form (95 in a %-formatted cell
 * reads 9500 %). Targets that are themselves above 100 % (增长150%) expect such values: no warning.
 */
function rateWarning(entry: Indicator, actual: number): string | null {
  if (!isPercentUnit(entry.unit) || actual <= 100 + EPS) return null;
  if (Math.max(entry.value as number, entry.valueMax ?? 0) > 100) return null;
  return `“${entry.name}”的实际值读作 ${tidy(actual)}%，超过 100%，请核对：百分比格式的单元格里 95 表示 9500%，请填 95% 或 0.95`;
}

/** The target as Excel should hold it: 98% → 0.98; other units as written; the level text for qualitative. */
export function targetForExcel(entry: Indicator): number | string {
  if (entry.comparator === "qualitative") return String(entry.value);
  const v = entry.value as number;
  return isPercentUnit(entry.unit) ? tidy(v / 100) : v;
}

/** The upper bound of a range the same way, or null. */
export function targetMaxForExcel(entry: Indicator): number | null {
  if (entry.valueMax === null) return null;
  return isPercentUnit(entry.unit) ? tidy(entry.valueMax / 100) : entry.valueMax;
}

const SYMBOL: Record<Exclude<Comparator, "range" | "qualitative">, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** The target as people read it: ≥98%, ≤56dB(A), 1—2个, >30%, 低于全国平均水平. */
export function formatTarget(entry: Indicator): string {
  if (entry.comparator === "qualitative") return String(entry.value);
  if (entry.comparator === "range") return `${entry.value}—${entry.valueMax}${entry.unit}`;
  return `${SYMBOL[entry.comparator]}${entry.value}${entry.unit}`;
}

/** An Excel number format for the 目标值 / 实际值 cells of an entry. */
export function numberFormatFor(entry: Indicator): string {
  if (entry.comparator === "qualitative") return "@";
  const decimals = (x: number | null) => (x === null ? 0 : (String(x).split(".")[1]?.length ?? 0));
  const d = Math.max(decimals(entry.value as number), decimals(entry.valueMax));
  const base = d > 0 ? `0.${"0".repeat(d)}` : "0";
  if (isPercentUnit(entry.unit)) return `${base}%`;
  return (entry.value as number) >= 10000 ? `#,##${base}` : base;
}
