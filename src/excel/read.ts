/**
 * Reading sheets in a fixed number of syncs. Only the columns an operation needs are read (names,
 * values and the values' number formats), so even 50,000 rows stay well inside Office.js's
 * ~5 MB response limit in one request; blocks of rows are queued as separate ranges and loaded by
 * the same sync.
 */

/** Rows per range object in one load (keeps each range's JSON modest; all blocks share one sync). */
export const ROWS_PER_BLOCK = 10_000;

export interface ColumnRead {
  /** 0-based column index. */
  column: number;
  values: boolean;
  formats: boolean;
}

export interface ColumnData {
  values: unknown[];
  formats: (string | null)[];
}

/** Queues a load of the used range's position; read it with {@link extentOf} after the caller's sync. */
export function queueUsed(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return used;
}

/** The used range's extent (0-based, from A1), or null for an empty sheet — after the sync. */
export function extentOf(used: Excel.Range): { lastRow: number; lastColumn: number } | null {
  if (used.isNullObject) return null;
  return { lastRow: used.rowIndex + used.rowCount - 1, lastColumn: used.columnIndex + used.columnCount - 1 };
}

/** The last row index Excel has (0-based). */
export const LAST_ROW = 1_048_575;

/**
 * Queues a probe of where a column's values end: the used part (values only) of the column from
 * `firstRow` down. A stray note far away in another column never widens it, so reads stay bounded
 * by the table, not by the sheet's used rectangle. Read it with {@link lastRowOf} after the sync.
 */
export function queueColumnExtent(sheet: Excel.Worksheet, column: number, firstRow: number): Excel.Range {
  const used = sheet.getRangeByIndexes(firstRow, column, LAST_ROW - firstRow + 1, 1).getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  return used;
}

/** The last non-empty row (0-based) a column probe found, or null when the column is empty there. */
export function lastRowOf(probe: Excel.Range): number | null {
  return probe.isNullObject ? null : probe.rowIndex + probe.rowCount - 1;
}

/** Queues loads of whole columns between two rows, in blocks; `.get()` after the caller's sync. */
export function queueColumns(sheet: Excel.Worksheet, firstRow: number, lastRow: number, columns: ColumnRead[]): { get(): Map<number, ColumnData> } {
  const blocks: { column: number; range: Excel.Range; read: ColumnRead }[] = [];
  for (const read of columns) {
    for (let r = firstRow; r <= lastRow; r += ROWS_PER_BLOCK) {
      const rows = Math.min(ROWS_PER_BLOCK, lastRow - r + 1);
      const range = sheet.getRangeByIndexes(r, read.column, rows, 1);
      if (read.values && read.formats) range.load("values,numberFormat");
      else if (read.values) range.load("values");
      else range.load("numberFormat");
      blocks.push({ column: read.column, range, read });
    }
  }
  return {
    get() {
      const out = new Map<number, ColumnData>();
      for (const { column, range, read } of blocks) {
        const data = out.get(column) ?? { values: [], formats: [] };
        if (read.values) for (const row of range.values) data.values.push(row[0]);
        if (read.formats) for (const row of range.numberFormat) data.formats.push((row[0] as string) ?? null);
        out.set(column, data);
      }
      return out;
    },
  };
}
