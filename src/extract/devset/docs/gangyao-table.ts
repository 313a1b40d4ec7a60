import type { DevDocument } from "../types";

/**
 * The 纲要's four numeric targets as an indicator table with a 基期 column. The 2020 baseline of
 * 制造业产品质量合格率 (93.39 %) is the figure 国家统计局's 2020 statistical communiqué published
 * (reported at http://zijzx.org.cn/show-94506.html); the others have none stated (—).
 */
export default {
  id: "gangyao-table",
  title: "质量强国建设纲要主要指标（表）",
  level: "national",
  period: "2023—2025",
  forms: ["table"],
  source: {
    url: "http://autoreview.com.cn/show_article-16544.html",
    note: "Targets from the 纲要's 主要目标 (see gangyao.txt), the baseline from the 2020 communiqué; the table layout is ours.",
  },
  numeric: [
    { name: "制造业产品质量合格率", comparator: ">=", value: 94, unit: "%", deadline: 2025, baseline: { year: 2020, value: 93.39 } },
    { name: "制造业质量竞争力指数", comparator: ">=", value: 86, unit: "", deadline: 2025 },
    { name: "农产品质量安全例行监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "食品抽检合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
