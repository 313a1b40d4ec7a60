/**
 * A city → its indicator sheet, as data. The layout is shared by every renderer and by everything
 * that reads our sheets back (the task pane's check, `qc check`):
 *
 *   row 1  the plan's title
 *   row 2  issuer · date · document number         I2 填报单位 J2:L2 (input)
 *   row 3  how to fill the sheet                   I3 报告期 J3 (input)  K3 联系人 L3 (input)
 *   row 4  header
 *   row 5… one indicator per row
 *
 * The three fields identify a return when a bureau consolidates many (`qc report`, src/report):
 * each a label with its input cell to the right, validated (a unit name of at most 60 characters,
 * a period from a list, a contact of at most 60 characters).
 *
 *   A 序号  B 类别  C 指标  D 目标  E 2026年目标  F 目标值  G 单位  H 期限  I 实际值 (input)
 *   J 完成情况  K 差距  L 依据原文  and hidden  M 比较  N 上限  O 指标ID
 *
 * E shows the plan's milestone for the current year (or the next one due, with its year) beside
 * the final target; its header carries the year the sheet was made for (`stageHeader`), so
 * readers recognise it by pattern (recognize.ts).
 *
 * 完成情况 and 差距 are formulas over the row's own cells that Excel, WPS and LibreOffice all
 * compute. In a % row they read the 实际值 by the README's percent rule: a number in a
 * %-formatted cell is a fraction; elsewhere a number from −1 to 1 is a fraction and a larger one is
 * percent points (95 typed into a cell that lost its % format is 95 %), as `qc check` and the pane
 * read it. The format is read with CELL("format"), which Excel for the web does not offer: there the
 * formula falls back to the rule for unformatted cells. Display formats follow the target's
 * precision and show as many decimals as a value needs (0.975 never shows as 98 %). Every text that
 * comes from a document is a value, never a formula.
 */
import { formatTarget, isPercentUnit, numberFormatFor, targetForExcel, targetMaxForExcel, type City, type Indicator } from "../catalog";
import { columnLetter } from "./detect";
import type { CellSpec, CellStyle, ColumnSpec, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "./types";

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;
/** The header of the stage-target column for a year: 2026年目标. */
export const stageHeader = (year: number) => `${year}年目标`;
/** How readers recognise that header, whatever year the sheet was made for. */
export const STAGE_HEADER_PATTERN = /^\d{4}年目标$/;
/**
 * The header row. The stage column's cell is written as `stageHeader(year)`; here it holds the
 * generic 年度目标, and readers compare it with STAGE_HEADER_PATTERN (see recognize.ts).
 */
export const HEADERS = ["序号", "类别", "指标", "目标", "年度目标", "目标值", "单位", "期限", "实际值", "完成情况", "差距", "依据原文", "比较", "上限", "指标ID"];
export const STAGE_COLUMN_INDEX = HEADERS.indexOf("年度目标");
const letter = (header: string) => columnLetter(HEADERS.indexOf(header));
export const COLUMNS = {
  seq: letter("序号"),
  category: letter("类别"),
  name: letter("指标"),
  target: letter("目标"),
  stage: letter("年度目标"),
  targetValue: letter("目标值"),
  unit: letter("单位"),
  deadline: letter("期限"),
  actual: letter("实际值"),
  status: letter("完成情况"),
  gap: letter("差距"),
  quote: letter("依据原文"),
  comparator: letter("比较"),
  max: letter("上限"),
  id: letter("指标ID"),
} as const;
export const LAST_COLUMN = letter("指标ID");
export const QUALITATIVE_CHOICES = ["已达成", "未达成", "进行中"];

export const COLORS = {
  title: "#0F6CBD",
  header: "#DDEBF7",
  input: "#FFF2CC",
  missFill: "#FFC7CE",
  missFont: "#9C0006",
  hitFill: "#C6EFCE",
  hitFont: "#006100",
  border: "#BFBFBF",
} as const;

/**
 * The 实际值 of row r as a number in Excel's convention (0.975 for 97.5 %). In a % row: as it is
 * in a %-formatted cell (CELL("format") starts with P) or when it lies from −1 to 1, else percent
 * points (95 → 0.95) — the README's percent rule, as `evaluate` applies it.
 */
export function actualTerm(entry: Indicator, r: number): string {
  const h = `${COLUMNS.actual}${r}`;
  if (!isPercentUnit(entry.unit)) return h;
  return `IF(OR(ABS(${h})<=1,IFERROR(LEFT(CELL("format",${h}),1)="P",FALSE)),${h},${h}/100)`;
}

/** The status formula for row `r`: 无数据 when blank, 请填数值 for text in a numeric row, else 达标/未达标. */
export function statusFormula(entry: Indicator, r: number): string {
  const h = `${COLUMNS.actual}${r}`;
  const e = `${COLUMNS.targetValue}${r}`;
  const m = `${COLUMNS.max}${r}`;
  if (entry.comparator === "qualitative") return `IF(${h}="","无数据",IF(${h}="已达成","达标","未达标"))`;
  const a = actualTerm(entry, r);
  const test =
    entry.comparator === "range"
      ? `AND(${a}>=${e},${a}<=${m})`
      : entry.comparator === "="
        ? `ABS(${a}-${e})<=1E-9`
        : `${a}${entry.comparator}${e}`;
  return `IF(${h}="","无数据",IF(ISNUMBER(${h}),IF(${test},"达标","未达标"),"请填数值"))`;
}

/** The gap formula: a margin in the target's unit, ≥0 when met (see evaluate.ts for the rule). */
export function gapFormula(entry: Indicator, r: number): string | null {
  const h = `${COLUMNS.actual}${r}`;
  const a = actualTerm(entry, r);
  const e = `${COLUMNS.targetValue}${r}`;
  const m = `${COLUMNS.max}${r}`;
  const margin = (() => {
    switch (entry.comparator) {
      case ">=":
      case ">":
        return `${a}-${e}`;
      case "<=":
      case "<":
        return `${e}-${a}`;
      case "=":
        return `-ABS(${a}-${e})`;
      case "range":
        return `IF(${a}<${e},${a}-${e},IF(${a}>${m},${m}-${a},MIN(${a}-${e},${m}-${a})))`;
      case "qualitative":
        return null;
    }
  })();
  return margin === null ? null : `IF(ISNUMBER(${h}),${margin},"")`;
}

/**
 * The number format of a row's 实际值 and 差距: at least the target's decimals, and up to three
 * more where a value has them, so a value is never shown rounded onto the target (0.975 against
 * ≥98 % shows 97.5 %, not 98 %). Non-% values show as typed (General).
 */
export function actualFormatFor(entry: Indicator): string | undefined {
  if (entry.comparator === "qualitative") return undefined;
  if (!isPercentUnit(entry.unit)) return "General";
  const decimals = (x: number | null) => (x === null ? 0 : (String(x).split(".")[1]?.length ?? 0));
  const d = Math.max(1, decimals(entry.value as number), decimals(entry.valueMax));
  return `0.${"0".repeat(d)}###%`;
}

/** What the plan asks for in `year`: its milestone for that year, else the next one due (with its year), or the final target in the deadline year. */
export function stageTarget(entry: Indicator, year: number): string {
  if (entry.comparator === "qualitative") return entry.deadline === year ? formatTarget(entry) : "";
  const as = (value: number) => formatTarget({ ...entry, value, valueMax: entry.comparator === "range" ? Math.max(value, entry.valueMax ?? value) : entry.valueMax });
  const milestones = [...(entry.milestones ?? [])].filter((m) => entry.deadline === null || m.year < entry.deadline).sort((a, b) => a.year - b.year);
  const now = milestones.find((m) => m.year === year);
  if (now) return as(now.value);
  if (entry.deadline === year) return formatTarget(entry);
  const next = milestones.find((m) => m.year > year);
  return next ? `${as(next.value)}（${next.year}年）` : "";
}

const value = (v: string | number | boolean | null) => ({ kind: "value" as const, value: v });
const formula = (f: string) => ({ kind: "formula" as const, formula: f });

/** A valid Excel table name for a city: QC_ta, QC_u1a2b3c. */
export function tableName(city: City): string {
  return `QC_${city.code.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** Groups consecutive rows with the same key into A1 ranges of one column: H5:H9, H11. */
function runs(column: string, rows: { row: number; key: string }[]): { key: string; range: string }[] {
  const out: { key: string; range: string }[] = [];
  for (const { row, key } of rows) {
    const last = out[out.length - 1];
    const m = last && /(\d+)$/.exec(last.range);
    if (last && last.key === key && m && Number(m[1]) === row - 1) {
      last.range = `${last.range.split(":")[0]}:${column}${row}`;
    } else out.push({ key, range: `${column}${row}` });
  }
  return out;
}

/** The return's fields: label cell → input cell (read back by src/report/fields.ts). */
export const FIELD_CELLS = { unit: { label: "I2", input: "J2" }, period: { label: "I3", input: "J3" }, contact: { label: "K3", input: "L3" } } as const;

/** The periods a return may name: the year before and the sheet's year, whole or in parts. */
export function periodChoices(year: number): string[] {
  const parts = ["", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度"];
  return [year, year - 1].flatMap((y) => parts.map((p) => `${y}年${p}`));
}

export interface TemplateOptions {
  /** Only these categories (in the city's order); all when absent or empty. */
  categories?: readonly string[] | null;
  /** The year whose milestone the 年度目标 column shows; the current year when absent. */
  year?: number;
}

export function buildCityTemplate(city: City, entries: readonly Indicator[], options: TemplateOptions = {}): SheetSpec {
  const year = options.year ?? new Date().getFullYear();
  const wanted = options.categories && options.categories.length > 0 ? new Set(options.categories) : null;
  const rows = wanted ? entries.filter((e) => wanted.has(e.category)) : [...entries];
  const last = Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + rows.length - 1);
  const cells: CellSpec[] = [];
  const border: CellStyle = { border: true, vertical: "top" };

  const plan = city.plan;
  cells.push({ address: "A1", content: value(plan.title), style: { bold: true, fontSize: 16, fontColor: COLORS.title } });
  cells.push({
    address: "A2",
    content: value([plan.issuer, plan.issued, plan.docNumber].filter(Boolean).join(" · ")),
    style: { fontColor: "#605E5C" },
  });
  cells.push({
    address: "A3",
    content: value("请在黄色的“实际值”列填写数据（百分比可填 97.5%）；“完成情况”“差距”由公式自动计算。定性目标请选择：已达成 / 未达成 / 进行中。"),
    style: { italic: true, fontColor: "#605E5C", wrap: true },
  });
  // The return's fields: who reports, for which period, and whom to ask.
  const label: CellStyle = { bold: true, horizontal: "right", fontColor: "#323130" };
  const input: CellStyle = { fill: COLORS.input, locked: false, border: true };
  cells.push({ address: FIELD_CELLS.unit.label, content: value("填报单位"), style: label });
  cells.push({ address: FIELD_CELLS.unit.input, content: value(null), style: input });
  cells.push({ address: FIELD_CELLS.period.label, content: value("报告期"), style: label });
  cells.push({ address: FIELD_CELLS.period.input, content: value(null), style: input });
  cells.push({ address: FIELD_CELLS.contact.label, content: value("联系人"), style: label });
  cells.push({ address: FIELD_CELLS.contact.input, content: value(null), style: input });
  HEADERS.forEach((h, i) => {
    cells.push({
      address: `${columnLetter(i)}${HEADER_ROW}`,
      content: value(i === STAGE_COLUMN_INDEX ? stageHeader(year) : h),
      style: { bold: true, fill: COLORS.header, border: true, horizontal: "center", vertical: "center", wrap: true },
    });
  });

  rows.forEach((e, i) => {
    const r = FIRST_DATA_ROW + i;
    const numeric = e.comparator !== "qualitative";
    const actualFormat = actualFormatFor(e);
    const put = (col: string, content: CellSpec["content"], style: CellStyle = {}) => cells.push({ address: `${col}${r}`, content, style: { ...border, ...style } });
    put(COLUMNS.seq, value(i + 1), { horizontal: "center" });
    put(COLUMNS.category, value(e.category));
    put(COLUMNS.name, value(e.name), { wrap: true });
    put(COLUMNS.target, value(formatTarget(e)), { horizontal: "center" });
    put(COLUMNS.stage, value(stageTarget(e, year)), { horizontal: "center", wrap: true });
    put(COLUMNS.targetValue, value(targetForExcel(e)), numeric ? { numberFormat: numberFormatFor(e), horizontal: "right" } : { wrap: true });
    put(COLUMNS.unit, value(e.unit), { horizontal: "center" });
    put(COLUMNS.deadline, value(e.deadline), { horizontal: "center", numberFormat: "0" });
    put(COLUMNS.actual, value(null), { fill: COLORS.input, locked: false, ...(actualFormat ? { numberFormat: actualFormat } : {}) });
    put(COLUMNS.status, formula(statusFormula(e, r)), { horizontal: "center" });
    const gap = gapFormula(e, r);
    put(COLUMNS.gap, gap === null ? value(null) : formula(gap), actualFormat ? { numberFormat: actualFormat } : {});
    put(COLUMNS.quote, value(e.quote), { wrap: true, fontColor: "#605E5C" });
    put(COLUMNS.comparator, value(e.comparator));
    put(COLUMNS.max, value(targetMaxForExcel(e)));
    put(COLUMNS.id, value(e.id));
  });

  const validations: ValidationSpec[] = runs(
    COLUMNS.actual,
    rows.map((e, i) => ({ row: FIRST_DATA_ROW + i, key: e.comparator === "qualitative" ? "list" : "decimal" })),
  ).map(({ key, range }) =>
    key === "list"
      ? { kind: "list", range, items: QUALITATIVE_CHOICES, allowBlank: true, prompt: "定性目标：请选择 已达成 / 未达成 / 进行中", error: "请从列表中选择：已达成、未达成或进行中" }
      : { kind: "decimal", range, allowBlank: true, prompt: "请填写数值；百分比可填 97.5%", error: "实际值须为数值" },
  );

  validations.push(
    { kind: "text", range: `${FIELD_CELLS.unit.input}:L2`, maxLength: 60, allowBlank: true, title: "填报单位", prompt: "填写报送本表的单位，如：泰安市农业农村局", error: "单位名称不超过 60 个字" },
    { kind: "list", range: FIELD_CELLS.period.input, items: periodChoices(year), allowBlank: true, title: "报告期", prompt: "选择本表所报的时期", error: "请从列表中选择报告期" },
    { kind: "text", range: FIELD_CELLS.contact.input, maxLength: 60, allowBlank: true, title: "联系人", prompt: "姓名和电话，如：张三 0538-1234567", error: "联系人不超过 60 个字" },
  );

  const dataStatus = `${COLUMNS.status}${FIRST_DATA_ROW}:${COLUMNS.status}${last}`;
  const dataActual = `${COLUMNS.actual}${FIRST_DATA_ROW}:${COLUMNS.actual}${last}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { range: dataStatus, formula: `$${COLUMNS.status}${FIRST_DATA_ROW}="未达标"`, fill: COLORS.missFill, fontColor: COLORS.missFont, priority: 1 },
    { range: dataStatus, formula: `$${COLUMNS.status}${FIRST_DATA_ROW}="达标"`, fill: COLORS.hitFill, fontColor: COLORS.hitFont, priority: 2 },
    { range: dataActual, formula: `$${COLUMNS.status}${FIRST_DATA_ROW}="未达标"`, fill: COLORS.missFill, fontColor: COLORS.missFont, priority: 3 },
  ];

  return {
    name: city.name,
    cells,
    columns: columnWidths([6, 10, 32, 14, 14, 11, 8, 7, 12, 10, 10, 56, 0, 0, 0]),
    merges: [`A1:${COLUMNS.quote}1`, "A2:H2", "A3:H3", `${FIELD_CELLS.unit.input}:L2`],
    tables: rows.length > 0 ? [{ name: tableName(city), range: `A${HEADER_ROW}:${LAST_COLUMN}${last}`, style: "TableStyleLight9" }] : [],
    validations,
    conditionalFormats,
    freeze: { rows: HEADER_ROW, columns: 3 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `$${HEADER_ROW}:$${HEADER_ROW}` },
  };
}

/** Column widths from A onwards, in Excel character units; 0 hides the column. */
export function columnWidths(widths: readonly number[]): ColumnSpec[] {
  return widths.map((width, i) => ({ column: columnLetter(i), width }));
}
