import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { benchXlsx, filledBatch } from "./bench";
import { checkWorkbook, openWorkbook } from "./read";

describe("benchXlsx", () => {
  it("checks every row of the batch it times (city detected from the title, no --city)", async () => {
    const index = builtinIndex();
    const [bytes] = await filledBatch(index, 1, 300);
    const r = checkWorkbook(await openWorkbook(bytes!, "f.xlsx"), "f.xlsx", index, null);
    expect(r.problems).toEqual([]);
    expect(r.findings).toHaveLength(300);
    expect(r.findings[0]).toMatchObject({ city: "泰安", cell: "C3" });
  });

  it("reports positive figures on a small run", async () => {
    const b = await benchXlsx({ writeRuns: 1, checkRuns: 1, files: 2, rows: 20 });
    expect(b.findingsPerBatch).toBe(40);
    expect(b.writeAllMs).toBeGreaterThan(0);
    expect(b.check100Ms).toBeGreaterThan(0);
    expect(b.peakRssMb).toBeGreaterThan(10);
  }, 60_000);
});
