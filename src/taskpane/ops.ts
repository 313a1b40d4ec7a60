/**
 * What the pane asks of the workbook, as one injectable object: the real one runs src/excel
 * inside Excel.run; component tests pass a fake. React components never touch Office.js.
 */
import type { City, Indicator } from "../catalog";
import { BUILTIN_CATALOG, CONCEPTS } from "../catalog";
import type { StoredCatalog } from "../catalog/custom";
import { activeIndex } from "../catalog/registry";
import type { Report } from "../report/consolidate";
import type { CheckSummary, ProgressFinding, UserSheetDetection } from "../excel";
import { readStoredCatalogs, removeStoredCatalog, saveStoredCatalog, type StoredRead } from "../excel/catalogs";
import { run } from "../excel/session";

/** The workbook operations proper, loaded on first use (the pane's first load stays small). */
const excel = () => import(/* webpackChunkName: "excel" */ "../excel");

export interface UserChoice {
  sheetName: string;
  /** The sheet's id in this session: checks follow the sheet by it, through renames. */
  sheetId?: string;
  cityName: string;
  headerRow: number;
  nameColumn: number;
  valueColumn: number;
  /** Name as written in the sheet → the indicator id the user picked for every row with that name. */
  picks: Record<string, string>;
}

export interface ExcelOps {
  insertTemplate(cityName: string, categories: string[]): Promise<{ sheetName: string; rows: number }>;
  downloadTemplate(cityName: string): Promise<string>;
  detect(): Promise<UserSheetDetection>;
  /** Sheets are named by their id in this session (a rename keeps it) or by name. */
  checkTemplate(sheetKey: string): Promise<CheckSummary>;
  checkUser(choice: UserChoice): Promise<CheckSummary>;
  highlight(sheetKey: string, addresses: string[]): Promise<number>;
  clearMarks(): Promise<number>;
  /** Selects a cell; `label` names the sheet in a message if it is gone. */
  select(sheetKey: string, address: string, label?: string): Promise<void>;
  /** `kept`: a sheet with the summary's name that is not ours, left untouched. */
  insertSummary(): Promise<{ sheetName: string; cities: string[]; replaced?: boolean; kept?: string | null }>;
  /** Calls back on edits to a sheet, and when it is deleted; resolves to a function that stops watching. */
  watch(sheetKey: string, onChange: () => void, onGone?: () => void): Promise<() => Promise<void>>;
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
  /**
   * Reads returns (.xlsx files the user picked) with the same reader as `qc check` and consolidates
   * them. Nothing is written. Optional: a host without it shows no 合并.
   */
  consolidate?(files: { name: string; bytes: Uint8Array }[], onProgress?: (done: number, total: number) => void): Promise<Report>;
  /** Writes a consolidated report as new sheets of the open workbook; nothing else changes. */
  insertReport?(report: Report, title?: string): Promise<{ sheets: string[] }>;
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
  insertTemplate: async (cityName, categories) => {
    const x = await excel();
    return run((ctx) => x.insertCityTemplate(ctx, activeIndex(), cityByName(cityName), categories));
  },
  async downloadTemplate(cityName) {
    // exceljs is large: loaded only when someone asks for a file.
    const { buildTemplateWorkbook } = await import(/* webpackChunkName: "xlsx-export" */ "../xlsx/export");
    const city = cityByName(cityName);
    const name = `质量指标-${city.name}.xlsx`;
    saveFile(await buildTemplateWorkbook(activeIndex(), [city]), name);
    return name;
  },
  detect: async () => {
    const x = await excel();
    return run((ctx) => x.detectUserSheet(ctx, activeIndex()));
  },
  checkTemplate: async (sheetKey) => {
    const x = await excel();
    return run((ctx) => x.checkTemplate(ctx, activeIndex(), sheetKey));
  },
  checkUser: async (choice) => {
    const x = await excel();
    return run((ctx) => {
      const index = activeIndex();
      const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
      const picks = new Map<string, Indicator>();
      for (const [name, id] of Object.entries(choice.picks)) {
        const e = byId.get(id);
        if (e) picks.set(name, e);
      }
      return x.checkUserSheet(ctx, index, { ...choice, sheetName: choice.sheetId ?? choice.sheetName, city: cityByName(choice.cityName), picks });
    });
  },
  highlight: async (sheetKey, addresses) => {
    const x = await excel();
    return run((ctx) => x.highlight(ctx, sheetKey, addresses));
  },
  clearMarks: async () => {
    const x = await excel();
    return run((ctx) => x.clearMarks(ctx));
  },
  select: async (sheetKey, address, label) => {
    const x = await excel();
    return run((ctx) => x.selectCell(ctx, sheetKey, address, label));
  },
  insertSummary: async () => {
    const x = await excel();
    return run((ctx) => x.insertSummarySheet(ctx, activeIndex()));
  },
  watch: async (sheetKey, onChange, onGone) => {
    const x = await excel();
    return run((ctx) => x.watchSheet(ctx, sheetKey, () => onChange(), undefined, onGone));
  },
  readCatalogs: () => run((ctx) => readStoredCatalogs(ctx, BUILTIN_CATALOG.cities.map((c) => c.name))),
  saveCatalog: (catalog) => run((ctx) => saveStoredCatalog(ctx, catalog)),
  removeCatalog: (cityName) => run((ctx) => removeStoredCatalog(ctx, cityName)),
  saveFile,
  insertProgress: async (cityName) => {
    const x = await excel();
    return run((ctx) => x.insertProgressTemplate(ctx, activeIndex(), cityByName(cityName)));
  },
  checkProgress: async () => {
    const x = await excel();
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      const sheetName = sheet.name;
      const findings = await x.checkProgress(context, activeIndex(), sheetName);
      return { sheetName, findings };
    });
  },
  markProgress: async (sheetName, behind, overdue) => {
    const x = await excel();
    return run(async (ctx) => (await x.highlight(ctx, sheetName, behind, "behind")) + (await x.highlight(ctx, sheetName, overdue, "overdue")));
  },
  insertComparison: async (conceptKey) => {
    const x = await excel();
    return run((ctx) => {
      const concept = CONCEPTS.find((c) => c.key === conceptKey);
      if (!concept) throw new Error(`没有概念 ${conceptKey}`);
      return x.insertComparisonSheet(ctx, activeIndex(), concept);
    });
  },
  consolidate: async (files, onProgress) => {
    // The reader (exceljs) loads only when returns are consolidated.
    const { consolidateFiles } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/returns");
    return consolidateFiles(files, activeIndex(), onProgress);
  },
  insertReport: async (report, title) => {
    const { insertReport } = await import(/* webpackChunkName: "excel-report" */ "../excel/report");
    return run((ctx) => insertReport(ctx, report, title));
  },
};
