import type { DevDocument } from "../types";

/**
 * A city's bid to become a 国家食品安全城市, as reported: last year's results and a three-year record
 * written like a target (近3年…满意度均达到70%以上), then the targets for the end of 2019. Held out.
 */
export default {
  id: "shipin",
  title: "争创国家食品安全城市（报道）",
  level: "city",
  period: "2017—2019",
  forms: ["news", "review", "prose"],
  source: {
    url: "http://canyinxun.com/article/158.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt, the whole item). Punctuation restored to full width.",
  },
  numeric: [
    { name: "群众食品安全满意率", comparator: ">=", value: 80, unit: "%", deadline: 2019 },
    { name: "食品农产品监测合格率", comparator: ">=", value: 97, unit: "%", deadline: 2019 },
    { name: "食品安全监督抽检合格率", comparator: ">=", value: 98, unit: "%", deadline: 2019 },
  ],
  qualitative: [],
} satisfies DevDocument;
