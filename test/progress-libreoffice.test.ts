/**
 * The progress sheet's formulas in a real engine: LibreOffice's 进度状态 must agree with the core
 * rule (src/catalog/progress.ts) on rising, falling, flat, met, ceiling, qualitative, baseline-less
 * and overdue series.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinIndex, progress, PROGRESS_LABEL, type Indicator } from "../src/catalog";
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

/** Hand-made series: [entry, baseline, baselineYear, values by year offset from the first year column]. */
function cases(): [Indicator, number | null, number | null, (number | string | null)[]][] {
  const floor = { ...pick("森林覆盖率"), deadline: future }; // ≥45.5%
  const ceiling = { ...pick("城市区域环境噪声"), deadline: future }; // ≤56 dB(A)
  const qual = { ...pick("特种设备安全事故死亡率"), deadline: future };
  const overdue = pick("污水处理率"); // ≥85%, no deadline → direct comparison
  const past = { ...pick("生活垃圾无害化处理率"), deadline: 2019 };
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
    [past, 0.8, 2018, [0.85, 0.9, null]], // deadline passed, not met: overdue
  ];
}

describe.skipIf(!hasSoffice)("the progress sheet in LibreOffice", () => {
  let rows: string[][];
  let expected: string[];
  beforeAll(async () => {
    const list = cases();
    const entries = list.map(([e], i) => ({ ...e, name: `${e.name}#${i}` }));
    const spec = buildProgressTemplate(xinmi, entries);
    const l = progressLayout(xinmi, entries);
    const wb = newWorkbook();
    renderSheet(wb, spec);
    const ws = wb.getWorksheet(spec.name)!;
    expected = list.map(([entry, base, baseYear, values], i) => {
      const r = 5 + i;
      if (base !== null) ws.getCell(`H${r}`).value = base;
      if (baseYear !== null) ws.getCell(`I${r}`).value = baseYear;
      values.forEach((v, k) => (ws.getCell(`${columnLetter(9 + k)}${r}`).value = v));
      const p = progress(entry, { values, years: l.years.slice(0, values.length), baseline: base ?? undefined, baselineYear: baseYear, asOfYear: new Date().getFullYear() });
      return PROGRESS_LABEL[p.status];
    });
    const file = join(mkdtempSync(join(tmpdir(), "qc-progress-")), "progress.xlsx");
    writeFileSync(file, await toBytes(wb));
    rows = recalcToCsv([file]).get(file)!.get(spec.name)!;
  }, 180_000);

  it("computes the same status as the core rule for every hand-made series", () => {
    const statusCol = rows[3]!.indexOf("进度状态");
    const got = expected.map((_, i) => rows[4 + i]![statusCol]);
    expect(got).toEqual(expected);
    expect(new Set(expected)).toEqual(new Set(["按期可达", "进度滞后", "已达标", "无数据", "逾期未达"]));
  });
});
