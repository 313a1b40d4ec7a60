import type { DevDocument } from "../types";

/** 泉州市质量强市建设实施方案, as reported: targets in several 力争到2025年 sentences, names after the number. */
export default {
  id: "quanzhou",
  title: "泉州市质量强市建设实施方案（报道）",
  level: "city",
  period: "2024—2025",
  forms: ["news", "prose"],
  source: {
    url: "http://qz.fjsen.com/2024-07/02/content_31678586.htm",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), split into its paragraphs, cut before the truncated 培育国家级专…. Punctuation restored to full width.",
  },
  numeric: [
    { name: "全市海洋生产总值", comparator: ">=", value: 3000, unit: "亿元", deadline: 2025 },
    { name: "旅游总收入", comparator: ">=", value: 1100, unit: "亿元", deadline: 2025 },
    { name: "创建省级以上绿色工厂", comparator: ">=", value: 150, unit: "家", deadline: 2025 },
    { name: "选树质量强国建设领军企业", comparator: "range", value: 1, valueMax: 2, unit: "个", deadline: 2025 },
    { name: "建设质量强县", comparator: ">=", value: 1, unit: "个", deadline: 2025 },
    // "完成近100个": about 100, read as the level to reach.
    { name: "知名农产品品牌建设任务", comparator: ">=", value: 100, unit: "个", deadline: 2025 },
  ],
  qualitative: [{ name: "全市质量工作", level: "继续走在全省前列", deadline: 2025 }],
} satisfies DevDocument;
