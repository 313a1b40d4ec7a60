/**
 * Inserting our sheets: a city's indicator template (two syncs: the workbook's sheet and table names
 * — a new sheet never replaces or touches an existing one — then the write) and the 汇总 sheet with
 * its chart (three syncs), whatever the number of indicators.
 */
import type { CatalogIndex, City } from "../catalog";
import { buildCityTemplate, COLUMNS, HEADER_ROW, HEADERS, LAST_COLUMN, tableName } from "../template/city";
import { uniqueSheetName, uniqueTableName } from "../template/names";
import { buildSummarySheet, SUMMARY_HEADER_ROW, type SummarySource } from "../template/summary";
import { isTemplateHeader } from "../template/recognize";
import type { CellSpec } from "../template/types";
import { deleteIfOwned, ownedKindOf, queueOwnedMark, queueOwnedProbe } from "./owned";
import { queueSheet } from "./render";

/** Where older versions kept the summary sheet's id: ids do not survive a reopen, so it is only removed. */
const LEGACY_SUMMARY_SETTING = "qc.summarySheetId";

async function names(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
}

export interface InsertResult {
  sheetName: string;
  rows: number;
}

/** Adds a new sheet with a city's indicator table (optionally only some categories) and activates it. */
export async function insertCityTemplate(context: Excel.RequestContext, index: CatalogIndex, city: City, categories?: readonly string[] | null): Promise<InsertResult> {
  const spec = buildCityTemplate(city, index.indicators(city), { categories });
  const taken = await names(context);
  const sheetName = uniqueSheetName(spec.name, taken.sheets);
  const sheet = context.workbook.worksheets.add(sheetName);
  queueSheet(sheet, spec, uniqueTableName(tableName(city), taken.tables));
  sheet.activate();
  await context.sync();
  const rows = spec.cells.filter((c) => c.address.startsWith(COLUMNS.id) && Number(c.address.slice(1)) > HEADER_ROW).length;
  return { sheetName, rows };
}

interface SheetProbe {
  sheet: Excel.Worksheet;
  /** Row 4 (our header) and row 5 (the first indicator's id in N). */
  header: Excel.Range;
  owned: Excel.NamedItem;
}

/** Queues, for every loaded sheet, a look at its header rows and its owned-sheet mark. */
function queueProbes(sheets: Excel.Worksheet[]): SheetProbe[] {
  return sheets.map((sheet) => {
    const header = sheet.getRange(`A${HEADER_ROW}:${LAST_COLUMN}${HEADER_ROW + 1}`);
    header.load("values");
    return { sheet, header, owned: queueOwnedProbe(sheet) };
  });
}

/** Which probed sheets are our city templates (row 4 is our header), and for which city. */
function templatesOf(probes: SheetProbe[], index: CatalogIndex): { sheetName: string; city: City | null }[] {
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  return probes
    .filter((p) => isTemplateHeader(p.header.values[0]))
    .map((p) => {
      const firstId = String(p.header.values[1]![HEADERS.indexOf("指标ID")] ?? "");
      const entry = byId.get(firstId);
      return { sheetName: p.sheet.name, city: entry ? (index.cities().find((c) => c.name === entry.city) ?? null) : null };
    });
}

/** Our template sheets in the workbook: those whose row 4 is our header. Two syncs. */
export async function listQcSheets(context: Excel.RequestContext, index: CatalogIndex): Promise<{ sheetName: string; city: City | null }[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const probes = queueProbes(sheets.items);
  await context.sync();
  return templatesOf(probes, index);
}

/**
 * Adds (or refreshes) the 汇总 sheet over our template sheets, with a chart of each city's
 * achievement rate. A refresh replaces only a sheet that carries our summary mark (see owned.ts),
 * keeping the name and position the user gave it; a sheet without the mark — whatever its name —
 * is never deleted. Three syncs: the sheets; their headers and marks; the write.
 */
export async function insertSummarySheet(context: Excel.RequestContext, index: CatalogIndex): Promise<{ sheetName: string; cities: string[]; replaced: boolean; kept: string | null }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/position");
  // Older versions remembered the summary by id in the settings: never trusted again, removed below.
  const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_SUMMARY_SETTING);
  legacy.load("value");
  await context.sync();
  const probes = queueProbes(sheets.items);
  await context.sync();
  const qcSheets = templatesOf(probes, index).filter((s) => s.city !== null);
  if (qcSheets.length === 0) throw new Error("工作簿中还没有指标表：请先插入城市模板");
  // The summary counts what each sheet holds: a template filtered by category holds fewer rows.
  const sources: SummarySource[] = qcSheets.map((s) => ({ sheetName: s.sheetName, city: s.city!, entries: index.indicators(s.city!) }));
  const old = probes.find((p) => ownedKindOf(p.owned) === "summary");
  const replaced = old ? deleteIfOwned(old.sheet, old.owned, "summary") : false;
  const taken = sheets.items.filter((s) => !(replaced && s === old!.sheet)).map((s) => s.name);
  const spec = buildSummarySheet(sources);
  const sheetName = replaced ? old!.sheet.name : uniqueSheetName(spec.name, taken);
  const sheet = context.workbook.worksheets.add(sheetName);
  if (replaced) sheet.position = old!.sheet.position;
  queueSheet(sheet, spec, null);
  queueOwnedMark(sheet, "summary");
  queueSummaryChart(sheet, spec.cells, sources);
  if (!legacy.isNullObject) legacy.delete();
  sheet.activate();
  await context.sync();
  // A sheet already called 汇总 without our mark is the user's (or an old version's): kept, and said so.
  const kept = !replaced && sheetName !== spec.name ? (taken.find((n) => n.toLowerCase() === spec.name.toLowerCase()) ?? null) : null;
  return { sheetName, cities: qcSheets.map((s) => s.city!.name), replaced, kept };
}

/**
 * The summary's chart: one labelled series per city sheet, its 合计 row's 达标率, with the rate
 * shown on each bar and the cities named in the legend. (Category rows differ between cities, so they are
 * read from the table, not charted against one shared axis.)
 */
function queueSummaryChart(sheet: Excel.Worksheet, cells: readonly CellSpec[], sources: readonly SummarySource[]): void {
  const totals = cells.filter((c) => c.address.startsWith("B") && c.content.kind === "value" && c.content.value === "合计").map((c) => Number(c.address.slice(1)));
  if (totals.length === 0) return;
  const first = totals[0]!;
  const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(`G${first}`), "Columns" as Excel.ChartSeriesBy);
  // A series is named by its city, or by its sheet where one city has several sheets.
  const label = (s: SummarySource) => (sources.filter((x) => x.city.name === s.city.name).length > 1 ? s.sheetName : s.city.name);
  totals.forEach((row, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(label(sources[i]!));
    series.name = label(sources[i]!);
    series.setValues(sheet.getRange(`G${row}`));
    series.setXAxisValues(sheet.getRange(`B${row}`));
  });
  chart.title.text = "各城市达标率（合计）";
  chart.legend.visible = true;
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
  chart.dataLabels.showValue = true;
  chart.dataLabels.numberFormat = "0.0%";
  chart.axes.valueAxis.numberFormat = "0%";
  chart.setPosition(`I${SUMMARY_HEADER_ROW}`, `Q${SUMMARY_HEADER_ROW + 18}`);
}
