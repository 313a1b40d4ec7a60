/**
 * Returns (filled workbooks sent back by departments and counties) → the report model. Runs in Node
 * (`qc report`) and in the pane (合并), with the same reader; the file is written by report-file.ts.
 *
 * Each file is read by the same reader as `qc check` (src/xlsx/read.ts) and never written: the bytes
 * are read once, and nothing is saved back. A file that cannot be read becomes one line of the
 * report and the run goes on. A workbook that is itself one of our reports is skipped, so running
 * the report over a folder that already holds last quarter's report does not count it twice.
 */
import type { CatalogIndex } from "../catalog";
import { consolidate, type Report, type ReturnInput } from "../report/consolidate";
import { readReturnFields, type ReturnFields } from "../report/fields";
import { isReportGrid } from "../report/sheets";
import { checkWorkbook, openWorkbook, sheetGrid } from "./read";

/** Reads one return. Never throws for a bad file: the reason is in `error`. */
export async function readReturn(bytes: Uint8Array, file: string, index: CatalogIndex): Promise<ReturnInput> {
  const empty = (error: string): ReturnInput => ({ file, fields: {}, findings: [], problems: [], error });
  let wb;
  try {
    wb = await openWorkbook(bytes, file);
  } catch (e) {
    return empty(e instanceof Error ? e.message : String(e));
  }
  const fields: Record<string, ReturnFields> = {};
  for (const ws of wb.worksheets) {
    if (ws.state === "hidden" || ws.state === "veryHidden") continue;
    const grid = sheetGrid(ws).values;
    if (isReportGrid(grid)) return empty(`${file} 是汇总报告，不是填报表，已跳过`);
    fields[ws.name] = readReturnFields(grid);
  }
  try {
    const r = checkWorkbook(wb, file, index, {});
    return { file, fields, findings: r.findings, problems: r.problems.map((p) => ({ sheet: p.sheet, message: p.message })), error: null };
  } catch (e) {
    return empty(`${file} 无法检查（${e instanceof Error ? e.message : String(e)}）`);
  }
}

/**
 * Reads picked returns one by one (calling back after each) and consolidates them: the pane's 合并,
 * in Excel and in WPS alike.
 */
export async function consolidateFiles(files: readonly { name: string; bytes: Uint8Array }[], index: CatalogIndex, onProgress?: (done: number, total: number) => void): Promise<Report> {
  const inputs: ReturnInput[] = [];
  for (const [i, f] of files.entries()) {
    inputs.push(await readReturn(f.bytes, f.name, index));
    onProgress?.(i + 1, files.length);
  }
  return consolidate(inputs, index, new Date().getFullYear());
}

export { consolidate };
