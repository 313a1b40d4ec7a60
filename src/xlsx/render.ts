/**
 * SheetSpec → an .xlsx workbook with exceljs. The same description the task pane renders through
 * Office.js; values stay values (exceljs writes a string as a string; only {formula} makes a formula),
 * and a text that starts with = + - or @ gets the text number format, as the Office.js path gives it,
 * so that editing the cell (F2, Enter) never turns it into a formula.
 * Each table of the spec is a real Excel table (a table part with its AutoFilter), which LibreOffice
 * keeps when it saves the file (test/xlsx-libreoffice-roundtrip.test.ts). exceljs's addTable writes
 * its own rows into the cells, so the table is added first, over blank rows, and the spec's cells
 * are written over it.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../template/detect";
import { uniqueSheetName } from "../template/names";
import { allCells, type CellStyle, type SheetSpec, type TableSpec } from "../template/types";

export { uniqueSheetName };

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.fontSize || s.fontColor) {
    cell.font = { bold: s.bold, italic: s.italic, size: s.fontSize, ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap || s.horizontal || s.vertical) {
    cell.alignment = { wrapText: s.wrap, horizontal: s.horizontal, vertical: s.vertical === "center" ? "middle" : s.vertical };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.locked === false) cell.protection = { locked: false };
}

/** An A1 address as 1-based row and column numbers: "AB12" → { row: 12, col: 28 }. */
function a1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`不是单元格地址：${address}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** Text a spreadsheet would read as a formula once the cell is edited: it starts with = + - or @. */
export function isRiskyText(v: unknown): v is string {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/**
 * A real Excel table over `t.range`: its columns named by the spec's header cells. Where the header
 * cannot name a table's columns (a blank or repeated header) the range gets an AutoFilter instead.
 */
function addTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: SheetSpec, t: TableSpec): void {
  const [from, to = from] = t.range.split(":") as [string, string?];
  const top = a1(from);
  const bottom = a1(to!);
  const text = new Map(spec.cells.filter((c) => c.content.kind === "value").map((c) => [c.address, (c.content as { value: unknown }).value]));
  const names: string[] = [];
  for (let c = top.col; c <= bottom.col; c++) names.push(String(text.get(`${columnLetter(c - 1)}${top.row}`) ?? "").trim());
  const rows = bottom.row - top.row;
  if (rows < 1 || names.some((n) => n === "") || new Set(names).size !== names.length) {
    ws.autoFilter = t.range;
    return;
  }
  const taken = new Set(wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables ?? {})).map((n) => n.toLowerCase()));
  let name = t.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${t.name}_${n}`;
  ws.addTable({
    name,
    ref: from,
    headerRow: true,
    totalsRow: false,
    style: { theme: (t.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((n) => ({ name: n, filterButton: true })),
    rows: Array.from({ length: rows }, () => names.map(() => null)),
  });
}

/** Adds one sheet to a workbook; returns the name it got. */
export function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): string {
  const name = uniqueSheetName(spec.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }],
    pageSetup: {
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9, // A4
      printTitlesRow: spec.print.repeatRows?.replace(/\$/g, ""),
    },
  });
  for (const c of spec.columns) {
    const col = ws.getColumn(c.column);
    if (c.width === 0) col.hidden = true;
    else col.width = c.width;
  }
  for (const t of spec.tables) addTable(wb, ws, spec, t);
  for (const c of allCells(spec)) {
    const cell = ws.getCell(c.address);
    cell.value = c.content.kind === "formula" ? { formula: c.content.formula } : (c.content.value as ExcelJS.CellValue);
    const style = c.content.kind === "value" && isRiskyText(c.content.value) ? { ...c.style, numberFormat: "@" } : c.style;
    if (style) applyStyle(cell, style);
  }
  for (const m of spec.merges) ws.mergeCells(m);
  for (const v of spec.validations) {
    const messages = { showErrorMessage: true, error: v.error, errorTitle: v.title, showInputMessage: Boolean(v.prompt), prompt: v.prompt, promptTitle: v.title };
    const validation: ExcelJS.DataValidation =
      v.kind === "list"
        ? { type: "list", allowBlank: true, formulae: [`"${v.items.join(",")}"`], ...messages }
        : v.kind === "text"
          ? { type: "textLength", allowBlank: true, operator: "lessThanOrEqual", formulae: [v.maxLength], ...messages }
          : { type: "decimal", allowBlank: true, operator: "between", formulae: [-1e15, 1e15], ...messages };
    // Every cell of the rectangle (a row of year cells in the progress sheet spans several columns).
    const [from, to = from] = v.range.split(":") as [string, string?];
    const p = a1(from);
    const q = a1(to!);
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) ws.getCell(r, c).dataValidation = validation;
    }
  }
  for (const cf of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: cf.priority,
          formulae: [cf.formula],
          style: {
            ...(cf.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } } : {}),
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
  return name;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "qc-indicators";
  wb.created = new Date(0); // reproducible files: no build time inside
  wb.modified = new Date(0);
  wb.calcProperties.fullCalcOnLoad = true; // formulas carry no cached results: engines compute on open
  return wb;
}

const FILTER_NAME = "_xlnm._FilterDatabase";
type NameModel = { name: string; ranges: string[]; localSheetId?: number };

/**
 * LibreOffice keeps a sheet's AutoFilter only when the workbook also names its range
 * _xlnm._FilterDatabase, local to that sheet — as Excel itself writes it. exceljs writes the
 * <autoFilter> element but not the name, and reading a file back merges such names into one global
 * name, so at write time the names are rebuilt from the sheets' AutoFilters. exceljs offers no
 * sheet-local names, hence the wrapped `model` accessor (the writer reads `workbook.model` once).
 */
function nameFilterRanges(wb: ExcelJS.Workbook): void {
  const base = Object.getOwnPropertyDescriptor(ExcelJS.Workbook.prototype, "model");
  if (!base?.get || !base.set || Object.prototype.hasOwnProperty.call(wb, "model")) return;
  const get = base.get;
  const set = base.set;
  Object.defineProperty(wb, "model", {
    configurable: true,
    get(this: ExcelJS.Workbook) {
      const model = get.call(this) as { definedNames: NameModel[] };
      const names = model.definedNames.filter((n) => n.name !== FILTER_NAME);
      this.worksheets.forEach((ws, i) => {
        if (typeof ws.autoFilter !== "string") return;
        const abs = ws.autoFilter.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        names.push({ name: FILTER_NAME, localSheetId: i, ranges: [`'${ws.name.replace(/'/g, "''")}'!${abs}`] });
      });
      return { ...model, definedNames: names };
    },
    set(this: ExcelJS.Workbook, value: unknown) {
      set.call(this, value);
    },
  });
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  nameFilterRanges(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/**
 * Sheet descriptions → workbook bytes, one sheet per spec in order, names made unique the way
 * renderSheet does (so a caller that needs the final names can compute them with uniqueSheetName).
 */
export async function writeWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  if (specs.length === 0) throw new Error("工作簿至少需要一张表");
  const wb = newWorkbook();
  for (const spec of specs) renderSheet(wb, spec);
  return toBytes(wb);
}
