import { describe, expect, it } from "vitest";
import { benchCliStart } from "./bench";

describe("benchCliStart (the benchmark's qc start-up measure)", () => {
  it("times the installed qc target and node -e 0 in the same run and reports their ratio", () => {
    const r = benchCliStart(2);
    expect(r.runs).toBe(2);
    expect(r.qcTargetMs).toBeGreaterThan(0);
    expect(r.nodeMs).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.qcTargetMs / r.nodeMs, 10);
  }, 60_000);
});
