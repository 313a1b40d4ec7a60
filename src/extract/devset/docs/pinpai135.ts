import type { DevDocument } from "../types";

/**
 * 质量品牌提升“十三五”规划, as reported: targets for 2020 in prose, the 2015 values of the same four
 * indicators in the next sentence (a past, not a target), a shared verb 建成 over a list of counts
 * whose deadline is only the plan's period (十三五 = 2020).
 */
export default {
  id: "pinpai135",
  title: "质量品牌提升“十三五”规划（报道）",
  level: "national",
  period: "2016—2020",
  forms: ["news", "prose"],
  source: {
    url: "http://zlwq.com/plus/view.php?aid=93848",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the site's header and footer left out. Punctuation restored to full width.",
  },
  numeric: [
    { name: "制造业质量竞争力指数", comparator: ">=", value: 84.5, unit: "", deadline: 2020 },
    { name: "产品质量国家监督抽查合格率", comparator: ">=", value: 92, unit: "%", deadline: 2020 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 94.8, unit: "%", deadline: 2020 },
    { name: "重点服务业顾客满意度", comparator: ">=", value: 78, unit: "分", deadline: 2020 },
    { name: "出口工业产品质量安全示范区", comparator: ">=", value: 200, unit: "个", deadline: 2020 },
    { name: "国家级出口食品农产品质量安全示范区", comparator: ">=", value: 350, unit: "个", deadline: 2020 },
    { name: "检验检测认证公共服务平台示范区", comparator: ">=", value: 10, unit: "个", deadline: 2020 },
    { name: "食品农产品认证示范创建区", comparator: ">=", value: 100, unit: "个", deadline: 2020 },
    { name: "国家级综合服务业标准化试点", comparator: ">=", value: 1000, unit: "个", deadline: 2020 },
  ],
  qualitative: [],
} satisfies DevDocument;
