/**
 * The progress sheet and the cross-city comparison sheet in the workbook: inserting them, and
 * grading a filled progress sheet with the core rule (src/catalog/progress.ts) in a fixed number
 * of syncs.
 */
import { ActualValueError, compareConcept, formatTarget, isPercentFormat, isPercentUnit, progress, PROGRESS_LABEL, type CatalogIndex, type City, type Concept, type Indicator, type ProgressStatus } from "../catalog";
import { FIRST_DATA_ROW, HEADER_ROW } from "../template/city";
import { columnLetter } from "../template/detect";
import { uniqueSheetName } from "../template/names";
import { buildComparisonSheet } from "../template/comparison";
import { buildProgressTemplate } from "../template/progress";
import { extentOf, queueColumns, queueUsed } from "./read";
import { queueOwnedMark } from "./owned";
import { queueSheet } from "./render";

export interface ProgressFinding {
  sheet: string;
  /** The latest value's cell, or the first year cell when there is none. */
  address: string;
  indicatorId: string;
  indicatorName: string;
  target: string;
  unit: string;
  /** The grade as of the latest value's year. */
  status: ProgressStatus;
  /** What the sheet's 进度状态 shows: the grade, or 缺2020年数据（截至2019年：按期可达）. */
  label: string;
  /** The deadline year when it has passed with no value for it; else null. */
  missingYear: number | null;
  /** The value projected at the deadline, in the target's unit (98 for 98 %). */
  projected: number | null;
  /** Where the plan's path stands in the latest year, in the target's unit. */
  pathValue: number | null;
  /** The values as Excel holds them (a fraction for %), by year. */
  series: { year: number; value: number }[];
  note: string | null;
  error?: string;
}

/** Where a progress sheet keeps what grading reads. */
export interface ProgressColumns {
  idCol: number;
  baseCol: number;
  baseYearCol: number;
  /** The year columns after 基线年份 (sheets inserted before the 里程碑 column have them one column earlier). */
  yearCols: { i: number; year: number }[];
}

/** The progress sheet's columns from its header row (0-based), or null when the row is not one. */
export function progressColumns(heads: readonly string[]): ProgressColumns | null {
  const idCol = heads.indexOf("指标ID");
  const baseCol = heads.indexOf("基线");
  const baseYearCol = heads.indexOf("基线年份");
  if (idCol < 0 || baseCol < 0 || baseYearCol < 0) return null;
  const yearCols = heads.map((h, i) => ({ i, year: Number(/^(\d{4})年?$/.exec(h)?.[1]) })).filter((x) => Number.isInteger(x.year) && x.i > baseYearCol);
  return { idCol, baseCol, baseYearCol, yearCols };
}

/** What one row of a progress sheet holds, as any host reads it. */
export interface ProgressRow {
  values: unknown[];
  formats: (string | null | undefined)[];
  base: unknown;
  baseFormat: string | null | undefined;
  baseYear: unknown;
}

const isEmptyCell = (v: unknown) => v === "" || v === null || v === undefined;

/** One row of a progress sheet (sheet row `r`) graded with the core rule, as the pane lists it. Pure. */
export function gradeProgressRow(sheet: string, r: number, entry: Indicator, cols: ProgressColumns, row: ProgressRow, asOfYear: number): ProgressFinding {
  const { yearCols, baseYearCol } = cols;
  const formatted = row.formats.map((f) => isPercentFormat(f));
  const lastFilled = row.values.map((v, j) => (isEmptyCell(v) ? -1 : j)).reduce((a, b) => Math.max(a, b), -1);
  const address = `${columnLetter(yearCols[Math.max(0, lastFilled)]?.i ?? baseYearCol + 1)}${r}`;
  const common = { sheet, address, indicatorId: entry.id, indicatorName: entry.name, target: formatTarget(entry), unit: entry.unit };
  // The README's percent rule, cell by cell, as the sheet's formulas read it: Excel's convention (0.95 for 95 %).
  const excelValue = (v: number, j: number) => (isPercentUnit(entry.unit) && !formatted[j] && Math.abs(v) > 1 ? v / 100 : v);
  try {
    const p = progress(entry, {
      values: row.values.map((v) => (isEmptyCell(v) ? null : (v as never))),
      years: yearCols.map((y) => y.year),
      baseline: isEmptyCell(row.base) ? undefined : (row.base as never),
      baselineYear: typeof row.baseYear === "number" ? row.baseYear : null,
      // The sheet's 基线 cells were filled from the plan when it was inserted: cleared cells mean no baseline.
      statedBaseline: false,
      percentFormatted: formatted,
      baselinePercentFormatted: isPercentFormat(row.baseFormat),
      asOfYear,
    });
    return {
      ...common,
      status: p.status,
      label: p.label,
      missingYear: p.missingYear,
      projected: p.projected,
      pathValue: p.pathValue,
      series: row.values.flatMap((v, j) => (typeof v === "number" ? [{ year: yearCols[j]!.year, value: excelValue(v, j) }] : [])),
      note: p.note,
    };
  } catch (e) {
    if (!(e instanceof ActualValueError)) throw e;
    return { ...common, status: "nodata", label: PROGRESS_LABEL.nodata, missingYear: null, projected: null, pathValue: null, series: [], note: null, error: e.message };
  }
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** Adds a city's progress sheet (a new sheet; never touches existing ones). Two syncs. */
export async function insertProgressTemplate(context: Excel.RequestContext, index: CatalogIndex, city: City): Promise<{ sheetName: string }> {
  const spec = buildProgressTemplate(city, index.indicators(city));
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = await sheetNames(context);
  const sheetName = uniqueSheetName(spec.name, names);
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  let tableName = spec.tables[0]?.name ?? null;
  for (let n = 2; tableName && tableNames.has(tableName.toLowerCase()); n++) tableName = `${spec.tables[0]!.name}_${n}`;
  const sheet = context.workbook.worksheets.add(sheetName);
  queueSheet(sheet, spec, tableName);
  // Marked as ours (owned.ts): only a marked sheet may ever be replaced or deleted by the add-in.
  queueOwnedMark(sheet, "progress");
  sheet.activate();
  await context.sync();
  return { sheetName };
}

/** Grades every row of a progress sheet. Two syncs. */
export async function checkProgress(context: Excel.RequestContext, index: CatalogIndex, sheetName: string): Promise<ProgressFinding[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = queueUsed(sheet);
  const header = sheet.getRange(`A${HEADER_ROW}:AZ${HEADER_ROW}`);
  header.load("values");
  await context.sync();
  const ext = extentOf(used);
  const layout = progressColumns((header.values[0] ?? []).map((v) => String(v ?? "")));
  if (!ext || !layout) throw new Error(`“${sheetName}”不是进度表：请先插入城市的进度表`);
  const { idCol, baseCol, baseYearCol, yearCols } = layout;
  const cols = queueColumns(sheet, FIRST_DATA_ROW - 1, ext.lastRow, [
    { column: idCol, values: true, formats: false },
    { column: baseCol, values: true, formats: true },
    { column: baseYearCol, values: true, formats: false },
    ...yearCols.map((y) => ({ column: y.i, values: true, formats: true })),
  ]);
  await context.sync();
  const data = cols.get();
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  const out: ProgressFinding[] = [];
  const asOfYear = new Date().getFullYear();
  (data.get(idCol)?.values ?? []).forEach((id, k) => {
    const entry = byId.get(String(id ?? ""));
    if (!entry) return;
    out.push(
      gradeProgressRow(sheetName, FIRST_DATA_ROW + k, entry, layout, {
        values: yearCols.map((y) => data.get(y.i)!.values[k]),
        formats: yearCols.map((y) => data.get(y.i)!.formats[k]),
        base: data.get(baseCol)!.values[k],
        baseFormat: data.get(baseCol)!.formats[k],
        baseYear: data.get(baseYearCol)!.values[k],
      }, asOfYear),
    );
  });
  return out;
}

/** A sheet comparing one concept across cities, with a chart of the targets where they share a unit. Two syncs. */
export async function insertComparisonSheet(context: Excel.RequestContext, index: CatalogIndex, concept: Concept): Promise<{ sheetName: string; charted: boolean }> {
  const c = compareConcept(index, concept);
  const spec = buildComparisonSheet(c);
  const sheetName = uniqueSheetName(spec.name, await sheetNames(context));
  const sheet = context.workbook.worksheets.add(sheetName);
  queueSheet(sheet, spec, null);
  queueOwnedMark(sheet, "comparison");
  // A chart compares numbers only when they mean the same thing: one unit, all numeric.
  const units = new Set(c.rows.map((r) => (typeof r.value === "number" ? r.unit : "定性")));
  const charted = c.rows.length > 1 && units.size === 1 && !units.has("定性");
  if (charted) {
    const last = 3 + c.rows.length;
    const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(`D3:D${last}`), "Columns" as Excel.ChartSeriesBy);
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(`A4:A${last}`));
    chart.title.text = `${concept.label}：各城市目标`;
    chart.legend.visible = false;
    chart.setPosition("I3", "P20");
  }
  sheet.activate();
  await context.sync();
  return { sheetName, charted };
}
