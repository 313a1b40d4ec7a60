import type { DevDocument } from "../types";

/** 市场监管总局关于印发《“十四五”市场监管科技发展规划》的通知: the notice and the first item of 发展基础 (截至“十三五”末). */
export default {
  id: "keji",
  title: "“十四五”市场监管科技发展规划（通知与发展基础）",
  level: "national",
  period: "2021—2025",
  forms: ["notice", "review"],
  source: {
    url: "http://www.lbq.gov.cn/sjzt/ztzl/dqzt/xylb/zcfg/202206/t20220610_3075269.shtml",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the site's navigation left out, cut after item 1 of 发展基础. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
