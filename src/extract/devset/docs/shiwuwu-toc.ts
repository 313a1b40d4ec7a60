import type { DevDocument } from "../types";

/**
 * A city's “十五五”质量发展规划 as a document-sharing site shows it: the table of contents run together
 * with its page numbers (发展成效2(二)发展机遇6…) and the preface's first sentence — no target. Held out.
 */
export default {
  id: "shiwuwu-toc",
  title: "某市“十五五”质量发展规划（目录与序言开头）",
  level: "city",
  period: "2026—2030",
  forms: ["notice"],
  source: {
    url: "https://m.31doc.com/p-574206.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), as the page has it (its three numbered text blocks, ASCII brackets in the contents); the preface's full-width comma restored; the excerpt ends mid-sentence.",
  },
  numeric: [],
  qualitative: [],
} satisfies DevDocument;
