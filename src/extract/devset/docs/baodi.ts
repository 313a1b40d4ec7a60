import type { DevDocument } from "../types";

/** 宝坻区质量强区建设实施方案（征求意见稿）: the call for comments (dates, phone, e-mail) and the plan's first sentence — no target. Held out. */
export default {
  id: "baodi",
  title: "宝坻区质量强区建设实施方案（征求意见通知）",
  level: "county",
  period: "2025",
  forms: ["notice"],
  source: {
    url: "https://www.tjbd.gov.cn/zwgk/zdjcygk/202505/t20250528_6941717.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after the plan's opening sentence. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
