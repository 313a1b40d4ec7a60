import { describe, expect, it } from "vitest";
import { headingLevel, textDocument } from "./textmodel";

describe("textDocument", () => {
  it("splits lines into headings, paragraphs and tables whose offsets point into the text", () => {
    const text = "泰安市质量强市建设规划（2021—2025年）\n一、主要目标\n到2025年，产品质量监督抽查合格率达到95%以上。\n指标 | 单位 | 2025年目标\n抽查合格率 | % | 95\n";
    const doc = textDocument(text);
    expect(doc.title).toBe("泰安市质量强市建设规划（2021—2025年）");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph", "table"]);
    const table = doc.blocks[3]!;
    if (table.kind !== "table") throw new Error("expected a table");
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([["指标", "单位", "2025年目标"], ["抽查合格率", "%", "95"]]);
    for (const b of doc.blocks) {
      if (b.kind === "table") for (const c of b.rows.flat()) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
      else expect(text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
    }
  });
  it("tells headings from list items", () => {
    expect(headingLevel("一、总体要求")).toBe(1);
    expect(headingLevel("（二）主要目标")).toBe(2);
    expect(headingLevel("1.产品质量")).toBe(3);
    expect(headingLevel("1.到2025年，全市产品质量合格率达到95%以上。力争建成一批品牌。")).toBe(0);
    expect(headingLevel("主要质量指标")).toBe(4);
  });
});
