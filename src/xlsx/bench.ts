/**
 * The xlsx figures the benchmark reports: writing the all-cities template workbook, and checking a
 * batch of 100 filled workbooks of 300 rows each (a bureau's own layout, so detection runs too).
 * Node only (it samples process memory); the benchmark runner calls benchXlsx().
 */
import ExcelJS from "exceljs";
import { builtinIndex, type CatalogIndex } from "../catalog";
import { buildTemplateWorkbook } from "./export";
import { checkWorkbook, openWorkbook } from "./read";
import { toBytes } from "./render";

export interface XlsxBench {
  /** Median time to build the all-cities workbook (every city sheet + 汇总) to bytes. */
  writeAllMs: number;
  /** Median time to open and check 100 workbooks × 300 rows. */
  check100Ms: number;
  /** Peak resident memory seen while writing and checking. */
  peakRssMb: number;
  /** Findings per batch: 100 × 300 when every row was read (a guard against timing a no-op). */
  findingsPerBatch: number;
}

export interface XlsxBenchOptions {
  writeRuns?: number;
  checkRuns?: number;
  files?: number;
  rows?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 100 filled workbooks in a bureau's layout: a title row, a header, 300 rows of names and values. */
export async function filledBatch(index: CatalogIndex, files: number, rows: number): Promise<Uint8Array[]> {
  const taian = index.cities().find((c) => c.code === "ta") ?? index.cities()[0]!;
  const entries = index.indicators(taian);
  const out: Uint8Array[] = [];
  for (let k = 0; k < files; k++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("报表");
    ws.addRow([`${taian.name}市质量强市指标完成情况`]);
    ws.addRow(["序号", "指标名称", "2020年"]);
    for (let r = 0; r < rows; r++) {
      const e = entries[(r + k) % entries.length]!;
      ws.addRow([r + 1, e.name, e.comparator === "qualitative" ? (r % 2 ? "已达成" : "进行中") : (r % 10) / 100 + 0.9]);
    }
    out.push(await toBytes(wb));
  }
  return out;
}

export async function benchXlsx(options: XlsxBenchOptions = {}): Promise<XlsxBench> {
  const { writeRuns = 5, checkRuns = 3, files = 100, rows = 300 } = options;
  const index = builtinIndex();
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 5);
  try {
    const writes: number[] = [];
    for (let i = 0; i < writeRuns; i++) {
      const t = performance.now();
      await buildTemplateWorkbook(index, index.cities());
      writes.push(performance.now() - t);
    }
    const batch = await filledBatch(index, files, rows);
    const checks: number[] = [];
    let findingsPerBatch = 0;
    for (let i = 0; i < checkRuns; i++) {
      findingsPerBatch = 0;
      const t = performance.now();
      for (const [k, bytes] of batch.entries()) {
        const name = `f${k}.xlsx`;
        findingsPerBatch += checkWorkbook(await openWorkbook(bytes, name), name, index, null).findings.length;
        sample();
      }
      checks.push(performance.now() - t);
    }
    sample();
    return { writeAllMs: median(writes), check100Ms: median(checks), peakRssMb: peak / 1048576, findingsPerBatch };
  } finally {
    clearInterval(timer);
  }
}
