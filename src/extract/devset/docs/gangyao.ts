import type { DevDocument } from "../types";

/** 质量强国建设纲要 (中共中央、国务院, 2023): the 主要目标 list, each item opened by 一是/二是…, under "到2025年". */
export default {
  id: "gangyao",
  title: "质量强国建设纲要（主要目标）",
  level: "national",
  period: "2023—2025",
  forms: ["list-opened-by-deadline", "prose"],
  source: {
    url: "http://autoreview.com.cn/show_article-16544.html",
    note: "Retrieved 2026-12-01 through the project's search tool (corpus pages; page excerpt from its beginning). The page reprints the 纲要's 主要目标 with 一是…五是; cut after 四是. ASCII punctuation of the store restored to full width.",
  },
  numeric: [
    { name: "制造业质量竞争力指数", comparator: ">=", value: 86, unit: "", deadline: 2025 },
    { name: "农产品质量安全例行监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "食品抽检合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 94, unit: "%", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
