import type { DevDocument } from "../types";

/**
 * 苏州品牌建设“植树育林”行动计划 (2018), as the city's bureau published its summary: counts of brands
 * to cultivate, each named after its number, and no year for any of them — the deadline is null, not
 * the page's date. Held out.
 */
export default {
  id: "suzhou",
  title: "苏州品牌建设“植树育林”行动计划",
  level: "city",
  period: "2018—",
  forms: ["prose"],
  source: {
    url: "http://app.scjgj.suzhou.com.cn/szmp/law/96a003374a5125e18878fe81f1d5d769.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after the paragraph on 老字号 (the next one is truncated). Punctuation restored to full width.",
  },
  numeric: [
    { name: "具有自主知识产权、质量竞争力强、品牌附加值高的世界影响力的品牌", comparator: ">=", value: 10, unit: "个", deadline: null },
    { name: "全国市场排名领先的高端制造品牌", comparator: ">=", value: 20, unit: "个", deadline: null },
    { name: "与国内外知名品牌同标准同质量的日用消费品品牌", comparator: ">=", value: 20, unit: "个", deadline: null },
  ],
  qualitative: [],
} satisfies DevDocument;
