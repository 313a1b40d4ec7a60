/**
 * SheetSpec → a new worksheet, through Office.js. Everything is queued on the context and written by
 * the caller's one sync: whole blocks of formulas and number formats, not cell by cell round trips.
 *
 * Text from documents must stay text: Excel turns a string that starts with = (and, as typed input,
 * + - @) into a formula when written through `formulas`/`values`. Such cells get the text number
 * format "@" before their content is written, so "=HYPERLINK(…)" in a plan's wording is shown, not run.
 */
import { allCells, type CellSpec, type CellStyle, type SheetSpec } from "../template/types";

const RISKY_TEXT = /^[=+\-@]/;

function colIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function split(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { col: colIndex(m[1]!), row: Number(m[2]) - 1 };
}

/** Excel measures column widths in points; a character of the default font is about 7 px ≈ 5.6 pt. */
const POINTS_PER_CHAR = 5.6;

/** Queues everything a SheetSpec describes onto an (already added) worksheet. No sync. */
export function queueSheet(sheet: Excel.Worksheet, spec: SheetSpec, tableName: string | null): void {
  const cells = allCells(spec).map((c) => ({ ...split(c.address), c }));
  // Loops, not Math.max(...spread): a report's sheet holds hundreds of thousands of cells, past the
  // engine's limit on call arguments.
  let rows = 0;
  let cols = 0;
  for (const x of cells) {
    if (x.row + 1 > rows) rows = x.row + 1;
    if (x.col + 1 > cols) cols = x.col + 1;
  }
  for (const c of spec.columns) cols = Math.max(cols, colIndex(c.column) + 1);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string | number | boolean>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const { row, col, c } of cells) {
    formats[row]![col] = c.style?.numberFormat ?? "General";
    if (c.content.kind === "formula") formulas[row]![col] = `=${c.content.formula}`;
    else {
      const v = c.content.value;
      if (typeof v === "string" && RISKY_TEXT.test(v)) formats[row]![col] = "@";
      formulas[row]![col] = v === null ? "" : v;
    }
  }
  const block = sheet.getRangeByIndexes(0, 0, rows, cols);
  // Formats first: a text format must be in place before "=…" text arrives.
  block.numberFormat = formats;
  block.formulas = formulas;

  for (const c of spec.columns) {
    const col = sheet.getRange(`${c.column}:${c.column}`);
    if (c.width === 0) col.columnHidden = true;
    else col.format.columnWidth = c.width * POINTS_PER_CHAR;
  }
  for (const m of spec.merges) sheet.getRange(m).merge(false);
  // One format call per run of same-styled cells down a column (C5:C50), not one per cell.
  for (const { range, style } of styleRuns(cells)) queueStyle(sheet.getRange(range), style);
  for (const v of spec.validations) {
    const r = sheet.getRange(v.range);
    r.dataValidation.clear();
    r.dataValidation.rule =
      v.kind === "list"
        ? { list: { inCellDropDown: true, source: v.items.join(",") } }
        : v.kind === "text"
          ? { textLength: { formula1: v.maxLength, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator } }
          : { decimal: { formula1: -1e15, formula2: 1e15, operator: "Between" as Excel.DataValidationOperator } };
    const title = v.title ?? "实际值";
    if (v.error) r.dataValidation.errorAlert = { message: v.error, showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title };
    if (v.prompt) r.dataValidation.prompt = { message: v.prompt, showPrompt: true, title };
  }
  for (const cf of spec.conditionalFormats) {
    const f = sheet.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    f.custom.rule.formula = `=${cf.formula}`;
    if (cf.fill) f.custom.format.fill.color = cf.fill;
    if (cf.fontColor) f.custom.format.font.color = cf.fontColor;
  }
  for (const t of spec.tables) {
    const table = sheet.tables.add(t.range, true);
    table.name = tableName ?? t.name;
    if (t.style) table.style = t.style;
  }
  if (spec.freeze.rows > 0 || spec.freeze.columns > 0) {
    const lastCol = String.fromCharCode(64 + Math.max(1, spec.freeze.columns));
    if (spec.freeze.columns > 0) sheet.freezePanes.freezeAt(`A1:${lastCol}${Math.max(1, spec.freeze.rows)}`);
    else sheet.freezePanes.freezeRows(spec.freeze.rows);
  }
  sheet.pageLayout.orientation = (spec.print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  if (spec.print.repeatRows) sheet.pageLayout.setPrintTitleRows(spec.print.repeatRows);
}

function styleRuns(cells: { col: number; row: number; c: CellSpec }[]): { range: string; style: CellStyle }[] {
  const key = (st: CellStyle) => JSON.stringify({ ...st, numberFormat: undefined });
  const sorted = cells.filter((x) => x.c.style).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { col: number; r0: number; r1: number; key: string; style: CellStyle }[] = [];
  for (const { col, row, c } of sorted) {
    const k = key(c.style!);
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.key === k && last.r1 === row - 1) last.r1 = row;
    else runs.push({ col, r0: row, r1: row, key: k, style: c.style! });
  }
  const letter = (i: number) => {
    let out = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };
  return runs.map((r) => ({
    range: r.r0 === r.r1 ? `${letter(r.col)}${r.r0 + 1}` : `${letter(r.col)}${r.r0 + 1}:${letter(r.col)}${r.r1 + 1}`,
    style: { ...r.style, numberFormat: undefined },
  }));
}

function queueStyle(r: Excel.Range, s: CellStyle): void {
  if (s.bold !== undefined) r.format.font.bold = s.bold;
  if (s.italic !== undefined) r.format.font.italic = s.italic;
  if (s.fontSize !== undefined) r.format.font.size = s.fontSize;
  if (s.fontColor) r.format.font.color = s.fontColor;
  if (s.fill) r.format.fill.color = s.fill;
  if (s.wrap !== undefined) r.format.wrapText = s.wrap;
  if (s.horizontal) r.format.horizontalAlignment = (s.horizontal[0]!.toUpperCase() + s.horizontal.slice(1)) as Excel.HorizontalAlignment;
  if (s.vertical) r.format.verticalAlignment = (s.vertical[0]!.toUpperCase() + s.vertical.slice(1)) as Excel.VerticalAlignment;
  if (s.locked === false) r.format.protection.locked = false;
  if (s.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const b = r.format.borders.getItem(edge as Excel.BorderIndex);
      b.style = "Continuous" as Excel.BorderLineStyle;
      b.color = "#BFBFBF";
    }
  }
}

export type { CellSpec };
