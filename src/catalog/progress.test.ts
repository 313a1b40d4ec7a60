import { describe, expect, it } from "vitest";
import { ActualValueError, type Indicator } from "./index";
import { progress } from "./progress";

const floor: Indicator = {
  id: "xx-0000000", city: "泰安", category: "食品药品", name: "农产品监测合格率", aliases: [], comparator: ">=",
  value: 98, valueMax: null, unit: "%", deadline: 2020, quote: "q", source: { file: "f", offset: 0 }, concept: null,
};
const ceiling: Indicator = { ...floor, name: "城市区域环境噪声", comparator: "<=", value: 56, unit: "dB(A)" };
const count: Indicator = { ...floor, name: "新增专利", value: 500, unit: "件", deadline: 2018 };

describe("progress on hand-made series", () => {
  it("rising on the straight path is 按期可达, and projects the trend to the deadline", () => {
    // baseline 90 in 2016, target 98 in 2020: the path needs 94 by 2018
    const p = progress(floor, { values: [0.92, 0.94], years: [2017, 2018], baseline: 0.9, baselineYear: 2016 });
    expect(p).toMatchObject({ status: "onTrack", pathValue: 94, latest: { year: 2018, value: 94 } });
    expect(p.projected).toBeCloseTo(98);
  });
  it("rising too slowly is 进度滞后", () => {
    expect(progress(floor, { values: [0.91, 0.92], years: [2017, 2018], baseline: 0.9, baselineYear: 2016 }).status).toBe("behind");
  });
  it("falling is 进度滞后, flat below the target too", () => {
    expect(progress(floor, { values: [0.93, 0.92], years: [2017, 2018] }).status).toBe("behind");
    expect(progress(floor, { values: [0.93, 0.93, 0.93], years: [2016, 2017, 2018] }).status).toBe("behind");
  });
  it("meeting the target early is 已达标", () => {
    expect(progress(floor, { values: [0.95, 0.985], years: [2017, 2018] }).status).toBe("met");
  });
  it("a value for the deadline year (or later) that misses is 逾期未达", () => {
    expect(progress(floor, { values: [0.95, 0.97], years: [2019, 2020] }).status).toBe("overdue");
    expect(progress(floor, { values: [0.95, 0.97], years: [2019, 2021], asOfYear: 2026 })).toMatchObject({ status: "overdue", label: "逾期未达", missingYear: null });
  });
  it("ceilings: falling noise on the path is on track, rising is behind", () => {
    expect(progress(ceiling, { values: [60, 58], years: [2016, 2018] }).status).toBe("onTrack");
    expect(progress(ceiling, { values: [58, 60], years: [2016, 2018] }).status).toBe("behind");
    expect(progress(ceiling, { values: [58, 55], years: [2016, 2018] }).status).toBe("met");
  });
  it("a target already met at baseline must stay met: slipping back is behind", () => {
    const p = progress(floor, { values: [0.97], years: [2018], baseline: 0.99, baselineYear: 2016 });
    expect(p.status).toBe("behind");
    expect(p.pathValue).toBe(98);
  });
  it("one data point and no baseline is compared with the target alone, never called on track", () => {
    const p = progress(floor, { values: [0.97], years: [2018] });
    expect(p.status).toBe("behind");
    expect(p.note).toContain("一个数据点");
    expect(p.projected).toBeNull();
  });
  it("skips missing years", () => {
    const p = progress(count, { values: [100, null, "", 400], years: [2015, 2016, 2017, 2017] });
    expect(p.latest).toEqual({ year: 2017, value: 400 });
  });
  it("no values at all is 无数据", () => {
    expect(progress(floor, { values: [null, ""], years: [2017, 2018] }).status).toBe("nodata");
  });
  it("qualitative: 已达成 is met, 进行中 before the deadline on track", () => {
    const q: Indicator = { ...floor, comparator: "qualitative", value: "全覆盖", unit: "" };
    expect(progress(q, { values: ["进行中", "已达成"], years: [2017, 2018] }).status).toBe("met");
    expect(progress(q, { values: ["进行中"], years: [2018] }).status).toBe("onTrack");
    expect(progress(q, { values: ["未达成"], years: [2020] }).status).toBe("overdue");
  });
  it("qualitative: a value for the deadline year that is not 已达成 is overdue; data that stopped earlier is graded as of its year", () => {
    const q: Indicator = { ...floor, comparator: "qualitative", value: "全覆盖", unit: "" };
    expect(progress(q, { values: ["进行中"], years: [2020], asOfYear: 2026 }).status).toBe("overdue");
    expect(progress(q, { values: ["进行中"], years: [2019], asOfYear: 2026 })).toMatchObject({ status: "onTrack", label: "缺2020年数据（截至2019年：按期可达）" });
  });
  it("rejects values without years and unreadable values (error cases)", () => {
    expect(() => progress(floor, { values: [0.9, 0.95], years: [2017] })).toThrowError(ActualValueError);
    expect(() => progress(floor, { values: [0.9], years: [null] })).toThrowError("年份");
    expect(() => progress(floor, { values: ["abc"], years: [2018] })).toThrowError(ActualValueError);
  });
});

describe("past the deadline, data that stopped earlier is never called a miss", () => {
  const asOfYear = 2026;
  it("on track in 2019: keeps its grade as of 2019 and says the 2020 value is missing", () => {
    const p = progress(floor, { values: [0.92, 0.96], years: [2017, 2019], baseline: 0.9, baselineYear: 2016, asOfYear });
    expect(p).toMatchObject({ status: "onTrack", missingYear: 2020, label: "缺2020年数据（截至2019年：按期可达）" });
  });
  it("behind in 2019 and met in 2019 say so, with the missing year", () => {
    expect(progress(floor, { values: [0.9, 0.91], years: [2017, 2019], asOfYear }).label).toBe("缺2020年数据（截至2019年：进度滞后）");
    expect(progress(floor, { values: [0.985], years: [2019], asOfYear }).label).toBe("缺2020年数据（截至2019年：已达标）");
    expect(progress(floor, { values: [0.95], years: [2018], asOfYear: 2021 })).toMatchObject({ status: "behind", missingYear: 2020 });
  });
  it("in the deadline year itself nothing is missing yet", () => {
    expect(progress(floor, { values: [0.92, 0.96], years: [2017, 2019], baseline: 0.9, baselineYear: 2016, asOfYear: 2020 })).toMatchObject({ status: "onTrack", label: "按期可达", missingYear: null });
  });
  it("no data at all stays 无数据", () => {
    expect(progress(floor, { values: [null], years: [2019], asOfYear })).toMatchObject({ status: "nodata", label: "无数据", missingYear: null });
  });
});

describe("the plan's milestones and baseline", () => {
  // 十四五-style row: 2020年(基期) 90, 2023年 96, 2025年目标 98.
  const planned: Indicator = { ...floor, deadline: 2025, baseline: { year: 2020, value: 90 }, milestones: [{ year: 2023, value: 96 }] };
  it("the path runs through the milestones: 2022 needs 94 (90 → 96 over three years), not 93.2", () => {
    const p = progress(planned, { values: [0.94], years: [2022] });
    expect(p).toMatchObject({ status: "onTrack", pathValue: 94 });
    expect(progress(planned, { values: [0.935], years: [2022] }).status).toBe("behind");
    expect(progress({ ...planned, milestones: [] }, { values: [0.935], years: [2022] })).toMatchObject({ status: "onTrack", pathValue: 93.2 });
  });
  it("after the last milestone the path runs to the final target", () => {
    expect(progress(planned, { values: [0.97], years: [2024] })).toMatchObject({ status: "onTrack", pathValue: 97 });
    expect(progress(planned, { values: [0.96], years: [2023] })).toMatchObject({ status: "onTrack", pathValue: 96 });
    expect(progress(planned, { values: [0.959], years: [2023] }).status).toBe("behind");
  });
  it("uses the plan's stated baseline when the user gives none, so one value can be on track", () => {
    expect(progress(planned, { values: [0.94], years: [2022] }).note).toBeNull();
    expect(progress(planned, { values: [0.94], years: [2022], statedBaseline: false })).toMatchObject({ status: "behind", pathValue: null });
  });
  it("the user's baseline wins over the plan's; milestones at or before it are not on the path", () => {
    const p = progress(planned, { values: [0.965], years: [2024], baseline: 0.95, baselineYear: 2023 });
    expect(p).toMatchObject({ status: "onTrack", pathValue: 96.5 });
  });
  it("a baseline without a year is not a starting point", () => {
    const noYear: Indicator = { ...planned, baseline: { year: null, value: 90 } };
    expect(progress(noYear, { values: [0.94], years: [2022] }).status).toBe("behind");
  });
  it("ceilings follow their milestones downwards", () => {
    const noise: Indicator = { ...ceiling, deadline: 2025, baseline: { year: 2020, value: 62 }, milestones: [{ year: 2022, value: 58 }] };
    expect(progress(noise, { values: [60], years: [2021] })).toMatchObject({ status: "onTrack", pathValue: 60 });
    expect(progress(noise, { values: [60.5], years: [2021] }).status).toBe("behind");
  });
});

describe("the percent rule, cell by cell", () => {
  it("reads a number in a %-formatted cell as a fraction and elsewhere above 1 as percent points", () => {
    // 1.2 in a % cell is 120 % (met); 95 in a cell that lost its format is 95 %.
    expect(progress(floor, { values: [0.9, 1.2], years: [2017, 2018], percentFormatted: [true, true] }).status).toBe("met");
    const p = progress(floor, { values: [0.9, 95], years: [2017, 2018], percentFormatted: [true, false] });
    expect(p.latest).toEqual({ year: 2018, value: 95 });
    expect(progress(floor, { values: [0.95], years: [2018], baseline: 90, baselineYear: 2016, baselinePercentFormatted: false }).pathValue).toBe(94);
  });
});
