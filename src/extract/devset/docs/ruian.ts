import type { DevDocument } from "../types";

/**
 * 瑞安市人民政府关于印发瑞安市质量强市“十四五”规划的通知: the page's metadata laid out as a table with
 * empty | cells, then the notice and preface run together (本规划以2020年为基准年，规划期限为2021年至2025年)
 * — no target. Held out.
 */
export default {
  id: "ruian",
  title: "瑞安市质量强市“十四五”规划（通知与前言）",
  level: "city",
  period: "2021—2025",
  forms: ["notice"],
  source: {
    url: "https://www.ruian.gov.cn/art/2023/1/6/art_1229692407_4138945.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning). ASCII punctuation left as retrieved; the run of several hundred empty | cells after the title shortened to 40; cut at the end of the excerpt's last sentence.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
