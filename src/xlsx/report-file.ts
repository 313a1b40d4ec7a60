/**
 * The report as an .xlsx file (Node: `qc report`): written directly (direct-writer.ts), with the pivot's cached results and
 * its chart as the DrawingML parts Excel writes (exceljs writes none).
 */
import type { Report } from "../report/consolidate";
import { buildReportSheets, pivotResults, REPORT_SHEETS } from "../report/sheets";
import { writeWorkbookDirect } from "./direct-writer";

export async function writeReport(report: Report, title?: string): Promise<Uint8Array> {
  const sheets = buildReportSheets(report, title);
  return writeWorkbookDirect(sheets, new Map([[REPORT_SHEETS.pivot, pivotResults(report)]]));
}
