import type { DevDocument } from "../types";

/** “中国质量”建设成就 (figures from 国家市场监督管理总局): achievements written like targets (连续5年达到93%以上, 稳定在90%以上) — no target. */
export default {
  id: "chengjiu",
  title: "“中国质量”建设成就",
  level: "national",
  period: "2016—2021",
  forms: ["review"],
  source: {
    url: "http://zsdcjy.com/news/60a4499895.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt). The page's scraper noise (? marks and the words 中国质量/建设成 inserted between words) was removed and the caption of a figure (图：…) left out; nothing else changed. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
