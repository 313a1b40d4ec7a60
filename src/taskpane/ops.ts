/**
 * What the pane asks of the workbook, as one injectable object: the real one runs src/excel
 * inside Excel.run; component tests pass a fake. React components never touch Office.js.
 */
import type { City, Indicator } from "../catalog";
import { BUILTIN_CATALOG, CONCEPTS } from "../catalog";
import type { StoredCatalog } from "../catalog/custom";
import { activeIndex } from "../catalog/registry";
import {
  checkTemplate,
  checkUserSheet,
  clearMarks,
  detectUserSheet,
  highlight,
  insertCityTemplate,
  insertSummarySheet,
  run,
  selectCell,
  watchSheet,
  checkProgress,
  insertComparisonSheet,
  insertProgressTemplate,
  readStoredCatalogs,
  removeStoredCatalog,
  saveStoredCatalog,
  type CheckSummary,
  type ProgressFinding,
  type StoredRead,
  type UserSheetDetection,
} from "../excel";

export interface UserChoice {
  sheetName: string;
  cityName: string;
  headerRow: number;
  nameColumn: number;
  valueColumn: number;
  /** Row → indicator id the user picked. */
  overrides: Record<number, string>;
}

export interface ExcelOps {
  insertTemplate(cityName: string, categories: string[]): Promise<{ sheetName: string; rows: number }>;
  downloadTemplate(cityName: string): Promise<string>;
  detect(): Promise<UserSheetDetection>;
  checkTemplate(sheetName: string): Promise<CheckSummary>;
  checkUser(choice: UserChoice): Promise<CheckSummary>;
  highlight(sheetName: string, addresses: string[]): Promise<number>;
  clearMarks(): Promise<number>;
  select(sheetName: string, address: string): Promise<void>;
  insertSummary(): Promise<{ sheetName: string; cities: string[] }>;
  /** Calls back on edits to a sheet; resolves to a function that stops watching. */
  watch(sheetName: string, onChange: () => void): Promise<() => Promise<void>>;
  refreshFunctions(): Promise<boolean>;
  /** Imported city catalogues stored in the workbook (validated; damaged ones reported). */
  readCatalogs(): Promise<StoredRead>;
  saveCatalog(catalog: StoredCatalog): Promise<void>;
  removeCatalog(cityName: string): Promise<boolean>;
  insertProgress(cityName: string): Promise<{ sheetName: string }>;
  /** Grades the active sheet, which must be a progress sheet. */
  checkProgress(): Promise<{ sheetName: string; findings: ProgressFinding[] }>;
  markProgress(sheetName: string, behind: string[], overdue: string[]): Promise<number>;
  insertComparison(conceptKey: string): Promise<{ sheetName: string; charted: boolean }>;
  /** Offers bytes to the user as a file download. */
  saveFile(bytes: Uint8Array, name: string, type: string): void;
}

function cityByName(name: string): City {
  const r = activeIndex().resolveCity(name);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes as a file through the browser (the pane runs in a webview). */
function saveFile(bytes: Uint8Array, name: string, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const officeOps: ExcelOps = {
  insertTemplate: (cityName, categories) => run((ctx) => insertCityTemplate(ctx, activeIndex(), cityByName(cityName), categories)),
  async downloadTemplate(cityName) {
    // exceljs is large: loaded only when someone asks for a file.
    const { buildTemplateWorkbook } = await import(/* webpackChunkName: "xlsx-export" */ "../xlsx/export");
    const city = cityByName(cityName);
    const name = `质量指标-${city.name}.xlsx`;
    saveFile(await buildTemplateWorkbook(activeIndex(), [city]), name);
    return name;
  },
  detect: () => run((ctx) => detectUserSheet(ctx, activeIndex())),
  checkTemplate: (sheetName) => run((ctx) => checkTemplate(ctx, activeIndex(), sheetName)),
  checkUser: (choice) =>
    run((ctx) => {
      const index = activeIndex();
      const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
      const overrides = new Map<number, Indicator>();
      for (const [row, id] of Object.entries(choice.overrides)) {
        const e = byId.get(id);
        if (e) overrides.set(Number(row), e);
      }
      return checkUserSheet(ctx, index, { ...choice, city: cityByName(choice.cityName), overrides });
    }),
  highlight: (sheetName, addresses) => run((ctx) => highlight(ctx, sheetName, addresses)),
  clearMarks: () => run((ctx) => clearMarks(ctx)),
  select: (sheetName, address) => run((ctx) => selectCell(ctx, sheetName, address)),
  insertSummary: () => run((ctx) => insertSummarySheet(ctx, activeIndex())),
  watch: (sheetName, onChange) => run((ctx) => watchSheet(ctx, sheetName, () => onChange())),
  async refreshFunctions() {
    // Not every Excel offers this; where it does, it drops the cached functions.json.
    const office = (globalThis as { Office?: { ForceRefreshCustomFunctionsCache?: () => unknown } }).Office;
    if (typeof office?.ForceRefreshCustomFunctionsCache !== "function") return false;
    await office.ForceRefreshCustomFunctionsCache();
    return true;
  },
  readCatalogs: () => run((ctx) => readStoredCatalogs(ctx, BUILTIN_CATALOG.cities.map((c) => c.name))),
  saveCatalog: (catalog) => run((ctx) => saveStoredCatalog(ctx, catalog)),
  removeCatalog: (cityName) => run((ctx) => removeStoredCatalog(ctx, cityName)),
  saveFile,
  insertProgress: (cityName) => run((ctx) => insertProgressTemplate(ctx, activeIndex(), cityByName(cityName))),
  checkProgress: () =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      const sheetName = sheet.name;
      const findings = await checkProgress(context, activeIndex(), sheetName);
      return { sheetName, findings };
    }),
  markProgress: (sheetName, behind, overdue) =>
    run(async (ctx) => (await highlight(ctx, sheetName, behind, "behind")) + (await highlight(ctx, sheetName, overdue, "overdue"))),
  insertComparison: (conceptKey) =>
    run((ctx) => {
      const concept = CONCEPTS.find((c) => c.key === conceptKey);
      if (!concept) throw new Error(`没有概念 ${conceptKey}`);
      return insertComparisonSheet(ctx, activeIndex(), concept);
    }),
};
