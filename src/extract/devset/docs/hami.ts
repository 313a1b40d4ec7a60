import type { DevDocument } from "../types";

/** 哈密市质量提升发展专项资金管理办法（征求意见稿）(2026): a notice and a budget rule (不低于300万元) — no target. */
export default {
  id: "hami",
  title: "哈密市质量提升发展专项资金管理办法（征求意见稿）",
  level: "city",
  period: "2026",
  forms: ["notice"],
  source: {
    url: "https://www.hami.gov.cn/hami/c119978/202602/83e91eacafa649e4b7fedf7e6a6cb3aa.shtml",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after 第四条. Punctuation restored to full width (the dates' and phone numbers' hyphens left as they were).",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
