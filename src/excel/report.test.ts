import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { consolidate, type ReturnInput } from "../report/consolidate";
import { asContext, FakeContext } from "../../test/fakes/excel-fake";
import { insertReport } from "./report";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;
const entries = index.indicators(taian);

function returns(files: number, rows: number): ReturnInput[] {
  return Array.from({ length: files }, (_, k) => ({
    file: `第${k + 1}单位.xlsx`,
    fields: { 泰安: { unit: `第${k + 1}单位`, period: "2025年", contact: null } },
    findings: Array.from({ length: rows }, (_, r) => {
      const e = entries[r % entries.length]!;
      return { file: `第${k + 1}单位.xlsx`, sheet: "泰安", cell: `I${r + 5}`, city: "泰安", indicator: e.name, target: "", actual: r % 3 === 0 ? null : 1, status: ["无数据", "达标", "未达标"][r % 3]!, gap: null };
    }),
    problems: [],
    error: null,
  }));
}

describe("insertReport", () => {
  it("adds the report as new sheets only, in two syncs, whatever its size, and leaves the user's sheets alone", async () => {
    for (const [files, rows] of [
      [2, 10],
      [50, 300],
    ] as const) {
      const ctx = new FakeContext();
      ctx.addSheet("汇总").type("A1", "用户自己的汇总");
      ctx.addSheet("明细").type("B2", 42);
      const before = [ctx.sheet("汇总").snapshot(), ctx.sheet("明细").snapshot()];
      const report = consolidate(returns(files, rows), index, 2026);
      const r = await insertReport(asContext(ctx), report);
      expect(ctx.syncCount).toBe(2);
      expect(r.sheets.slice(0, 2)).toEqual(["汇总 (2)", "明细 (2)"]);
      expect([ctx.sheet("汇总").snapshot(), ctx.sheet("明细").snapshot()]).toEqual(before);
      // The pivot counts the report's own rows sheet, by the name it really got.
      const pivot = ctx.sheet("汇总 (2)");
      expect(pivot.peek("C5").formula).toMatch(/^=COUNTIFS\('明细 \(2\)'!\$A\$5:\$A\$\d+,A5,'明细 \(2\)'!\$B\$5:\$B\$\d+,B5\)$/);
      expect(ctx.sheet("明细 (2)").peek(`A${4 + files * rows}`).value).toBe("泰安");
      expect(pivot.charts).toHaveLength(1);
      const last = 4 + report.pivot.length;
      expect(pivot.charts[0]!.series[0]!.x).toBe(last === 5 ? "H5" : `H5:H${last}`);
      expect(pivot.charts[0]!.series[0]!.values).toBe(last === 5 ? "G5" : `G5:G${last}`);
      expect(ctx.activeSheet).toBe(pivot);
    }
  });
});
