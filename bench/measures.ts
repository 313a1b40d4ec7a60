/**
 * The benchmark's measures. Each returns figures that are medians of several runs. Measures of
 * parts that live behind a build (bundle sizes, cold start, first render) build what they need.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { builtinIndex, evaluate, type City } from "../src/catalog";
import { checkGrid, type DetectedTable } from "../src/template/detect";
import { extract } from "../src/extract/extract";

export interface Result {
  key: string;
  label: string;
  value: number;
  unit: string;
  note?: string;
}

export interface Context {
  quick: boolean;
  root: string;
}

export interface Measure {
  key: string;
  group: string;
  label: string;
  run(ctx: Context): Promise<Result[]>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `f` `times` times and returns the median duration in ms. */
export function timeMedian(times: number, f: () => void): number {
  const xs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    f();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function seeds(root: string): string[] {
  return readdirSync(`${root}seeds`)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(`${root}seeds/${f}`, "utf8"));
}

/** Realistic name mix: exact names, aliases, spacing/particle variants, typos, and misses. */
export function lookupMix(): { city: City; name: string }[] {
  const index = builtinIndex();
  const mix: { city: City; name: string }[] = [];
  for (const e of index.catalog.indicators) {
    const city = index.cities().find((c) => c.name === e.city)!;
    mix.push({ city, name: e.name });
    if (e.aliases[0]) mix.push({ city, name: e.aliases[0] });
    mix.push({ city, name: ` ${e.name.slice(0, 2)} ${e.name.slice(2)}的 ` });
    if (e.name.length > 4) mix.push({ city, name: e.name.slice(0, -2) + "指标" });
  }
  return mix;
}

let built = false;
/** Sizes and load times are of the production build: build it once per benchmark run (dist/ may hold a dev build). */
export function ensureProductionBuild(root: string): void {
  if (built) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
  built = existsSync(`${root}dist/taskpane.html`);
}

/** JS files a built html page loads, with their gzipped size (gzip -9). */
export function pageScripts(root: string, html: string): { file: string; gz: number }[] {
  const page = readFileSync(`${root}dist/${html}`, "utf8");
  return [...page.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, "").split("?")[0]!)
    .map((file) => ({ file, gz: gzipSync(readFileSync(`${root}dist/${file}`), { level: 9 }).length }));
}

export const MEASURES: Measure[] = [
  {
    key: "extract.throughput",
    group: "catalog",
    label: "extraction throughput (five seeds)",
    async run({ quick, root }) {
      const texts = seeds(root);
      const chars = texts.reduce((n, t) => n + t.length, 0);
      const reps = quick ? 3 : 10;
      const ms = timeMedian(reps, () => {
        for (const t of texts) extract(t);
      });
      return [{ key: "extract.throughput", label: "extraction throughput (five seeds)", value: chars / ms / 1000, unit: "M chars/s" }];
    },
  },
  {
    key: "lookup",
    group: "catalog",
    label: "target lookups (100,000, mixed names)",
    async run({ quick }) {
      const index = builtinIndex();
      const mix = lookupMix();
      const n = 100_000;
      // Cold: the first resolution of each distinct name (normalisation, containment, fuzzy ranking).
      const cold = new (index.constructor as typeof import("../src/catalog").CatalogIndex)(index.catalog);
      const tCold = performance.now();
      for (const q of mix) cold.resolveIndicator(q.city, q.name);
      const coldUs = ((performance.now() - tCold) * 1000) / mix.length;
      const runs = quick ? 3 : 7;
      const ms = timeMedian(runs, () => {
        for (let i = 0; i < n; i++) {
          const q = mix[i % mix.length]!;
          index.resolveIndicator(q.city, q.name);
        }
      });
      return [
        { key: "lookup.cachedUs", label: "cached lookup (100,000 mixed)", value: (ms * 1000) / n, unit: "µs" },
        { key: "lookup.coldUs", label: "first lookup of a name (fuzzy incl.)", value: coldUs, unit: "µs" },
      ];
    },
  },
  {
    key: "evaluate",
    group: "catalog",
    label: "evaluations",
    async run({ quick }) {
      const entries = builtinIndex().catalog.indicators;
      const actuals = [0.97, 98.5, "96%", null, "", 55, 3, "已达成", 1e3];
      const n = 100_000;
      const ms = timeMedian(quick ? 3 : 7, () => {
        for (let i = 0; i < n; i++) {
          const e = entries[i % entries.length]!;
          try {
            evaluate(e, actuals[i % actuals.length] as never);
          } catch {
            /* unreadable pairs count too: they are part of a realistic mix */
          }
        }
      });
      return [{ key: "evaluate.us", label: "evaluation of one actual value", value: (ms * 1000) / n, unit: "µs" }];
    },
  },
  {
    key: "check50k",
    group: "catalog",
    label: "checking a 50,000-row sheet (pure core)",
    async run({ quick }) {
      const index = builtinIndex();
      const city = index.cities().find((c) => c.name === "泰安")!;
      const names = index.indicators(city).map((e) => e.name);
      const grid: unknown[][] = [["指标", "实际值"]];
      for (let i = 0; i < 50_000; i++) grid.push([names[i % names.length], i % 7 === 0 ? null : 0.9 + (i % 10) / 100]);
      const table: DetectedTable = { headerRow: 0, nameColumn: 0, valueColumn: 1, valueColumns: [{ index: 1, header: "实际值" }], cityGuess: "泰安", firstDataRow: 1, lastDataRow: 50_000 };
      const ms = timeMedian(quick ? 3 : 5, () => void checkGrid(grid, null, table, city, index));
      return [{ key: "check50k.ms", label: "check 50,000 rows (pure core)", value: ms, unit: "ms" }];
    },
  },
  {
    key: "bundles",
    group: "build",
    label: "bundle sizes (gzip -9)",
    async run({ root }) {
      ensureProductionBuild(root);
      const pane = pageScripts(root, "taskpane.html");
      const total = pane.reduce((n, s) => n + s.gz, 0);
      // The functions runtime is what a functions-only load needs: webpack's runtime, the shared core (catalogue) and its own bundle.
      const fn = pane.filter((s) => /^(runtime|core|functions)\.js$/.test(s.file));
      const results: Result[] = [{ key: "bundle.taskpaneKiB", label: "task pane page JS (all scripts)", value: total / 1024, unit: "KiB", note: pane.map((s) => `${s.file} ${(s.gz / 1024).toFixed(1)}`).join(", ") }];
      if (fn.length > 0) results.push({ key: "bundle.functionsKiB", label: "functions runtime JS (with catalogue)", value: fn.reduce((n, s) => n + s.gz, 0) / 1024, unit: "KiB" });
      else throw new Error("no functions bundle found in dist/taskpane.html");
      return results;
    },
  },
];
