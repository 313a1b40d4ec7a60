import type { DevDocument } from "../types";

/** 质量发展纲要（2011—2020年）, as reported: two stages, 到2015年 and 到2020年, mostly qualitative levels. */
export default {
  id: "gangyao2011",
  title: "质量发展纲要（2011—2020年）（报道）",
  level: "national",
  period: "2011—2020",
  forms: ["news", "stages"],
  source: {
    url: "https://cgcpa.org.cn/openwindow/%E9%9B%86%E4%BF%A166.1.5.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the closing credit left out. Older than the 十四五 plans, kept for its stages. Punctuation restored to full width.",
  },
  numeric: [{ name: "产品质量国家监督抽查合格率", comparator: ">=", value: 90, unit: "%", deadline: 2015 }],
  qualitative: [
    { name: "主要产品质量", level: "处于国际先进水平", deadline: 2015 },
    { name: "重点工业产品和重要消费类产品的技术质量指标", level: "达到或接近国际先进水平", deadline: 2015 },
    { name: "产品质量安全指标", level: "全面达到国家强制性标准要求", deadline: 2020 },
    { name: "制造业主要行业和战略性新兴产业的产品质量水平", level: "达到或接近国际先进水平", deadline: 2020 },
    { name: "国家重点工程质量", level: "达到国际先进水平", deadline: 2020 },
  ],
} satisfies DevDocument;
