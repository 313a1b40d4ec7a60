/**
 * Validation of catalogue data, hand-written so that it can run in the add-in (where a workbook may
 * carry a damaged catalogue) without shipping a schema engine. `catalog.schema.json` states the
 * same rules as JSON Schema for other tools; a test checks the two agree on the real catalogue.
 */
import { COMPARATORS, type Catalog, type Indicator } from "./types";

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Problems with one entry, as sentences; empty when it is valid. */
export function validateIndicator(x: unknown, where = "indicator"): string[] {
  if (!isObj(x)) return [`${where}: not an object`];
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(`${where}${isStr(x.name) ? ` (${x.name})` : ""}: ${what}`);
  };
  need(isStr(x.id) && /^[a-z0-9]{1,8}-[a-z0-9]{1,12}$/.test(x.id), "id must look like xx-abc1234");
  need(isStr(x.city) && x.city.length > 0 && x.city.length <= 20, "city must be a short name");
  need(isStr(x.category) && x.category.length > 0 && x.category.length <= 20, "category must be a short text");
  need(isStr(x.name) && x.name.length > 0 && x.name.length <= 80, "name must be 1–80 characters");
  need(Array.isArray(x.aliases) && x.aliases.every((a) => isStr(a) && a.length > 0), "aliases must be a list of texts");
  need(isStr(x.comparator) && (COMPARATORS as readonly string[]).includes(x.comparator), `comparator must be one of ${COMPARATORS.join(" ")}`);
  if (x.comparator === "qualitative") need(isStr(x.value) && x.value.length > 0, "a qualitative target's value is its level text");
  else need(isNum(x.value), "value must be a finite number");
  if (x.comparator === "range") need(isNum(x.valueMax) && isNum(x.value) && x.valueMax >= x.value, "a range needs valueMax ≥ value");
  else need(x.valueMax === null, "valueMax must be null unless the comparator is range");
  need(isStr(x.unit) && x.unit.length <= 12, "unit must be a short text (may be empty)");
  need(x.deadline === null || (Number.isInteger(x.deadline) && (x.deadline as number) >= 1990 && (x.deadline as number) <= 2100), "deadline must be a year or null");
  need(isStr(x.quote) && x.quote.length > 0 && x.quote.length <= 400, "quote must be 1–400 characters");
  need(isObj(x.source) && isStr(x.source.file) && Number.isInteger(x.source.offset) && (x.source.offset as number) >= 0, "source must be {file, offset}");
  need(x.concept === null || (isStr(x.concept) && x.concept.length > 0), "concept must be a key or null");
  if (x.milestones !== undefined) {
    const ms = x.milestones;
    need(x.comparator !== "qualitative" || (Array.isArray(ms) && ms.length === 0), "a qualitative target has no milestones");
    need(
      Array.isArray(ms) && ms.every((m) => isObj(m) && isYear(m.year) && isNum(m.value)),
      "milestones must be a list of {year, value}",
    );
    if (Array.isArray(ms) && ms.every((m) => isObj(m) && isYear(m.year))) {
      const years = ms.map((m) => (m as { year: number }).year);
      need(years.every((y, i) => i === 0 || y > years[i - 1]!), "milestones must be in increasing years, one per year");
      need(!isYear(x.deadline) || years.every((y) => y < (x.deadline as number)), "milestones must fall before the deadline");
    }
  }
  if (x.baseline !== undefined && x.baseline !== null) {
    const b = x.baseline;
    need(isObj(b) && isNum(b.value) && (b.year === null || isYear(b.year)), "baseline must be {year, value} or null");
  }
  if (x.attribute !== undefined && x.attribute !== null) need(isStr(x.attribute) && x.attribute.length > 0 && x.attribute.length <= 10, "attribute must be a short text or null");
  return p;
}

const isYear = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1990 && (x as number) <= 2100;

export function validateCatalog(x: unknown): string[] {
  if (!isObj(x)) return ["catalog: not an object"];
  const p: string[] = [];
  if (!Number.isInteger(x.version)) p.push("catalog: version must be an integer");
  if (!Array.isArray(x.cities) || !Array.isArray(x.indicators)) return [...p, "catalog: cities and indicators must be lists"];
  const ids = new Set<string>();
  const names = new Set<string>();
  x.indicators.forEach((e, i) => {
    p.push(...validateIndicator(e, `indicator ${i}`));
    const ind = e as Indicator;
    if (ids.has(ind.id)) p.push(`indicator ${i}: duplicate id ${ind.id}`);
    ids.add(ind.id);
    const key = `${ind.city}|${ind.name}`;
    if (names.has(key)) p.push(`indicator ${i}: duplicate name ${ind.name} in ${ind.city}`);
    names.add(key);
  });
  const cityNames = new Set((x.cities as Catalog["cities"]).map((c) => c.name));
  for (const e of x.indicators as Indicator[]) if (!cityNames.has(e.city)) p.push(`indicator ${e.id}: unknown city ${e.city}`);
  return p;
}
