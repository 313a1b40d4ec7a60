/**
 * The functions entry. In the shared runtime this script and the task pane run in one page, so the
 * functions answer from the same catalogue (built-in plus the cities the workbook imported) that
 * the pane shows. The build appends CustomFunctions.associate(...) for every function in
 * functions.ts (custom-functions-metadata-plugin).
 */
import "./functions";
import { BUILTIN_CATALOG } from "../catalog";
import { setImportedCatalogs } from "../catalog/registry";
import { readStoredCatalogs } from "../excel/catalogs";

/*
 * Imported cities travel in the workbook's settings. Read them as soon as Office is ready, so that
 * formulas naming an imported city work even when the task pane has never been opened. (The pane
 * reads them too, and re-registers after an import.) Damaged catalogues are skipped; the pane reports them.
 */
if (typeof Office !== "undefined" && typeof Excel !== "undefined") {
  void Office.onReady(async () => {
    try {
      await Excel.run(async (context) => {
        const r = await readStoredCatalogs(context, BUILTIN_CATALOG.cities.map((c) => c.name));
        if (r.catalogs.length === 0) return;
        setImportedCatalogs(r.catalogs);
        // Formulas naming an imported city may have been computed (as #N/A) before this read
        // finished; recalculate once so they answer. Only workbooks that carry imported cities pay for it.
        context.workbook.application.calculate("Full" as Excel.CalculationType);
        await context.sync();
      });
    } catch {
      // No workbook context (e.g. the functions were loaded outside Excel): built-in cities only.
    }
  });
}
