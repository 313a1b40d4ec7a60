/**
 * Measures added this round: the pane at 50,000 rows in Chromium (issue 13), `qc target` start time
 * against `node -e 0` as a ratio in one run (issue 14), and the complete pane — every chunk the pane
 * can load — beside its first load (issue 14: the first load is budgeted, the whole is reported).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { benchCliStart } from "../src/cli/bench";
import { PANE_MERGE_MEASURE } from "./pane-merge";
import { PANE_SCALE_MEASURE } from "./pane-scale";
import { ensureProductionBuild, type Measure } from "./measures";

export const MORE_MEASURES: Measure[] = [
  PANE_MERGE_MEASURE,
  {
    key: "paneScale",
    group: "browser",
    label: PANE_SCALE_MEASURE.label,
    async run(ctx) {
      ensureProductionBuild(ctx.root);
      return PANE_SCALE_MEASURE.run(ctx);
    },
  },
  {
    key: "cliStart",
    group: "cli",
    label: "qc target start, as a ratio of node -e 0",
    async run({ quick }) {
      const r = benchCliStart(quick ? 5 : 15);
      return [{ key: "cli.startRatio", label: "qc target ÷ node -e 0 (medians, alternating runs)", value: r.ratio, unit: "×", note: `qc ${r.qcTargetMs.toFixed(0)} ms, node ${r.nodeMs.toFixed(0)} ms` }];
    },
  },
  {
    key: "paneAll",
    group: "build",
    label: "the complete pane: every script it can load",
    async run({ root }) {
      ensureProductionBuild(root);
      const dist = join(root, "dist");
      const js = readdirSync(dist).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
      const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
      return [{ key: "bundle.completeKiB", label: "complete pane, all chunks (lazy views, exceljs, pdf.js)", value: gz / 1024, unit: "KiB", note: `${js.length} files` }];
    },
  },
];
