/**
 * Imported city catalogues stored inside the workbook (so they travel with the file and work for
 * colleagues who open it with the add-in). They live in the workbook's add-in settings, one
 * serialized catalogue per city; reading validates each one, and a damaged one is reported and
 * ignored — never allowed to break the functions.
 */
import { BUILTIN_CATALOG } from "../catalog";
import { parseStored, readStoredTexts, serializeStored, type StoredCatalog, type StoredRead } from "../catalog/custom";

export const CATALOGS_SETTING = "qc.catalogs";

export type { StoredRead };

async function readRaw(context: Excel.RequestContext): Promise<string[]> {
  const item = context.workbook.settings.getItemOrNullObject(CATALOGS_SETTING);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return [];
  const v: unknown = item.value;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/**
 * Reads and validates the workbook's imported catalogues. One sync. A catalogue whose city takes a
 * built-in city's name, full name, latin form or id prefix, or one an earlier stored city already
 * answers to, or whose ids another catalogue uses, is reported and ignored like a damaged one.
 */
export async function readStoredCatalogs(context: Excel.RequestContext, builtinCities: readonly string[] = []): Promise<StoredRead> {
  return readStoredTexts(await readRaw(context), BUILTIN_CATALOG, builtinCities);
}

/** Adds or replaces (by city) an imported catalogue in the workbook. Two syncs. */
export async function saveStoredCatalog(context: Excel.RequestContext, catalog: StoredCatalog): Promise<void> {
  const raw = await readRaw(context);
  const kept = raw.filter((text) => {
    const r = parseStored(text);
    return !(r.ok && r.catalog.city.name === catalog.city.name);
  });
  context.workbook.settings.add(CATALOGS_SETTING, [...kept, serializeStored(catalog)]);
  await context.sync();
}

/** Removes a city's imported catalogue from the workbook. Two syncs. */
export async function removeStoredCatalog(context: Excel.RequestContext, cityName: string): Promise<boolean> {
  const raw = await readRaw(context);
  const kept = raw.filter((text) => {
    const r = parseStored(text);
    return !(r.ok && r.catalog.city.name === cityName);
  });
  if (kept.length === raw.length) return false;
  context.workbook.settings.add(CATALOGS_SETTING, kept);
  await context.sync();
  return true;
}
