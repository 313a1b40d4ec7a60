import type { DevDocument } from "../types";

/** 中共浙江省委 浙江省人民政府关于…加快建设质量强省的实施意见 (2022): 主要目标 by numbered area under "到2025年". */
export default {
  id: "zhejiang",
  title: "浙江省加快建设质量强省的实施意见（主要目标）",
  level: "province",
  period: "2023—2025",
  forms: ["list-opened-by-deadline"],
  source: {
    url: "http://zjrb.zjol.com.cn/html/2023-06/01/content_3652513.htm?div=-1",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning; the official text as the provincial paper printed it), cut after item 1 of 主要目标. Punctuation restored to full width.",
  },
  numeric: [
    { name: "制造业质量竞争力指数", comparator: ">=", value: 92, unit: "", deadline: 2025 },
    // "达到15%左右": about 15 %, read as the level to reach.
    { name: "数字经济核心产业增加值占GDP比重", comparator: ">=", value: 15, unit: "%", deadline: 2025 },
    { name: "研发投入强度", comparator: ">=", value: 3.3, unit: "%", deadline: 2025 },
    { name: "全员劳动生产率", comparator: ">=", value: 22, unit: "万元/人", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
