/**
 * Name resolution: a city and an indicator name as a user types them → one catalogue entry, or an
 * error that names the closest candidates. Never a silent wrong answer: a fuzzy match is taken only
 * when it is clearly better than the next one, and a part-of-name or fuzzy match is refused when the
 * two names differ by a negation or by a contrast word (不合格率 / 合格率, 农村 / 城市, 药品 / 食品:
 * see {@link contrast}) — however alike their characters.
 */
import { contrast, normalizeLatin, normalizeName, similarity } from "./normalize";
import type { Catalog, City, Indicator } from "./types";

export type MatchKind = "exact" | "alias" | "normalized" | "contains" | "fuzzy";

export type Resolution<T> =
  | { ok: true; value: T; how: MatchKind; score: number }
  | { ok: false; reason: "unknown" | "ambiguous" | "empty" | "conflict"; message: string; candidates: string[] };

export interface Suggestion {
  entry: Indicator;
  score: number;
  /** The normal form (of the name or an alias) that scored best. */
  norm: string;
}

/** Minimum similarity for a fuzzy match to be taken, and the lead it needs over the runner-up. */
export const FUZZY_ACCEPT = 0.62;
export const FUZZY_MARGIN = 0.08;
/** Minimum similarity for a name to be offered as a suggestion in an error. */
const SUGGEST_MIN = 0.25;

interface CityIndex {
  city: City;
  entries: Indicator[];
  byName: Map<string, Indicator>;
  byAlias: Map<string, Indicator[]>;
  byNorm: Map<string, Indicator[]>;
  norms: { norm: string; entry: Indicator }[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else m.set(k, [v]);
}

/**
 * An index over a catalogue: cities by every spelling, indicators by name, alias and normal form.
 * Lookups are cached, so a sheet full of `=QC_TARGET(...)` formulas costs one resolution per
 * distinct (city, name) pair.
 */
export class CatalogIndex {
  readonly catalog: Catalog;
  private readonly cityKeys = new Map<string, City>();
  private readonly perCity = new Map<string, CityIndex>();
  private readonly cityCache = new Map<string, Resolution<City>>();
  private readonly cache = new Map<string, Resolution<Indicator>>();

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    // The first city to claim a spelling keeps it: built-in cities come first, so a catalogue
    // imported later can never answer for one of them (custom.ts refuses such imports anyway).
    const claim = (key: string, city: City) => {
      if (key && !this.cityKeys.has(key)) this.cityKeys.set(key, city);
    };
    for (const city of catalog.cities) {
      for (const key of [city.name, ...city.fullNames]) claim(normalizeName(key), city);
      for (const key of [...city.latin, city.code.length > 2 ? city.code : ""]) if (key) claim(normalizeLatin(key), city);
      this.perCity.set(city.name, { city, entries: [], byName: new Map(), byAlias: new Map(), byNorm: new Map(), norms: [] });
    }
    for (const e of catalog.indicators) {
      const ci = this.perCity.get(e.city);
      if (!ci) continue;
      ci.entries.push(e);
      ci.byName.set(e.name, e);
      for (const a of e.aliases) push(ci.byAlias, a, e);
      for (const text of [e.name, ...e.aliases]) {
        const n = normalizeName(text);
        push(ci.byNorm, n, e);
        ci.norms.push({ norm: n, entry: e });
      }
    }
  }

  cities(): City[] {
    return this.catalog.cities;
  }

  /** Indicators of a city in document order, optionally of one category. */
  indicators(city: City, category?: string | null): Indicator[] {
    const all = this.perCity.get(city.name)?.entries ?? [];
    return category ? all.filter((e) => e.category === category) : all;
  }

  categories(city: City): string[] {
    return [...new Set(this.indicators(city).map((e) => e.category))];
  }

  resolveCity(input: string): Resolution<City> {
    const cached = this.cityCache.get(input);
    if (cached) return cached;
    const result = this.resolveCityUncached(input);
    if (this.cityCache.size < 10_000) this.cityCache.set(input, result);
    return result;
  }

  private resolveCityUncached(input: string): Resolution<City> {
    const raw = input.trim();
    const names = this.catalog.cities.map((c) => c.name);
    if (raw === "") return { ok: false, reason: "empty", message: `请填写城市。可选：${names.join("、")}`, candidates: names };
    const exact = this.catalog.cities.find((c) => c.name === raw);
    if (exact) return { ok: true, value: exact, how: "exact", score: 1 };
    const n = normalizeName(raw).replace(/市$/, "");
    const byNorm = this.cityKeys.get(n) ?? this.cityKeys.get(`${n}市`) ?? this.cityKeys.get(normalizeLatin(raw));
    if (byNorm) return { ok: true, value: byNorm, how: "normalized", score: 1 };
    const ranked = this.catalog.cities
      .map((c) => ({ c, s: Math.max(similarity(n, normalizeName(c.name)), ...c.latin.map((l) => similarity(normalizeLatin(raw), normalizeLatin(l)))) }))
      .sort((a, b) => b.s - a.s);
    const near = ranked.filter((r) => r.s >= 0.5).map((r) => r.c.name);
    const candidates = near.length > 0 ? near : names;
    return {
      ok: false,
      reason: "unknown",
      message: `未找到城市“${raw}”。${near.length > 0 ? "是否指" : "可选"}：${candidates.join("、")}`,
      candidates,
    };
  }

  /** Resolves an indicator name within a city: exact, alias, normal form, containment, then fuzzy. */
  resolveIndicator(city: City, input: string): Resolution<Indicator> {
    const key = `${city.name}\u0000${input}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.resolveIndicatorUncached(city, input);
    if (this.cache.size < 100_000) this.cache.set(key, result);
    return result;
  }

  private resolveIndicatorUncached(city: City, input: string): Resolution<Indicator> {
    const ci = this.perCity.get(city.name);
    const raw = input.trim();
    if (!ci || ci.entries.length === 0) return { ok: false, reason: "unknown", message: `${city.name}没有指标`, candidates: [] };
    if (raw === "") return { ok: false, reason: "empty", message: "请填写指标名称。", candidates: [] };
    const exact = ci.byName.get(raw);
    if (exact) return { ok: true, value: exact, how: "exact", score: 1 };
    const alias = ci.byAlias.get(raw);
    if (alias?.length === 1) return { ok: true, value: alias[0]!, how: "alias", score: 1 };
    const n = normalizeName(raw);
    if (n === "") return { ok: false, reason: "empty", message: "请填写指标名称。", candidates: [] };
    const norm = ci.byNorm.get(n) ?? alias;
    if (norm?.length === 1) return { ok: true, value: norm[0]!, how: "normalized", score: 1 };
    if (norm && norm.length > 1) return this.ambiguous(city, raw, norm);

    // A part of a long name, or a long name around a catalogued one: take it only when unique, and
    // only when nothing sets the two apart (a negation, another population, level or product…).
    const containing = unique(ci.norms.filter((x) => x.norm.includes(n) && n.length >= 2).map((x) => x.entry));
    if (containing.length === 1) {
      const norm = ci.norms.find((x) => x.entry === containing[0] && x.norm.includes(n))!.norm;
      return this.unlessContrasted(ci, raw, n, containing[0]!, norm, { ok: true, value: containing[0]!, how: "contains", score: 0.9 });
    }
    const contained = unique(ci.norms.filter((x) => n.includes(x.norm) && x.norm.length >= 4).map((x) => x.entry));
    if (containing.length === 0 && contained.length === 1) {
      const norm = ci.norms.find((x) => x.entry === contained[0] && n.includes(x.norm))!.norm;
      return this.unlessContrasted(ci, raw, n, contained[0]!, norm, { ok: true, value: contained[0]!, how: "contains", score: 0.85 });
    }

    const ranked = this.rank(ci, n);
    const best = ranked[0];
    const second = ranked[1];
    if (containing.length > 1) return this.ambiguous(city, raw, containing.slice(0, 5));
    if (best && best.score >= FUZZY_ACCEPT && (!second || best.score - second.score >= FUZZY_MARGIN)) {
      return this.unlessContrasted(ci, raw, n, best.entry, best.norm, { ok: true, value: best.entry, how: "fuzzy", score: best.score }, ranked);
    }
    if (best && best.score >= FUZZY_ACCEPT) return this.ambiguous(city, raw, ranked.filter((r) => best.score - r.score < FUZZY_MARGIN).map((r) => r.entry));
    const candidates = ranked.filter((r) => r.score >= SUGGEST_MIN).slice(0, 3).map((r) => r.entry.name);
    return {
      ok: false,
      reason: "unknown",
      message: `${city.name}没有指标“${raw}”。${candidates.length > 0 ? `最接近的：${candidates.join("、")}` : "可用 QC_FIND 或 QC_INDICATORS 查看全部指标。"}`,
      candidates,
    };
  }

  /**
   * The match, unless the typed name and the matched one differ by a negation or a contrast word:
   * then an error that says how, listing the matched entry and the next closest as candidates.
   */
  private unlessContrasted(ci: CityIndex, raw: string, n: string, entry: Indicator, norm: string, match: Resolution<Indicator>, ranked?: Suggestion[]): Resolution<Indicator> {
    const why = contrast(n, norm);
    if (why === null) return match;
    const others = (ranked ?? this.rank(ci, n)).filter((r) => r.entry !== entry && r.score >= SUGGEST_MIN).slice(0, 2).map((r) => r.entry.name);
    return {
      ok: false,
      reason: "conflict",
      message: `${ci.city.name}没有指标“${raw}”。相近的“${entry.name}”不是同一指标——${why}。请核对名称。`,
      candidates: [entry.name, ...others],
    };
  }

  private ambiguous(city: City, raw: string, entries: Indicator[]): Resolution<Indicator> {
    const candidates = entries.slice(0, 5).map((e) => e.name);
    return {
      ok: false,
      reason: "ambiguous",
      message: `“${raw}”在${city.name}对应多个指标，请写明：${candidates.join("、")}`,
      candidates,
    };
  }

  private rank(ci: CityIndex, n: string): Suggestion[] {
    const best = new Map<Indicator, Suggestion>();
    for (const { norm, entry } of ci.norms) {
      const score = similarity(n, norm);
      if (score > (best.get(entry)?.score ?? -1)) best.set(entry, { entry, score, norm });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** The closest indicator names to a text, best first (for QC_FIND and the pane's correction list). */
  suggest(city: City, text: string, limit = 5): Suggestion[] {
    const ci = this.perCity.get(city.name);
    if (!ci) return [];
    const n = normalizeName(text);
    if (n === "") return ci.entries.slice(0, limit).map((entry) => ({ entry, score: 0, norm: normalizeName(entry.name) }));
    return this.rank(ci, n).slice(0, limit);
  }

  /** Every entry sharing a concept key, across cities. */
  byConcept(concept: string): Indicator[] {
    return this.catalog.indicators.filter((e) => e.concept === concept);
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
