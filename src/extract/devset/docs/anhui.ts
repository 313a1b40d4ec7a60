import type { DevDocument } from "../types";

/** 安徽省“十四五”市场监管规划, its 发展基础: a review of the 十三五 with many figures and no target. */
export default {
  id: "anhui",
  title: "安徽省“十四五”市场监管规划（发展基础）",
  level: "province",
  period: "2021—2025",
  forms: ["review"],
  source: {
    url: "http://law.foodmate.net/show-214517.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut at the end of the review's last complete sentence. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
