/**
 * Which formulas to recompute when the imported cities change — and only those.
 *
 * A workbook's imported cities are read from its settings after Office is ready, so a formula
 * naming one may already have answered #N/A ("unknown city") by then; an import or a removal in the
 * pane changes what such formulas answer as well. Recalculating the whole workbook for that
 * (`application.calculate(Full)`, as Ctrl+Alt+F9) freezes the large workbooks bureaus keep, on every
 * open. Instead each call that answered from the imported set — an unknown city, an imported city,
 * the city list, a cross-city comparison — notes the cell it was called from (Excel gives it with
 * `@requiresAddress`), and when the set changes exactly those cells are recalculated. Answers for
 * the built-in cities never depend on the imported ones (their names are reserved), so they are
 * never recomputed.
 *
 * The functions stay synchronous (only synchronous functions are cheap in Excel, and the only kind
 * WPS runs): nothing waits; a stale answer is corrected by a targeted recalculation.
 */

/** Beyond this many noted formulas on one sheet, the sheet's used range is recalculated instead. */
export const MAX_CELLS_PER_SHEET = 2_000;

let caller: string | null = null;
/** Sheet name → cells (A1 style) whose answers depend on the imported cities; "all" past the bound. */
const noted = new Map<string, Set<string> | "all">();

/** Runs one function call, remembering the cell it was called from (undefined outside Excel). */
export function calledFrom<A extends unknown[], R>(address: string | undefined | null, f: (...args: A) => R, ...args: A): R {
  const previous = caller;
  caller = typeof address === "string" && address !== "" ? address : null;
  try {
    return f(...args);
  } finally {
    caller = previous;
  }
}

/** Splits "Sheet1!B2" or "'My sheet'!B2:C3" into the sheet name and the cell. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0 || bang === address.length - 1) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  if (!/^[A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?$/.test(cell)) return null;
  return { sheet, cell: cell.split(":")[0]! };
}

/** Notes that the current call's answer depends on the imported cities. */
export function dependsOnImported(): void {
  if (caller === null) return;
  const where = splitAddress(caller);
  if (!where) return;
  const cells = noted.get(where.sheet);
  if (cells === "all") return;
  const set = cells ?? new Set<string>();
  set.add(where.cell.toUpperCase());
  noted.set(where.sheet, set.size > MAX_CELLS_PER_SHEET ? "all" : set);
}

/** Whether any formula is waiting to be recalculated. */
export function hasNoted(): boolean {
  return noted.size > 0;
}

/** What is noted now, and forgets it (the recalculation will note again what still depends). */
export function takeNoted(): { sheet: string; cells: string[] | "all" }[] {
  const out = [...noted].map(([sheet, cells]) => ({ sheet, cells: cells === "all" ? ("all" as const) : [...cells] }));
  noted.clear();
  return out;
}

/** The part of Excel's object model the recalculation uses (Range.calculate: ExcelApi 1.6). */
export interface RecalcContext {
  workbook: {
    worksheets: {
      getItemOrNullObject(name: string): {
        isNullObject: boolean;
        load(props: string): unknown;
        getRange(address: string): { calculate(): void };
        getUsedRange(valuesOnly?: boolean): { calculate(): void };
      };
    };
  };
  sync(): Promise<unknown>;
}

/**
 * Recalculates the noted formulas: two syncs whatever their number (one to learn which sheets still
 * exist — a sheet may have been renamed or deleted since — one to recalculate). Returns how many
 * cells (or whole sheets) were recalculated.
 */
export async function recalculateNoted(context: RecalcContext): Promise<number> {
  const work = takeNoted();
  if (work.length === 0) return 0;
  const sheets = work.map((w) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(w.sheet);
    sheet.load("name");
    return { ...w, sheet };
  });
  await context.sync();
  let count = 0;
  for (const w of sheets) {
    if (w.sheet.isNullObject) continue;
    if (w.cells === "all") {
      w.sheet.getUsedRange().calculate();
      count++;
    } else {
      for (const cell of w.cells) w.sheet.getRange(cell).calculate();
      count += w.cells.length;
    }
  }
  await context.sync();
  return count;
}
