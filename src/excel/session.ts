/**
 * Small workbook operations the pane needs: selecting a cell, watching a sheet for edits, and
 * running a batch in Excel. Kept here so React components never touch Office.js.
 */

/** Selects a cell (clicking a miss in the pane takes the user to it). One sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/** Runs a batch in an existing request context (Excel.run(context, …)); tests pass their own. */
export type RunIn = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
const runInExcel: RunIn = (context, batch) => Excel.run(context, batch);

/**
 * Calls `onChange` when the user edits a sheet (so the list of misses stays true). Returns a
 * function that stops watching: Office.js removes a handler through the context that added it.
 * One sync to register, one to remove.
 */
export async function watchSheet(
  context: Excel.RequestContext,
  sheetName: string,
  onChange: (address: string) => void,
  runIn: RunIn = runInExcel,
): Promise<() => Promise<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const registration = sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
    onChange(event.address);
  });
  await context.sync();
  return () =>
    runIn(registration.context as Excel.RequestContext, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
}

/** Runs a batch in Excel (Excel.run), the one place the pane enters Office.js. */
export function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
