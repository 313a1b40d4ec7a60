/**
 * Sheet descriptions → workbook bytes through exceljs's streaming writer: rows are written and
 * released one by one, so a report of 150,000 indicator rows costs megabytes, not gigabytes (the
 * in-memory writer keeps every cell's model until the end). It covers what reports use: values,
 * formulas with their cached results, styles (one shared object per distinct style), merges,
 * column widths, frozen header, print setup. Text is data: a string that starts with = + - or @ is
 * written with the text format, so editing the cell never turns it into a formula.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { uniqueSheetName } from "../template/names";
import type { CellSpec, CellStyle, SheetSpec } from "../template/types";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const RISKY_TEXT = /^[=+\-@]/;

function styleOf(s: CellStyle | undefined, text: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s?.bold || s?.italic || s?.fontSize || s?.fontColor) out.font = { bold: s.bold, italic: s.italic, size: s.fontSize, ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) };
  if (s?.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s?.wrap || s?.horizontal || s?.vertical) out.alignment = { wrapText: s.wrap, horizontal: s.horizontal, vertical: s.vertical === "center" ? "middle" : s.vertical };
  if (text) out.numFmt = "@";
  else if (s?.numberFormat) out.numFmt = s.numberFormat;
  if (s?.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
}

function position(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

/**
 * Writes the specs in order. `results` gives the cached result of a formula cell (by sheet name and
 * address) where the caller knows it, so a viewer that does not recalculate still shows the figure.
 */
export async function writeWorkbookStreaming(specs: readonly SheetSpec[], results: ReadonlyMap<string, ReadonlyMap<string, number | string>> = new Map()): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  // One exceljs style object per distinct style: looked up by the spec's own object first (sheets
  // share style objects across their cells), by content only for a new object.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const byObject = [new WeakMap<CellStyle, Partial<ExcelJS.Style>>(), new WeakMap<CellStyle, Partial<ExcelJS.Style>>()];
  const NONE: CellStyle = {};
  const shared = (s: CellStyle | undefined, text: boolean) => {
    const o = s ?? NONE;
    const cache = byObject[text ? 1 : 0]!;
    let st = cache.get(o);
    if (st) return st;
    const key = JSON.stringify([o, text]);
    st = styles.get(key);
    if (!st) styles.set(key, (st = styleOf(s, text)));
    cache.set(o, st);
    return st;
  };
  const names: string[] = [];
  for (const spec of specs) {
    const name = uniqueSheetName(spec.name, names);
    names.push(name);
    const ws = wb.addWorksheet(name, {
      views: [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }],
      pageSetup: { orientation: spec.print.orientation, fitToPage: spec.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: spec.print.repeatRows?.replace(/\$/g, "") },
    });
    ws.columns = spec.columns.map((c) => ({ width: c.width || 1, hidden: c.width === 0 }));
    for (const m of spec.merges) ws.mergeCells(m);
    const cached = results.get(spec.name);
    // Rows in order: the streaming writer cannot go back to a committed row.
    const byRow = new Map<number, { col: number; cell: CellSpec }[]>();
    for (const cell of spec.cells) {
      const p = position(cell.address);
      const list = byRow.get(p.row);
      if (list) list.push({ col: p.col, cell });
      else byRow.set(p.row, [{ col: p.col, cell }]);
    }
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const row = ws.getRow(r);
      for (const { col, cell } of byRow.get(r)!) {
        const target = row.getCell(col);
        const c = cell.content;
        if (c.kind === "formula") {
          const result = cached?.get(cell.address);
          target.value = result === undefined ? { formula: c.formula, date1904: false } : ({ formula: c.formula, result } as ExcelJS.CellFormulaValue);
          target.style = shared(cell.style, false);
        } else {
          target.value = c.value as ExcelJS.CellValue;
          target.style = shared(cell.style, typeof c.value === "string" && RISKY_TEXT.test(c.value));
        }
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
