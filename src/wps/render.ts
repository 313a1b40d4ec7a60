/**
 * SheetSpec → a WPS 表格 worksheet, through the ET object model: the same sheets src/excel/render.ts
 * writes into Excel, from the same pure descriptions (src/template/*).
 *
 * Text is data: assigning "=…" to Value2 writes a formula in ET as in Excel (that is how the spec's
 * formulas are written, in the same block as the values), so a text that starts with = + - @ gets
 * the text format "@" first and is then written as a value. Colours are ET's BGR numbers. Excel tables (ListObjects) and charts
 * are not written in WPS: the sheet's cells, formats, validation and conditional formats are.
 */
import { allCells, type CellStyle, type SheetSpec } from "../template/types";
import { columnLetter } from "../template/detect";
import { bgr, XL_ALIGN, XL_BETWEEN, XL_CONTINUOUS, XL_EXPRESSION, XL_LANDSCAPE, XL_PORTRAIT, XL_VALID_ALERT_STOP, XL_LESS_EQUAL, XL_VALIDATE_DECIMAL, XL_VALIDATE_LIST, XL_VALIDATE_TEXT_LENGTH, type EtApplication, type EtRange, type EtWorksheet } from "./et";

export const RISKY_TEXT = /^[=+\-@]/;

function colIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function split(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`不是单元格地址：${address}`);
  return { col: colIndex(m[1]!), row: Number(m[2]) - 1 };
}

/** Range("H5,H7:H9,…") takes an address of at most 255 characters (the VBA model's limit). */
const MAX_ADDRESS = 255;

/** Areas joined into addresses that each stay within MAX_ADDRESS. */
export function addressChunks(areas: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    if (current && current.length + 1 + a.length > MAX_ADDRESS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Cells with the same key → as few addresses as fit: consecutive rows of a column become one area
 * (C5:C50), and the areas of one key are joined (F5,F8:F9,…) up to Range()'s address limit, so
 * alternating styles down a long column cost a call per few dozen cells, not one per cell.
 */
export function runsByColumn<T>(items: { col: number; row: number; key: string; value: T }[]): { address: string; value: T }[] {
  const sorted = [...items].sort((a, b) => a.col - b.col || a.row - b.row);
  const byKey = new Map<string, { value: T; runs: { col: number; r0: number; r1: number }[] }>();
  for (const it of sorted) {
    let group = byKey.get(it.key);
    if (!group) byKey.set(it.key, (group = { value: it.value, runs: [] }));
    const last = group.runs[group.runs.length - 1];
    if (last && last.col === it.col && last.r1 === it.row - 1) last.r1 = it.row;
    else group.runs.push({ col: it.col, r0: it.row, r1: it.row });
  }
  return [...byKey.values()].flatMap((g) => {
    const areas = g.runs.map((r) => {
      const L = columnLetter(r.col);
      return r.r0 === r.r1 ? `${L}${r.r0 + 1}` : `${L}${r.r0 + 1}:${L}${r.r1 + 1}`;
    });
    return addressChunks(areas).map((address) => ({ address, value: g.value }));
  });
}

/**
 * Writes everything a SheetSpec describes onto an (already added, empty, active) worksheet. The
 * number of calls follows the sheet's runs of formats and styles, not its cells: number formats and
 * styles are set on runs down a column, and every value and formula goes in one Value2 block.
 */
export function renderSheet(app: EtApplication, sheet: EtWorksheet, spec: SheetSpec): void {
  const cells = allCells(spec).map((c) => ({ ...split(c.address), c }));
  const rows = cells.reduce((n, x) => Math.max(n, x.row + 1), 1);
  const cols = cells.reduce((n, x) => Math.max(n, x.col + 1), 1);
  const block: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string | number | boolean>(cols).fill(""));
  const formats: { col: number; row: number; key: string; value: string }[] = [];
  for (const { row, col, c } of cells) {
    let format = c.style?.numberFormat;
    if (c.content.kind === "formula") block[row]![col] = `=${c.content.formula}`;
    else {
      const v = c.content.value;
      if (typeof v === "string" && RISKY_TEXT.test(v)) format = "@";
      block[row]![col] = v ?? "";
    }
    if (format && format !== "General") formats.push({ col, row, key: format, value: format });
  }
  // Formats first: a text format must be in place before "=…" text arrives.
  for (const run of runsByColumn(formats)) sheet.Range(run.address).NumberFormat = run.value;
  sheet.Range(`A1:${columnLetter(cols - 1)}${rows}`).Value2 = block;
  for (const col of spec.columns) {
    const r = sheet.Range(`${col.column}:${col.column}`);
    if (col.width === 0) r.EntireColumn.Hidden = true;
    else r.ColumnWidth = col.width;
  }
  for (const m of spec.merges) sheet.Range(m).Merge();
  const styled = cells.flatMap(({ row, col, c }) => {
    if (!c.style) return [];
    const style = { ...c.style, numberFormat: undefined };
    return [{ col, row, key: JSON.stringify(style), value: style }];
  });
  for (const run of runsByColumn(styled)) applyStyle(sheet.Range(run.address), run.value);
  for (const v of spec.validations) {
    const dv = sheet.Range(v.range).Validation;
    dv.Delete();
    if (v.kind === "list") dv.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, v.items.join(","));
    else if (v.kind === "text") dv.Add(XL_VALIDATE_TEXT_LENGTH, XL_VALID_ALERT_STOP, XL_LESS_EQUAL, String(v.maxLength));
    else dv.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, "-1000000000000000", "1000000000000000");
    dv.IgnoreBlank = true;
    const title = v.title ?? "实际值";
    if (v.prompt) {
      dv.InputTitle = title;
      dv.InputMessage = v.prompt;
      dv.ShowInput = true;
    }
    if (v.error) {
      dv.ErrorTitle = title;
      dv.ErrorMessage = v.error;
      dv.ShowError = true;
    }
  }
  for (const cf of [...spec.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    // In the VBA model a rule's relative references are read from the active cell: select the
    // range first, so "$J5" means the range's first row as the spec intends.
    const range = sheet.Range(cf.range);
    range.Select();
    const f = range.FormatConditions.Add(XL_EXPRESSION, undefined, `=${cf.formula}`);
    if (cf.fill) f.Interior.Color = bgr(cf.fill);
    if (cf.fontColor) f.Font.Color = bgr(cf.fontColor);
  }
  sheet.Range("A1").Select();
  const win = app.ActiveWindow;
  if (win && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    win.SplitRow = spec.freeze.rows;
    win.SplitColumn = spec.freeze.columns;
    win.FreezePanes = true;
  }
  const page = sheet.PageSetup;
  page.Orientation = spec.print.orientation === "landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
  if (spec.print.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (spec.print.repeatRows) page.PrintTitleRows = spec.print.repeatRows;
}

function applyStyle(r: EtRange, s: CellStyle): void {
  if (s.bold !== undefined) r.Font.Bold = s.bold;
  if (s.italic !== undefined) r.Font.Italic = s.italic;
  if (s.fontSize !== undefined) r.Font.Size = s.fontSize;
  if (s.fontColor) r.Font.Color = bgr(s.fontColor);
  if (s.fill) r.Interior.Color = bgr(s.fill);
  if (s.wrap !== undefined) r.WrapText = s.wrap;
  if (s.horizontal) r.HorizontalAlignment = XL_ALIGN[s.horizontal];
  if (s.vertical) r.VerticalAlignment = XL_ALIGN[s.vertical];
  if (s.locked === false) r.Locked = false;
  if (s.border) {
    r.Borders.LineStyle = XL_CONTINUOUS;
    r.Borders.Color = bgr("#BFBFBF");
  }
}
