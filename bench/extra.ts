/**
 * Measures of the edges: the custom functions (latency, cold start of the built bundle), the Excel
 * layer's sync counts, the xlsx writer and batch checker, and the pane's first render in Chromium.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { builtinIndex } from "../src/catalog";
import { checkUserSheet, detectUserSheet, highlight, insertCityTemplate, checkTemplate } from "../src/excel";
import { benchXlsx } from "../src/xlsx/bench";
import { asContext, FakeContext } from "../test/fakes/excel-fake";
import { installCustomFunctionsShim } from "../test/support/custom-functions-shim";
import { ensureProductionBuild, median, timeMedian, type Measure, type Result } from "./measures";

export const EXTRA_MEASURES: Measure[] = [
  {
    key: "functions",
    group: "functions",
    label: "custom function latency",
    async run({ quick }) {
      installCustomFunctionsShim();
      const f = await import("../src/functions/functions");
      const index = builtinIndex();
      const entries = index.catalog.indicators;
      const args = entries.map((e) => ({ city: [[e.city]], name: [[e.name]], actual: [[e.comparator === "qualitative" ? "已达成" : typeof e.value === "number" ? (e.unit === "%" ? e.value / 100 - 0.01 : e.value) : null]] }));
      const n = 100_000;
      const runs = quick ? 3 : 5;
      const per = (fn: (a: (typeof args)[number]) => unknown) => (timeMedian(runs, () => {
        for (let i = 0; i < n; i++) fn(args[i % args.length]!);
      }) * 1000) / n;
      return [
        { key: "fn.targetUs", label: "QC_TARGET (cached, 100,000 calls)", value: per((a) => f.QC_TARGET(a.city, a.name)), unit: "µs" },
        { key: "fn.statusUs", label: "QC_STATUS (100,000 calls)", value: per((a) => f.QC_STATUS(a.city, a.name, a.actual)), unit: "µs" },
        { key: "fn.meetsUs", label: "QC_MEETS (100,000 calls)", value: per((a) => f.QC_MEETS(a.city, a.name, a.actual)), unit: "µs" },
        { key: "fn.gapUs", label: "QC_GAP (100,000 calls)", value: per((a) => f.QC_GAP(a.city, a.name, a.actual)), unit: "µs" },
        { key: "fn.infoUs", label: "QC_INFO (100,000 calls)", value: per((a) => f.QC_INFO(a.city, a.name, [["unit"]])), unit: "µs" },
      ];
    },
  },
  {
    key: "coldStart",
    group: "functions",
    label: "functions cold start (load bundle + first answer)",
    async run({ root, quick }) {
      ensureProductionBuild(root);
      const dist = join(root, "dist");
      const runtime = readFileSync(join(dist, "runtime.js"), "utf8");
      const core = readFileSync(join(dist, "core.js"), "utf8");
      const functions = readFileSync(join(dist, "functions.js"), "utf8");
      const times: number[] = [];
      for (let i = 0; i < (quick ? 3 : 7); i++) {
        const registered = new Map<string, (...a: unknown[]) => unknown[][]>();
        class CfError extends Error {}
        const sandbox: Record<string, unknown> = {
          CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown[][]) => registered.set(id, fn), Error: CfError, ErrorCode: {} },
          console,
          // The runtime resolves lazily loaded chunks (the PDF worker) against the page's address.
          location: { href: "https://localhost:3000/taskpane.html" },
          document: { baseURI: "https://localhost:3000/taskpane.html" },
        };
        sandbox.self = sandbox;
        sandbox.window = sandbox;
        sandbox.globalThis = sandbox;
        const t = performance.now();
        runInNewContext(runtime, sandbox);
        runInNewContext(core, sandbox);
        runInNewContext(functions, sandbox);
        const answer = registered.get("QC_TARGET")!([["泰安"]], [["农产品监测合格率"]]);
        times.push(performance.now() - t);
        if (answer[0]![0] !== 0.98) throw new Error(`cold start answered ${String(answer[0]![0])}`);
      }
      return [{ key: "fn.coldStartMs", label: "functions cold start (Node, bundle → first answer)", value: median(times), unit: "ms" }];
    },
  },
  {
    key: "syncs",
    group: "excel",
    label: "context.sync() calls per operation",
    async run() {
      const index = builtinIndex();
      const taian = index.cities().find((c) => c.name === "泰安")!;
      const names = index.indicators(taian).map((e) => e.name);
      const results: Result[] = [];
      const insertCtx = new FakeContext();
      await insertCityTemplate(asContext(insertCtx), index, taian);
      results.push({ key: "sync.insertTemplate", label: "syncs: insert a template", value: insertCtx.syncCount, unit: "syncs" });
      insertCtx.syncCount = 0;
      await checkTemplate(asContext(insertCtx), index, "泰安");
      results.push({ key: "sync.checkTemplate", label: "syncs: check a template", value: insertCtx.syncCount, unit: "syncs" });
      for (const rows of [10, 1000, 50000]) {
        const ctx = new FakeContext();
        const s = ctx.addSheet("data");
        s.type("A1", "指标");
        s.type("B1", "实际值");
        for (let i = 0; i < rows; i++) {
          s.type(`A${i + 2}`, names[i % names.length]!);
          s.type(`B${i + 2}`, i % 2 ? 0.9 : 0.99, "0%");
        }
        ctx.syncCount = 0;
        await detectUserSheet(asContext(ctx), index);
        const detect = ctx.syncCount;
        ctx.syncCount = 0;
        const r = await checkUserSheet(asContext(ctx), index, { sheetName: "data", city: taian, headerRow: 0, nameColumn: 0, valueColumn: 1 });
        const check = ctx.syncCount;
        ctx.syncCount = 0;
        await highlight(asContext(ctx), "data", r.findings.filter((f) => f.status === "missed").map((f) => f.address));
        results.push({ key: `sync.rows${rows}`, label: `syncs: detect+check+mark ${rows} rows`, value: detect + check + ctx.syncCount, unit: "syncs", note: `${detect}+${check}+${ctx.syncCount}, largest response ${(ctx.largestResponse / 1024).toFixed(0)} KB` });
      }
      return results;
    },
  },
  {
    key: "xlsx",
    group: "xlsx",
    label: "xlsx write and batch check",
    async run({ quick }) {
      const r = await benchXlsx(quick ? { writeRuns: 2, checkRuns: 1 } : {});
      if (r.findingsPerBatch !== 100 * 300) throw new Error(`the batch check read ${r.findingsPerBatch} rows, not 30,000`);
      return [
        { key: "xlsx.writeAllMs", label: "write the all-cities workbook", value: r.writeAllMs, unit: "ms" },
        { key: "xlsx.check100Ms", label: "check 100 workbooks × 300 rows", value: r.check100Ms, unit: "ms" },
        { key: "xlsx.peakRssMb", label: "peak memory (write + batch check)", value: r.peakRssMb, unit: "MB" },
      ];
    },
  },
  {
    key: "firstRender",
    group: "browser",
    label: "task pane first render (headless Chromium)",
    async run({ quick, root }) {
      ensureProductionBuild(root);
      const { chromiumAvailable, launch, openPane, serveDist } = await import("../test/e2e/harness");
      if (!chromiumAvailable()) throw new Error("Chromium is not installed");
      const { server, url } = await serveDist();
      const browser = await launch();
      try {
        const times: number[] = [];
        for (let i = 0; i < (quick ? 3 : 7); i++) {
          const { page, firstRenderMs } = await openPane(browser, url);
          times.push(firstRenderMs);
          await page.close();
        }
        return [{ key: "pane.firstRenderMs", label: "task pane first render (Chromium)", value: median(times), unit: "ms" }];
      } finally {
        await browser.close();
        server.close();
      }
    },
  },
];
