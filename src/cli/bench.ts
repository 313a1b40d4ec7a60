/**
 * How fast `qc` starts, as the benchmark reports it: `qc target` (the installed command, bin/qc.mjs,
 * a lookup that prints an answer) against `node -e 0` on the same machine in the same run, as a
 * ratio of medians. The runs alternate between the two, so load on the machine hits both alike.
 * Node only; the benchmark runner calls benchCliStart().
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface CliStartBench {
  /** Median wall time of `qc target 泰安 农产品监测合格率`, ms. */
  qcTargetMs: number;
  /** Median wall time of `node -e 0`, ms. */
  nodeMs: number;
  /** qcTargetMs / nodeMs: the budget is ≤ 2. */
  ratio: number;
  runs: number;
}

const BIN = fileURLToPath(new URL("../../bin/qc.mjs", import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${String(r.status)}: ${r.stderr}`);
  return ms;
}

export function benchCliStart(runs = 15): CliStartBench {
  const target = [BIN, "target", "泰安", "农产品监测合格率"];
  // One untimed run of each: the first may compile the CLI (a fresh or changed working copy) and warms the file cache.
  timed(target);
  timed(["-e", "0"]);
  const qc: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    qc.push(timed(target));
    node.push(timed(["-e", "0"]));
  }
  const qcTargetMs = median(qc);
  const nodeMs = median(node);
  return { qcTargetMs, nodeMs, ratio: qcTargetMs / nodeMs, runs };
}
