/**
 * `npm run catalog`: regenerates src/catalog/data/catalog.json from seeds/ (extractor + reviewed
 * corrections + concepts), validates it, and refuses to write when a correction matched nothing.
 * `--check` compares instead of writing (exit 1 when the checked-in file is stale).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildCatalog, type BuildReport } from "../src/catalog/build";
import { validateCatalog } from "../src/catalog/schema";

const root = fileURLToPath(new URL("..", import.meta.url));
const seeds: Record<string, string> = {};
for (const f of readdirSync(`${root}seeds`)) if (f.endsWith(".txt")) seeds[f] = readFileSync(`${root}seeds/${f}`, "utf8");

const report: BuildReport = { unusedCorrections: [] };
const catalog = buildCatalog(seeds, report);
const problems = [...validateCatalog(catalog), ...report.unusedCorrections.map((u) => `correction matched nothing: ${u}`)];
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
const json = `${JSON.stringify(catalog, null, 1)}\n`;
const target = `${root}src/catalog/data/catalog.json`;
if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== json) {
    console.error("src/catalog/data/catalog.json is stale: run `npm run catalog`");
    process.exit(1);
  }
  console.log(`catalog up to date: ${catalog.indicators.length} indicators`);
} else {
  writeFileSync(target, json);
  const byCity = new Map<string, number>();
  for (const e of catalog.indicators) byCity.set(e.city, (byCity.get(e.city) ?? 0) + 1);
  console.log(`wrote ${catalog.indicators.length} indicators: ${[...byCity].map(([c, n]) => `${c} ${n}`).join(", ")}`);
}
