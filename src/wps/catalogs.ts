/**
 * Imported city catalogues kept in the workbook, in WPS: a very hidden sheet, `qc-catalogs`.
 *
 * Why a hidden sheet and not a document custom property: a custom property's text value is cut to
 * 255 characters when the workbook is saved in a binary format (.xls, .et — MS-OI29500 §3.5.5.1.1.2),
 * while a stored catalogue may be up to 2 MB (MAX_STORED_BYTES); a cell keeps 32,767 characters in
 * every format, so one catalogue
 * is one row: A the city, B the number of pieces, C… its serialized text in pieces. The sheet is
 * very hidden (xlSheetVeryHidden: not offered by 取消隐藏, so not edited by accident), travels with
 * the .xlsx/.et file, and every cell is text-formatted so a piece that starts with "=" stays text.
 * Reading validates each catalogue exactly as the Excel add-in does (parseStored, admitImported);
 * a damaged one is reported and ignored.
 */
import { BUILTIN_CATALOG } from "../catalog";
import { parseStored, readStoredTexts, serializeStored, type StoredCatalog, type StoredRead } from "../catalog/custom";
import { XL_SHEET_VERY_HIDDEN, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";
import { columnLetter } from "../template/detect";

export const CATALOG_SHEET = "qc-catalogs";
/** Characters per cell (a cell holds 32,767). */
export const PIECE = 30_000;

function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  for (let i = 1; i <= book.Worksheets.Count; i++) {
    const s = book.Worksheets.Item(i);
    if (s.Name === name) return s;
  }
  return null;
}

/** The stored texts, one per catalogue, in row order. */
export function readRaw(book: EtWorkbook): string[] {
  const sheet = findSheet(book, CATALOG_SHEET);
  if (!sheet) return [];
  const out: string[] = [];
  for (let row = 1; ; row++) {
    const count = sheet.Range(`B${row}`).Value2;
    if (typeof count !== "number" || !(count > 0)) break;
    let text = "";
    for (let k = 0; k < count; k++) text += String(sheet.Range(`${columnLetter(2 + k)}${row}`).Value2 ?? "");
    out.push(text);
  }
  return out;
}

/** Replaces the stored texts (creating the hidden sheet on first use; the active sheet stays active). */
function writeRaw(app: EtApplication, book: EtWorkbook, texts: readonly string[]): void {
  let sheet = findSheet(book, CATALOG_SHEET);
  if (!sheet) {
    const active = app.ActiveSheet;
    sheet = book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));
    sheet.Name = CATALOG_SHEET;
    sheet.Visible = XL_SHEET_VERY_HIDDEN;
    active?.Activate();
  }
  const old = readRaw(book);
  old.forEach((text, i) => {
    const pieces = Math.ceil(text.length / PIECE);
    for (let k = 0; k < pieces + 2; k++) sheet.Range(`${columnLetter(k)}${i + 1}`).Value2 = null;
  });
  texts.forEach((text, i) => {
    const pieces = [];
    for (let at = 0; at < text.length; at += PIECE) pieces.push(text.slice(at, at + PIECE));
    const row = i + 1;
    const name = parseStored(text);
    const a = sheet.Range(`A${row}`);
    a.NumberFormat = "@";
    a.Value2 = name.ok ? name.catalog.city.name : "";
    sheet.Range(`B${row}`).Value2 = pieces.length;
    pieces.forEach((p, k) => {
      const cell = sheet.Range(`${columnLetter(2 + k)}${row}`);
      cell.NumberFormat = "@";
      cell.Value2 = p;
    });
  });
}

/** Reads and validates the workbook's imported catalogues (as src/excel/catalogs.ts does). */
export function readStored(book: EtWorkbook, builtinCities: readonly string[] = BUILTIN_CATALOG.cities.map((c) => c.name)): StoredRead {
  return readStoredTexts(readRaw(book), BUILTIN_CATALOG, builtinCities);
}

const cityOf = (text: string) => {
  const r = parseStored(text);
  return r.ok ? r.catalog.city.name : null;
};

/** Adds or replaces (by city) an imported catalogue. */
export function saveStored(app: EtApplication, book: EtWorkbook, catalog: StoredCatalog): void {
  const kept = readRaw(book).filter((t) => cityOf(t) !== catalog.city.name);
  writeRaw(app, book, [...kept, serializeStored(catalog)]);
}

/** Removes a city's imported catalogue; false when there was none. */
export function removeStored(app: EtApplication, book: EtWorkbook, cityName: string): boolean {
  const raw = readRaw(book);
  const kept = raw.filter((t) => cityOf(t) !== cityName);
  if (kept.length === raw.length) return false;
  writeRaw(app, book, kept);
  return true;
}
