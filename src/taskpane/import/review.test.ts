import { describe, expect, it } from "vitest";
import { buildImported } from "../../catalog/custom";
import { PROBLEMS_EN } from "./problems";
import type { Candidate } from "../../extract/extract";
import {
  blankRow,
  countRows,
  filterRows,
  mergeWithPrevious,
  parseBaseline,
  parseMilestones,
  rowFromCandidate,
  splitRow,
  targetText,
  toTarget,
  type ReviewRow,
} from "./review";

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  name: "产品质量合格率",
  comparator: ">=",
  value: 95,
  valueMax: null,
  unit: "%",
  deadline: 2025,
  category: "产品质量",
  quote: "产品质量合格率 | % | 93 | 94 | 95 | 预期性",
  offset: 10,
  confidence: 0.85,
  ...over,
});

describe("review rows", () => {
  it("carry the extractor's milestones, baseline and attribute through to the stored catalogue", () => {
    const row = rowFromCandidate(candidate({ milestones: [{ year: 2023, value: 94 }], baseline: { year: 2020, value: 93 }, attribute: "预期性" }));
    expect([row.milestones, row.baseline, row.attribute]).toEqual(["2023：94", "2020：93", "预期性"]);
    const target = toTarget(row);
    if (typeof target === "string") throw new Error(target);
    const { catalog, problems } = buildImported("丁", { title: "丁市规划" }, [target]);
    expect(problems).toEqual([]);
    expect(catalog.indicators[0]).toEqual(expect.objectContaining({ milestones: [{ year: 2023, value: 94 }], baseline: { year: 2020, value: 93 }, attribute: "预期性" }));
  });

  it("start unaccepted below the confidence threshold", () => {
    expect(rowFromCandidate(candidate({ confidence: 0.5 })).accepted).toBe(false);
    expect(rowFromCandidate(candidate({ confidence: 0.6 })).accepted).toBe(true);
  });

  it("show the target as people read it", () => {
    const r = rowFromCandidate(candidate());
    expect(targetText(r)).toBe("≥95%");
    expect(targetText({ ...r, comparator: "range", value: "1", valueMax: "2", unit: "个" })).toBe("1—2个");
    expect(targetText({ ...r, comparator: "qualitative", value: "全覆盖" })).toBe("全覆盖");
  });
});

describe("milestones and baselines as the user types them", () => {
  it("reads year–value pairs in any common punctuation, full-width digits included", () => {
    expect(parseMilestones("2023：95；2024: 96")).toEqual([
      { year: 2023, value: 95 },
      { year: 2024, value: 96 },
    ]);
    expect(parseMilestones("２０２４年 96.5%，2022年90")).toEqual([
      { year: 2022, value: 90 },
      { year: 2024, value: 96.5 },
    ]);
    expect(parseMilestones("  ")).toEqual([]);
  });

  it("says what is wrong otherwise", () => {
    expect(parseMilestones("2023")).toMatch(/应写成“年份：数值”/);
    expect(parseMilestones("1900：5")).toMatch(/不是有效的年份/);
    expect(parseMilestones("2023：5；2023：6")).toMatch(/2023 年出现了两次/);
  });

  it("reads a baseline with or without its year", () => {
    expect(parseBaseline("2020：90")).toEqual({ year: 2020, value: 90 });
    expect(parseBaseline("90")).toEqual({ year: null, value: 90 });
    expect(parseBaseline("")).toBeNull();
    expect(parseBaseline("九十")).toMatch(/应写成/);
  });
});

describe("a row becomes a target only when it is complete", () => {
  const row = (over: Partial<ReviewRow>): ReviewRow => ({ ...rowFromCandidate(candidate()), ...over });

  it.each([
    [{ name: " " }, "名称为空"],
    [{ value: "abc" }, "目标值不是数值"],
    [{ value: "" }, "目标值不是数值"],
    [{ comparator: "range" as const, valueMax: "" }, "上限不是数值"],
    [{ comparator: "range" as const, valueMax: "90" }, "上限小于目标值"],
    [{ deadline: "25" }, "期限应为年份"],
    [{ milestones: "2026：96" }, "里程碑应早于期限 2025 年"],
    [{ milestones: "2025：96" }, "期限当年的值就是目标值"],
    [{ comparator: "qualitative" as const, value: " " }, "目标（如“全覆盖”）为空"],
    [{ comparator: "qualitative" as const, value: "全覆盖", milestones: "2023：1" }, "定性指标，不能有里程碑"],
    [{ baseline: "约九成" }, "基线"],
  ])("%o is refused: %s", (over, why) => {
    expect(toTarget(row(over))).toEqual(expect.stringContaining(why));
  });

  it("says so in English where the pane speaks English", () => {
    expect(toTarget(row({ milestones: "2023" }), PROBLEMS_EN)).toBe("Milestones of “产品质量合格率”: write “2023” as “year: value”, such as 2023: 95");
  });

  it("accepts full-width digits and a trailing 年 in the deadline", () => {
    expect(toTarget(row({ value: "９５", deadline: "2025年" }))).toEqual(expect.objectContaining({ value: 95, deadline: 2025 }));
  });
});

describe("filters, counts and edits", () => {
  const rows = [
    rowFromCandidate(candidate({ name: "甲", offset: 0, quote: "甲达到1%", confidence: 0.9 })),
    rowFromCandidate(candidate({ name: "乙", offset: 6, quote: "乙达到2%", confidence: 0.5 })),
    blankRow("丙全覆盖", 12),
  ];

  it("count and filter low-confidence and unaccepted rows; the row being edited stays in view", () => {
    expect(countRows(rows)).toEqual({ total: 3, accepted: 2, low: 1, pending: 1 });
    expect(filterRows(rows, "low").map((r) => r.name)).toEqual(["乙"]);
    expect(filterRows(rows, "pending").map((r) => r.name)).toEqual(["乙"]);
    expect(filterRows(rows, "pending", rows[0]!.key).map((r) => r.name)).toEqual(["甲", "乙"]);
    expect(filterRows(rows, "all", null, " 全覆盖 ").map((r) => r.name)).toEqual(["丙全覆盖"]);
    expect(filterRows(rows, "all", null, "乙达到").map((r) => r.name)).toEqual(["乙"]); // in the sentence
    expect(filterRows(rows, "low", null, "甲")).toEqual([]);
  });

  it("split after the row, merge into the row above over both quotes", () => {
    const split = splitRow(rows, rows[0]!.key);
    expect(split.rows.map((r) => r.name)).toEqual(["甲", "甲（2）", "乙", "丙全覆盖"]);
    expect(split.rows[1]!.key).toBe(split.added);
    const text = "甲达到1%，乙达到2%，丙全覆盖";
    const merged = mergeWithPrevious(rows, rows[1]!.key, text)!;
    expect(merged.rows.map((r) => [r.name, r.quote, r.offset])).toEqual([
      ["甲", "甲达到1%，乙达到2%", 0],
      ["丙全覆盖", "丙全覆盖", 12],
    ]);
    expect(mergeWithPrevious(rows, rows[0]!.key, text)).toBeNull();
  });
});
