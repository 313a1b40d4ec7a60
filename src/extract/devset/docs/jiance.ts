import type { DevDocument } from "../types";

/** Industry statistics on testing bodies: past growth and a research firm's forecast (预测，2022年…将达7697家) — not a plan, no target. Held out. */
export default {
  id: "jiance",
  title: "检验检测行业统计（机构数量、报告数量）",
  level: "national",
  period: "2016—2022",
  forms: ["review"],
  source: {
    url: "https://jiongage.com/news/chanye/20220712/1720041922981_4.shtml",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt). Punctuation restored to full width.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
