import type { DevDocument } from "../types";

/** 国务院关于印发计量发展规划（2021—2035年）的通知: the notice and 编制背景, every figure an achievement (建成185项…，能力达1779项) — no target. Held out. */
export default {
  id: "jiliang",
  title: "计量发展规划（2021—2035年）（通知与编制背景）",
  level: "national",
  period: "2021—2035",
  forms: ["notice", "review"],
  source: {
    url: "https://haifuwei.com/index/cms/view/15312.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), the page's byline left out, empty lines dropped, cut after the first paragraph of 编制背景. Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
