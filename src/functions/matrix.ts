/**
 * Excel hands a custom function a 2-D array for every `any[][]` parameter: [[x]] for one cell,
 * rows × columns for a range. Arguments broadcast the way Excel's own array arithmetic does: a
 * single cell (or a single row, or a single column) is repeated across the other arguments' shape,
 * and a position one argument does not reach is #N/A.
 */
export type Matrix = unknown[][];

/** Cells outside an argument's shape (Excel's #N/A for mismatched arrays). */
export const OUT_OF_SHAPE = Symbol("out-of-shape");

export function asMatrix(x: unknown): Matrix {
  if (Array.isArray(x)) {
    if (x.length === 0) return [[null]];
    return x.map((row) => (Array.isArray(row) ? (row.length === 0 ? [null] : row) : [row]));
  }
  return [[x]];
}

export function shapeOf(args: Matrix[]): { rows: number; cols: number } {
  return {
    rows: Math.max(...args.map((m) => m.length)),
    cols: Math.max(...args.map((m) => Math.max(...m.map((r) => r.length)))),
  };
}

/** The value an argument contributes at (i, j) of the result, or OUT_OF_SHAPE. */
export function at(m: Matrix, i: number, j: number): unknown {
  const row = m.length === 1 ? m[0]! : m[i];
  if (row === undefined) return OUT_OF_SHAPE;
  const v = row.length === 1 ? row[0] : row[j];
  return j < row.length || row.length === 1 ? v : OUT_OF_SHAPE;
}

/** Applies `f` cell by cell over broadcast arguments. */
export function broadcast<T>(args: Matrix[], f: (values: unknown[]) => T, outOfShape: () => T): T[][] {
  const { rows, cols } = shapeOf(args);
  const out: T[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: T[] = [];
    for (let j = 0; j < cols; j++) {
      const values = args.map((m) => at(m, i, j));
      row.push(values.includes(OUT_OF_SHAPE) ? outOfShape() : f(values));
    }
    out.push(row);
  }
  return out;
}
