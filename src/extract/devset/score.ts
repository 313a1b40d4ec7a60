/**
 * Precision and recall of numeric targets (value, unit and comparator all right), the measure the
 * extractor is held to on plans that are not in this repo.
 */
import { extract } from "../extract";
import type { DevCase, DevTarget } from "./plans";

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: { text: string; got: string }[];
  falseNegatives: { text: string; want: string }[];
}

const key = (t: DevTarget) => `${t.comparator}|${t.value}|${t.valueMax ?? ""}|${t.unit}`;

export function scoreExtractor(cases: readonly DevCase[]): Score {
  let tp = 0;
  const fps: Score["falsePositives"] = [];
  const fns: Score["falseNegatives"] = [];
  for (const c of cases) {
    const got = extract(c.text, { numericOnly: true }).map((x) =>
      key({ comparator: x.comparator, value: x.value as number, unit: x.unit, ...(x.valueMax !== null ? { valueMax: x.valueMax } : {}) }),
    );
    const want = c.targets.map(key);
    const remaining = [...got];
    for (const w of want) {
      const i = remaining.indexOf(w);
      if (i >= 0) {
        tp++;
        remaining.splice(i, 1);
      } else fns.push({ text: c.text, want: w });
    }
    for (const r of remaining) fps.push({ text: c.text, got: r });
  }
  const precision = tp + fps.length === 0 ? 1 : tp / (tp + fps.length);
  const recall = tp + fns.length === 0 ? 1 : tp / (tp + fns.length);
  return { precision, recall, truePositives: tp, falsePositives: fps, falseNegatives: fns };
}
