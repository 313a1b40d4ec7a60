/**
 * The functions entry. In the shared runtime this script and the task pane run in one page, so the
 * functions answer from the same catalogue (built-in plus the cities the workbook imported) that
 * the pane shows. The build appends CustomFunctions.associate(...) for every function in
 * functions.ts (custom-functions-metadata-plugin).
 */
import "./functions";
import { onCatalogChange, setImportedCatalogs } from "../catalog/registry";
import { readStoredCatalogs } from "../excel/catalogs";
import { hasNoted, recalculateNoted, type RecalcContext } from "./recalc";

/*
 * Imported cities travel in the workbook's settings. Read them as soon as Office is ready, so that
 * formulas naming an imported city work even when the task pane has never been opened. (The pane
 * reads them too, and re-registers after an import.) Damaged catalogues are skipped; the pane reports them.
 *
 * Formulas that answered from the imported set before it was read (or before an import or a
 * removal) noted their cells; whenever the set changes, exactly those cells are recalculated —
 * never the whole workbook (see recalc.ts).
 */
export function startCatalogSync(office: typeof Office, excel: typeof Excel): void {
  onCatalogChange(() => {
    if (!hasNoted()) return;
    try {
      excel.run((context) => recalculateNoted(context as unknown as RecalcContext)).catch(() => undefined);
    } catch {
      // Outside a workbook there is nothing to recalculate.
    }
  });
  void office.onReady(async () => {
    try {
      await excel.run(async (context) => {
        const r = await readStoredCatalogs(context);
        if (r.catalogs.length > 0) setImportedCatalogs(r.catalogs);
      });
    } catch {
      // No workbook context (e.g. the functions were loaded outside Excel): built-in cities only.
    }
  });
}

if (typeof Office !== "undefined" && typeof Excel !== "undefined") startCatalogSync(Office, Excel);
