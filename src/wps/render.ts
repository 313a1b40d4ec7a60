/**
 * SheetSpec → a WPS 表格 worksheet, through the ET object model: the same sheets src/excel/render.ts
 * writes into Excel, from the same pure descriptions (src/template/*).
 *
 * Text is data: assigning "=…" to Value2 writes a formula in ET as in Excel, so a text that starts
 * with = + - @ gets the text format "@" first and is then written as a value. Formulas are written
 * through Formula. Colours are converted to ET's BGR numbers. Excel tables (ListObjects) and charts
 * are not written in WPS: the sheet's cells, formats, validation and conditional formats are.
 */
import type { CellStyle, SheetSpec } from "../template/types";
import { bgr, XL_ALIGN, XL_BETWEEN, XL_CONTINUOUS, XL_EXPRESSION, XL_LANDSCAPE, XL_PORTRAIT, XL_VALID_ALERT_STOP, XL_LESS_EQUAL, XL_VALIDATE_DECIMAL, XL_VALIDATE_LIST, XL_VALIDATE_TEXT_LENGTH, type EtApplication, type EtRange, type EtWorksheet } from "./et";

export const RISKY_TEXT = /^[=+\-@]/;

/** Writes everything a SheetSpec describes onto an (already added, empty) worksheet. */
export function renderSheet(app: EtApplication, sheet: EtWorksheet, spec: SheetSpec): void {
  for (const c of spec.cells) {
    const r = sheet.Range(c.address);
    const format = c.style?.numberFormat;
    if (c.content.kind === "formula") {
      if (format) r.NumberFormat = format;
      r.Formula = `=${c.content.formula}`;
      continue;
    }
    const v = c.content.value;
    // Formats first: a text format must be in place before "=…" text arrives.
    if (typeof v === "string" && RISKY_TEXT.test(v)) r.NumberFormat = "@";
    else if (format) r.NumberFormat = format;
    if (v !== null) r.Value2 = v;
  }
  for (const col of spec.columns) {
    const r = sheet.Range(`${col.column}:${col.column}`);
    if (col.width === 0) r.EntireColumn.Hidden = true;
    else r.ColumnWidth = col.width;
  }
  for (const m of spec.merges) sheet.Range(m).Merge();
  for (const c of spec.cells) if (c.style) applyStyle(sheet.Range(c.address), c.style);
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
