import type { DevDocument } from "../types";

/** 盘锦市开展质量提升行动的实施方案, as the city's market-supervision bureau published it (targets for 2020). */
export default {
  id: "panjin",
  title: "盘锦市开展质量提升行动的实施方案（市场监管局的介绍）",
  level: "city",
  period: "2019—2020",
  forms: ["news", "prose"],
  source: {
    url: "http://scjgj.panjin.gov.cn/2019_09/26_10/content-157268.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after the paragraph on the 14 tasks. Punctuation restored to full width.",
  },
  numeric: [
    { name: "重点产品监督抽查合格率", comparator: ">=", value: 95, unit: "%", deadline: 2020 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 97, unit: "%", deadline: 2020 },
    { name: "制造业质量竞争力指数", comparator: ">=", value: 84.5, unit: "", deadline: 2020 },
    { name: "农业标准化生产覆盖率", comparator: ">=", value: 70, unit: "%", deadline: 2020 },
    { name: "主要农产品质量安全合格率", comparator: ">=", value: 97, unit: "%", deadline: 2020 },
    { name: "大中型工程项目一次验收合格率", comparator: ">=", value: 100, unit: "%", deadline: 2020 },
    { name: "其他工程项目一次验收合格率", comparator: ">=", value: 98, unit: "%", deadline: 2020 },
    { name: "工程实体监督抽查合格率", comparator: ">=", value: 95, unit: "%", deadline: 2020 },
    { name: "结构性建材合格率", comparator: ">=", value: 90, unit: "%", deadline: 2020 },
    { name: "生产性服务业顾客满意度", comparator: ">=", value: 85, unit: "分", deadline: 2020 },
    { name: "生活性服务业顾客满意度", comparator: ">=", value: 80, unit: "分", deadline: 2020 },
    { name: "政府质量工作满意度监测结果", comparator: ">=", value: 80, unit: "分", deadline: 2020 },
  ],
  qualitative: [{ name: "重点食品安全抽检", level: "实现类别、品种全覆盖", deadline: 2020 }],
} satisfies DevDocument;
