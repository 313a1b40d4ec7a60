/**
 * 合并 in the pane (issue 15): 50 returns of 300 rows picked from disk, read in headless Chromium
 * by the pane's own reader (the lazy exceljs chunk), consolidated, and inserted as new sheets through
 * the Office.js double — timed from the click to the pane's "已插入报告" message. The built pane, as a
 * user drives it. From the benchmark runner: PANE_MERGE_MEASURE (key pane.merge50Ms).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { builtinIndex } from "../src/catalog";
import { toBytes } from "../src/xlsx/render";
import { ensureProductionBuild, median, type Measure } from "./measures";

async function returnOf(k: number, rows: number, names: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报表");
  ws.addRow(["泰安市质量强市指标完成情况"]);
  ws.addRow(["填报单位", `第${k + 1}单位`, "报告期", "2025年"]);
  ws.addRow(["序号", "指标名称", "实际值"]);
  for (let r = 0; r < rows; r++) ws.addRow([r + 1, names[(r + k) % names.length]!, (r % 10) / 100 + 0.9]);
  return toBytes(wb);
}

export async function benchPaneMerge(opts: { dist: string; files?: number; rows?: number; runs?: number }): Promise<{ ms: number; runsMs: number[]; files: number; rows: number }> {
  const files = opts.files ?? 50;
  const rows = opts.rows ?? 300;
  const runs = opts.runs ?? 3;
  const { chromiumAvailable, launch, openPane } = await import("../test/e2e/harness");
  if (!chromiumAvailable()) throw new Error("Chromium (/usr/bin/chromium) is not installed");
  const index = builtinIndex();
  const names = index.indicators(index.cities().find((c) => c.code === "ta")!).filter((e) => e.comparator !== "qualitative").map((e) => e.name);
  const dir = mkdtempSync(join(tmpdir(), "qc-bench-merge-"));
  const paths: string[] = [];
  for (let k = 0; k < files; k++) {
    const p = join(dir, `第${k + 1}单位.xlsx`);
    writeFileSync(p, await returnOf(k, rows, names));
    paths.push(p);
  }
  const { serveDir } = await import("./pane-scale");
  const { server, url } = await serveDir(resolve(opts.dist));
  const browser = await launch();
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { page } = await openPane(browser, url);
      await page.getByRole("tab", { name: "汇总" }).click();
      await page.getByLabel("选择填报文件（.xlsx，可多选）", { exact: true }).setInputFiles(paths);
      await page.getByText(`已选 ${files} 个文件`).waitFor();
      const t = performance.now();
      await page.getByRole("button", { name: "合并并插入报告" }).click();
      await page.getByText(/已插入报告/).waitFor({ timeout: 300_000 });
      runsMs.push(performance.now() - t);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: median(runsMs), runsMs, files, rows };
}

export const PANE_MERGE_MEASURE: Measure = {
  key: "paneMerge",
  group: "browser",
  label: "pane 合并: 50 returns × 300 rows read, consolidated and inserted (headless Chromium)",
  async run({ root, quick }) {
    ensureProductionBuild(root);
    const r = await benchPaneMerge({ dist: join(root, "dist"), runs: quick ? 1 : 3 });
    return [{ key: "pane.merge50Ms", label: "pane 合并: 50 returns × 300 rows", value: r.ms, unit: "ms", note: `runs ${r.runsMs.map((x) => x.toFixed(0)).join(" / ")} ms` }];
  },
};
