import type { DevDocument } from "../types";

/** 洞头区质量强区“十四五”发展规划: the notice, the cover and the table of contents (dotted leaders, page numbers) — no target. Held out. */
export default {
  id: "dongtou-toc",
  title: "洞头区质量强区“十四五”发展规划（通知与目录）",
  level: "county",
  period: "2021—2025",
  forms: ["notice"],
  source: {
    url: "https://www.dongtou.gov.cn/art/2022/4/27/art_1229241547_4046448.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning); the page's metadata list put one item per line (the spaces inside its date removed), empty lines dropped, cut after the last line of the table of contents. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
