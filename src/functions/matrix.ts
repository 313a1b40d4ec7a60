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

/** The broadcast shape. Loops rather than spreading rows into Math.max: a whole column is 1,048,576 rows, beyond any call's argument limit. */
export function shapeOf(args: Matrix[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const m of args) {
    rows = Math.max(rows, m.length);
    for (const r of m) cols = Math.max(cols, r.length);
  }
  return { rows, cols };
}

/** Ranges longer than this are whole-column references (or close to it) rather than a table someone filled. */
export const LONG_RANGE_ROWS = 10_000;

/**
 * For ranges longer than {@link LONG_RANGE_ROWS} (A:A is 1,048,576 rows), drops the trailing rows
 * that are blank in every multi-row argument: =QC_TARGET("泰安", A:A) answers for the names there
 * are, and spills that far, rather than a million “请填写指标名称” errors that could not spill
 * anyway. Shorter ranges keep every row, so a blank row of a table still gets its own answer.
 */
export function trimTrailingBlankRows(args: Matrix[], isBlank: (v: unknown) => boolean): Matrix[] {
  let rows = 0;
  for (const m of args) rows = Math.max(rows, m.length);
  if (rows <= LONG_RANGE_ROWS) return args;
  const tall = args.filter((m) => m.length > 1);
  let last = 0;
  for (const m of tall) {
    for (let i = m.length - 1; i > last; i--) {
      if (m[i]!.some((v) => !isBlank(v))) {
        last = i;
        break;
      }
    }
  }
  return args.map((m) => (m.length > 1 ? m.slice(0, last + 1) : m));
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
