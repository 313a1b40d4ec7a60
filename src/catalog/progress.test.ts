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
  it("a deadline passed without meeting the target is 逾期未达", () => {
    expect(progress(floor, { values: [0.95, 0.97], years: [2019, 2020] }).status).toBe("overdue");
    expect(progress(floor, { values: [0.95], years: [2018], asOfYear: 2021 }).status).toBe("overdue");
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
  it("rejects values without years and unreadable values (error cases)", () => {
    expect(() => progress(floor, { values: [0.9, 0.95], years: [2017] })).toThrowError(ActualValueError);
    expect(() => progress(floor, { values: [0.9], years: [null] })).toThrowError("年份");
    expect(() => progress(floor, { values: ["abc"], years: [2018] })).toThrowError(ActualValueError);
  });
});
