import type { DevDocument } from "../types";

/** 制造业卓越质量工程实施意见 (工业和信息化部等, 2023), as reported: two stages, 到2025年 (qualitative) and 到2027年 (numbers). */
export default {
  id: "zhuoyue",
  title: "制造业卓越质量工程实施意见（报道）",
  level: "national",
  period: "2023—2027",
  forms: ["news", "stages"],
  source: {
    url: "https://bjrb.joyhua.cn/bjrb/20231221/html/content_20231221001001.htm",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt); the newspaper's page furniture left out, the headline's two lines joined. Punctuation restored to full width.",
  },
  numeric: [
    { name: "新增贯彻实施先进质量管理体系标准企业", comparator: ">=", value: 10, unit: "万家", deadline: 2027 },
    { name: "新增质量管理能力达到检验级企业", comparator: ">=", value: 10000, unit: "家", deadline: 2027 },
    { name: "保证级企业", comparator: ">=", value: 1000, unit: "家", deadline: 2027 },
    { name: "预防级企业", comparator: ">=", value: 100, unit: "家", deadline: 2027 },
    { name: "卓越级企业", comparator: ">=", value: 10, unit: "家", deadline: 2027 },
  ],
  qualitative: [],
} satisfies DevDocument;
