import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinIndex, type Indicator } from "../catalog";
import { actualFormatFor, buildCityTemplate, COLUMNS, FIRST_DATA_ROW, gapFormula, HEADERS, stageTarget, statusFormula, tableName } from "./city";
import { isTemplateGrid } from "./recognize";
import { buildSummarySheet, sheetRef } from "./summary";

const index = builtinIndex();
const cityOf = (n: string) => index.cities().find((c) => c.name === n)!;
const xinmi = cityOf("新密");
const spec = buildCityTemplate(xinmi, index.indicators(xinmi), { year: 2026 });
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
    expect(spec.tables).toEqual([{ name: tableName(xinmi), range: `A4:O${FIRST_DATA_ROW + n - 1}`, style: "TableStyleLight9" }]);
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
    expect(s.cells.find((c) => c.address === `${COLUMNS.quote}5`)!.content).toEqual({ kind: "value", value: "+1-2@" });
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

describe("the stage target beside the final target", () => {
  const base = index.indicators(cityOf("泰安")).find((e) => e.name === "农产品监测合格率")!;
  const planned: Indicator = { ...base, deadline: 2030, milestones: [{ year: 2026, value: 96 }, { year: 2028, value: 97 }] };
  it("heads the column with the year and shows that year's milestone, else the next one due with its year", () => {
    const s = buildCityTemplate(cityOf("泰安"), [planned], { year: 2026 });
    expect(s.cells.find((c) => c.address === `${COLUMNS.stage}4`)!.content).toEqual({ kind: "value", value: "2026年目标" });
    expect(s.cells.find((c) => c.address === `${COLUMNS.stage}5`)!.content).toEqual({ kind: "value", value: "≥96%" });
    expect(stageTarget(planned, 2027)).toBe("≥97%（2028年）");
    expect(stageTarget(planned, 2030)).toBe("≥98%");
    expect(stageTarget(planned, 2031)).toBe("");
    expect(stageTarget(base, 2026)).toBe("");
  });
  it("is recognised as our template whatever year it was made for, and only then", () => {
    for (const year of [2026, 2031]) {
      const s = buildCityTemplate(cityOf("泰安"), [planned], { year });
      const header = HEADERS.map((_, i) => (s.cells.find((c) => c.address === `${String.fromCharCode(65 + i)}4`)!.content as { value: string }).value);
      expect(isTemplateGrid([[], [], [], header])).toBe(true);
      expect(isTemplateGrid([[], [], [], header.map((h, i) => (i === 4 ? "备注" : h))])).toBe(false);
    }
  });
});

describe("display precision follows the target's, and never rounds a value onto it", () => {
  const base = index.indicators(cityOf("泰安")).find((e) => e.name === "农产品监测合格率")!;
  it.each([
    [base, "0.0###%"],
    [{ ...base, value: 92.55 }, "0.00###%"],
    [{ ...base, unit: "件", value: 500 }, "General"],
    [{ ...base, comparator: "qualitative", value: "全覆盖" }, undefined],
  ] as [Indicator, string | undefined][])("%# → %s", (e, fmt) => {
    expect(actualFormatFor(e)).toBe(fmt);
  });
});

describe("status and gap formulas", () => {
  const base = index.indicators(cityOf("泰安")).find((e) => e.name === "农产品监测合格率")!;
  // A % row reads 实际值 by the percent rule: as it is when %-formatted or within ±1, else percent points.
  const a = 'IF(OR(ABS(I5)<=1,IFERROR(LEFT(CELL("format",I5),1)="P",FALSE)),I5,I5/100)';
  it.each([
    [">=", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(${a}>=F5,"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),${a}-F5,"")`],
    ["<=", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(${a}<=F5,"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),F5-${a},"")`],
    [">", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(${a}>F5,"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),${a}-F5,"")`],
    ["<", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(${a}<F5,"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),F5-${a},"")`],
    ["=", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(ABS(${a}-F5)<=1E-9,"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),-ABS(${a}-F5),"")`],
    ["range", `IF(I5="","无数据",IF(ISNUMBER(I5),IF(AND(${a}>=F5,${a}<=N5),"达标","未达标"),"请填数值"))`, `IF(ISNUMBER(I5),IF(${a}<F5,${a}-F5,IF(${a}>N5,N5-${a},MIN(${a}-F5,N5-${a}))),"")`],
  ] as const)("%s", (comparator, status, gap) => {
    const e = { ...base, comparator, valueMax: comparator === "range" ? 99 : null } as Indicator;
    expect(statusFormula(e, 5)).toBe(status);
    expect(gapFormula(e, 5)).toBe(gap);
  });
  it("rows in other units compare the cell as it is", () => {
    const e = { ...base, unit: "dB(A)", comparator: "<=", value: 56 } as Indicator;
    expect(statusFormula(e, 5)).toBe('IF(I5="","无数据",IF(ISNUMBER(I5),IF(I5<=F5,"达标","未达标"),"请填数值"))');
  });
  it("qualitative rows compare with 已达成 and have no gap", () => {
    const q = { ...base, comparator: "qualitative", value: "全覆盖" } as Indicator;
    expect(statusFormula(q, 7)).toBe('IF(I7="","无数据",IF(I7="已达成","达标","未达标"))');
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
  it("use only IF/AND/OR/ISNUMBER/ABS/MIN/IFERROR/LEFT/CELL/COUNTIF(S)/SUM, and reference only their own row on city sheets", () => {
    const portable = new Set(["IF", "AND", "OR", "ISNUMBER", "ABS", "MIN", "IFERROR", "LEFT", "CELL", "COUNTIF", "COUNTIFS", "SUM"]);
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
