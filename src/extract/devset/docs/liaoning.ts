import type { DevDocument } from "../types";

/** 辽宁省标准化体系建设发展规划（2016—2020年）: "到2020年……具体目标是：" then "—新增…；" items. */
export default {
  id: "liaoning",
  title: "辽宁省标准化体系建设发展规划（2016—2020年）",
  level: "province",
  period: "2016—2020",
  forms: ["notice", "list-opened-by-deadline"],
  source: {
    url: "http://lnsr.org/article.php?name=20160601135509",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut before the truncated item —企业产…. Older than the 十四五 plans, kept for its list form. Punctuation restored to full width.",
  },
  numeric: [
    { name: "新增国际标准", comparator: ">=", value: 5, unit: "项", deadline: 2020 },
    { name: "新增国家标准", comparator: ">=", value: 400, unit: "项", deadline: 2020 },
    { name: "新增地方标准", comparator: ">=", value: 600, unit: "项", deadline: 2020 },
    { name: "新增标准化试点示范项目", comparator: ">=", value: 25, unit: "个", deadline: 2020 },
  ],
  qualitative: [],
} satisfies DevDocument;
