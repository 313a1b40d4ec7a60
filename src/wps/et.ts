/**
 * The part of WPS 表格's (ET's) JavaScript object model the add-in uses, typed as it behaves.
 *
 * Where these types come from: WPS's JS API mirrors the VBA/COM spreadsheet model (the same names,
 * 1-based collections, `Item(i)`, BGR colour numbers, `NumberFormat` = null over mixed formats).
 * The `wps-jsapi` package (WPS's own TypeScript description, a devDependency) lists every member
 * name, but it is generated from COM type libraries: methods are typed `void` with the result in a
 * trailing `RHS` parameter (`Range(Cell1, Cell2, RHS): void`), many properties carry the wrong type
 * (`UsedRange: number`, `Name.RefersTo: number`). So the shapes below are written by hand from the
 * VBA semantics WPS documents, and `wps-names.check.ts` proves at compile time that every member
 * named here exists on the corresponding `wps-jsapi` interface — a misspelt member fails `tsc`.
 */

/** XlFormatConditionType.xlExpression: a formula rule. */
export const XL_EXPRESSION = 2;
/** XlSheetVisibility.xlSheetVeryHidden: hidden, and not offered by 取消隐藏. */
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_SHEET_VISIBLE = -1;
/** XlPageOrientation. */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
/** XlDVType: xlValidateDecimal, xlValidateList. XlDVAlertStyle.xlValidAlertStop. XlFormatConditionOperator.xlBetween. */
export const XL_VALIDATE_DECIMAL = 2;
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_BETWEEN = 1;
/** XlDVType.xlValidateTextLength and XlFormatConditionOperator.xlLessEqual: text of at most N characters. */
export const XL_VALIDATE_TEXT_LENGTH = 6;
export const XL_LESS_EQUAL = 8;
/** XlHAlign / XlVAlign. */
export const XL_ALIGN = { left: -4131, center: -4108, right: -4152, top: -4160, bottom: -4107 } as const;
/** XlLineStyle.xlContinuous. */
export const XL_CONTINUOUS = 1;

/** A cell value as Value2 holds it (no dates: those are serial numbers in Value2). */
export type EtValue = string | number | boolean | null | undefined;

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  /** BGR: red is 0x0000FF. */
  Color: number;
}

export interface EtInterior {
  /** BGR. */
  Color: number;
}

export interface EtBorders {
  LineStyle: number;
  Color: number;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

export interface EtFormatCondition {
  readonly Type: number;
  /** The rule's formula, with its leading "=". Only formula rules (Type 2) have one. */
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly AppliesTo: EtRange;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  Add(Type: number, Operator?: number, Formula1?: string): EtFormatCondition;
}

export interface EtRange {
  /** One value, or rows × columns for a block (1-based Row/Column of the top-left cell). */
  Value2: EtValue | EtValue[][];
  /** Setting "=…" writes a formula. */
  Formula: string | string[][];
  /** A format, or null when the block's cells differ. */
  NumberFormat: string | null | string[][];
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  readonly EntireColumn: EtRange;
  ColumnWidth: number;
  Hidden: boolean;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  Locked: boolean;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  Merge(Across?: boolean): void;
  Select(): void;
}

export interface EtName {
  readonly Name: string;
  RefersTo: string;
  Visible: boolean;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  /** By name or 1-based index; throws when there is none. */
  Item(index: string | number): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtPageSetup {
  Orientation: number;
  PrintTitleRows: string;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
}

export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly Index: number;
  /** A1 address or range (A1:C3, H5,H7:H9, C:C). */
  Range(address: string): EtRange;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Names: EtNames;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** By name or 1-based index; throws when there is none. */
  Item(index: string | number): EtWorksheet;
  /** A new sheet before or after the one given (before the active sheet when neither is). Activates it. */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface EtApplication {
  /** False while deleting our own sheets: no confirmation dialog. */
  DisplayAlerts: boolean;
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
}

/** The events the pane follows (wps.ApiEvent / Application.ApiEvent). */
export interface EtEvents {
  AddApiEventListener(name: "SheetChange", callback: (sheet: EtWorksheet, range: EtRange) => void): void;
  AddApiEventListener(name: "SheetActivate" | "WorkbookOpen" | "WindowActivate", callback: (...args: unknown[]) => void): void;
}

/** Excel's RGB notation → ET's BGR colour number. */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`不是颜色：${hex}`);
  return parseInt(m[1]!, 16) + parseInt(m[2]!, 16) * 256 + parseInt(m[3]!, 16) * 65536;
}
