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
