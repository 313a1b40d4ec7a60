/**
 * The consolidated report (src/report) as new sheets of the open workbook: 汇总 with its chart, 明细,
 * 未达标, 冲突, 重复报送, 无法读取 and, over several periods, 进度. Only new sheets are added — never
 * a sheet of the user's replaced or changed — named so they never collide (汇总 (2) where a 汇总
 * exists), with the pivot's formulas naming the 明细 sheet by the name it really got. Two syncs: the
 * workbook's sheet names, then the write.
 */
import { buildReportSheets, REPORT_SHEETS, type ReportSheetNames } from "../report/sheets";
import type { Report } from "../report/consolidate";
import { uniqueSheetName } from "../template/names";
import { queueSheet } from "./render";

export interface ReportInserted {
  /** The sheets added, in order (the first is the pivot). */
  sheets: string[];
}

export async function insertReport(context: Excel.RequestContext, report: Report, title?: string): Promise<ReportInserted> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  await context.sync();
  const taken = all.items.map((s) => s.name);
  const names = {} as ReportSheetNames;
  for (const key of Object.keys(REPORT_SHEETS) as (keyof ReportSheetNames)[]) {
    names[key] = uniqueSheetName(REPORT_SHEETS[key], taken);
    taken.push(names[key]);
  }
  const specs = buildReportSheets(report, title, names);
  let first: Excel.Worksheet | null = null;
  for (const spec of specs) {
    const sheet = context.workbook.worksheets.add(spec.name);
    first ??= sheet;
    queueSheet(sheet, spec, null);
    for (const c of spec.charts ?? []) {
      const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, sheet.getRange(c.series[0]!.values), "Columns" as Excel.ChartSeriesBy);
      const series = chart.series.getItemAt(0);
      series.name = c.series[0]!.name;
      series.setXAxisValues(sheet.getRange(c.categories));
      chart.title.text = c.title;
      chart.legend.visible = false;
      chart.axes.valueAxis.numberFormat = c.series[0]!.numberFormat ?? "General";
      chart.setPosition(c.from, c.to);
    }
  }
  first?.activate();
  await context.sync();
  return { sheets: specs.map((s) => s.name) };
}


