import type { DevDocument } from "../types";

/** 洞头区关于…加快建设质量强区的实施方案 (2023): 到2025年 with three numbers, then a 到2027年 stage with none. Held out. */
export default {
  id: "dongtou",
  title: "洞头区加快建设质量强区的实施方案（主要目标）",
  level: "county",
  period: "2023—2027",
  forms: ["notice", "stages"],
  source: {
    url: "http://www.dongtou.gov.cn/art/2023/12/14/art_1229691270_2028800.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt), the site's path line left out, cut inside the 到2027年 stage (the comma before the cut made a full stop). Punctuation restored to full width.",
  },
  numeric: [
    { name: "制造业质量竞争力指数", comparator: ">=", value: 92, unit: "", deadline: 2025 },
    { name: "制造业产品质量合格率", comparator: ">=", value: 96, unit: "%", deadline: 2025 },
    { name: "服务质量满意度", comparator: ">=", value: 90, unit: "分", deadline: 2025 },
  ],
  qualitative: [],
} satisfies DevDocument;
