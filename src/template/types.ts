/**
 * A sheet described as data: what a city's indicator sheet (or the 汇总 sheet) holds, independent of
 * how it is written. `src/excel/` renders it into a live workbook with Office.js, `src/xlsx/` into a
 * file with exceljs; both must produce the same cells, formulas, formats, validation and
 * conditional formats. Addresses are A1-style, relative to the sheet.
 */

/** A cell's content: a value (written as a value, never parsed as a formula) or a formula. */
export type CellContent =
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "formula"; formula: string };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** #RRGGBB */
  fontColor?: string;
  /** #RRGGBB */
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  numberFormat?: string;
  border?: boolean;
  /** Unlocked cells are the ones users fill in (实际值); the rest may be protected. */
  locked?: boolean;
}

export interface CellSpec {
  /** A1 address, e.g. "H5". */
  address: string;
  content: CellContent;
  style?: CellStyle;
}

/** Data validation; `title` heads its prompt and error (default 实际值). */
export type ValidationSpec =
  | { kind: "decimal"; range: string; allowBlank: true; prompt?: string; error?: string; title?: string }
  | { kind: "list"; range: string; items: string[]; allowBlank: true; prompt?: string; error?: string; title?: string }
  | { kind: "text"; range: string; maxLength: number; allowBlank: true; prompt?: string; error?: string; title?: string };

/** A conditional format: a formula rule written for the top-left cell of `range`. */
export interface ConditionalFormatSpec {
  range: string;
  /** Formula relative to the top-left cell of the range, without a leading "=" (e.g. `$I5="未达标"`). */
  formula: string;
  fill?: string;
  fontColor?: string;
  /** Lower numbers win where rules overlap. */
  priority: number;
}

export interface TableSpec {
  /** Excel table name (unique in the workbook, letters/digits/underscore). */
  name: string;
  /** Header row plus data rows, e.g. "A4:K40". */
  range: string;
  style?: string;
}

export interface ColumnSpec {
  /** Column letter. */
  column: string;
  /** Width in Excel character units. */
  width: number;
}

export interface SheetSpec {
  /** Preferred sheet name; renderers make it unique in the workbook (泰安, 泰安 (2), …). */
  name: string;
  cells: CellSpec[];
  columns: ColumnSpec[];
  merges: string[];
  tables: TableSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Rows and columns frozen at the top-left (e.g. 4 rows: the title block and the header). */
  freeze: { rows: number; columns: number };
  print: { orientation: "landscape" | "portrait"; fitToWidth: boolean; repeatRows?: string };
  /** Charts over the sheet's own cells (optional; the 汇总 of a report carries one). */
  charts?: ChartSpec[];
  /**
   * More cells, made on demand, row by row, all below the rows of `cells` (optional): a report's
   * hundreds of thousands of rows are never held as descriptions all at once. Renderers read
   * `cells` and then these; `allCells` gives both.
   */
  more?: () => Iterable<CellSpec>;
}

/** Every cell of a sheet description: `cells`, then those made on demand. */
export function allCells(spec: SheetSpec): CellSpec[] {
  if (!spec.more) return spec.cells;
  const out = spec.cells.slice();
  for (const c of spec.more()) out.push(c);
  return out;
}

/** A clustered column chart: one series per entry, categories and values as A1 ranges of the same sheet. */
export interface ChartSpec {
  title: string;
  /** Category labels, e.g. "H5:H12". */
  categories: string;
  series: { name: string; values: string; numberFormat?: string }[];
  /** Top-left and bottom-right cells the chart covers, e.g. "J4" and "R22". */
  from: string;
  to: string;
}
