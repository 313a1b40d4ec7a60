import type { DevDocument } from "../types";

/**
 * 维西县's targets as an indicator table (序号 | 指标 | 单位 | 2025年目标). The page excerpt has no
 * table, so the rows are laid out from the targets its text states (weixi.txt); every figure is the
 * source's. The generator makes its tab-separated and one-cell-per-line variants, a .docx with a
 * real Word table and the PDF LibreOffice makes of it.
 */
export default {
  id: "weixi-table",
  title: "维西县市场监管主要指标（表）",
  level: "county",
  period: "2024—2025",
  forms: ["table"],
  source: {
    url: "http://www.weixi.gov.cn/zfxxgk_weixi/zhengcewenjian/zcwj/202411/20241115_220078.html",
    note: "Rows and figures from the source's 总体要求 (see weixi.txt); the table layout is ours, as county plans print 主要指标.",
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
