/**
 * Filled workbooks → findings. Reads our templates (rows mapped back by the hidden 指标ID column)
 * and people's own layouts (the shared detector in src/template/detect.ts), with the number format
 * of every cell so that a cell showing 97% reads as 0.97.
 */
import ExcelJS from "exceljs";
import { ActualValueError, isPercentFormat, evaluate, formatTarget, STATUS_LABEL, type CatalogIndex, type City, type Indicator } from "../catalog";
import { COLUMNS, FIRST_DATA_ROW, HEADER_ROW, HEADERS } from "../template/city";
import { checkGrid, columnLetter, detectTable } from "../template/detect";
import { isSummaryGrid, isTemplateGrid } from "../template/recognize";

export interface Finding {
  file: string;
  sheet: string;
  cell: string;
  city: string;
  indicator: string;
  target: string;
  actual: number | string | null;
  status: string;
  gap: number | null;
}

export interface SheetProblem {
  file: string;
  sheet: string | null;
  message: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Rows or sheets that could not be checked, each with a sentence. */
  problems: SheetProblem[];
}

export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Opens workbook bytes, or explains in one sentence why they are not a readable .xlsx. */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new WorkbookError(`${file} 是空文件`);
  if (CFB.every((b, i) => bytes[i] === b)) throw new WorkbookError(`${file} 受密码保护（加密）或是旧版 .xls 文件，请另存为未加密的 .xlsx`);
  if (!ZIP.every((b, i) => bytes[i] === b)) throw new WorkbookError(`${file} 不是 .xlsx 文件`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError(`${file} 已损坏，无法读取（${e instanceof Error ? e.message.split("\n")[0] : String(e)}）`);
  }
  return wb;
}

/** A cell's plain value: formula results, rich text and hyperlinks flattened; errors as their text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
  return null;
}

/** The used range of a sheet as a grid of plain values and a grid of number formats (0-based). */
export function sheetGrid(ws: ExcelJS.Worksheet): { values: unknown[][]; formats: (string | null)[][] } {
  const values: unknown[][] = [];
  const formats: (string | null)[][] = [];
  const rows = ws.actualRowCount > 0 ? ws.rowCount : 0;
  // exceljs computes columnCount by scanning every row: read it once, not per cell.
  const columns = rows > 0 ? ws.columnCount : 0;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const vs: unknown[] = [];
    const fs: (string | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      // A merged cell reads as its master (a header spanning two rows reads in both).
      const src = cell.isMerged && cell.master ? cell.master : cell;
      vs.push(plain(src.value));
      fs.push(cell.numFmt ?? null);
    }
    values.push(vs);
    formats.push(fs);
  }
  return { values, formats };
}


function finding(file: string, sheet: string, cell: string, entry: Indicator, ev: ReturnType<typeof evaluate>): Finding {
  return { file, sheet, cell, city: entry.city, indicator: entry.name, target: formatTarget(entry), actual: ev.actual, status: STATUS_LABEL[ev.status], gap: ev.gap };
}

/** Checks every sheet of a workbook. `city` overrides detection for people's own layouts. */
export function checkWorkbook(wb: ExcelJS.Workbook, file: string, index: CatalogIndex, city: City | null): CheckResult {
  const result: CheckResult = { findings: [], problems: [] };
  const byId = new Map(index.catalog.indicators.map((e) => [e.id, e]));
  let tables = 0;
  for (const ws of wb.worksheets) {
    if (ws.state === "hidden" || ws.state === "veryHidden") continue;
    const { values, formats } = sheetGrid(ws);
    if (isSummaryGrid(values)) continue;
    if (isTemplateGrid(values)) {
      tables++;
      const idCol = HEADERS.indexOf("指标ID");
      const actualCol = HEADERS.indexOf("实际值");
      for (let r = FIRST_DATA_ROW - 1; r < values.length; r++) {
        const id = values[r]?.[idCol];
        if (id === null || id === undefined || id === "") continue;
        const entry = byId.get(String(id));
        const address = `${COLUMNS.actual}${r + 1}`;
        if (!entry) {
          result.problems.push({ file, sheet: ws.name, message: `${ws.name}!${address}: 指标ID ${String(id)} 不在目录中` });
          continue;
        }
        try {
          const actual = values[r]![actualCol];
          const ev = evaluate(entry, actual as never, { percentFormatted: isPercentFormat(formats[r]![actualCol] as string | null) });
          result.findings.push(finding(file, ws.name, address, entry, ev));
          // The sheet's own formula shows 请填数值 for a number stored as text; say why the two differ.
          if (entry.comparator !== "qualitative" && typeof actual === "string" && actual.trim() !== "") {
            result.problems.push({ file, sheet: ws.name, message: `${ws.name}!${address}: 实际值“${actual.slice(0, 20)}”是文本，表中“完成情况”显示“请填数值”；已按数值检查，请改为数字` });
          }
        } catch (e) {
          if (!(e instanceof ActualValueError)) throw e;
          result.problems.push({ file, sheet: ws.name, message: `${ws.name}!${address}: ${e.message}` });
        }
      }
      continue;
    }
    const table = detectTable(values, index);
    if (!table) continue;
    tables++;
    const sheetCity = city ?? (table.cityGuess ? index.cities().find((c) => c.name === table.cityGuess) ?? null : null);
    if (!sheetCity) {
      result.problems.push({ file, sheet: ws.name, message: `${ws.name}: 无法判断城市，请用 --city 指定` });
      continue;
    }
    for (const row of checkGrid(values, formats, table, sheetCity, index)) {
      const address = `${columnLetter(table.valueColumn)}${row.row + 1}`;
      if (row.entry && row.evaluation) result.findings.push(finding(file, ws.name, address, row.entry, row.evaluation));
      else if (row.entry) result.problems.push({ file, sheet: ws.name, message: `${ws.name}!${address}: ${row.error}` });
      else result.problems.push({ file, sheet: ws.name, message: `${ws.name}!${columnLetter(table.nameColumn)}${row.row + 1}: ${row.error}` });
    }
  }
  if (tables === 0) result.problems.push({ file, sheet: null, message: `${file} 中没有可识别的指标表（需要“指标”列和“实际值/完成值/年份”列）` });
  return result;
}
