/**
 * A city → its progress sheet, as data: one row per indicator, a 基线 (baseline) and its year, one
 * actual-value column per year from the plan's year to its last deadline, and formulas for the
 * latest value, its year and the progress status — the same rule as src/catalog/progress.ts
 * (已达标, 按期可达, 进度滞后, 逾期未达, 无数据), in functions Excel, WPS and LibreOffice all compute.
 *
 *   A 序号 B 类别 C 指标 D 目标 E 目标值 F 单位 G 期限 H 基线 I 基线年份 J… one column per year
 *   then 最新值, 最新年份, 进度状态, and hidden 比较, 指标ID.
 * Users add years by inserting columns inside the year block: the formulas' ranges grow with it.
 */
import { formatTarget, numberFormatFor, targetForExcel, type City, type Indicator } from "../catalog";
import { COLORS, FIRST_DATA_ROW, HEADER_ROW, QUALITATIVE_CHOICES, tableName } from "./city";
import { columnLetter } from "./detect";
import type { CellSpec, CellStyle, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "./types";

export const PROGRESS_FIXED = ["序号", "类别", "指标", "目标", "目标值", "单位", "期限", "基线", "基线年份"];
export const PROGRESS_TAIL = ["最新值", "最新年份", "进度状态", "比较", "指标ID"];
export const PROGRESS_COLORS = {
  met: { fill: COLORS.hitFill, font: COLORS.hitFont },
  onTrack: { fill: "#DDEBF7", font: "#1F4E79" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  overdue: { fill: "#F4B6C2", font: "#6E0019" },
} as const;

export interface ProgressLayout {
  years: number[];
  /** Column letters. */
  firstYear: string;
  lastYear: string;
  latest: string;
  latestYear: string;
  status: string;
  comparator: string;
  id: string;
}

/** The plan's year, for the first year column: its issue year, or the earliest deadline minus three. */
function startYear(city: City, entries: readonly Indicator[]): number {
  const issued = Number(/^(\d{4})/.exec(city.plan.issued)?.[1]);
  if (Number.isInteger(issued)) return issued;
  const deadlines = entries.map((e) => e.deadline).filter((d): d is number => d !== null);
  return deadlines.length ? Math.min(...deadlines) - 3 : new Date().getFullYear() - 2;
}

export function progressLayout(city: City, entries: readonly Indicator[]): ProgressLayout {
  const from = startYear(city, entries);
  const deadlines = entries.map((e) => e.deadline).filter((d): d is number => d !== null);
  const to = Math.max(from + 2, ...deadlines);
  const years = Array.from({ length: Math.min(to - from + 1, 20) }, (_, i) => from + i);
  const first = PROGRESS_FIXED.length; // 0-based index of the first year column
  const last = first + years.length - 1;
  return {
    years,
    firstYear: columnLetter(first),
    lastYear: columnLetter(last),
    latest: columnLetter(last + 1),
    latestYear: columnLetter(last + 2),
    status: columnLetter(last + 3),
    comparator: columnLetter(last + 4),
    id: columnLetter(last + 5),
  };
}

/** The progress status formula for row r: the rule of src/catalog/progress.ts in spreadsheet terms. */
export function progressStatusFormula(entry: Indicator, r: number, l: ProgressLayout): string {
  const latest = `${l.latest}${r}`;
  const year = `${l.latestYear}${r}`;
  const target = `E${r}`;
  const deadline = `G${r}`;
  const base = `H${r}`;
  const baseYear = `I${r}`;
  // Past the deadline: the latest data is from the deadline year or later, or the calendar says so.
  const overdue = `AND(ISNUMBER(${deadline}),OR(${year}>=${deadline},YEAR(TODAY())>=${deadline}))`;
  if (entry.comparator === "qualitative") {
    return `IF(${latest}="","无数据",IF(${latest}="已达成","已达标",IF(${overdue},"逾期未达",IF(${latest}="进行中","按期可达","进度滞后"))))`;
  }
  const ceiling = entry.comparator === "<=" || entry.comparator === "<";
  const meets =
    entry.comparator === "range" || entry.comparator === "="
      ? `${latest}>=${target}`
      : `${latest}${entry.comparator}${target}`;
  const path = `${base}+(${target}-${base})*(${year}-${baseYear})/(${deadline}-${baseYear})`;
  const onPath = ceiling ? `${latest}<=${path}` : `${latest}>=${path}`;
  const noPath = `OR(${base}="",${baseYear}="",NOT(ISNUMBER(${deadline})),${baseYear}>=${deadline},${year}<=${baseYear})`;
  return `IF(${latest}="","无数据",IF(${meets},"已达标",IF(${overdue},"逾期未达",IF(${noPath},"进度滞后",IF(${onPath},"按期可达","进度滞后")))))`;
}

export function buildProgressTemplate(city: City, entries: readonly Indicator[]): SheetSpec {
  const l = progressLayout(city, entries);
  const headers = [...PROGRESS_FIXED, ...l.years.map((y) => `${y}年`), ...PROGRESS_TAIL];
  const last = Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + entries.length - 1);
  const cells: CellSpec[] = [];
  const v = (x: string | number | boolean | null) => ({ kind: "value" as const, value: x });
  const f = (x: string) => ({ kind: "formula" as const, formula: x });
  const border: CellStyle = { border: true, vertical: "top" };
  cells.push({ address: "A1", content: v(`${city.plan.title} · 逐年进度`), style: { bold: true, fontSize: 16, fontColor: COLORS.title } });
  cells.push({ address: "A2", content: v("基线：规划起点的数值及其年份（可不填，默认取最早一年的数值）。各年实际值填在黄色列；最新值、进度状态由公式计算。"), style: { italic: true, fontColor: "#605E5C" } });
  cells.push({ address: "A3", content: v("按期可达：最新值不低于从基线到期限目标的直线进度；上限类目标（如噪声）方向相反。"), style: { italic: true, fontColor: "#605E5C" } });
  headers.forEach((h, i) =>
    cells.push({ address: `${columnLetter(i)}${HEADER_ROW}`, content: v(h), style: { bold: true, fill: COLORS.header, border: true, horizontal: "center", wrap: true } }),
  );
  const yearRange = (r: number) => `${l.firstYear}${r}:${l.lastYear}${r}`;
  const yearHeader = `$${l.firstYear}$${HEADER_ROW}:$${l.lastYear}$${HEADER_ROW}`;
  entries.forEach((e, i) => {
    const r = FIRST_DATA_ROW + i;
    const fmt = e.comparator === "qualitative" ? undefined : numberFormatFor(e);
    const put = (col: string, content: CellSpec["content"], style: CellStyle = {}) => cells.push({ address: `${col}${r}`, content, style: { ...border, ...style } });
    put("A", v(i + 1), { horizontal: "center" });
    put("B", v(e.category));
    put("C", v(e.name), { wrap: true });
    put("D", v(formatTarget(e)), { horizontal: "center" });
    put("E", v(targetForExcel(e)), fmt ? { numberFormat: fmt } : { wrap: true });
    put("F", v(e.unit), { horizontal: "center" });
    put("G", v(e.deadline), { horizontal: "center", numberFormat: "0" });
    put("H", v(null), { fill: COLORS.input, locked: false, ...(fmt ? { numberFormat: fmt } : {}) });
    put("I", v(null), { fill: COLORS.input, locked: false, numberFormat: "0" });
    l.years.forEach((_, k) => put(columnLetter(PROGRESS_FIXED.length + k), v(null), { fill: COLORS.input, locked: false, ...(fmt ? { numberFormat: fmt } : {}) }));
    // The last filled year: LOOKUP(2, 1/(range<>""), …) finds the last non-empty cell in Excel, WPS and LibreOffice alike.
    put(l.latest, f(`IFERROR(LOOKUP(2,1/(${yearRange(r)}<>""),${yearRange(r)}),"")`), fmt ? { numberFormat: fmt } : {});
    put(l.latestYear, f(`IFERROR(VALUE(SUBSTITUTE(LOOKUP(2,1/(${yearRange(r)}<>""),${yearHeader}),"年","")),"")`), { numberFormat: "0" });
    put(l.status, f(progressStatusFormula(e, r, l)), { horizontal: "center" });
    put(l.comparator, v(e.comparator));
    put(l.id, v(e.id));
  });
  const statusRange = `${l.status}${FIRST_DATA_ROW}:${l.status}${last}`;
  const at = `$${l.status}${FIRST_DATA_ROW}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { range: statusRange, formula: `${at}="已达标"`, fill: PROGRESS_COLORS.met.fill, fontColor: PROGRESS_COLORS.met.font, priority: 1 },
    { range: statusRange, formula: `${at}="按期可达"`, fill: PROGRESS_COLORS.onTrack.fill, fontColor: PROGRESS_COLORS.onTrack.font, priority: 2 },
    { range: statusRange, formula: `${at}="进度滞后"`, fill: PROGRESS_COLORS.behind.fill, fontColor: PROGRESS_COLORS.behind.font, priority: 3 },
    { range: statusRange, formula: `${at}="逾期未达"`, fill: PROGRESS_COLORS.overdue.fill, fontColor: PROGRESS_COLORS.overdue.font, priority: 4 },
  ];
  const validations: ValidationSpec[] = entries.flatMap((e, i): ValidationSpec[] => {
    const r = FIRST_DATA_ROW + i;
    const range = `H${r}:${l.lastYear}${r}`;
    return e.comparator === "qualitative"
      ? [{ kind: "list" as const, range: `${l.firstYear}${r}:${l.lastYear}${r}`, items: QUALITATIVE_CHOICES, allowBlank: true as const, error: "请选择：已达成、未达成或进行中" }]
      : [{ kind: "decimal" as const, range, allowBlank: true as const, error: "请填写数值" }];
  });
  const widths = headers.map((h, i) => ({
    column: columnLetter(i),
    width: i === 2 ? 30 : i < PROGRESS_FIXED.length ? [6, 10, 30, 13, 10, 8, 7, 10, 9][i]! : h === "比较" || h === "指标ID" ? 0 : h === "进度状态" ? 10 : 9,
  }));
  return {
    name: `${city.name}进度`,
    cells,
    columns: widths,
    merges: [`A1:${l.status}1`, `A2:${l.status}2`, `A3:${l.status}3`],
    tables: entries.length ? [{ name: `${tableName(city)}_progress`, range: `A${HEADER_ROW}:${l.id}${last}`, style: "TableStyleLight9" }] : [],
    validations,
    conditionalFormats,
    freeze: { rows: HEADER_ROW, columns: 3 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `$${HEADER_ROW}:$${HEADER_ROW}` },
  };
}
