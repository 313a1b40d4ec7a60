import type { DevDocument } from "../types";

/** 青海省进一步提高产品、工程和服务质量行动方案（2023-2025年）, as reported with its targets. */
export default {
  id: "qinghai",
  title: "青海省进一步提高产品、工程和服务质量行动方案（2023-2025年）（报道）",
  level: "province",
  period: "2023—2025",
  forms: ["news", "prose"],
  source: {
    url: "https://www.qhszgh.com/index.php?c=show&id=21003",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the site's header text left out, cut before the truncated 公共服务质量监测满意度. Punctuation restored to full width.",
  },
  numeric: [
    { name: "制造业产品质量合格率", comparator: ">=", value: 94, unit: "%", deadline: 2025 },
    { name: "自产农畜产品监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "食品抽检问题处置率", comparator: ">=", value: 100, unit: "%", deadline: 2025 },
    { name: "交通建设工程交工验收合格率", comparator: ">=", value: 100, unit: "%", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
