/**
 * Validation of catalogue data, hand-written so that it can run in the add-in (where a workbook may
 * carry a damaged catalogue) without shipping a schema engine. `catalog.schema.json` states the
 * same rules as JSON Schema for other tools; a test checks the two agree on the real catalogue.
 */
import { COMPARATORS, type Catalog, type Indicator } from "./types";

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Problems with one entry, as Chinese sentences naming the field; empty when it is valid. */
export function validateIndicator(x: unknown, where = "指标"): string[] {
  if (!isObj(x)) return [`${where}：不是对象`];
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(`${where}${isStr(x.name) ? `（${x.name}）` : ""}：${what}`);
  };
  need(isStr(x.id) && /^[a-z0-9]{1,8}-[a-z0-9]{1,12}$/.test(x.id), "编号（id）应形如 xx-abc1234");
  need(isStr(x.city) && x.city.length > 0 && x.city.length <= 20, "城市（city）应为简短名称");
  need(isStr(x.category) && x.category.length > 0 && x.category.length <= 20, "类别（category）应为 1–20 个字");
  need(isStr(x.name) && x.name.length > 0 && x.name.length <= 80, "名称（name）应为 1–80 个字");
  need(Array.isArray(x.aliases) && x.aliases.every((a) => isStr(a) && a.length > 0), "别名（aliases）应为文字列表");
  need(isStr(x.comparator) && (COMPARATORS as readonly string[]).includes(x.comparator), `比较符（comparator）应为 ${COMPARATORS.join(" ")} 之一`);
  if (x.comparator === "qualitative") need(isStr(x.value) && x.value.length > 0, "定性目标的值（value）应为目标文字");
  else need(isNum(x.value), "目标值（value）应为数字");
  if (x.comparator === "range") need(isNum(x.valueMax) && isNum(x.value) && x.valueMax >= x.value, "区间目标（comparator range）需要上限（valueMax）≥ 下限（value）");
  else need(x.valueMax === null, "只有区间目标才有上限（valueMax）");
  need(isStr(x.unit) && x.unit.length <= 12, "单位（unit）应为不超过 12 个字的文字（可为空）");
  need(x.deadline === null || (Number.isInteger(x.deadline) && (x.deadline as number) >= 1990 && (x.deadline as number) <= 2100), "期限（deadline）应为年份或空");
  need(isStr(x.quote) && x.quote.length > 0 && x.quote.length <= 400, "原文（quote）应为 1–400 个字");
  need(isObj(x.source) && isStr(x.source.file) && Number.isInteger(x.source.offset) && (x.source.offset as number) >= 0, "出处（source）应为 {file, offset}");
  need(x.concept === null || (isStr(x.concept) && x.concept.length > 0), "概念（concept）应为键名或空");
  if (x.milestones !== undefined) {
    const ms = x.milestones;
    need(x.comparator !== "qualitative" || (Array.isArray(ms) && ms.length === 0), "定性目标没有里程碑（milestones）");
    need(
      Array.isArray(ms) && ms.every((m) => isObj(m) && isYear(m.year) && isNum(m.value)),
      "里程碑（milestones）应为 {year, value} 的列表，年份在 1990–2100 之间，值为数字",
    );
    if (Array.isArray(ms) && ms.every((m) => isObj(m) && isYear(m.year))) {
      const years = ms.map((m) => (m as { year: number }).year);
      need(years.every((y, i) => i === 0 || y > years[i - 1]!), "里程碑（milestones）应按年份递增，每年一个");
      need(!isYear(x.deadline) || years.every((y) => y < (x.deadline as number)), "里程碑（milestones）应早于期限年份");
    }
  }
  if (x.baseline !== undefined && x.baseline !== null) {
    const b = x.baseline;
    need(isObj(b) && isNum(b.value) && (b.year === null || isYear(b.year)), "基线（baseline）应为 {year, value} 或空");
  }
  if (x.attribute !== undefined && x.attribute !== null) need(isStr(x.attribute) && x.attribute.length > 0 && x.attribute.length <= 10, "属性（attribute）应为不超过 10 个字的文字或空");
  return p;
}

const isYear = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1990 && (x as number) <= 2100;

export function validateCatalog(x: unknown): string[] {
  if (!isObj(x)) return ["目录：不是对象"];
  const p: string[] = [];
  if (!Number.isInteger(x.version)) p.push("目录：版本（version）应为整数");
  if (!Array.isArray(x.cities) || !Array.isArray(x.indicators)) return [...p, "目录：城市（cities）和指标（indicators）应为列表"];
  const ids = new Set<string>();
  const names = new Set<string>();
  x.indicators.forEach((e, i) => {
    p.push(...validateIndicator(e, `第${i + 1}项`));
    const ind = e as Indicator;
    if (ids.has(ind.id)) p.push(`第${i + 1}项：编号重复 ${ind.id}`);
    ids.add(ind.id);
    const key = `${ind.city}|${ind.name}`;
    if (names.has(key)) p.push(`第${i + 1}项：${ind.city}的指标名称重复 ${ind.name}`);
    names.add(key);
  });
  const cityNames = new Set((x.cities as Catalog["cities"]).map((c) => c.name));
  for (const e of x.indicators as Indicator[]) if (!cityNames.has(e.city)) p.push(`指标 ${e.id}：目录中没有城市“${e.city}”`);
  return p;
}
