import type { DevDocument } from "../types";

/** 宜春市质量强市建设实施方案 (2024): 二、主要目标, "到2025年……" then "——" areas, many counts. */
export default {
  id: "yichun",
  title: "宜春市质量强市建设实施方案（主要目标）",
  level: "city",
  period: "2024—2025",
  forms: ["list-opened-by-deadline"],
  source: {
    url: "http://sjj.yichun.gov.cn/ycsscjgj/zcjd/202405/64bd3a62c5a940588d4e4ec65865d28c.shtml",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut before the truncated 大中型工程项目一… (the comma before it made a full stop). Punctuation restored to full width.",
  },
  numeric: [
    { name: "数字经济核心产业增加值占GDP比重", comparator: ">=", value: 10, unit: "%", deadline: 2025 },
    { name: "战略性新兴产业增加值占规模以上工业比重", comparator: ">=", value: 30, unit: "%", deadline: 2025 },
    { name: "每万人口高价值发明专利拥有量", comparator: ">=", value: 2.12, unit: "件", deadline: 2025 },
    { name: "国家级专精特新“小巨人”企业", comparator: ">=", value: 30, unit: "家", deadline: 2025 },
    { name: "国家级单项冠军企业", comparator: ">=", value: 2, unit: "家", deadline: 2025 },
    { name: "省级制造业单项冠军企业", comparator: ">=", value: 5, unit: "家", deadline: 2025 },
    { name: "省级专业化“小巨人”企业", comparator: ">=", value: 30, unit: "家", deadline: 2025 },
    { name: "省级“专精特新”中小企业", comparator: ">=", value: 450, unit: "家", deadline: 2025 },
    { name: "食用农产品监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "食品药品监督抽查合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 94, unit: "%", deadline: 2025 },
  ],
  qualitative: [
    { name: "质量强市建设", level: "走在全省前列", deadline: 2025 },
    { name: "制造业质量竞争力指数", level: "达到全省先进水平", deadline: 2025 },
  ],
} satisfies DevDocument;
