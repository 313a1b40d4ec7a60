/**
 * The report as an .xlsx file (Node: `qc report`): streamed rows, the pivot's cached results, and
 * the chart added as DrawingML parts (exceljs writes none).
 */
import type { Report } from "../report/consolidate";
import { buildReportSheets, pivotResults, REPORT_SHEETS } from "../report/sheets";
import { addCharts } from "./chart";
import { writeWorkbookStreaming } from "./stream-render";

export async function writeReport(report: Report, title?: string): Promise<Uint8Array> {
  const sheets = buildReportSheets(report, title);
  const bytes = await writeWorkbookStreaming(sheets, new Map([[REPORT_SHEETS.pivot, pivotResults(report)]]));
  return addCharts(bytes, sheets);
}
