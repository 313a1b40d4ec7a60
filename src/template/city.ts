/**
 * A city → its indicator sheet, as data. The layout is shared by every renderer and by everything
 * that reads our sheets back (the task pane's check, `qc check`):
 *
 *   row 1  the plan's title            row 2  issuer · date · document number
 *   row 3  how to fill the sheet       row 4  header
 *   row 5… one indicator per row
 *
 *   A 序号  B 类别  C 指标  D 目标  E 目标值  F 单位  G 期限  H 实际值 (input)  I 完成情况  J 差距
 *   K 依据原文  and hidden  L 比较  M 上限  N 指标ID
 *
 * 完成情况 and 差距 are formulas over the row's own cells, using only IF/AND/ISNUMBER/ABS/MIN, which
 * Excel, WPS and LibreOffice all compute, so the sheet works without the add-in. Every text that
 * comes from a document is a value, never a formula.
 */
import { formatTarget, numberFormatFor, targetForExcel, targetMaxForExcel, type City, type Indicator } from "../catalog";
import { columnLetter } from "./detect";
import type { CellSpec, CellStyle, ColumnSpec, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "./types";

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;
export const COLUMNS = {
  seq: "A",
  category: "B",
  name: "C",
  target: "D",
  targetValue: "E",
  unit: "F",
  deadline: "G",
  actual: "H",
  status: "I",
  gap: "J",
  quote: "K",
  comparator: "L",
  max: "M",
  id: "N",
} as const;
export const HEADERS = ["序号", "类别", "指标", "目标", "目标值", "单位", "期限", "实际值", "完成情况", "差距", "依据原文", "比较", "上限", "指标ID"];
export const LAST_COLUMN = "N";
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

/** The status formula for row `r`: 无数据 when blank, 请填数值 for text in a numeric row, else 达标/未达标. */
export function statusFormula(entry: Indicator, r: number): string {
  const h = `${COLUMNS.actual}${r}`;
  const e = `${COLUMNS.targetValue}${r}`;
  const m = `${COLUMNS.max}${r}`;
  if (entry.comparator === "qualitative") return `IF(${h}="","无数据",IF(${h}="已达成","达标","未达标"))`;
  const test =
    entry.comparator === "range"
      ? `AND(${h}>=${e},${h}<=${m})`
      : entry.comparator === "="
        ? `ABS(${h}-${e})<=1E-9`
        : `${h}${entry.comparator}${e}`;
  return `IF(${h}="","无数据",IF(ISNUMBER(${h}),IF(${test},"达标","未达标"),"请填数值"))`;
}

/** The gap formula: a margin in the target's unit, ≥0 when met (see evaluate.ts for the rule). */
export function gapFormula(entry: Indicator, r: number): string | null {
  const h = `${COLUMNS.actual}${r}`;
  const e = `${COLUMNS.targetValue}${r}`;
  const m = `${COLUMNS.max}${r}`;
  const margin = (() => {
    switch (entry.comparator) {
      case ">=":
      case ">":
        return `${h}-${e}`;
      case "<=":
      case "<":
        return `${e}-${h}`;
      case "=":
        return `-ABS(${h}-${e})`;
      case "range":
        return `IF(${h}<${e},${h}-${e},IF(${h}>${m},${m}-${h},MIN(${h}-${e},${m}-${h})))`;
      case "qualitative":
        return null;
    }
  })();
  return margin === null ? null : `IF(ISNUMBER(${h}),${margin},"")`;
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

export interface TemplateOptions {
  /** Only these categories (in the city's order); all when absent or empty. */
  categories?: readonly string[] | null;
}

export function buildCityTemplate(city: City, entries: readonly Indicator[], options: TemplateOptions = {}): SheetSpec {
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
  HEADERS.forEach((h, i) => {
    cells.push({
      address: `${String.fromCharCode(65 + i)}${HEADER_ROW}`,
      content: value(h),
      style: { bold: true, fill: COLORS.header, border: true, horizontal: "center", vertical: "center", wrap: true },
    });
  });

  rows.forEach((e, i) => {
    const r = FIRST_DATA_ROW + i;
    const fmt = numberFormatFor(e);
    const numeric = e.comparator !== "qualitative";
    const put = (col: string, content: CellSpec["content"], style: CellStyle = {}) => cells.push({ address: `${col}${r}`, content, style: { ...border, ...style } });
    put(COLUMNS.seq, value(i + 1), { horizontal: "center" });
    put(COLUMNS.category, value(e.category));
    put(COLUMNS.name, value(e.name), { wrap: true });
    put(COLUMNS.target, value(formatTarget(e)), { horizontal: "center" });
    put(COLUMNS.targetValue, value(targetForExcel(e)), numeric ? { numberFormat: fmt, horizontal: "right" } : { wrap: true });
    put(COLUMNS.unit, value(e.unit), { horizontal: "center" });
    put(COLUMNS.deadline, value(e.deadline), { horizontal: "center", numberFormat: "0" });
    put(COLUMNS.actual, value(null), { fill: COLORS.input, locked: false, ...(numeric ? { numberFormat: fmt } : {}) });
    put(COLUMNS.status, formula(statusFormula(e, r)), { horizontal: "center" });
    const gap = gapFormula(e, r);
    put(COLUMNS.gap, gap === null ? value(null) : formula(gap), numeric ? { numberFormat: fmt.replace(/^#,##/, "") } : {});
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
    columns: columnWidths([6, 10, 32, 14, 11, 8, 7, 12, 10, 10, 56, 0, 0, 0]),
    merges: ["A1:K1", "A2:K2", "A3:K3"],
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
