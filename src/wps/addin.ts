/**
 * What the add-in's main page does when WPS loads it (main.ts wires it to `window`): registers the
 * QC functions and keeps their imported cities in step with the workbook in front — when a workbook
 * opens or a window or sheet is activated, and when the pane writes the hidden catalogue sheet
 * (SheetChange on qc-catalogs), so an import is usable in formulas right away.
 */
import { setImportedCatalogs } from "../catalog/registry";
import { CATALOG_SHEET, readStored } from "./catalogs";
import type { EtApplication, EtEvents } from "./et";
import { registerFunctions, type WpsGlobal } from "./functions";

/** The imported cities of the workbook in front (damaged ones are skipped: the pane reports them). */
export function syncCatalogs(app: EtApplication): void {
  try {
    const book = app.ActiveWorkbook;
    setImportedCatalogs(book ? readStored(book).catalogs : []);
  } catch {
    setImportedCatalogs([]);
  }
}

/** Returns whether the functions could be registered (WPS 12.1.0.20540 or newer). */
export function startAddin(app: EtApplication, events: EtEvents, wps: WpsGlobal): boolean {
  const registered = registerFunctions(wps);
  syncCatalogs(app);
  const sync = () => syncCatalogs(app);
  for (const event of ["WorkbookOpen", "WindowActivate", "SheetActivate"] as const) events.AddApiEventListener(event, sync);
  events.AddApiEventListener("SheetChange", (sheet) => {
    if (sheet.Name === CATALOG_SHEET) sync();
  });
  return registered;
}
