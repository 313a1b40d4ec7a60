import type { DevDocument } from "../types";

/** 维西县贯彻“十四五”市场监管现代化规划实施方案 (维政发〔2024〕60号): a county's targets in one long sentence. */
export default {
  id: "weixi",
  title: "维西县贯彻“十四五”市场监管现代化规划实施方案",
  level: "county",
  period: "2024—2025",
  forms: ["notice", "prose"],
  source: {
    url: "http://www.weixi.gov.cn/zfxxgk_weixi/zhengcewenjian/zcwj/202411/20241115_220078.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after the heading 二、主要任务. Punctuation restored to full width.",
  },
  numeric: [
    { name: "企业平均开办时间", comparator: "<=", value: 1, unit: "工作日", deadline: 2025 },
    { name: "全县市场主体数", comparator: ">=", value: 1.96, unit: "万户", deadline: 2025 },
    { name: "食品检验量", comparator: ">=", value: 5, unit: "批次/千人", deadline: 2025 },
    { name: "全县社会公众食品安全满意度", comparator: ">=", value: 88, unit: "%", deadline: 2025 },
    { name: "药械化抽检合格率", comparator: ">=", value: 90, unit: "%", deadline: 2025 },
    { name: "公共服务质量满意度", comparator: ">=", value: 75, unit: "%", deadline: 2025 },
    { name: "消费者投诉举报按时办结率", comparator: ">=", value: 95, unit: "%", deadline: 2025 },
    { name: "每万人口发明专利拥有量", comparator: ">=", value: 1, unit: "件", deadline: 2025 },
    { name: "商标有效注册量", comparator: ">=", value: 1600, unit: "件", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
