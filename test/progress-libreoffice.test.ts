/**
 * The progress sheet's formulas in a real engine: LibreOffice's 进度状态 must agree with the core
 * rule (src/catalog/progress.ts) on rising, falling, flat, met, ceiling, range, qualitative,
 * baseline-less and overdue series; on the plan's milestones and stated baseline; on deadlines that
 * passed with no value for the deadline year; and on a % value typed as percent points.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex, isPercentFormat, progress, PROGRESS_LABEL, type Indicator } from "../src/catalog";
import { columnLetter } from "../src/template/detect";
import { buildProgressTemplate, progressLayout } from "../src/template/progress";
import { newWorkbook, renderSheet, toBytes } from "../src/xlsx/render";
import { recalcToCsv, sofficePath } from "./libreoffice/soffice";

const hasSoffice = sofficePath() !== null;
if (!hasSoffice && process.env.CI) throw new Error("LibreOffice (soffice) is not installed: the progress-sheet tests cannot run.");

const index = builtinIndex();
const xinmi = index.cities().find((c) => c.name === "新密")!;
const pick = (name: string) => index.indicators(xinmi).find((e) => e.name === name)!;
const future = new Date().getFullYear() + 4;

type Base = number | null | "plan";
/**
 * Hand-made series: [entry, baseline, baselineYear, values by year from the first year column (2019)].
 * A baseline of "plan" leaves the cells as the sheet was inserted (the plan's stated baseline, or blank).
 */
function cases(): [Indicator, Base, Base, (number | string | null)[]][] {
  const floor = { ...pick("森林覆盖率"), deadline: future }; // ≥45.5%
  const ceiling = { ...pick("城市区域环境噪声"), deadline: future }; // ≤56 dB(A)
  const qual = { ...pick("特种设备安全事故死亡率"), deadline: future };
  const overdue = pick("污水处理率"); // ≥85%, no deadline → direct comparison
  const past = { ...pick("生活垃圾无害化处理率"), deadline: 2019 };
  const range = { ...pick("生态旅游示范村"), deadline: future }; // 1—2个
  const rate = { ...floor, value: 98, name: "rate" }; // ≥98%
  // 十四五-style rows: a stated baseline, a milestone, a final target.
  const planned: Indicator = { ...floor, baseline: { year: 2018, value: 30 }, milestones: [{ year: 2021, value: 40 }] };
  const noise: Indicator = { ...ceiling, baseline: { year: 2018, value: 62 }, milestones: [{ year: 2021, value: 58 }] };
  const due2020 = { ...floor, deadline: 2020 }; // passed: today is later
  return [
    [floor, 0.3, 2018, [0.32, 0.35, 0.44]], // rising fast: on track
    [{ ...floor, name: "a" }, 0.3, 2018, [0.3, 0.3, 0.3]], // flat: behind
    [{ ...floor, name: "b" }, 0.3, 2018, [0.36, 0.33, 0.31]], // falling: behind
    [{ ...floor, name: "c" }, 0.3, 2018, [0.4, 0.46, null]], // met
    [{ ...floor, name: "d" }, null, null, [0.4, null, null]], // one point, no baseline: behind
    [{ ...floor, name: "e" }, null, null, [null, null, null]], // no data
    [ceiling, 70, 2018, [66, 60, 57]], // falling noise: on track
    [{ ...ceiling, name: "f" }, 60, 2018, [62, 63, 64]], // rising noise: behind
    [qual, null, null, ["进行中", null, null]], // in progress before the deadline: on track
    [{ ...qual, name: "g" }, null, null, ["已达成", null, null]], // met
    [overdue, null, null, [0.8, 0.82, null]], // no deadline, not met: behind
    [past, 0.8, 2018, [0.85, 0.9, null]], // a 2020 value for a 2019 deadline that misses: overdue
    [planned, "plan", "plan", [null, 0.37, null]], // 2020 needs 36.7 on the way to the 2021 milestone (40): on track
    [{ ...planned, name: "h" }, "plan", "plan", [null, 0.36, null]], // behind the milestone path (the straight line to 2025 would pass)
    [{ ...planned, name: "i" }, "plan", "plan", [null, null, null, null, 0.43]], // 2023, after the milestone: 40 + 5.5·2/(deadline − 2021) needed, on track
    [{ ...planned, name: "j" }, null, null, [null, 0.37, null]], // the plan's baseline cleared: one point, no path, behind
    [noise, "plan", "plan", [null, 59, null]], // noise down the milestone path: on track
    [due2020, 0.3, 2018, [0.4, null]], // deadline passed, 2019 on the path: 缺2020年数据（截至2019年：按期可达）
    [{ ...due2020, name: "k" }, 0.3, 2018, [0.31, null]], // … behind as of 2019
    [{ ...due2020, name: "l" }, 0.3, 2018, [0.5, null]], // … met as of 2019
    [{ ...due2020, name: "m" }, 0.3, 2018, [0.4, 0.44]], // a measured 2020 miss: overdue
    [{ ...qual, deadline: 2020, name: "n" }, null, null, ["进行中", null]], // qualitative, deadline passed without a 2020 answer
    [rate, 0.9, 2018, [95]], // 95 typed into a % cell that lost its format is 95 % (on the path to 98 %), not 9500 % (met)
    [{ ...rate, name: "r" }, 0.9, 2018, [1.2]], // 1.2 in a %-formatted cell is 120 %: met
    [range, 5, 2018, [3]], // above a 1—2 range, coming down: on track
    [{ ...range, name: "o" }, null, null, [1.5]], // within the range: met
    [{ ...floor, name: "p" }, 0.3, null, [0.32, null, 0.44]], // a baseline without a year: the earliest value starts the path
    [{ ...floor, name: "q" }, 0.5, 2018, [0.44]], // met at baseline, slipped: behind
  ];
}

describe.skipIf(!hasSoffice)("the progress sheet in LibreOffice", () => {
  let rows: string[][];
  let expected: string[];
  let statusCol: number;
  beforeAll(async () => {
    const list = cases();
    const entries = list.map(([e], i) => ({ ...e, name: `${e.name}#${i}` }));
    const spec = buildProgressTemplate(xinmi, entries);
    const l = progressLayout(xinmi, entries);
    const wb = newWorkbook();
    renderSheet(wb, spec);
    const ws = wb.getWorksheet(spec.name)!;
    const asOfYear = new Date().getFullYear();
    expected = list.map(([entry, base, baseYear, values], i) => {
      const r = 5 + i;
      if (base !== "plan") ws.getCell(`${l.baseline}${r}`).value = base;
      if (baseYear !== "plan") ws.getCell(`${l.baselineYear}${r}`).value = baseYear;
      values.forEach((v, k) => (ws.getCell(`${columnLetter(10 + k)}${r}`).value = v));
      // The 95 of the rate row sits in a cell whose % format was cleared.
      if (entry.name === "rate") {
        const cell = ws.getCell(`${columnLetter(10)}${r}`);
        cell.style = { ...cell.style, numFmt: "General" };
      }
      const formatted = values.map((_, k) => isPercentFormat(ws.getCell(`${columnLetter(10 + k)}${r}`).numFmt));
      const baselinePercentFormatted = isPercentFormat(ws.getCell(`${l.baseline}${r}`).numFmt);
      const years = l.years.slice(0, values.length);
      // The pane reads the sheet's baseline cells as they are (statedBaseline: false) …
      const baseline = ws.getCell(`${l.baseline}${r}`).value as number | null;
      const baselineYear = ws.getCell(`${l.baselineYear}${r}`).value as number | null;
      const p = progress(entry, { values, years, baseline: baseline ?? undefined, baselineYear, statedBaseline: false, asOfYear, percentFormatted: formatted, baselinePercentFormatted });
      // … and QC_PROGRESS, given no baseline, uses the plan's: the same grade where the cells were left as inserted.
      if (base === "plan") expect(progress(entry, { values, years, asOfYear, percentFormatted: formatted }).label, entry.name).toBe(p.label);
      return p.label;
    });
    statusCol = l.years.length + 10 + 3; // 最新值, 最新年份, 应达值, 进度状态
    const file = join(mkdtempSync(join(tmpdir(), "qc-progress-")), "progress.xlsx");
    writeFileSync(file, await toBytes(wb));
    rows = recalcToCsv([file]).get(file)!.get(spec.name)!;
  }, 180_000);

  it("computes the same status as the core rule for every hand-made series", () => {
    expect(rows[3]![statusCol]).toBe("进度状态");
    const got = expected.map((_, i) => rows[4 + i]![statusCol]);
    expect(got).toEqual(expected);
    expect(new Set(expected.filter((x) => !x.startsWith("缺")))).toEqual(new Set(Object.values(PROGRESS_LABEL)));
    expect(expected.filter((x) => x.startsWith("缺2020年数据（截至2019年："))).toHaveLength(4);
  });
});

/** Random series: any shape of data, baseline, milestones and deadline, on floors, ceilings and ranges. */
describe.skipIf(!hasSoffice)("the progress sheet in LibreOffice on random series", () => {
  const seed = Date.now() % 2 ** 31;
  const kinds: { entry: Indicator; value: fc.Arbitrary<number> }[] = [
    // ≥45.5 %: fractions, and now and then percent points typed as numbers
    { entry: pick("森林覆盖率"), value: fc.oneof(fc.integer({ min: 200, max: 600 }).map((n) => n / 1000), fc.integer({ min: 20, max: 60 })) },
    { entry: pick("城市区域环境噪声"), value: fc.integer({ min: 500, max: 700 }).map((n) => n / 10) }, // ≤56 dB(A)
    { entry: pick("生态旅游示范村"), value: fc.integer({ min: 0, max: 8 }).map((n) => n / 2) }, // 1—2个
  ];
  const plan = (kind: (typeof kinds)[number]) =>
    fc.record({
      deadline: fc.constantFrom<number | null>(2020, 2022, future, null),
      milestones: fc.array(fc.record({ year: fc.integer({ min: 2018, max: future - 1 }), value: kind.value }), { maxLength: 2 }),
      stated: fc.option(fc.record({ year: fc.integer({ min: 2016, max: 2022 }), value: kind.value }), { nil: null }),
      baseline: fc.option(fc.record({ year: fc.option(fc.integer({ min: 2016, max: 2022 }), { nil: null }), value: kind.value }), { nil: null }),
      values: fc.array(fc.option(kind.value, { nil: null, freq: 2 }), { minLength: 1, maxLength: 12 }),
      // A cell keeps the row's format, or lost it (pasted over, cleared).
      formats: fc.array(fc.constantFrom("keep", "keep", "General", "0.00"), { minLength: 13, maxLength: 13 }),
    });
  const series = fc.oneof(...kinds.map((k) => plan(k).map((p) => ({ kind: k, ...p }))));
  const list = fc.sample(series, { numRuns: 150, seed });
  /** The catalogue's unit for the plan's numbers: 45 for 45 %. */
  const planUnits = (e: Indicator, v: number) => (e.unit === "%" ? Math.round(v * (v <= 1 ? 100 : 1) * 1e6) / 1e6 : v);
  let rows: string[][];
  let expected: string[];
  let statusCol: number;

  beforeAll(async () => {
    const entries = list.map((c, i): Indicator => {
      const e = c.kind.entry;
      const milestones = c.milestones.map((m) => ({ year: m.year, value: planUnits(e, m.value) }));
      const stated = c.stated && { year: c.stated.year, value: planUnits(e, c.stated.value) };
      return { ...e, name: `${e.name}#${i}`, deadline: c.deadline, milestones, baseline: stated };
    });
    const spec = buildProgressTemplate(xinmi, entries);
    const l = progressLayout(xinmi, entries);
    const wb = newWorkbook();
    renderSheet(wb, spec);
    const ws = wb.getWorksheet(spec.name)!;
    const asOfYear = new Date().getFullYear();
    expected = list.map((c, i) => {
      const r = 5 + i;
      // The user's baseline over the plan's, or the plan's left as inserted.
      if (c.baseline) {
        ws.getCell(`${l.baseline}${r}`).value = c.baseline.value;
        ws.getCell(`${l.baselineYear}${r}`).value = c.baseline.year;
      }
      const values = c.values.slice(0, l.years.length);
      const cells = [l.baseline, ...values.map((_, k) => columnLetter(10 + k))].map((col) => ws.getCell(`${col}${r}`));
      values.forEach((v, k) => (cells[k + 1]!.value = v));
      cells.forEach((cell, k) => {
        if (c.formats[k] !== "keep") cell.style = { ...cell.style, numFmt: c.formats[k] };
      });
      const [baselineCell, ...valueCells] = cells.map((cell) => isPercentFormat(cell.numFmt));
      const baseline = ws.getCell(`${l.baseline}${r}`).value as number | null;
      const baselineYear = ws.getCell(`${l.baselineYear}${r}`).value as number | null;
      const input = { values, years: l.years.slice(0, values.length), baseline: baseline ?? undefined, baselineYear, statedBaseline: false, asOfYear };
      return progress(entries[i]!, { ...input, percentFormatted: valueCells, baselinePercentFormatted: baselineCell }).label;
    });
    statusCol = l.years.length + 10 + 3;
    const file = join(mkdtempSync(join(tmpdir(), "qc-progress-random-")), "progress.xlsx");
    writeFileSync(file, await toBytes(wb));
    rows = recalcToCsv([file]).get(file)!.get(spec.name)!;
  }, 180_000);

  it(`computes the core rule's label on every random series (seed ${seed})`, () => {
    expected.forEach((label, i) => {
      const c = list[i]!;
      expect(rows[4 + i]![statusCol], `row ${5 + i}: ${c.kind.entry.name} ${JSON.stringify({ ...c, kind: undefined })} (seed ${seed})`).toBe(label);
    });
    const kindsSeen = new Set(expected.map((x) => x.replace(/^缺\d+年数据（截至\d+年：(.+)）$/, "$1")));
    expect(kindsSeen).toEqual(new Set(["已达标", "按期可达", "进度滞后", "逾期未达", "无数据"]));
  });
});
