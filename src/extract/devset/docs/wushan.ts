import type { DevDocument } from "../types";

/** 巫山县质量强县建设实施方案: 主要目标 "到2027年……" then "——" items. */
export default {
  id: "wushan",
  title: "巫山县质量强县建设实施方案",
  level: "county",
  period: "2024—2027",
  forms: ["notice", "list-opened-by-deadline"],
  source: {
    url: "https://wxredian.com/art?id=2d9b8af5beff1c2b44aa2cb50ce82aa9",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning; the county government's notice as reposted), cut before the truncated item ——产品质量水平大幅跃升. Punctuation restored to full width.",
  },
  numeric: [{ name: "旅游产业增加值占地区生产总值的比重", comparator: ">=", value: 10, unit: "%", deadline: 2027 }],
  qualitative: [
    { name: "质量总体水平", level: "迈入渝东北第一方阵", deadline: 2027 },
    { name: "高新技术企业、科技型企业", level: "实现双倍增", deadline: 2027 },
  ],
} satisfies DevDocument;
