/**
 * The consolidation figure the benchmark reports: `qc report` over 500 returns of 300 rows each
 * (50 units × 2 rounds × 5 files), written to a temporary folder and read back through the real
 * command, in this process. Node only; the benchmark runner calls benchReport().
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { builtinIndex } from "../catalog";
import type { CliIO } from "../cli/io";
import { main } from "../cli/main";
import { nodeIO } from "../cli/node-io";
import { toBytes } from "./render";

export interface ReportBench {
  files: number;
  rowsPerFile: number;
  /** Wall time of `qc report <folder> -o report.xlsx`, reading every file and writing the report. */
  reportMs: number;
  /** Peak resident memory of this process during the run. */
  peakRssMb: number;
  /** Indicator rows in the report: files × rows when every row was read (a guard against timing a no-op). */
  rows: number;
}

/** One return: the fields at the top, then a bureau's own table of `rows` indicator rows. */
async function returnOf(k: number, rows: number, names: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报表");
  ws.addRow(["泰安市质量强市指标完成情况"]);
  ws.addRow(["填报单位", `第${(k % 50) + 1}单位`, "报告期", `${2024 + (Math.floor(k / 50) % 2)}年`]);
  ws.addRow(["序号", "指标名称", "实际值"]);
  for (let r = 0; r < rows; r++) ws.addRow([r + 1, names[(r + k) % names.length]!, (r % 10) / 100 + 0.9]);
  return toBytes(wb);
}

export async function benchReport(files = 500, rowsPerFile = 300): Promise<ReportBench> {
  const index = builtinIndex();
  const taian = index.cities().find((c) => c.code === "ta")!;
  const names = index.indicators(taian).filter((e) => e.comparator !== "qualitative").map((e) => e.name);
  const dir = mkdtempSync(join(tmpdir(), "qc-bench-report-"));
  try {
    for (let k = 0; k < files; k++) writeFileSync(join(dir, `return-${String(k).padStart(3, "0")}.xlsx`), await returnOf(k, rowsPerFile, names));
    const out = join(tmpdir(), `qc-bench-report-${process.pid}.xlsx`);
    let json = "";
    const io: CliIO = { ...nodeIO, out: (t) => void (json += t), err: () => undefined };
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t = performance.now();
    await main(["report", dir, "-o", out, "--force"], io);
    const reportMs = performance.now() - t;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    // Count the rows through the JSON of a second, small run? No: read the written report's 明细.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const detail = wb.getWorksheet("明细");
    // Rows 1, 2 and 4 are the title, the note and the header (row 3 is empty).
    const rows = detail ? detail.actualRowCount - 3 : 0;
    rmSync(out, { force: true });
    void json;
    return { files, rowsPerFile, reportMs, peakRssMb: peak / 1048576, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
