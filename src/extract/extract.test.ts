import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEV_SET } from "./devset/plans";
import { scoreExtractor } from "./devset/score";
import { extract } from "./extract";

const root = fileURLToPath(new URL("../../", import.meta.url));
const golden = `${root}src/extract/__golden__`;
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden files: each seed plan and the candidates read from it", () => {
  // The regression set: seeds/<file>.txt → __golden__/<file>.json. A rule change shows up here as a
  // reviewable diff; regenerate with UPDATE_GOLDEN=1 after reviewing it.
  for (const file of readdirSync(`${root}seeds`).filter((f) => f.endsWith(".txt"))) {
    it(file, () => {
      const text = readFileSync(`${root}seeds/${file}`, "utf8");
      const got = extract(text);
      const path = `${golden}/${file.replace(/\.txt$/, ".json")}`;
      if (update || !existsSync(path)) {
        mkdirSync(golden, { recursive: true });
        writeFileSync(path, `${JSON.stringify(got, null, 1)}\n`);
      }
      expect(got).toEqual(JSON.parse(readFileSync(path, "utf8")));
      for (const c of got) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
    });
  }
});

describe("the development set (plans written in the style of other cities)", () => {
  it("reads numeric targets with precision and recall of at least 90%", () => {
    const s = scoreExtractor(DEV_SET);
    const detail = [...s.falsePositives.map((f) => `FP ${f.got} « ${f.text}`), ...s.falseNegatives.map((f) => `FN ${f.want} « ${f.text}`)].join("\n");
    expect(s.precision, detail).toBeGreaterThanOrEqual(0.9);
    expect(s.recall, detail).toBeGreaterThanOrEqual(0.9);
  });
});

describe("extract: the phrasing of plans", () => {
  const one = (text: string) => {
    const got = extract(text);
    expect(got, text).toHaveLength(1);
    return got[0]!;
  };
  it("reads a floor with 以上 and a deadline from 到…年", () => {
    expect(one("到2020年，农产品监测合格率稳定在98%以上。")).toMatchObject({ name: "农产品监测合格率", comparator: ">=", value: 98, unit: "%", deadline: 2020 });
  });
  it("reads 控制在…以内 as a ceiling", () => {
    expect(one("企业投资项目审批控制在100个工作日以内。")).toMatchObject({ comparator: "<=", value: 100, unit: "工作日" });
  });
  it("reads 达到260天 as a floor", () => {
    expect(one("确保全年空气优良天数达到260天。")).toMatchObject({ comparator: ">=", value: 260, unit: "天", name: "全年空气优良天数" });
  });
  it("splits a 分别 list into one target per subject, sharing the head noun", () => {
    const got = extract("蔬菜、畜禽产品和水产品监测合格率分别达到94.5%、96%和93.5%以上。");
    expect(got.map((c) => [c.name, c.value, c.comparator])).toEqual([
      ["蔬菜监测合格率", 94.5, ">="],
      ["畜禽产品监测合格率", 96, ">="],
      ["水产品监测合格率", 93.5, ">="],
    ]);
  });
  it("distributes a leading verb over a 、 list of counts", () => {
    const got = extract("新培育2件驰名商标、10个以上河南省名牌产品、1—2个省长质量奖企业。");
    expect(got.map((c) => [c.name, c.comparator, c.value, c.valueMax, c.unit])).toEqual([
      ["新培育驰名商标", ">=", 2, null, "件"],
      ["新培育河南省名牌产品", ">=", 10, null, "个"],
      ["新培育省长质量奖企业", "range", 1, 2, "个"],
    ]);
  });
  it("reads signs, full-width digits and Chinese numerals", () => {
    expect(one("城市区域环境噪声≤56dB(A)。")).toMatchObject({ comparator: "<=", value: 56, unit: "dB(A)" });
    expect(one("合格率达到９５％以上。")).toMatchObject({ value: 95, unit: "%" });
    expect(one("检验率达到百分之九十五以上。")).toMatchObject({ value: 95, unit: "%" });
    expect(one("新建省级以上质检中心两个。")).toMatchObject({ value: 2, unit: "个" });
  });
  it("reads growth, reduction and percentage points", () => {
    expect(one("旅游总收入增长30%以上。")).toMatchObject({ name: "旅游总收入增长", comparator: ">=", value: 30 });
    expect(one("一致性程度提高15个百分点。")).toMatchObject({ comparator: ">=", value: 15, unit: "百分点" });
  });
  it("reads qualitative levels as text", () => {
    expect(one("特种设备安全事故死亡率低于全国平均水平。")).toMatchObject({ comparator: "qualitative", value: "低于全国平均水平" });
    expect(one("实现农产品质量安全监管全覆盖。")).toMatchObject({ comparator: "qualitative", value: "全覆盖", name: "农产品质量安全监管" });
  });
  it("leaves out dates, document numbers, ordinals, slogans and award money", () => {
    expect(extract("根据《关于推动三个转变的意见》（豫政〔2015〕29号），2018年3月至2018年8月为筹备阶段。")).toEqual([]);
    expect(extract("对荣获中国名牌产品的企业奖励50万元。")).toEqual([]);
    expect(extract("第一，实施“十大质量”提升行动。")).toEqual([]);
  });
  it("keeps one entry where a scraper repeated the end of a sentence", () => {
    const got = extract("企业营业执照2日以内办理完毕。 执照2日以内办理完毕。。");
    expect(got).toHaveLength(1);
  });
  it("returns nothing for empty or number-free text", () => {
    expect(extract("")).toEqual([]);
    expect(extract("大力实施质量强市战略，全面提升质量水平。")).toEqual([]);
  });
});

describe("extract: indicator tables", () => {
  const plan = [
    "某市计量发展规划（2021—2025年）",
    "三、主要指标",
    "序号 | 指标 | 单位 | 2020年（基期） | 2023年 | 2025年目标 | 属性",
    "一、计量基础 |  |  |  |  |  | ",
    "1 | 社会公用计量标准 | 项 | 120 | 135 | 150 | 预期性",
    "2 | 重点用能单位能源计量器具配备率 | % | 92 | — | ≥95 | 约束性",
    "二、民生计量 |  |  |  |  |  | ",
    "3 | 安全事故死亡率（人/万人） | — | 0.6 | 0.55 | 0.5 | 约束性",
    "注：基期为2020年统计数据。",
  ].join("\n");

  it("reads each row as one target: last year column the deadline, earlier ones milestones, 基期 the baseline, 属性 kept", () => {
    const got = extract(plan);
    expect(got.map((c) => [c.name, c.comparator, c.value, c.unit, c.deadline, c.milestones, c.baseline, c.attribute])).toEqual([
      ["社会公用计量标准", ">=", 150, "项", 2025, [{ year: 2023, value: 135 }], { year: 2020, value: 120 }, "预期性"],
      ["重点用能单位能源计量器具配备率", ">=", 95, "%", 2025, [], { year: 2020, value: 92 }, "约束性"],
      ["安全事故死亡率", "<=", 0.5, "人/万人", 2025, [{ year: 2023, value: 0.55 }], { year: 2020, value: 0.6 }, "约束性"],
    ]);
    for (const c of got) expect(plan.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
    expect(got[0]!.quote.startsWith("社会公用计量标准")).toBe(true);
  });

  it("gives the same targets whether the table is |-separated, tab-separated or flattened one cell per line", () => {
    const rows = plan.split("\n").slice(2, 8).map((l) => l.split("|").map((c) => c.trim()));
    const tab = ["一、主要指标", ...rows.map((r) => r.join("\t"))].join("\n");
    const flat = ["一、主要指标", ...rows.flatMap((r) => r.filter((c) => c !== ""))].join("\n");
    const key = (t: string) => extract(t).map((c) => [c.name, c.comparator, c.value, c.unit, c.deadline, c.milestones, c.baseline]);
    const want = key(plan);
    expect(key(tab)).toEqual(want);
    expect(key(flat)).toEqual(want);
  });

  it("sets the category from a sub-category row", () => {
    const got = extract("指标 | 2025年\n一、品牌建设\n地理标志商标（件） | 45\n二、食品安全\n食品抽检量（批次/千人） | 5");
    expect(got.map((c) => [c.name, c.unit, c.category])).toEqual([
      ["地理标志商标", "件", "品牌"],
      ["食品抽检量", "批次/千人", "食品药品"],
    ]);
  });
});

describe("extract: deadlines", () => {
  it("takes the year of a paragraph that opens a list for the targets below it", () => {
    const got = extract("（二）发展目标\n到2027年，全县质量总体水平显著提升，具体目标如下：\n——工业产品质量监督抽查合格率达到96%以上。\n——新增地理标志证明商标3件。\n三、重点任务\n建成检验检测公共服务平台2个以上。");
    expect(got.map((c) => [c.value, c.deadline])).toEqual([
      [96, 2027],
      [3, 2027],
      [2, null],
    ]);
  });
  it("gives each stage its own year, and keeps a target repeated in an earlier stage as its milestone", () => {
    const got = extract("到2024年，规模以上企业标准自我声明公开率达到85%，新建标准化试点5个；到2026年，规模以上企业标准自我声明公开率达到95%。");
    expect(got.map((c) => [c.name, c.value, c.deadline, c.milestones ?? null])).toEqual([
      ["新建标准化试点", 5, 2024, null],
      ["规模以上企业标准自我声明公开率", 95, 2026, [{ year: 2024, value: 85 }]],
    ]);
  });
  it("reads named periods, and falls back on the plan's period from its title", () => {
    expect(extract("到“十五五”末，农产品质量安全监测合格率稳定在98.5%以上。")[0]).toMatchObject({ deadline: 2030 });
    expect(extract("到“十四五”期末，检验检测机构达到60家。")[0]).toMatchObject({ deadline: 2025 });
    expect(extract("某县市场监管现代化规划（2026—2030年）\n食品安全抽检合格率保持在98%以上。")[0]).toMatchObject({ deadline: 2030 });
  });
});

describe("extract: past results are not targets", () => {
  it.each([
    ["“十三五”期间，全市产品质量监督抽查合格率达到94%以上。", "某市质量强市规划（2021—2025年）\n"],
    ["截至2023年底，全市有效发明专利达到4200件。", ""],
    ["全市消费品抽检合格率达到95.3%，较上年提高0.8个百分点。", ""],
    ["一季度，网络交易监测量同比增长18%。", ""],
    ["去年全市已建成质量基础设施一站式服务站12个。", ""],
  ])("%s", (sentence, title) => {
    expect(extract(title + sentence)).toEqual([]);
  });
  it("skips a review section and reads the targets after it", () => {
    const got = extract("一、发展基础\n过去五年，培育省级质量标杆企业18家，工程一次验收合格率100%。\n二、主要目标\n到2025年，培育省级质量标杆企业30家。");
    expect(got.map((c) => [c.value, c.deadline])).toEqual([[30, 2025]]);
  });
  it("leaves out a result clause even in a sentence that also sets a target", () => {
    const got = extract("目前已达92%，到2025年，特种设备定期检验率达到98%以上。");
    expect(got.map((c) => c.value)).toEqual([98]);
  });
  it("leaves out budgets and awards", () => {
    expect(extract("对新获得省长质量奖的企业奖励50万元，市财政每年安排质量提升专项补助资金800万元。").filter((c) => typeof c.value === "number")).toEqual([]);
  });
});

describe("extract: names and units", () => {
  it("names the measure when its noun follows the number", () => {
    expect(extract("到2025年，完成近200家小微企业质量管理体系认证帮扶。")[0]).toMatchObject({ name: "完成小微企业质量管理体系认证帮扶", value: 200, unit: "家" });
  });
  it("keeps per-capita units whole", () => {
    expect(extract("到2025年，食品安全抽检量达到6批次/千人。")[0]).toMatchObject({ value: 6, unit: "批次/千人" });
    expect(extract("每万人口高价值发明专利拥有量达到12件/万人。")[0]).toMatchObject({ value: 12, unit: "件/万人" });
  });
  it("reads an index as a bare number and a satisfaction result as a score", () => {
    expect(extract("到2025年，制造业质量竞争力指数达到85.5。")[0]).toMatchObject({ value: 85.5, unit: "" });
    expect(extract("公共服务质量满意度测评结果达到82以上。")[0]).toMatchObject({ value: 82, unit: "分" });
  });
});

describe("extract: qualitative targets with a clear level", () => {
  it.each([
    ["到2025年，全市质量竞争力稳居全省前列。", "稳居全省前列"],
    ["力争规模以上工业企业质量管理体系认证实现全覆盖。", "全覆盖"],
    ["确保重大食品安全事故零发生。", "零发生"],
    ["主要河流基本消除劣Ⅴ类水体。", "劣Ⅴ类水体"],
    ["到2030年，检验检测能力达到国际先进水平。", "达到国际先进水平"],
    ["全县质量发展迈入全省第一方阵。", "迈入全省第一方阵"],
    ["力争城市黑臭水体基本消除。", "基本消除"],
    ["确保不发生区域性、系统性食品安全事件。", "不发生"],
    ["农产品质量安全追溯体系实现县域全覆盖。", "县域全覆盖"],
    ["到2022年，全区食用农产品质量全面实现可追溯。", "可追溯"],
  ])("%s", (sentence, level) => {
    const got = extract(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]!.comparator).toBe("qualitative");
    expect(String(got[0]!.value)).toContain(level);
  });
  it("does not take a quoted slogan for a target", () => {
    expect(extract("深入践行“四个走在全国前列”的要求。")).toEqual([]);
  });
});

describe("extract: hostile and oversized input", () => {
  // Correctness only: the time these take is measured by `npm run bench`.
  it.each([
    ["100 KB of spaces after 达到", "合格率达到" + " ".repeat(100_000) + "95%以上。"],
    ["a million digits", "达到" + "9".repeat(1_000_000)],
    ["one endless sentence of targets", "合格率达到95%，".repeat(50_000)],
    ["many list openers", "到2025年，主要目标：\n".repeat(20_000)],
    ["many header-like lines", "指标\n2025年\n单位\n".repeat(20_000)],
    ["unclosed quotes", "“".repeat(200_000) + "全覆盖"],
    ["lines that never end a sentence", "全市质量提升行动持续推进各项工作稳步开展合格率达到95%\n".repeat(20_000)],
  ])("returns for %s, with quotes that point into the text", (_label, text) => {
    const got = extract(text);
    for (const c of got.slice(0, 100)) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  });
});

describe("extract: layout left by readers", () => {
  it("reads a paragraph broken inside a sentence (a PDF line end) on into the next", () => {
    const text = "到2025年，全市规模以上工业企业产品质量监督抽查合格率达到\n96%以上，商标有效注册量达到1.2万件。";
    const got = extract(text);
    expect(got.map((c) => [c.name, c.value, c.unit])).toEqual([
      ["规模以上工业企业产品质量监督抽查合格率", 96, "%"],
      ["商标有效注册量", 1.2, "万件"],
    ]);
    for (const c of got) expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
  });
  it("reads a document model given directly (as the .docx and PDF readers make it)", () => {
    const text = "二、主要指标\n指标 | 2025年目标\n食品抽检合格率（%） | ≥98";
    const got = extract({
      text,
      format: "docx",
      title: "某市食品安全规划（2021—2025年）",
      notes: [],
      blocks: [
        { kind: "heading", level: 1, text: "二、主要指标", offset: 0 },
        {
          kind: "table",
          offset: 7,
          rows: [
            [{ text: "指标", offset: 7 }, { text: "2025年目标", offset: 12 }],
            [{ text: "食品抽检合格率（%）", offset: 20 }, { text: "≥98", offset: 33 }],
          ],
        },
      ],
    });
    expect(got).toMatchObject([{ name: "食品抽检合格率", comparator: ">=", value: 98, unit: "%", deadline: 2025, quote: "食品抽检合格率（%） | ≥98", offset: 20 }]);
  });
  it("leaves out budget rows of a table", () => {
    expect(extract("项目 | 单位 | 2025年\n质量提升专项资金 | 万元 | 800\n质量基础设施项目 | 个 | 12")).toMatchObject([{ value: 12, unit: "个" }]);
  });
});

describe("extract: review sections are headings, not goals that name a base", () => {
  it("reads a list item about the base of quality as a goal", () => {
    const got = extract("（二）主要目标\n一是质量发展基础更加扎实，建成国家级质检中心2个以上。\n二是品牌建设成效明显，新增地理标志商标5件。");
    expect(got.map((c) => c.value)).toEqual([2, 5]);
  });
});

describe("extract: the direction of a measure stated with a neutral verb", () => {
  it("reads measures plans want low as ceilings, and shares done well as floors", () => {
    const got = extract("到2025年，细颗粒物（PM2.5）年均浓度为33微克/立方米，研发投入强度达到2.5%，亿元GDP生产安全事故死亡率为0.03，污水排放达标率为100%。");
    expect(got.map((c) => [c.comparator, c.value])).toEqual([
      ["<=", 33],
      [">=", 2.5],
      ["<=", 0.03],
      [">=", 100],
    ]);
  });
  it("reads 左右 in the measure's direction", () => {
    expect(extract("数字经济核心产业增加值占地区生产总值比重达到12%左右。")[0]).toMatchObject({ comparator: ">=", value: 12 });
    expect(extract("单位地区生产总值二氧化碳排放强度为0.8吨左右。")[0]).toMatchObject({ comparator: "<=", value: 0.8 });
  });
});

describe("extract: statistical reports give no targets", () => {
  it.each([
    "2023年，全市共完成食品安全抽检1.5万批次，总体合格率97.8%。",
    "一季度，全市规模以上工业增加值增长6.2%。",
    "2022年，全市产品质量监督抽查合格率为95.1%，较2021年提高0.6个百分点。",
    "据统计，全市现有高新技术企业420家。",
  ])("%s", (sentence) => {
    expect(extract(sentence)).toEqual([]);
  });
  it("still reads a year's target stated without 到", () => {
    expect(extract("2025年，全市产品质量监督抽查合格率达到96%以上。")[0]).toMatchObject({ value: 96, deadline: 2025 });
  });
});

describe("extract: ★ marks in indicator tables", () => {
  it("reads a row whose name carries ★ and leaves out the note that explains ★", () => {
    const rows = ["指标", "单位", "2025年", "★单位地区生产总值能耗降低", "%", "13.5", "森林覆盖率", "%", "46", "★为约束性指标"];
    for (const text of [rows.join("\n"), "指标 | 单位 | 2025年\n★单位地区生产总值能耗降低 | % | 13.5\n森林覆盖率 | % | 46\n★为约束性指标"]) {
      expect(extract(text).map((c) => [c.name, c.comparator, c.value, c.unit])).toEqual([
        ["单位地区生产总值能耗降低", ">=", 13.5, "%"],
        ["森林覆盖率", ">=", 46, "%"],
      ]);
    }
  });
});

describe("extract: a later stage stated with its level only", () => {
  it.each([
    "到2023年，检验检测机构认可率达到60%；到2025年，达到70%以上。",
    "检验检测机构认可率2023年达到60%，2025年达到70%以上。",
  ])("%s", (text) => {
    expect(extract(text).map((c) => [c.name, c.value, c.deadline, c.milestones])).toEqual([["检验检测机构认可率", 70, 2025, [{ year: 2023, value: 60 }]]]);
  });
});

describe("extract: a table header of two rows", () => {
  it("reads the year under 目标值 as each column's year", () => {
    const got = extract("指标名称 | 目标值 | | \n | 2023年 | 2025年 | 属性\n工业产品质量合格率（%） | 97 | 98 | 预期性");
    expect(got.map((c) => [c.name, c.value, c.deadline, c.milestones, c.attribute])).toEqual([["工业产品质量合格率", 98, 2025, [{ year: 2023, value: 97 }], "预期性"]]);
  });
});

describe("extract: lists written one target a line without punctuation", () => {
  it("keeps each line its own target", () => {
    const text = "1.全市规模以上工业企业产品质量监督抽查合格率达到95%\n2.全市农产品质量安全例行监测合格率稳定在98%以上\n3.新增省级以上知名品牌和地理标志证明商标共30个";
    expect(extract(text).map((c) => [c.name, c.value])).toEqual([
      ["规模以上工业企业产品质量监督抽查合格率", 95],
      ["农产品质量安全例行监测合格率", 98],
      ["新增省级以上知名品牌和地理标志证明商标共", 30],
    ]);
  });
});

describe("extract: the plan's own period", () => {
  it("is not moved by a 2035 vision stated once", () => {
    const text = "到2025年，食品抽检合格率达到98.5%。\n“十四五”期间，新增省级以上知名品牌20个以上。\n到2025年，工程质量抽查符合率达到95%。\n到2035年，质量强市基础更加坚实。";
    expect(extract(text).map((c) => [c.value, c.deadline])).toEqual([
      [98.5, 2025],
      [20, 2025],
      [95, 2025],
    ]);
  });
});

describe("extract: reports about a sector give no targets", () => {
  it.each([
    "数据显示，全国规模以上检验检测机构数量由2018年的4100家增长至2022年的6200家，年均增长10.9%。",
    "某研究院预测，2026年全国检验检测市场规模将达5000亿元。",
    "我市自2005年实施名牌战略以来，累计培育省级以上名牌产品120个，产品质量合格率稳定在95%以上。",
    "对获评中国质量奖的企业，分别按100万元、50万元给予奖励。",
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe("extract: deadlines written as dates", () => {
  it("reads 2022年8月底前 as the deadline and 含90分 as no second target", () => {
    const got = extract("二、创建目标\n2022年8月底前，各项创建指标全部达到创建标准，评价总分值在90分（含90分）以上，食用农产品抽检合格率达到98%以上。");
    expect(got.filter((c) => typeof c.value === "number").map((c) => [c.value, c.unit, c.deadline])).toEqual([
      [90, "分", 2022],
      [98, "%", 2022],
    ]);
  });
});

describe("extract: counts of a plan's own tasks", () => {
  it("are no targets, while counts of things to build are", () => {
    expect(extract("方案提出实施6项工程、21项建设任务。")).toEqual([]);
    expect(extract("到2025年，实施质量提升工程10项。").map((c) => c.value)).toEqual([10]);
  });
});

describe("extract: a counted noun phrase that opens with 与", () => {
  it("names the count by the phrase after the number", () => {
    expect(extract("到2025年，培育发展15个与国际先进水平对标的工业品牌。")[0]).toMatchObject({ value: 15, unit: "个", name: "培育发展与国际先进水平对标的工业品牌" });
  });
});
