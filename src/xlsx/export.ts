/**
 * The standalone template workbook: one sheet per city and a 汇总 sheet with live formulas, for
 * people without the add-in (WPS, LibreOffice, Excel without add-ins). Runs in Node (`qc template`)
 * and in the browser (the task pane's download button).
 */
import type { CatalogIndex, City } from "../catalog";
import { buildCityTemplate } from "../template/city";
import { uniqueSheetName } from "../template/names";
import { buildSummarySheet, type SummarySource } from "../template/summary";
import type { SheetSpec } from "../template/types";
import { writeWorkbook } from "./render";

/** The sheets of the template workbook, as data; the summary's formulas name the city sheets as written. */
export function templateSheets(index: CatalogIndex, cities: readonly City[]): SheetSpec[] {
  if (cities.length === 0) throw new Error("没有选择城市");
  const specs: SheetSpec[] = [];
  const sources: SummarySource[] = [];
  const taken: string[] = [];
  for (const city of cities) {
    const entries = index.indicators(city);
    const spec = buildCityTemplate(city, entries);
    // The same naming writeWorkbook applies, decided here so the 汇总 formulas point at the right sheet.
    const sheetName = uniqueSheetName(spec.name, taken);
    taken.push(sheetName);
    specs.push({ ...spec, name: sheetName });
    sources.push({ sheetName, city, entries });
  }
  specs.push(buildSummarySheet(sources));
  return specs;
}

export async function buildTemplateWorkbook(index: CatalogIndex, cities: readonly City[]): Promise<Uint8Array> {
  return writeWorkbook(templateSheets(index, cities));
}
