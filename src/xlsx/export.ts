/**
 * The standalone template workbook: one sheet per city and a 汇总 sheet with live formulas, for
 * people without the add-in (WPS, LibreOffice, Excel without add-ins). Runs in Node (`qc template`)
 * and in the browser (the task pane's download button).
 */
import type { CatalogIndex, City } from "../catalog";
import { buildCityTemplate } from "../template/city";
import { buildSummarySheet, type SummarySource } from "../template/summary";
import { newWorkbook, renderSheet, toBytes } from "./render";

export async function buildTemplateWorkbook(index: CatalogIndex, cities: readonly City[]): Promise<Uint8Array> {
  if (cities.length === 0) throw new Error("没有选择城市");
  const wb = newWorkbook();
  const sources: SummarySource[] = [];
  for (const city of cities) {
    const entries = index.indicators(city);
    const sheetName = renderSheet(wb, buildCityTemplate(city, entries));
    sources.push({ sheetName, city, entries });
  }
  renderSheet(wb, buildSummarySheet(sources));
  return toBytes(wb);
}
