import type { DevDocument } from "../types";

/**
 * 济宁市任城区创建国家农产品质量安全区实施方案 (济任政字〔2021〕28号), as a policy site reposts it: the
 * body run together without line breaks (一、二、 headings inline), the deadline written "2022年8底前"
 * (the source's own slip for 8月底前). Held out.
 */
export default {
  id: "rencheng",
  title: "济宁市任城区创建国家农产品质量安全区实施方案",
  level: "county",
  period: "2021—2022",
  forms: ["notice", "prose"],
  source: {
    url: "https://sd.010b.com/policy/detail/171633.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), the site's label line 政策 left out, cut after 全面实现可追溯 (the comma there made a full stop). Punctuation restored to full width.",
  },
  numeric: [
    { name: "评价总分值", comparator: ">=", value: 90, unit: "分", deadline: 2022 },
    { name: "食用农产品抽检合格率", comparator: ">=", value: 98, unit: "%", deadline: 2022 },
    { name: "不合格食用农产品处置率", comparator: ">=", value: 100, unit: "%", deadline: 2022 },
    { name: "禁用药物的监测合格率", comparator: ">=", value: 100, unit: "%", deadline: 2022 },
  ],
  qualitative: [{ name: "农产品质量", level: "全面实现可追溯", deadline: 2022 }],
} satisfies DevDocument;
