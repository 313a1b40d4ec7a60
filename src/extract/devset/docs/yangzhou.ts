import type { DevDocument } from "../types";

/** 扬州市人民政府关于深化质量强市建设的实施意见 (扬府发〔2023〕141号): a deadline paragraph, then lines by area. */
export default {
  id: "yangzhou",
  title: "扬州市人民政府关于深化质量强市建设的实施意见",
  level: "city",
  period: "2023—2025",
  forms: ["notice", "list-opened-by-deadline"],
  source: {
    url: "https://0798ci.com/rule/224598.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning): the official text as the page reprints it, cut inside 工程质量 (the excerpt ends there; the last comma made a full stop). Punctuation restored to full width.",
  },
  numeric: [
    { name: "地产农产品质量安全例行监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "食品抽查合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 95, unit: "%", deadline: 2025 },
    { name: "消费品质量合格率", comparator: ">=", value: 95, unit: "%", deadline: 2025 },
    { name: "住建工程材料抽查和实体抽测平均抽检合格率", comparator: ">", value: 95, unit: "%", deadline: 2025 },
  ],
  qualitative: [{ name: "综合质量竞争力", level: "继续处于全国、全省前列", deadline: 2025 }],
} satisfies DevDocument;
