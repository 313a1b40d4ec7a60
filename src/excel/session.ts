/**
 * Small workbook operations the pane needs: selecting a cell, watching a sheet for edits, and
 * running a batch in Excel. Kept here so React components never touch Office.js.
 */

import { goneAs } from "./errors";

/**
 * Selects a cell (clicking a miss in the pane takes the user to it). The sheet is named by its id
 * within a session (so a renamed sheet is still found) or by name. One sync; SheetGoneError when
 * the sheet no longer exists.
 */
export async function selectCell(context: Excel.RequestContext, sheetKey: string, address: string, label = sheetKey): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetKey);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync().catch(goneAs(label));
}

/** Runs a batch in an existing request context (Excel.run(context, …)); tests pass their own. */
export type RunIn = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
const runInExcel: RunIn = (context, batch) => Excel.run(context, batch);

/**
 * Calls `onChange` when the user edits a sheet (so the list of misses stays true), and `onGone`
 * when the sheet is deleted. The sheet is named by its id within the session (or by name); a rename
 * keeps both events coming. Returns a function that stops watching: Office.js removes a handler
 * through the context that added it. One sync to register, one to remove.
 */
export async function watchSheet(
  context: Excel.RequestContext,
  sheetKey: string,
  onChange: (address: string) => void,
  runIn: RunIn = runInExcel,
  onGone?: () => void,
): Promise<() => Promise<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetKey);
  sheet.load("id");
  const changed = sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
    onChange(event.address);
  });
  // WorksheetCollection.onDeleted is ExcelApi 1.7 (the manifest requires 1.9). The id is known after the sync.
  let id: string | null = null;
  const deleted = onGone
    ? context.workbook.worksheets.onDeleted.add(async (event: Excel.WorksheetDeletedEventArgs) => {
        if (id !== null && event.worksheetId === id) onGone();
      })
    : null;
  await context.sync().catch(goneAs(sheetKey));
  id = sheet.id;
  return () =>
    runIn(changed.context as Excel.RequestContext, async (ctx) => {
      changed.remove();
      deleted?.remove();
      await ctx.sync();
    });
}

/** Runs a batch in Excel (Excel.run), the one place the pane enters Office.js. */
export function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
