import type { DevDocument } from "../types";

/**
 * Three of pinpai135's indicators as a table with a 基期 column: the 2015 values and the 2020 targets
 * are the report's own figures (pinpai135.txt); the layout is ours. (The 顾客满意度 row is left out:
 * the source states no unit for it.)
 */
export default {
  id: "pinpai135-table",
  title: "质量品牌提升“十三五”规划主要指标（表）",
  level: "national",
  period: "2016—2020",
  forms: ["table"],
  source: {
    url: "http://zlwq.com/plus/view.php?aid=93848",
    note: "Figures from the report (see pinpai135.txt); the table layout is ours.",
  },
  numeric: [
    { name: "制造业质量竞争力指数", comparator: ">=", value: 84.5, unit: "", deadline: 2020, baseline: { year: 2015, value: 83.5 } },
    { name: "产品质量国家监督抽查合格率", comparator: ">=", value: 92, unit: "%", deadline: 2020, baseline: { year: 2015, value: 91.1 } },
    { name: "制造业产品质量合格率", comparator: ">=", value: 94.8, unit: "%", deadline: 2020, baseline: { year: 2015, value: 92.9 } },
  ],
  qualitative: [],
} satisfies DevDocument;
