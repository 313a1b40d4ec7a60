import { describe, expect, it } from "vitest";
import { builtinIndex, CatalogIndex, CONCEPTS } from "../catalog";
import { asContext, FakeContext } from "../../test/fakes/excel-fake";
import { listOwnedSheets } from "./owned";
import { checkProgress, insertComparisonSheet, insertProgressTemplate } from "./progress";
import { highlight } from "./marks";

const index = builtinIndex();
const taian = index.cities().find((c) => c.name === "泰安")!;

describe("progress sheets in the workbook", () => {
  it("inserts a progress sheet and grades its rows with the core rule, in 2 + 2 syncs", async () => {
    const ctx = new FakeContext();
    ctx.syncCount = 0;
    const { sheetName } = await insertProgressTemplate(asContext(ctx), index, taian);
    expect(sheetName).toBe("泰安进度");
    expect(ctx.syncCount).toBe(2);
    // The progress sheet is marked as ours, so only it may ever be replaced.
    expect((await listOwnedSheets(asContext(ctx))).map((o) => [o.name, o.kind])).toEqual([["泰安进度", "progress"]]);
    ctx.syncCount = 0;
    const s = ctx.sheet("泰安进度");
    const row = [...s.cells.entries()].find(([, c]) => c.value === "农产品监测合格率")![0].split(",").map(Number)[0]! + 1;
    s.type(`K${row}`, 0.95, "0%");
    s.type(`L${row}`, 0.99, "0%");
    const rowB = row + 1;
    s.type(`K${rowB}`, 0.5, "0%");
    const rowC = [...s.cells.entries()].find(([, c]) => c.value === "新建成高标准农田")![0].split(",").map(Number)[0]! + 1; // ≥17.05 万亩 by 2020
    s.type(`K${rowC}`, 10, "0.00");
    s.type(`M${rowC}`, 12, "0.00");
    ctx.syncCount = 0;
    const findings = await checkProgress(asContext(ctx), index, "泰安进度");
    expect(ctx.syncCount).toBe(2);
    const f = findings.find((x) => x.indicatorName === "农产品监测合格率")!;
    expect(f).toMatchObject({ status: "met", address: `L${row}`, label: "缺2020年数据（截至2019年：已达标）", missingYear: 2020 });
    expect(f.series).toEqual([{ year: 2018, value: 0.95 }, { year: 2019, value: 0.99 }]);
    // Past the 2020 deadline with only a 2018 value: graded as of 2018, never called overdue.
    expect(findings.find((x) => x.address === `K${rowB}`)).toMatchObject({ status: "behind", label: "缺2020年数据（截至2018年：进度滞后）" });
    // A measured 2020 value that misses is overdue.
    expect(findings.find((x) => x.address === `M${rowC}`)).toMatchObject({ status: "overdue", label: "逾期未达", missingYear: null });
    expect(findings.filter((x) => x.status === "nodata").length).toBeGreaterThan(10);
    await highlight(asContext(ctx), "泰安进度", [`M${rowC}`], "overdue");
    expect(s.cfs.some((c) => c.formula.includes("qc-indicators:overdue"))).toBe(true);
  });

  it("grades with the plan's stated baseline and milestones, which the sheet carries; a cleared baseline is no baseline", async () => {
    // A 十四五-style row: 2020 baseline 90 %, 2023 milestone 96 %, 98 % by the last year column.
    const rate = index.indicators(taian).find((e) => e.name === "农产品监测合格率")!;
    const planned = { ...rate, deadline: 2030, baseline: { year: 2016, value: 90 }, milestones: [{ year: 2019, value: 96 }] };
    const custom = new CatalogIndex({ ...index.catalog, indicators: index.catalog.indicators.map((e) => (e.id === rate.id ? planned : e)) });
    const ctx = new FakeContext();
    await insertProgressTemplate(asContext(ctx), custom, taian);
    const s = ctx.sheet("泰安进度");
    const row = [...s.cells.entries()].find(([, c]) => c.value === "农产品监测合格率")![0].split(",").map(Number)[0]! + 1;
    expect([s.peek(`H${row}`).value, s.peek(`I${row}`).value, s.peek(`J${row}`).value]).toEqual(["2019年≥96%", 0.9, 2016]);
    s.type(`K${row}`, 0.94, "0.0%"); // 2018: the path 90 → 96 (2016 → 2019) needs 94
    const graded = async () => (await checkProgress(asContext(ctx), custom, "泰安进度")).find((f) => f.indicatorId === rate.id)!;
    expect(await graded()).toMatchObject({ status: "onTrack", pathValue: 94 });
    s.type(`K${row}`, 0.935, "0.0%");
    expect((await graded()).status).toBe("behind");
    s.type(`I${row}`, null);
    s.type(`J${row}`, null);
    expect(await graded()).toMatchObject({ status: "behind", pathValue: null, note: expect.stringContaining("一个数据点") });
  });

  it("refuses a sheet that is not a progress sheet (error case)", async () => {
    const ctx = new FakeContext();
    ctx.addSheet("Sheet1").type("A1", "x");
    await expect(checkProgress(asContext(ctx), index, "Sheet1")).rejects.toThrowError("不是进度表");
  });

  it("inserts a comparison sheet, with a chart only where the targets share a unit", async () => {
    const ctx = new FakeContext();
    const sewage = CONCEPTS.find((c) => c.key === "sewage-treatment-rate")!;
    const r = await insertComparisonSheet(asContext(ctx), index, sewage);
    expect(r.charted).toBe(true);
    expect((await listOwnedSheets(asContext(ctx))).find((o) => o.name === r.sheetName)?.kind).toBe("comparison");
    const s = ctx.sheet(r.sheetName);
    expect(s.peek("A4").value).toBe("新密");
    expect(s.charts).toHaveLength(1);
    const air = CONCEPTS.find((c) => c.key === "good-air-days")!;
    const r2 = await insertComparisonSheet(asContext(ctx), index, air);
    expect(r2.charted).toBe(false);
    expect([...ctx.sheet(r2.sheetName).cells.values()].some((c) => String(c.value).startsWith("说明：单位或口径不同"))).toBe(true);
  });
});
