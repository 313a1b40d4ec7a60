/**
 * `npm run bench`: every measure the issues ask for, each the median of several runs, compared
 * with the budgets in bench/budgets.json. Prints a table, writes bench/results.json, and exits 1
 * when any figure is over its budget or could not be measured.
 *
 *   npm run bench            all measures (builds the add-in first if dist/ is missing)
 *   npm run bench -- --quick fewer repetitions, for a fast look while working
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EXTRACT_MEASURES } from "./extract";
import { EXTRA_MEASURES } from "./extra";
import { MEASURES as CORE_MEASURES, type Measure, type Result } from "./measures";
import { MORE_MEASURES } from "./more";
import { REPORT_MEASURES } from "./report";

const MEASURES = [...CORE_MEASURES, ...EXTRACT_MEASURES, ...EXTRA_MEASURES, ...REPORT_MEASURES, ...MORE_MEASURES];

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);

/** A ceiling (`max`, for times and sizes) or a floor (`min`, for throughputs). */
interface Budget {
  max?: number;
  min?: number;
  unit: string;
  why?: string;
}

function isOver(b: Budget, v: number): boolean {
  return (b.max !== undefined && v > b.max) || (b.min !== undefined && v < b.min);
}

function budgetText(b: Budget): string {
  return b.max !== undefined ? `≤ ${fmt(b.max)} ${b.unit}` : `≥ ${fmt(b.min!)} ${b.unit}`;
}

const budgets = JSON.parse(readFileSync(`${root}bench/budgets.json`, "utf8")) as Record<string, Budget>;

function fmt(x: number): string {
  if (Math.abs(x) >= 1000) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  if (Math.abs(x) >= 0.01) return x.toFixed(3);
  return x.toPrecision(3);
}

const rows: { key: string; label: string; value: number | null; unit: string; budget: Budget | undefined; status: string; note?: string }[] = [];
const selected: Measure[] = only ? MEASURES.filter((m) => m.key.startsWith(only) || m.group === only) : MEASURES;

for (const m of selected) {
  let results: Result[];
  try {
    results = await m.run({ quick, root });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    rows.push({ key: m.key, label: m.label, value: null, unit: "", budget: budgets[m.key], status: "NOT MEASURED", note: reason });
    continue;
  }
  for (const r of results) {
    const budget = budgets[r.key];
    const over = budget !== undefined && isOver(budget, r.value);
    rows.push({ key: r.key, label: r.label, value: r.value, unit: r.unit, budget, status: budget ? (over ? "OVER" : "ok") : "-", note: r.note });
  }
}

const width = Math.max(...rows.map((r) => r.label.length), 10);
console.log(`${"measure".padEnd(width)}  ${"value".padStart(12)}  ${"budget".padStart(14)}  status`);
for (const r of rows) {
  const value = r.value === null ? "—" : `${fmt(r.value)} ${r.unit}`;
  const budget = r.budget ? budgetText(r.budget) : "";
  console.log(`${r.label.padEnd(width)}  ${value.padStart(12)}  ${budget.padStart(14)}  ${r.status}${r.note ? `  (${r.note})` : ""}`);
}

mkdirSync(`${root}bench`, { recursive: true });
const out = {
  date: new Date().toISOString(),
  commit: existsSync(`${root}.git/HEAD`) ? readFileSync(`${root}.git/HEAD`, "utf8").trim() : null,
  node: process.version,
  quick,
  results: Object.fromEntries(rows.map((r) => [r.key, { value: r.value, unit: r.unit, budget: r.budget ? { max: r.budget.max ?? null, min: r.budget.min ?? null } : null, status: r.status, note: r.note ?? null }])),
};
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(out, null, 2)}\n`);

const failed = rows.filter((r) => r.status === "OVER" || r.status === "NOT MEASURED");
if (failed.length > 0) {
  console.error(`\n${failed.length} measure(s) over budget or not measured: ${failed.map((r) => r.key).join(", ")}`);
  process.exitCode = 1;
} else console.log(`\nall ${rows.length} figures within budget; written to bench/results.json`);
