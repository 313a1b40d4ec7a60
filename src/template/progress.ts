/**
 * A city → its progress sheet, as data: one row per indicator, the plan's milestones, a 基线
 * (baseline) and its year (filled from the plan where it states them), one actual-value column per
 * year from the plan's year to its last deadline, and formulas for the latest value, its year,
 * where the plan's path stands in that year (应达值) and the progress status — the rule written at
 * the top of src/catalog/progress.ts, in functions Excel, WPS and LibreOffice all compute.
 *
 *   A 序号 B 类别 C 指标 D 目标 E 目标值 F 单位 G 期限 H 里程碑 I 基线 J 基线年份 K… one column
 *   per year, then 最新值, 最新年份, 应达值, 进度状态, and hidden 起点, 起点年份, 比较, 上限, 指标ID.
 *
 * 起点 is where the path starts: the 基线 when it has a year, else (two values or more) the
 * earliest value. The milestones are constants of each row's 应达值 formula. A % row reads its
 * numbers by the README's percent rule, as the pane does: a number in a %-formatted cell is a
 * fraction, elsewhere one from −1 to 1 is a fraction and a larger one percent points; 最新值 shows
 * the latest value so read. Users add years by inserting columns inside the year block: the
 * formulas' ranges grow with it.
 */
import { formatTarget, isPercentUnit, numberFormatFor, targetForExcel, targetMaxForExcel, type City, type Indicator } from "../catalog";
import { pathMilestones } from "../catalog/progress";
import { actualFormatFor, COLORS, FIRST_DATA_ROW, HEADER_ROW, QUALITATIVE_CHOICES, tableName } from "./city";
import { columnLetter } from "./detect";
import type { CellSpec, CellStyle, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "./types";

export const PROGRESS_FIXED = ["序号", "类别", "指标", "目标", "目标值", "单位", "期限", "里程碑", "基线", "基线年份"];
export const PROGRESS_TAIL = ["最新值", "最新年份", "应达值", "进度状态", "起点", "起点年份", "比较", "上限", "指标ID"];
export const PROGRESS_COLORS = {
  met: { fill: COLORS.hitFill, font: COLORS.hitFont },
  onTrack: { fill: "#DDEBF7", font: "#1F4E79" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  overdue: { fill: "#F4B6C2", font: "#6E0019" },
} as const;

export interface ProgressLayout {
  years: number[];
  /** Column letters. */
  target: string;
  deadline: string;
  milestones: string;
  baseline: string;
  baselineYear: string;
  firstYear: string;
  lastYear: string;
  latest: string;
  latestYear: string;
  path: string;
  status: string;
  start: string;
  startYear: string;
  comparator: string;
  max: string;
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
  const fixed = (h: string) => columnLetter(PROGRESS_FIXED.indexOf(h));
  const first = PROGRESS_FIXED.length; // 0-based index of the first year column
  const tail = (h: string) => columnLetter(first + years.length + PROGRESS_TAIL.indexOf(h));
  return {
    years,
    target: fixed("目标值"),
    deadline: fixed("期限"),
    milestones: fixed("里程碑"),
    baseline: fixed("基线"),
    baselineYear: fixed("基线年份"),
    firstYear: columnLetter(first),
    lastYear: columnLetter(first + years.length - 1),
    latest: tail("最新值"),
    latestYear: tail("最新年份"),
    path: tail("应达值"),
    status: tail("进度状态"),
    start: tail("起点"),
    startYear: tail("起点年份"),
    comparator: tail("比较"),
    max: tail("上限"),
    id: tail("指标ID"),
  };
}

/** The milestones as people read them: 2023年≥96%；2024年≥97%. */
export function formatMilestones(entry: Indicator): string {
  if (entry.comparator === "qualitative") return "";
  return [...(entry.milestones ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((m) => `${m.year}年${formatTarget({ ...entry, value: m.value, valueMax: entry.comparator === "range" ? Math.max(m.value, entry.valueMax ?? m.value) : null })}`)
    .join("；");
}

/** A row's cells and pieces of formula, named once so that each formula reads like the rule. */
function rowTerms(entry: Indicator, r: number, l: ProgressLayout) {
  const at = (col: string) => `${col}${r}`;
  const years = `${l.firstYear}${r}:${l.lastYear}${r}`;
  const header = `$${l.firstYear}$${HEADER_ROW}:$${l.lastYear}$${HEADER_ROW}`;
  const percent = isPercentUnit(entry.unit);
  const firstYearCell = `${l.firstYear}${r}`;
  /**
   * The README's percent rule for the number in cell `ref`: in a % row, as it is when the cell is
   * %-formatted (CELL("format") starts with P; Excel for the web lacks it, and then the rule for
   * unformatted cells applies) or when it lies from −1 to 1, else percent points (95 → 0.95).
   */
  const read = (ref: string) => (percent ? `IF(OR(ABS(${ref})<=1,IFERROR(LEFT(CELL("format",${ref}),1)="P",FALSE)),${ref},${ref}/100)` : ref);
  const E = at(l.target);
  const M = at(l.max);
  const meets = (x: string) => {
    switch (entry.comparator) {
      case "range":
        return `AND(${x}>=${E},${x}<=${M})`;
      case "=":
        return `ABS(${x}-${E})<=1E-9`;
      default:
        return `${x}${entry.comparator}${E}`;
    }
  };
  // The bound the path heads for from S: the target, or for a range the nearer bound.
  const goal = (s: string) => (entry.comparator === "range" || entry.comparator === "=" ? `IF(${s}<${E},${E},IF(${s}>${M},${M},${s}))` : E);
  return {
    at,
    years,
    header,
    read,
    meets,
    goal,
    G: at(l.deadline),
    L: at(l.latest),
    Y: at(l.latestYear),
    P: at(l.path),
    S: at(l.start),
    SY: at(l.startYear),
    H: at(l.baseline),
    I: at(l.baselineYear),
    firstFilled: `MATCH(TRUE,INDEX(${years}<>"",0),0)`,
    /** The last filled year cell, as a reference (CELL needs the cell, not its value). */
    lastCell: `INDEX(${years},1,LOOKUP(2,1/(${years}<>""),COLUMN(${years})-COLUMN(${firstYearCell})+1))`,
    filledCount: `SUMPRODUCT(--(${years}<>""))`,
  };
}

/** 起点 and 起点年份: the baseline when it has a year, else the earliest of two or more values. */
export function startFormulas(entry: Indicator, r: number, l: ProgressLayout): { value: string; year: string } {
  const t = rowTerms(entry, r, l);
  const hasBase = `AND(ISNUMBER(${t.H}),ISNUMBER(${t.I}))`;
  return {
    value: `IF(${hasBase},${t.read(t.H)},IF(${t.filledCount}>=2,${t.read(`INDEX(${t.years},1,${t.firstFilled})`)},""))`,
    year: `IF(${hasBase},${t.I},IF(${t.filledCount}>=2,VALUE(SUBSTITUTE(INDEX(${t.header},1,${t.firstFilled}),"年","")),""))`,
  };
}

/**
 * 应达值: where the straight path baseline → milestones → target stands in the latest value's year
 * (blank without a path, and from the deadline year on). The milestones on the path are constants.
 */
export function pathFormula(entry: Indicator, r: number, l: ProgressLayout): string {
  const t = rowTerms(entry, r, l);
  const { S, SY, Y, G, L } = t;
  const percent = isPercentUnit(entry.unit);
  // Milestones that can be on the path: after the plan's earliest possible start and before the deadline.
  const ms = pathMilestones(entry, -Infinity).map((m) => ({ year: m.year, value: percent ? m.value / 100 : m.value }));
  // The previous point: the latest milestone in (SY, Y], else the start; the next: the first milestone after Y, else the deadline.
  let y0 = SY;
  let v0 = S;
  for (const m of ms) {
    y0 = `IF(AND(${m.year}<=${Y},${m.year}>${SY}),${m.year},${y0})`;
    v0 = `IF(AND(${m.year}<=${Y},${m.year}>${SY}),${m.value},${v0})`;
  }
  let y1 = G;
  let v1 = t.goal(S);
  for (const m of [...ms].reverse()) {
    y1 = `IF(${m.year}>${Y},${m.year},${y1})`;
    v1 = `IF(${m.year}>${Y},${m.value},${v1})`;
  }
  const noPath = `OR(${L}="",${S}="",NOT(ISNUMBER(${G})),${SY}>=${G},${Y}<=${SY},${Y}>=${G})`;
  return `IF(${noPath},"",IF(${t.meets(S)},${t.goal(S)},${v0}+(${v1}-${v0})*(${Y}-${y0})/(${y1}-${y0})))`;
}

/** The progress status formula for row r: the rule of src/catalog/progress.ts in spreadsheet terms. */
export function progressStatusFormula(entry: Indicator, r: number, l: ProgressLayout): string {
  const t = rowTerms(entry, r, l);
  const { G, L, Y, P, S } = t;
  const final = `AND(ISNUMBER(${G}),${Y}>=${G})`;
  // Past the deadline with data from before it: the grade as of the latest year, and the deadline year's value is missing.
  const missing = `AND(ISNUMBER(${G}),${Y}<${G},YEAR(TODAY())>${G})`;
  const label = (x: string) => `IF(${missing},"缺"&${G}&"年数据（截至"&${Y}&"年：${x}）","${x}")`;
  if (entry.comparator === "qualitative") {
    return `IF(${L}="","无数据",IF(${L}="已达成",${label("已达标")},IF(${final},"逾期未达",IF(${L}="进行中",${label("按期可达")},${label("进度滞后")}))))`;
  }
  // 最新值 holds the latest value already read by the percent rule (see latestFormula).
  const eps = `1E-9*MAX(1,ABS(${P}))`;
  const onPath = `IF(${t.goal(S)}>=${S},${L}>=${P}-${eps},${L}<=${P}+${eps})`;
  const graded = `IF(${t.meets(L)},${label("已达标")},IF(${final},"逾期未达",IF(${P}="",${label("进度滞后")},IF(${t.meets(S)},${label("进度滞后")},IF(${onPath},${label("按期可达")},${label("进度滞后")})))))`;
  return `IF(${L}="","无数据",IF(ISNUMBER(${L}),${graded},"请填数值"))`;
}

/**
 * 最新值: the last filled year's value — in a % row read by the percent rule, so a 95 typed into a
 * cell that lost its % format shows as 95 %; text is shown as it is (the status then asks for a number).
 */
export function latestFormula(entry: Indicator, r: number, l: ProgressLayout): string {
  const t = rowTerms(entry, r, l);
  const raw = `LOOKUP(2,1/(${t.years}<>""),${t.years})`;
  if (entry.comparator === "qualitative") return `IFERROR(${raw},"")`;
  return `IFERROR(${t.read(t.lastCell)},IFERROR(${raw},""))`;
}

export function buildProgressTemplate(city: City, entries: readonly Indicator[]): SheetSpec {
  const l = progressLayout(city, entries);
  const headers = [...PROGRESS_FIXED, ...l.years.map((y) => `${y}年`), ...PROGRESS_TAIL];
  const last = Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + entries.length - 1);
  const cells: CellSpec[] = [];
  const v = (x: string | number | boolean | null) => ({ kind: "value" as const, value: x });
  const f = (x: string) => ({ kind: "formula" as const, formula: x });
  const border: CellStyle = { border: true, vertical: "top" };
  const note = { italic: true, fontColor: "#605E5C" };
  cells.push({ address: "A1", content: v(`${city.plan.title} · 逐年进度`), style: { bold: true, fontSize: 16, fontColor: COLORS.title } });
  cells.push({ address: "A2", content: v("各年实际值填在黄色列。基线：规划写明的起点已填入，可改；不填时取最早一年的数值。应达值：按“基线 → 里程碑 → 期限目标”的直线进度，最新年份应达到的数值。"), style: note });
  cells.push({ address: "A3", content: v("按期可达：最新值不差于应达值（上限类目标如噪声方向相反）。期限已过而期限年份没有数据时，不判逾期，显示“缺某年数据（截至某年：…）”。"), style: note });
  headers.forEach((h, i) =>
    cells.push({ address: `${columnLetter(i)}${HEADER_ROW}`, content: v(h), style: { bold: true, fill: COLORS.header, border: true, horizontal: "center", wrap: true } }),
  );
  entries.forEach((e, i) => {
    const r = FIRST_DATA_ROW + i;
    const t = rowTerms(e, r, l);
    const numeric = e.comparator !== "qualitative";
    const fmt = numeric ? numberFormatFor(e) : undefined;
    // Values show as precisely as they are graded (0.975 never as 98 %); the path with a decimal more than the target.
    const valueFormat = actualFormatFor(e);
    const numberStyle = valueFormat ? { numberFormat: valueFormat } : {};
    const pathStyle = fmt ? { numberFormat: isPercentUnit(e.unit) ? valueFormat! : fmt.replace(/^(#,##)?0(\.0*)?$/, (_m, g = "", d = ".") => `${g}0${d}0`) } : {};
    const input: CellStyle = { fill: COLORS.input, locked: false };
    const put = (col: string, content: CellSpec["content"], style: CellStyle = {}) => cells.push({ address: `${col}${r}`, content, style: { ...border, ...style } });
    const stated = numeric && e.baseline && e.baseline.year !== null ? e.baseline : null;
    put("A", v(i + 1), { horizontal: "center" });
    put("B", v(e.category));
    put("C", v(e.name), { wrap: true });
    put("D", v(formatTarget(e)), { horizontal: "center" });
    put(l.target, v(targetForExcel(e)), fmt ? { numberFormat: fmt } : { wrap: true });
    put("F", v(e.unit), { horizontal: "center" });
    put(l.deadline, v(e.deadline), { horizontal: "center", numberFormat: "0" });
    put(l.milestones, v(formatMilestones(e)), { wrap: true });
    put(l.baseline, v(stated ? (isPercentUnit(e.unit) ? stated.value / 100 : stated.value) : null), { ...input, ...numberStyle });
    put(l.baselineYear, v(stated ? stated.year : null), { ...input, numberFormat: "0" });
    l.years.forEach((_, k) => put(columnLetter(PROGRESS_FIXED.length + k), v(null), { ...input, ...numberStyle }));
    // The last filled year: LOOKUP(2, 1/(range<>""), …) finds the last non-empty cell in Excel, WPS and LibreOffice alike.
    put(l.latest, f(latestFormula(e, r, l)), numberStyle);
    put(l.latestYear, f(`IFERROR(VALUE(SUBSTITUTE(LOOKUP(2,1/(${t.years}<>""),${t.header}),"年","")),"")`), { numberFormat: "0" });
    put(l.path, numeric ? f(pathFormula(e, r, l)) : v(null), pathStyle);
    put(l.status, f(progressStatusFormula(e, r, l)), { horizontal: "center", wrap: true });
    const start = startFormulas(e, r, l);
    put(l.start, numeric ? f(start.value) : v(null), numberStyle);
    put(l.startYear, numeric ? f(start.year) : v(null), { numberFormat: "0" });
    put(l.comparator, v(e.comparator));
    put(l.max, v(targetMaxForExcel(e)));
    put(l.id, v(e.id));
  });
  const statusRange = `${l.status}${FIRST_DATA_ROW}:${l.status}${last}`;
  // FIND, not =, so that 缺2020年数据（截至2019年：按期可达） takes the colour of its grade.
  const has = (label: string) => `ISNUMBER(FIND("${label}",$${l.status}${FIRST_DATA_ROW}))`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { range: statusRange, formula: has("已达标"), fill: PROGRESS_COLORS.met.fill, fontColor: PROGRESS_COLORS.met.font, priority: 1 },
    { range: statusRange, formula: has("按期可达"), fill: PROGRESS_COLORS.onTrack.fill, fontColor: PROGRESS_COLORS.onTrack.font, priority: 2 },
    { range: statusRange, formula: has("进度滞后"), fill: PROGRESS_COLORS.behind.fill, fontColor: PROGRESS_COLORS.behind.font, priority: 3 },
    { range: statusRange, formula: has("逾期未达"), fill: PROGRESS_COLORS.overdue.fill, fontColor: PROGRESS_COLORS.overdue.font, priority: 4 },
  ];
  const validations: ValidationSpec[] = entries.flatMap((e, i): ValidationSpec[] => {
    const r = FIRST_DATA_ROW + i;
    return e.comparator === "qualitative"
      ? [{ kind: "list" as const, range: `${l.firstYear}${r}:${l.lastYear}${r}`, items: QUALITATIVE_CHOICES, allowBlank: true as const, error: "请选择：已达成、未达成或进行中" }]
      : [{ kind: "decimal" as const, range: `${l.baseline}${r}:${l.lastYear}${r}`, allowBlank: true as const, error: "请填写数值" }];
  });
  const hidden = new Set(["起点", "起点年份", "比较", "上限", "指标ID"]);
  const fixedWidths = [6, 10, 30, 13, 10, 8, 7, 16, 10, 9];
  const widths = headers.map((h, i) => ({
    column: columnLetter(i),
    width: i < PROGRESS_FIXED.length ? fixedWidths[i]! : hidden.has(h) ? 0 : h === "进度状态" ? 16 : 9,
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
