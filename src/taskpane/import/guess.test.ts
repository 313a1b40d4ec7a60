import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanTitle, guessCity, guessTitle, titleOf } from "./guess";

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");

describe("the plan title guessed from its text", () => {
  it("takes the plan a notice hands out (现将《…》印发), even when the heading is broken over lines", () => {
    expect(guessTitle(seed("000_7aa1461171c98a42.txt"))).toBe("新密市创建全国质量强市示范城市工作推进方案");
    expect(guessTitle(seed("002_53206415302bdc8e.txt"))).toBe("江门市创建全国质量强市示范城市工作方案");
    expect(guessTitle(seed("003_3ec8c45db7a89b0a.txt"))).toBe("泰安市质量提升行动实施方案");
  });

  it("takes a title line as it stands when it is the plan itself", () => {
    expect(guessTitle(seed("001_2de2f1255edc3fc5.txt"))).toBe("焦作市人民政府关于深入开展质量强市建设的实施意见");
    expect(guessTitle("示例市人民政府关于质量提升的实施方案\n到2025年，全市产品质量监督抽查合格率达到95%以上。")).toBe("示例市人民政府关于质量提升的实施方案");
    expect(guessTitle("“十四五”市场监管现代化规划\n一、发展基础\n……")).toBe("“十四五”市场监管现代化规划");
    expect(guessTitle("2021年质量提升行动计划\n为进一步……")).toBe("2021年质量提升行动计划");
    // 通化's first line glues the title to a sentence; the clean title line after it is taken.
    expect(guessTitle(seed("004_1cf923bafc3286e3.txt"))).toBe("通化市质量兴市活动实施方案");
  });

  it("joins a title broken over two lines and unwraps the notice", () => {
    const text = "某某市人民政府办公室\n关于印发某某市质量强市建设\n三年行动计划的通知\n各县区人民政府：\n现印发给你们。";
    expect(guessTitle(text)).toBe("某某市质量强市建设三年行动计划");
  });

  it("drops a document number after the title", () => {
    expect(guessTitle("乙市人民政府关于印发乙市质量发展规划的通知 乙政发〔2021〕7号\n各区：")).toBe("乙市质量发展规划");
  });

  it("answers nothing rather than a sentence (issue 14: 规划名称 was 到2020年…。)", () => {
    expect(guessTitle("到2020年，全市农产品监测合格率稳定在98%以上，实施质量提升行动。\n新增专利500件以上。")).toBe("");
    expect(guessTitle("为贯彻落实质量强国战略，制定本方案。")).toBe("");
    // A heading inside the plan names an action, not the plan.
    expect(guessTitle("（三）实施质量提升行动\n到2020年，……")).toBe("");
  });

  it("does not take a plan cited in the text for this plan's title", () => {
    expect(guessTitle("为贯彻《吉林省质量兴省活动方案》精神，结合我市实际。\n到2020年，……")).toBe("");
  });

  it("prefers a reader's own title when it reads as one, else the text's", () => {
    expect(titleOf({ text: "到2025年，……", title: "丙市“十四五”质量强市规划" })).toBe("丙市“十四五”质量强市规划");
    expect(titleOf({ text: "丙市质量强市行动方案\n到2025年，……。", title: "到2025年，全市质量总体水平显著提升。" })).toBe("丙市质量强市行动方案");
    expect(titleOf({ text: "丙市质量强市行动方案", title: null })).toBe("丙市质量强市行动方案");
  });

  it("cleans titles: book-title marks, spaces", () => {
    expect(cleanTitle("《丁市 质量提升 行动方案》")).toBe("丁市质量提升行动方案");
    expect(cleanTitle("一、总体要求")).toBe("");
  });
});

describe("the city guessed from its text", () => {
  it("reads the issuing government", () => {
    expect(guessCity(seed("003_3ec8c45db7a89b0a.txt"))).toBe("泰安");
    expect(guessCity(seed("001_2de2f1255edc3fc5.txt"))).toBe("焦作");
    expect(guessCity("到2020年，全市……")).toBe("");
    expect(guessCity("辛集市人民政府办公室关于印发辛集市质量发展规划的通知")).toBe("辛集");
    expect(guessCity("关于印发辛集市质量发展规划的通知")).toBe("辛集");
    // Never a run of words before a one-character name.
    expect(guessCity("戊市人民政府关于印发戊市质量发展规划的通知")).toBe("");
    for (const f of ["000_7aa1461171c98a42.txt", "002_53206415302bdc8e.txt", "004_1cf923bafc3286e3.txt"]) expect(["新密", "江门", "通化"]).toContain(guessCity(seed(f)));
  });
});
