import type { DevDocument } from "../types";

/**
 * 特种设备安全与节能事业发展“十四五”规划 (市场监管总局), as reported: 主要目标 to 2025 in one long
 * sentence of clauses; the line break inside "控制在0.06\n以下" is the page's own. Held out.
 */
export default {
  id: "tezhong",
  title: "特种设备安全与节能事业发展“十四五”规划（报道）",
  level: "national",
  period: "2021—2025",
  forms: ["news", "prose"],
  source: {
    url: "http://m.hulianxingkong.cn/nnews.asp?vid=38739",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt). The page has it in traditional characters; converted to simplified by hand (characters only, wording unchanged), cut before the truncated 培育一批…, the semicolon before the cut made a full stop. Punctuation restored to full width.",
  },
  numeric: [
    { name: "万台特种设备死亡率", comparator: "<=", value: 0.06, unit: "", deadline: 2025 },
    { name: "特种设备数量年均增长", comparator: ">=", value: 8, unit: "%", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
