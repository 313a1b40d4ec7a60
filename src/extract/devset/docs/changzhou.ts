import type { DevDocument } from "../types";

/** 常州市质量强市奖补资金下达 (2023): awards and their sums (最高500万元, 分别按不高于100万元、50万元奖励) — no target. Held out. */
export default {
  id: "changzhou",
  title: "常州市质量强市奖补资金下达（新闻）",
  level: "city",
  period: "2023",
  forms: ["news"],
  source: {
    url: "https://www9599116.com/ns_news/973168834447646",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt; a copy of the city bureau's news item), the page's site furniture (view counter, font size, print links) left out. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
