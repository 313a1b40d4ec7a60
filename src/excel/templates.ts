/**
 * Inserting our sheets: a city's indicator template and the 汇总 sheet with its chart. Each is two
 * syncs whatever the number of indicators: one to learn the workbook's sheet and table names (a new
 * sheet never replaces or touches an existing one), one to write everything.
 */
import type { CatalogIndex, City } from "../catalog";
import { buildCityTemplate, HEADER_ROW, HEADERS, tableName } from "../template/city";
import { uniqueSheetName, uniqueTableName } from "../template/names";
import { buildSummarySheet, SUMMARY_HEADER_ROW, type SummarySource } from "../template/summary";
import { rowStartsWith } from "../template/recognize";
import { queueSheet } from "./render";

/** Our marker in the workbook settings: the summary sheet we own (so a refresh replaces only it). */
export const SUMMARY_SETTING = "qc.summarySheetId";

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
  const rows = spec.cells.filter((c) => c.address.startsWith("N") && Number(c.address.slice(1)) > HEADER_ROW).length;
  return { sheetName, rows };
}

/** Our template sheets in the workbook: those whose row 4 is our header. One sync. */
export async function listQcSheets(context: Excel.RequestContext, index: CatalogIndex): Promise<{ sheetName: string; city: City | null }[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const probes = sheets.items.map((s) => {
    const header = s.getRange(`A${HEADER_ROW}:N${HEADER_ROW + 1}`);
    header.load("values");
    return { name: s.name, header };
  });
  await context.sync();
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  return probes
    .filter((p) => rowStartsWith(p.header.values[0], HEADERS))
    .map((p) => {
      const firstId = String(p.header.values[1]![13] ?? "");
      const entry = byId.get(firstId);
      return { sheetName: p.name, city: entry ? (index.cities().find((c) => c.name === entry.city) ?? null) : null };
    });
}

/**
 * Adds (or refreshes) the 汇总 sheet over our template sheets, with a clustered column chart of
 * 达标率 by category. A refresh replaces only the summary sheet this add-in created.
 */
export async function insertSummarySheet(context: Excel.RequestContext, index: CatalogIndex): Promise<{ sheetName: string; cities: string[] }> {
  const qcSheets = (await listQcSheets(context, index)).filter((s) => s.city !== null);
  if (qcSheets.length === 0) throw new Error("工作簿中还没有指标表：请先插入城市模板");
  const previous = context.workbook.settings.getItemOrNullObject(SUMMARY_SETTING);
  previous.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const oldId = previous.isNullObject ? null : String(previous.value);
  const old = oldId ? sheets.items.find((s) => s.id === oldId) : undefined;
  const taken = sheets.items.filter((s) => s !== old).map((s) => s.name);
  // The summary counts what each sheet holds: a template filtered by category holds fewer rows.
  const sources: SummarySource[] = qcSheets.map((s) => ({ sheetName: s.sheetName, city: s.city!, entries: index.indicators(s.city!) }));
  const spec = buildSummarySheet(sources);
  if (old) old.delete();
  const sheetName = uniqueSheetName(spec.name, taken);
  const sheet = context.workbook.worksheets.add(sheetName);
  queueSheet(sheet, spec, null);
  const lastRow = Math.max(...spec.cells.map((c) => Number(c.address.replace(/\D/g, ""))));
  // 达标率 (G) by 类别 (B): the series is the rate column with its header as the name.
  const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(`G${SUMMARY_HEADER_ROW}:G${lastRow}`), "Columns" as Excel.ChartSeriesBy);
  chart.series.getItemAt(0).setXAxisValues(sheet.getRange(`B${SUMMARY_HEADER_ROW + 1}:B${lastRow}`));
  chart.title.text = "各类别达标率";
  chart.legend.visible = false;
  chart.setPosition(`I${SUMMARY_HEADER_ROW}`, `Q${SUMMARY_HEADER_ROW + 18}`);
  sheet.load("id");
  sheet.activate();
  await context.sync();
  context.workbook.settings.add(SUMMARY_SETTING, sheet.id);
  await context.sync();
  return { sheetName, cities: qcSheets.map((s) => s.city!.name) };
}
