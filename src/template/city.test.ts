import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinIndex, type Indicator } from "../catalog";
import { buildCityTemplate, COLUMNS, FIRST_DATA_ROW, gapFormula, statusFormula, tableName } from "./city";
import { buildSummarySheet, sheetRef } from "./summary";

const index = builtinIndex();
const cityOf = (n: string) => index.cities().find((c) => c.name === n)!;
const xinmi = cityOf("新密");
const spec = buildCityTemplate(xinmi, index.indicators(xinmi));
const cell = (a: string) => spec.cells.find((c) => c.address === a);

describe("buildCityTemplate", () => {
  it("matches the golden file (src/template/__golden__/新密.json; UPDATE_GOLDEN=1 regenerates)", () => {
    const path = fileURLToPath(new URL("./__golden__/新密.json", import.meta.url));
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, `${JSON.stringify(spec, null, 1)}\n`);
    expect(spec).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });

  it("has the title block, header, and one row per indicator in document order", () => {
    expect(cell("A1")!.content).toEqual({ kind: "value", value: xinmi.plan.title });
    expect(cell("C4")!.content).toEqual({ kind: "value", value: "指标" });
    const n = index.indicators(xinmi).length;
    expect(cell(`${COLUMNS.name}${FIRST_DATA_ROW + n - 1}`)).toBeDefined();
    expect(cell(`${COLUMNS.name}${FIRST_DATA_ROW + n}`)).toBeUndefined();
    expect(spec.tables).toEqual([{ name: tableName(xinmi), range: `A4:N${FIRST_DATA_ROW + n - 1}`, style: "TableStyleLight9" }]);
  });

  it("writes every text from the documents as a value, never a formula", () => {
    const texts = new Set(index.indicators(xinmi).flatMap((e) => [e.name, e.quote, e.category]));
    for (const c of spec.cells) if (c.content.kind === "value" && texts.has(String(c.content.value))) expect(c.content.kind).toBe("value");
    const formulas = spec.cells.filter((c) => c.content.kind === "formula").map((c) => c.address.replace(/\d+/g, ""));
    expect(new Set(formulas)).toEqual(new Set([COLUMNS.status, COLUMNS.gap]));
  });

  it("keeps a name that looks like a formula as text", () => {
    const evil: Indicator = { ...index.indicators(xinmi)[5]!, name: '=HYPERLINK("http://evil","click")', quote: "+1-2@" };
    const s = buildCityTemplate(xinmi, [evil]);
    expect(s.cells.find((c) => c.address === "C5")!.content).toEqual({ kind: "value", value: '=HYPERLINK("http://evil","click")' });
    expect(s.cells.find((c) => c.address === "K5")!.content).toEqual({ kind: "value", value: "+1-2@" });
  });

  it("puts a list validation on qualitative rows and a decimal one on numeric rows", () => {
    const kinds = new Map<number, string>();
    for (const v of spec.validations) {
      const [a, b] = v.range.split(":").map((x) => Number(x.replace(/\D/g, "")));
      for (let r = a!; r <= (b ?? a)!; r++) kinds.set(r, v.kind);
    }
    index.indicators(xinmi).forEach((e, i) => expect(kinds.get(FIRST_DATA_ROW + i), e.name).toBe(e.comparator === "qualitative" ? "list" : "decimal"));
  });

  it("filters by category", () => {
    const s = buildCityTemplate(xinmi, index.indicators(xinmi), { categories: ["环境质量"] });
    const cats = s.cells.filter((c) => /^B\d+$/.test(c.address) && Number(c.address.slice(1)) >= FIRST_DATA_ROW).map((c) => (c.content as { value: unknown }).value);
    expect(cats.length).toBeGreaterThan(3);
    expect(new Set(cats)).toEqual(new Set(["环境质量"]));
  });
});

describe("status and gap formulas", () => {
  const base = index.indicators(cityOf("泰安")).find((e) => e.name === "农产品监测合格率")!;
  it.each([
    [">=", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(H5>=E5,\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),H5-E5,\"\")"],
    ["<=", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(H5<=E5,\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),E5-H5,\"\")"],
    [">", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(H5>E5,\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),H5-E5,\"\")"],
    ["<", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(H5<E5,\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),E5-H5,\"\")"],
    ["=", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(ABS(H5-E5)<=1E-9,\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),-ABS(H5-E5),\"\")"],
    ["range", "IF(H5=\"\",\"无数据\",IF(ISNUMBER(H5),IF(AND(H5>=E5,H5<=M5),\"达标\",\"未达标\"),\"请填数值\"))", "IF(ISNUMBER(H5),IF(H5<E5,H5-E5,IF(H5>M5,M5-H5,MIN(H5-E5,M5-H5))),\"\")"],
  ] as const)("%s", (comparator, status, gap) => {
    const e = { ...base, comparator, valueMax: comparator === "range" ? 99 : null } as Indicator;
    expect(statusFormula(e, 5)).toBe(status);
    expect(gapFormula(e, 5)).toBe(gap);
  });
  it("qualitative rows compare with 已达成 and have no gap", () => {
    const q = { ...base, comparator: "qualitative", value: "全覆盖" } as Indicator;
    expect(statusFormula(q, 7)).toBe('IF(H7="","无数据",IF(H7="已达成","达标","未达标"))');
    expect(gapFormula(q, 7)).toBeNull();
  });
});

describe("buildSummarySheet", () => {
  it("counts by category with live formulas over the city sheet, quoting sheet names", () => {
    const taian = cityOf("泰安");
    const s = buildSummarySheet([{ sheetName: "泰安 (2)", city: taian, entries: index.indicators(taian) }]);
    const f = s.cells.filter((c) => c.content.kind === "formula").map((c) => (c.content as { formula: string }).formula);
    expect(f.some((x) => x.includes("COUNTIFS('泰安 (2)'!$B$5:$B$"))).toBe(true);
    const cats = index.categories(taian);
    expect(s.cells.filter((c) => /^B\d+$/.test(c.address) && (c.content as { value?: unknown }).value === "合计")).toHaveLength(1);
    expect(s.cells.filter((c) => /^B\d+$/.test(c.address) && cats.includes(String((c.content as { value?: unknown }).value)))).toHaveLength(cats.length);
  });
  it("doubles quotes in sheet names", () => {
    expect(sheetRef("O'Brien")).toBe("'O''Brien'!");
  });
});

describe("formulas every engine computes", () => {
  it("use only IF/AND/OR/ISNUMBER/ABS/MIN/COUNTIF(S)/SUM, and reference only their own row on city sheets", () => {
    const portable = new Set(["IF", "AND", "OR", "ISNUMBER", "ABS", "MIN", "COUNTIF", "COUNTIFS", "SUM"]);
    const sources = index.cities().map((c) => ({ sheetName: c.name, city: c, entries: index.indicators(c) }));
    const sheets = [...sources.map((s) => buildCityTemplate(s.city, s.entries)), buildSummarySheet(sources)];
    const used = new Set<string>();
    for (const sheet of sheets) {
      for (const c of sheet.cells) {
        if (c.content.kind !== "formula") continue;
        const bare = c.content.formula.replace(/"[^"]*"/g, '""').replace(/'[^']*'!/g, "");
        for (const m of bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
        if (sheet.name !== "汇总") {
          const row = c.address.replace(/\D/g, "");
          for (const ref of bare.matchAll(/\b[A-Z]{1,2}(\d+)\b/g)) expect(ref[1], `${sheet.name}!${c.address}: ${c.content.formula}`).toBe(row);
        }
      }
    }
    expect([...used].filter((f) => !portable.has(f))).toEqual([]);
    expect(used.has("IF")).toBe(true);
  });
});
