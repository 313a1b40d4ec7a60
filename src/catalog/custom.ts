/**
 * Catalogues of plans a user imported: built from reviewed candidates, stored inside the workbook
 * (so they travel with the file), read back with validation, and merged with the built-in five.
 *
 * A stored catalogue is data from a file anyone may have edited: it is parsed defensively, checked
 * with the same validator as the built-in catalogue, and a damaged one is reported and ignored —
 * never allowed to break the functions.
 */
import { BUILTIN_CITIES } from "./cities";
import { hashId } from "./hash";
import { normalizeLatin, normalizeName } from "./normalize";
import { validateIndicator } from "./schema";
import type { Catalog, City, Indicator } from "./types";

export const STORED_FORMAT = "qc-indicators/catalog";
export const STORED_VERSION = 1;
/** A plan has a few hundred targets at most; a stored catalogue beyond this is not ours. */
export const MAX_STORED_BYTES = 2 * 1024 * 1024;

/** What the review table hands over for one accepted target: an entry's own fields, and where its quote stands. */
export type ReviewedTarget = Pick<Indicator, "name" | "category" | "comparator" | "value" | "valueMax" | "unit" | "deadline" | "quote"> & {
  offset: number;
  aliases?: string[];
  /** Interim targets (year → value) before the deadline, as the plan's table or stages give them. */
  milestones?: Indicator["milestones"];
  /** The plan's stated starting point. */
  baseline?: Indicator["baseline"];
  /** 预期性 / 约束性 from a plan's indicator table. */
  attribute?: Indicator["attribute"];
};

export interface StoredCatalog {
  format: typeof STORED_FORMAT;
  version: number;
  city: City;
  indicators: Indicator[];
  savedAt: string;
}

export type ParsedStored = { ok: true; catalog: StoredCatalog } | { ok: false; problems: string[] };

/** A short id prefix for an imported city: "u" + a hash, so it never collides with the built-in two-letter codes. */
export function importedCityCode(name: string): string {
  return `u${hashId(name).slice(0, 6)}`;
}

/**
 * Every spelling by which a city can be looked up, in the forms the resolver compares: its name and
 * full names (normal form, a final 市 dropped), and as latin letters its romanised forms, its name,
 * full names and id prefix (`ta` and `taian` alike).
 */
export function cityKeys(city: Pick<City, "name" | "fullNames" | "latin" | "code">): { key: string; shown: string }[] {
  const out = new Map<string, string>();
  for (const s of [city.name, ...city.fullNames]) {
    const k = normalizeName(String(s)).replace(/市$/, "");
    if (k && !out.has(k)) out.set(k, String(s));
  }
  for (const s of [...city.latin, city.name, ...city.fullNames, city.code]) {
    const k = normalizeLatin(String(s));
    if (k && !out.has(`latin:${k}`)) out.set(`latin:${k}`, String(s));
  }
  return [...out].map(([key, shown]) => ({ key, shown }));
}

/**
 * Why a city cannot be imported beside `taken` (the built-in cities, always, and any already
 * imported): a name, full name, latin form or id prefix that one of them already answers to. An
 * imported city must never take over a built-in one's targets (泰安市 with fullNames 泰安 and latin
 * taian would otherwise answer for 泰安).
 */
export function cityCollisions(city: Pick<City, "name" | "fullNames" | "latin" | "code">, taken: readonly Pick<City, "name" | "fullNames" | "latin" | "code">[] = []): string[] {
  const problems: string[] = [];
  const builtinNames = new Set(BUILTIN_CITIES.map((c) => c.name));
  const all = [...BUILTIN_CITIES, ...taken.filter((c) => !builtinNames.has(c.name))];
  for (const other of all) {
    const theirs = new Set(cityKeys(other).map((k) => k.key));
    const clash = cityKeys(city).filter((k) => theirs.has(k.key)).map((k) => k.shown);
    const builtin = builtinNames.has(other.name);
    if (other.code === city.code) clash.push(`编号 ${city.code}`);
    if (clash.length > 0) {
      problems.push(
        builtin
          ? `城市“${city.name}”与内置城市“${other.name}”重名（${[...new Set(clash)].join("、")}）：内置城市的名称、全称、拼音和编号不能被导入的目录使用`
          : `城市“${city.name}”与已导入的城市“${other.name}”重名（${[...new Set(clash)].join("、")}）`,
      );
    }
  }
  return problems;
}

/** Builds a city's catalogue from reviewed targets. Names are made unique; every entry is validated. */
export function buildImported(
  cityName: string,
  plan: { title: string; issuer?: string; issued?: string; file?: string },
  targets: readonly ReviewedTarget[],
): { catalog: StoredCatalog; problems: string[] } {
  const name = cityName.trim().replace(/市$/, "");
  const city: City = {
    name,
    code: importedCityCode(name),
    latin: [],
    fullNames: [`${name}市`],
    province: "",
    plan: { title: plan.title, issuer: plan.issuer ?? "", issued: plan.issued ?? "", docNumber: null, file: plan.file ?? "imported" },
  };
  const seen = new Map<string, number>();
  const indicators: Indicator[] = targets.map((t) => {
    let n = t.name.trim();
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    if (count > 1) n = `${n}(${count})`;
    return {
      id: `${city.code}-${hashId(`${name}|${n}`)}`,
      city: name,
      category: t.category.trim() || "其他",
      name: n,
      aliases: t.aliases ?? [],
      comparator: t.comparator,
      value: t.comparator === "qualitative" ? String(t.value) : t.value,
      valueMax: t.comparator === "range" ? t.valueMax : null,
      unit: t.unit,
      deadline: t.deadline,
      quote: t.quote,
      source: { file: city.plan.file, offset: t.offset },
      concept: null,
      ...plannedPath(t),
    };
  });
  const problems = [...cityCollisions(city), ...indicators.flatMap((e, i) => validateIndicator(e, `第${i + 1}项`))];
  return { catalog: { format: STORED_FORMAT, version: STORED_VERSION, city, indicators, savedAt: new Date().toISOString() }, problems };
}

/**
 * The optional plan fields of a reviewed target, only those it has: milestones sorted by year (the
 * deadline year itself left out, its value is the target), the baseline and the attribute.
 */
function plannedPath(t: ReviewedTarget): Pick<Indicator, "milestones" | "baseline" | "attribute"> {
  const out: Pick<Indicator, "milestones" | "baseline" | "attribute"> = {};
  const milestones = (t.milestones ?? []).filter((m) => m.year !== t.deadline).map((m) => ({ year: m.year, value: m.value })).sort((a, b) => a.year - b.year);
  if (milestones.length > 0) out.milestones = milestones;
  if (t.baseline) out.baseline = { year: t.baseline.year, value: t.baseline.value };
  if (t.attribute && t.attribute.trim() !== "") out.attribute = t.attribute.trim();
  return out;
}

export function serializeStored(c: StoredCatalog): string {
  return JSON.stringify(c);
}

/**
 * Reads a stored catalogue from text (a workbook part or a JSON file). Never throws. A city that
 * collides with a built-in one (name, full name, latin form, id prefix) is always refused;
 * `takenNames` adds names already in use (other imported cities).
 */
export function parseStored(text: string, takenNames: readonly string[] = []): ParsedStored {
  if (typeof text !== "string" || text.length === 0) return { ok: false, problems: ["内容为空"] };
  if (text.length > MAX_STORED_BYTES) return { ok: false, problems: [`内容过大（${Math.round(text.length / 1024)} KB）`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ["不是有效的 JSON"] };
  }
  if (typeof data !== "object" || data === null) return { ok: false, problems: ["不是指标目录"] };
  const d = data as Partial<StoredCatalog>;
  const problems: string[] = [];
  if (d.format !== STORED_FORMAT) problems.push("不是 qc-indicators 的指标目录");
  if (d.version !== STORED_VERSION) problems.push(`不支持的版本 ${String(d.version)}`);
  const city = d.city as Partial<City> | undefined;
  if (!city || typeof city.name !== "string" || city.name.trim() === "" || city.name.length > 20 || typeof city.code !== "string" || !/^u[a-z0-9]{1,7}$/.test(city.code)) {
    problems.push("城市信息缺失或无效");
  } else {
    const spellings = { name: city.name, code: city.code, latin: textList(city.latin), fullNames: textList(city.fullNames) };
    problems.push(...cityCollisions(spellings, takenNames.map((n) => ({ name: n, code: "", latin: [], fullNames: [] }))));
  }
  if (!Array.isArray(d.indicators) || d.indicators.length === 0) problems.push("没有指标");
  if (problems.length > 0) return { ok: false, problems };
  d.indicators!.forEach((e, i) => {
    problems.push(...validateIndicator(e, `第${i + 1}项`));
    if ((e as Indicator).city !== city!.name) problems.push(`第${i + 1}项的城市与目录不符`);
    // Ids carry the city's own prefix, so they can never be a built-in entry's or another city's.
    const id = (e as Indicator).id;
    if (typeof id === "string" && !id.startsWith(`${city!.code}-`)) problems.push(`第${i + 1}项的编号 ${id} 不以本城市的编号 ${city!.code} 开头`);
  });
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const e of d.indicators as Indicator[]) {
    if (names.has(e.name)) problems.push(`指标名称重复：${e.name}`);
    if (ids.has(e.id)) problems.push(`指标编号重复：${e.id}`);
    names.add(e.name);
    ids.add(e.id);
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 10) };
  const safeCity: City = {
    name: city!.name!,
    code: city!.code!,
    latin: textList(city!.latin),
    fullNames: textList(city!.fullNames),
    province: typeof city!.province === "string" ? city!.province : "",
    plan: {
      title: String(city!.plan?.title ?? ""),
      issuer: String(city!.plan?.issuer ?? ""),
      issued: String(city!.plan?.issued ?? ""),
      docNumber: null,
      file: String(city!.plan?.file ?? "imported"),
    },
  };
  return { ok: true, catalog: { format: STORED_FORMAT, version: STORED_VERSION, city: safeCity, indicators: d.indicators as Indicator[], savedAt: String(d.savedAt ?? "") } };
}

const textList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === "string") : []);

/**
 * Which imported catalogues can join the built-in ones, in order, and why the others cannot: a
 * city colliding with a built-in or an earlier imported city (any spelling or the id prefix), or an
 * entry id already used. Ids are unique across all catalogues.
 */
export function admitImported(builtin: Catalog, imported: readonly StoredCatalog[]): { admitted: StoredCatalog[]; refused: { catalog: StoredCatalog; problems: string[] }[] } {
  const cities: Pick<City, "name" | "fullNames" | "latin" | "code">[] = [...builtin.cities];
  const ids = new Set(builtin.indicators.map((e) => e.id));
  const admitted: StoredCatalog[] = [];
  const refused: { catalog: StoredCatalog; problems: string[] }[] = [];
  for (const s of imported) {
    const problems = cityCollisions(s.city, cities);
    const reused = s.indicators.filter((e) => ids.has(e.id)).map((e) => e.id);
    if (reused.length > 0) problems.push(`指标编号已被其他目录使用：${reused.slice(0, 3).join("、")}`);
    if (problems.length > 0) {
      refused.push({ catalog: s, problems: [...new Set(problems)] });
      continue;
    }
    admitted.push(s);
    cities.push(s.city);
    for (const e of s.indicators) ids.add(e.id);
  }
  return { admitted, refused };
}

/** The built-in catalogue plus imported cities; an imported city that collides (see {@link admitImported}) is left out. */
export function mergeCatalogs(builtin: Catalog, imported: readonly StoredCatalog[]): Catalog {
  const { admitted } = admitImported(builtin, imported);
  return {
    version: builtin.version,
    cities: [...builtin.cities, ...admitted.map((s) => s.city)],
    indicators: [...builtin.indicators, ...admitted.flatMap((s) => s.indicators)],
  };
}

/** What a workbook's stored catalogues come to: those admitted, and a sentence for each ignored. */
export interface StoredRead {
  catalogs: StoredCatalog[];
  /** One sentence per damaged catalogue that was ignored. */
  damaged: string[];
}

/**
 * Validates the catalogues a workbook stores (as text, in the order stored), whatever the host keeps
 * them in. A damaged one, or one whose city takes a built-in city's name, full name, latin form or id
 * prefix, or one an earlier stored city already answers to, or whose ids another catalogue uses, is
 * reported and ignored.
 */
export function readStoredTexts(raw: readonly string[], builtin: Catalog, builtinCities: readonly string[]): StoredRead {
  const out: StoredRead = { catalogs: [], damaged: [] };
  const parsed: { at: number; catalog: StoredCatalog }[] = [];
  raw.forEach((text, i) => {
    const r = parseStored(text, builtinCities);
    if (r.ok) parsed.push({ at: i, catalog: r.catalog });
    else out.damaged.push(`工作簿中的第${i + 1}个导入目录已损坏，已忽略：${r.problems.slice(0, 3).join("；")}`);
  });
  const { admitted, refused } = admitImported(builtin, parsed.map((p) => p.catalog));
  for (const p of parsed) {
    if (admitted.includes(p.catalog)) out.catalogs.push(p.catalog);
    else {
      const why = refused.find((r) => r.catalog === p.catalog)?.problems ?? [];
      out.damaged.push(`工作簿中的第${p.at + 1}个导入目录与其他城市冲突，已忽略：${why.slice(0, 3).join("；")}`);
    }
  }
  return out;
}
