/**
 * The checked-in catalogue is exactly what the seeds, the extractor and the reviewed corrections
 * produce; every entry is valid and points back to its sentence.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { buildCatalog, buildCity, type BuildReport } from "./build";
import { BUILTIN_CATALOG, validateCatalog, validateIndicator } from "./index";
import { parseNumber } from "../extract/numerals";
import { normalizeChars } from "../extract/text";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seeds: Record<string, string> = {};
for (const f of readdirSync(`${root}seeds`)) if (f.endsWith(".txt")) seeds[f] = readFileSync(`${root}seeds/${f}`, "utf8");
const catalog = BUILTIN_CATALOG;

describe("the built-in catalogue", () => {
  it("is what `npm run catalog` regenerates from the seeds (run it after changing the extractor or corrections)", () => {
    const report: BuildReport = { unusedCorrections: [] };
    const rebuilt = buildCatalog(seeds, report);
    expect(report.unusedCorrections).toEqual([]);
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(catalog);
  });

  it("passes the runtime validator and the JSON Schema", () => {
    expect(validateCatalog(catalog)).toEqual([]);
    const schema = JSON.parse(readFileSync(`${root}src/catalog/catalog.schema.json`, "utf8"));
    const ajv = new Ajv({ allErrors: true });
    const ok = ajv.validate(schema, catalog);
    expect(ajv.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("holds every city's targets: well over two hundred in all", () => {
    expect(catalog.indicators.length).toBeGreaterThan(200);
    const perCity = new Map<string, number>();
    for (const e of catalog.indicators) perCity.set(e.city, (perCity.get(e.city) ?? 0) + 1);
    for (const city of ["新密", "焦作", "江门", "泰安", "通化"]) expect(perCity.get(city), city).toBeGreaterThan(20);
  });

  it("quotes every entry verbatim from its seed at its offset", () => {
    for (const e of catalog.indicators) {
      const text = seeds[e.source.file];
      expect(text, e.source.file).toBeDefined();
      expect(text!.slice(e.source.offset, e.source.offset + e.quote.length), `${e.city} ${e.name}`).toBe(e.quote);
    }
  });

  it("finds each numeric value (and range bound) written in its quote", () => {
    for (const e of catalog.indicators) {
      if (e.comparator === "qualitative") {
        // The level text comes from the quote, allowing the particles the reviewers trimmed.
        const core = String(e.value).replace(/^(?:当年|全部)/, "").slice(0, 4);
        expect(normalizeChars(e.quote), `${e.city} ${e.name}`).toContain(core);
        continue;
      }
      const numbers = numbersIn(e.quote);
      expect(numbers, `${e.city} ${e.name}: ${e.quote}`).toContain(e.value as number);
      if (e.valueMax !== null) expect(numbers, `${e.city} ${e.name}`).toContain(e.valueMax);
    }
  });

  it("gives ids that are unique and stable (city code + hash of the name)", () => {
    const ids = catalog.indicators.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byCode = new Map(catalog.cities.map((c) => [c.name, c.code]));
    for (const e of catalog.indicators) expect(e.id.startsWith(`${byCode.get(e.city)}-`)).toBe(true);
  });

  it("links the concepts the plans share across cities", () => {
    const concept = (city: string, name: string) => catalog.indicators.find((e) => e.city === city && e.name === name)?.concept;
    expect(concept("泰安", "农产品监测合格率")).toBe("agri-product-pass-rate");
    expect(concept("新密", "主要农产品质量安全抽检合格率")).toBe("agri-product-pass-rate");
    expect(concept("江门", "城镇污水处理率")).toBe(concept("通化", "城市污水处理率"));
    expect(concept("江门", "农村生活垃圾有效处理率")).toBeNull();
  });
});

describe("entries the issue names, read correctly", () => {
  const find = (city: string, name: string) => {
    const e = catalog.indicators.find((x) => x.city === city && x.name === name);
    if (!e) throw new Error(`missing: ${city} ${name}`);
    return e;
  };
  it.each([
    ["泰安", "农产品监测合格率", ">=", 98, null, "%", 2020],
    ["新密", "城市区域环境噪声", "<=", 56, null, "dB(A)", null],
    ["焦作", "新增各项专利", ">=", 500, null, "件", 2018],
    ["焦作", "蔬菜监测合格率", ">=", 94.5, null, "%", 2018],
    ["焦作", "畜禽产品监测合格率", ">=", 96, null, "%", 2018],
    ["焦作", "水产品监测合格率", ">=", 93.5, null, "%", 2018],
    ["焦作", "新培育驰名商标", ">=", 2, null, "件", 2018],
    ["焦作", "新培育省长质量奖企业", "range", 1, 2, "个", 2018],
    ["新密", "全年空气优良天数", ">=", 260, null, "天", null],
    ["新密", "生态廊道条数", ">=", 9, null, "条", null],
    ["新密", "生态廊道里程", ">=", 117.7, null, "公里", null],
    ["新密", "农业标准化生产普及率", ">", 30, null, "%", null],
    ["新密", "企业投资项目审批时限", "<=", 100, null, "工作日", null],
    ["新密", "个体营业执照办理时限", "<=", 1, null, "日", null],
    ["新密", "生产性服务业顾客满意度", ">=", 80, null, "分", null],
    ["江门", "质量工作专项经费占年财政一般预算收入比例", ">=", 1, null, "‰", null],
    ["泰安", "市级计量技术机构实验室面积", ">=", 10000, null, "平方米", 2020],
    ["泰安", "主要消费品质量标准与国际标准一致性程度提高", ">=", 15, null, "百分点", 2020],
    ["通化", "化学需氧量年排放总量", "<=", 37370, null, "万吨", 2010],
    ["通化", "万元GDP能耗降低率", ">=", 5.5, null, "%", 2010],
  ])("%s %s: %s %s", (city, name, comparator, value, valueMax, unit, deadline) => {
    expect(find(city, name)).toMatchObject({ comparator, value, valueMax, unit, deadline });
  });

  it.each([
    ["新密", "特种设备安全事故死亡率", "低于全国平均水平"],
    ["新密", "建成区水体水环境质量", "消除劣Ⅴ类水体"],
    ["江门", "服务业顾客满意度", "居全国同级城市前列"],
    ["泰安", "农产品质量安全监管", "全覆盖"],
  ])("%s %s is qualitative: %s", (city, name, level) => {
    expect(find(city, name)).toMatchObject({ comparator: "qualitative", value: level, unit: "" });
  });

  it("keeps plan-phase dates, document numbers and award money out", () => {
    for (const e of catalog.indicators) {
      expect(e.unit, e.name).not.toMatch(/元$/);
      if (typeof e.value === "number") expect(e.value >= 1990 && e.value <= 2100 && e.unit === "", e.name).toBe(false);
    }
  });
});

describe("validateIndicator (error cases)", () => {
  const good = catalog.indicators.find((e) => e.comparator === ">=")!;
  it.each([
    ["a bad comparator", { ...good, comparator: "≥" }, "comparator"],
    ["a text value on a numeric target", { ...good, value: "98" }, "value"],
    ["a range without its upper bound", { ...good, comparator: "range", valueMax: null }, "range"],
    ["a deadline that is not a year", { ...good, deadline: 20 }, "deadline"],
    ["a missing quote", { ...good, quote: "" }, "quote"],
  ])("rejects %s", (_label, entry, word) => {
    expect(validateIndicator(entry).join(" ")).toContain(word);
  });
  it("rejects duplicate names within a city", () => {
    expect(validateCatalog({ ...catalog, indicators: [good, { ...good, id: "xm-zzzzzzz" }] }).join(" ")).toContain("指标名称重复");
  });
});

function numbersIn(quote: string): number[] {
  const t = normalizeChars(quote);
  const out: number[] = [];
  for (const m of t.matchAll(/\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+/g)) {
    const n = parseNumber(m[0]);
    if (n !== null) out.push(n);
  }
  // 3万件 is written 3 and counted in 万件; 83.9万亩 likewise: the number as written is what is stored.
  return out;
}

describe("buildCity: what a current plan's table and stages add", () => {
  it("keeps milestones, baseline and attribute, and the entries pass the validator", () => {
    const city = BUILTIN_CATALOG.cities[0]!;
    const text = "指标 | 单位 | 2020年（基期） | 2023年 | 2025年目标 | 属性\n食品抽检合格率 | % | 97.5 | 98 | 98.5 | 约束性\n到2023年，检验检测机构达到40家；到2025年，检验检测机构达到50家。";
    const got = buildCity(city, text);
    expect(got.map((e) => [e.name, e.value, e.deadline, e.milestones, e.baseline ?? null, e.attribute ?? null])).toEqual([
      ["食品抽检合格率", 98.5, 2025, [{ year: 2023, value: 98 }], { year: 2020, value: 97.5 }, "约束性"],
      ["检验检测机构", 50, 2025, [{ year: 2023, value: 40 }], null, null],
    ]);
    for (const e of got) expect(validateIndicator(e)).toEqual([]);
  });
});
