/**
 * Times the extractor on one input shape in a process of its own, so a runaway rule shows up as a
 * time-out in the benchmark instead of hanging it. Prints one JSON object:
 * { kind, runs, sizes: { [chars]: medianMs }, fastest: { [chars]: minMs }, candidates }.
 *
 *   tsx bench/extract-worker.ts <kind|realistic> <size,size,…> <runs>
 */
import { fileURLToPath } from "node:url";
import { extract } from "../src/extract/extract";
import { ADVERSARIAL, realisticCorpus, repeatTo } from "./extract-inputs";

const root = fileURLToPath(new URL("..", import.meta.url));
const [kind = "realistic", sizesArg = "100000,1000000", runsArg = "3"] = process.argv.slice(2);
const sizes = sizesArg.split(",").map(Number);
const runs = Math.max(1, Number(runsArg));

const make = kind === "realistic" ? (size: number) => repeatTo(`${realisticCorpus(root)}\n`, size) : ADVERSARIAL[kind]?.make;
if (!make) throw new Error(`unknown input kind ${kind}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Warm up the rules (regex compilation, JIT) on a small input of the same shape.
extract(make(10_000));
const texts = sizes.map((size) => {
  const text = make(size);
  if (text.length !== size) throw new Error(`${kind} made ${text.length} characters, not ${size}`);
  return text;
});
// The sizes take turns, so a machine that gets busier during the run slows them alike.
const times: number[][] = sizes.map(() => []);
let candidates = 0;
for (let r = 0; r < runs; r++) {
  texts.forEach((text, i) => {
    const t = performance.now();
    candidates = extract(text).length;
    times[i]!.push(performance.now() - t);
  });
}
const result: Record<string, number> = {};
const fastest: Record<string, number> = {};
sizes.forEach((size, i) => {
  result[size] = median(times[i]!);
  fastest[size] = Math.min(...times[i]!);
});
console.log(JSON.stringify({ kind, runs, sizes: result, fastest, candidates }));
