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

describe("textDocument: tables as they arrive in plain text", () => {
  const cellsOf = (text: string) =>
    textDocument(text).blocks.flatMap((b) => (b.kind === "table" ? [b.rows.map((r) => r.map((c) => c.text))] : []));

  it("regroups a table copied out of Word one cell per line, by the header's column count", () => {
    const text = [
      "表2 主要指标",
      "序号",
      "指标",
      "单位",
      "2020年",
      "2025年目标",
      "属性",
      "一、质量基础",
      "1",
      "计量标准器具核查合格率",
      "%",
      "96",
      "≥98",
      "约束性",
      "2",
      "新增社会公用计量标准",
      "项",
      "—",
      "30",
      "预期性",
      "注：带★的为约束性指标。",
      "二、保障措施",
    ].join("\n");
    const doc = textDocument(text);
    expect(cellsOf(text)).toEqual([
      [
        ["序号", "指标", "单位", "2020年", "2025年目标", "属性"],
        ["一、质量基础"],
        ["1", "计量标准器具核查合格率", "%", "96", "≥98", "约束性"],
        ["2", "新增社会公用计量标准", "项", "—", "30", "预期性"],
      ],
    ]);
    // The note and the next heading are blocks of their own, after the table.
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "table", "paragraph", "heading"]);
    for (const b of doc.blocks) {
      if (b.kind === "table") for (const c of b.rows.flat()) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
    }
  });

  it("drops a flattened header repeated at the top of a new page, and the page number before it", () => {
    const header = ["指标名称", "单位", "2023年", "2025年"];
    const text = [...header, "检验检测机构数量", "家", "40", "45", "- 7 -", ...header, "品牌价值", "亿元", "120", "150"].join("\n");
    expect(cellsOf(text)).toEqual([[header, ["检验检测机构数量", "家", "40", "45"], ["品牌价值", "亿元", "120", "150"]]]);
  });

  it("continues a |-table whose header repeats after a page break, and reads tab-separated rows", () => {
    const text = "指标 | 2025年目标\n合格率 | 95\n\n12\n指标 | 2025年目标\n满意度 | 85\n";
    expect(cellsOf(text)).toEqual([[["指标", "2025年目标"], ["合格率", "95"], ["满意度", "85"]]]);
    expect(cellsOf("指标\t单位\t2025年\n覆盖率\t%\t90")).toEqual([[["指标", "单位", "2025年"], ["覆盖率", "%", "90"]]]);
  });

  it("keeps ordinary short lines as paragraphs when they are no table header", () => {
    const doc = textDocument("指标\n任务很重\n2025年\n全面完成各项工作。");
    expect(doc.blocks.every((b) => b.kind !== "table")).toBe(true);
  });
});

describe("textDocument: numbered lines copied from Word", () => {
  it("reads a list number followed by a tab as a heading, not a table row", () => {
    const doc = textDocument("一、\t总体要求\n（二）\t主要目标\n到2025年，合格率达到95%。");
    expect(doc.blocks.map((b) => [b.kind, b.kind === "heading" ? b.level : 0])).toEqual([
      ["heading", 1],
      ["heading", 2],
      ["paragraph", 0],
    ]);
  });
});
