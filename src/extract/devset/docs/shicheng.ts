import type { DevDocument } from "../types";

/** 石城县市场监管局开展“质量月”…宣传咨询服务活动: a news item about the bureau, counts of what was done, no target. */
export default {
  id: "shicheng",
  title: "石城县市场监管局“质量月”宣传活动（新闻）",
  level: "county",
  period: "2023",
  forms: ["news"],
  source: {
    url: "http://www.shicheng.gov.cn/scxxxgk/cpzljg/202312/00c21c385f4c409c8183bd9339d78c77.shtml",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the site's navigation left out; the page itself lacks the day before 日. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
