/**
 * The catalogue the add-in answers from right now: the built-in five plus any imported cities the
 * open workbook carries. In the shared runtime the task pane registers what it reads from the
 * workbook and the custom functions resolve against the same index.
 */
import { BUILTIN_CATALOG, builtinIndex } from "./index";
import { mergeCatalogs, type StoredCatalog } from "./custom";
import { CatalogIndex } from "./resolve";

let imported: StoredCatalog[] = [];
let active: CatalogIndex | null = null;
const listeners = new Set<() => void>();

/** The index to resolve against: built-in cities plus the registered imported ones. */
export function activeIndex(): CatalogIndex {
  if (imported.length === 0) return builtinIndex();
  active ??= new CatalogIndex(mergeCatalogs(BUILTIN_CATALOG, imported));
  return active;
}

/** Replaces the imported catalogues (e.g. after reading the workbook, or after an import or removal). */
export function setImportedCatalogs(list: readonly StoredCatalog[]): void {
  imported = [...list];
  active = null;
  for (const l of listeners) l();
}

export function importedCatalogs(): readonly StoredCatalog[] {
  return imported;
}

/** Called whenever the imported set changes (the pane re-renders; functions need nothing: they ask each call). */
export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
