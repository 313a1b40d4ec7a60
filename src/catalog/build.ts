/**
 * Seeds → catalogue: the extractor's candidates, the reviewed corrections and the concepts.
 * Pure (texts in, catalogue out) so that a test can regenerate the catalogue and compare it with
 * the checked-in `data/catalog.json`. `scripts/build-catalog.ts` does the file I/O.
 */
import { extract, type Candidate } from "../extract/extract";
import { BUILTIN_CITIES } from "./cities";
import { CONCEPTS } from "./concepts";
import { CORRECTIONS, type CityCorrections } from "./corrections";
import { hashId } from "./hash";
import type { Catalog, City, Indicator } from "./types";

export const CATALOG_VERSION = 1;
export { hashId };

export function indicatorId(city: City, name: string): string {
  return `${city.code}-${hashId(`${city.name}|${name}`)}`;
}

function matches(key: string, c: Candidate): boolean {
  const [name, narrow] = key.split("|");
  if (name !== c.name) return false;
  return narrow === undefined || narrow === c.unit || narrow === String(c.value);
}

/** Corrections that selected nothing: reported so that a stale line cannot linger unnoticed. */
export interface BuildReport {
  unusedCorrections: string[];
}

/** Turns one city's candidates into catalogue entries, applying that city's corrections. */
export function buildCity(city: City, text: string, corrections: CityCorrections = {}, report?: BuildReport): Indicator[] {
  const used = new Set<string>();
  const out: Indicator[] = [];
  const take = (c: Candidate, name: string, patch: NonNullable<CityCorrections["patch"]>[string] = {}) => {
    let quote = c.quote;
    let offset = c.offset;
    if (patch.quote) {
      // A longer verbatim quote containing the extracted one, found nearest to it.
      const from = Math.max(0, offset - patch.quote.length);
      const at = text.indexOf(patch.quote, from);
      if (at < 0 || at > offset + quote.length) throw new Error(`${city.name}: patched quote not found near ${offset}: ${patch.quote}`);
      quote = patch.quote;
      offset = at;
    }
    out.push({
      id: indicatorId(city, name),
      city: city.name,
      category: patch.category ?? c.category,
      name,
      aliases: patch.aliases ?? [],
      comparator: patch.comparator ?? c.comparator,
      value: patch.value ?? c.value,
      valueMax: patch.valueMax !== undefined ? patch.valueMax : c.valueMax,
      unit: patch.unit ?? c.unit,
      deadline: patch.deadline !== undefined ? patch.deadline : c.deadline,
      quote,
      source: { file: city.plan.file, offset },
      concept: null,
      // What a plan's table or stages add: interim targets, the stated starting point, 预期性/约束性.
      ...(c.milestones && c.milestones.length > 0 ? { milestones: c.milestones } : {}),
      ...(c.baseline ? { baseline: c.baseline } : {}),
      ...(c.attribute ? { attribute: c.attribute } : {}),
    });
  };

  for (const c of extract(text)) {
    const dropKey = Object.keys(corrections.drop ?? {}).find((k) => matches(k, c));
    if (dropKey) {
      used.add(`drop:${dropKey}`);
      continue;
    }
    const splitKey = Object.keys(corrections.split ?? {}).find((k) => matches(k, c));
    if (splitKey) {
      used.add(`split:${splitKey}`);
      for (const name of corrections.split![splitKey]!) take(c, name);
      continue;
    }
    const patchKey = Object.keys(corrections.patch ?? {}).find((k) => matches(k, c));
    if (patchKey) used.add(`patch:${patchKey}`);
    const patch = patchKey ? corrections.patch![patchKey]! : {};
    take(c, patch.name ?? c.name, patch);
  }

  for (const a of corrections.add ?? []) {
    const offset = text.indexOf(a.quote);
    if (offset < 0) throw new Error(`${city.name}: added quote not in the seed: ${a.quote}`);
    used.add(`add:${a.name}`);
    out.push({
      id: indicatorId(city, a.name),
      city: city.name,
      category: a.category,
      name: a.name,
      aliases: a.aliases ?? [],
      comparator: a.comparator,
      value: a.value,
      valueMax: a.valueMax ?? null,
      unit: a.unit ?? "",
      deadline: a.deadline ?? null,
      quote: a.quote,
      source: { file: city.plan.file, offset },
      concept: null,
    });
  }

  if (report) {
    const all = [
      ...Object.keys(corrections.drop ?? {}).map((k) => `drop:${k}`),
      ...Object.keys(corrections.split ?? {}).map((k) => `split:${k}`),
      ...Object.keys(corrections.patch ?? {}).map((k) => `patch:${k}`),
    ];
    for (const k of all) if (!used.has(k)) report.unusedCorrections.push(`${city.name} ${k}`);
  }

  // Names are unique within a city: a second candidate with one name gets its unit to tell it apart.
  const seen = new Map<string, number>();
  for (const e of out) seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
  for (const e of out) {
    if ((seen.get(e.name) ?? 0) > 1) {
      e.name = `${e.name}(${e.unit || e.value})`;
      e.id = indicatorId(city, e.name);
    }
  }
  // Document order, so that templates read like the plan.
  return out.sort((a, b) => a.source.offset - b.source.offset);
}

/** Builds the whole catalogue from the seed texts, keyed by file name. */
export function buildCatalog(seeds: Record<string, string>, report?: BuildReport): Catalog {
  const indicators: Indicator[] = [];
  for (const city of BUILTIN_CITIES) {
    const text = seeds[city.plan.file];
    if (text === undefined) throw new Error(`seed missing: ${city.plan.file}`);
    indicators.push(...buildCity(city, text, CORRECTIONS[city.name], report));
  }
  for (const concept of CONCEPTS) {
    for (const [cityName, name] of concept.members) {
      const entry = indicators.find((e) => e.city === cityName && e.name === name);
      if (!entry) {
        if (report) report.unusedCorrections.push(`concept ${concept.key}: ${cityName} ${name}`);
        continue;
      }
      entry.concept = concept.key;
    }
  }
  return { version: CATALOG_VERSION, cities: [...BUILTIN_CITIES], indicators };
}
