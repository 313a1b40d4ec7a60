/**
 * Sheets this add-in may replace or delete (the 汇总 sheet, and progress and comparison sheets
 * where they are refreshed) carry a mark, and a sheet without it is never deleted.
 *
 * The mark is a hidden name scoped to the sheet: QC_INDICATORS_SHEET = "qc-indicators:summary".
 * Why this and not something else:
 *  - `Worksheet.id` is stable only within a session (OfficeDev/office-js-docs#297): after a reopen
 *    ids can be renumbered, so an id kept in the settings may name a user's sheet.
 *  - A sheet's name and position change when the user renames or moves it.
 *  - A sheet-scoped name is stored in the file with its sheet (a definedName with localSheetId) and
 *    travels with it through rename, move, save and reopen, in Excel and in LibreOffice. Its API
 *    (`Worksheet.names`, `NamedItemCollection.add/getItemOrNullObject`, NamedItem.formula) needs
 *    ExcelApi 1.4–1.7, inside the ExcelApi 1.9 the manifest requires, so it works on every host the
 *    add-in runs on. `Worksheet.customProperties` would serve too but needs ExcelApi 1.12 (Excel 2019
 *    and older perpetual versions lack it), and a custom XML part would still need a stable way to
 *    say which sheet it means. A marker cell could be cleared or overwritten by the user.
 *
 * Deleting: the mark is read for the very worksheet object (bound to the sheet's id in this session)
 * that is then deleted, in the same Excel.run, so a mark seen on one sheet can never delete another.
 */

export const OWNED_NAME = "QC_INDICATORS_SHEET";

export type OwnedKind = "summary" | "progress" | "comparison";

const KINDS: readonly OwnedKind[] = ["summary", "progress", "comparison"];

/** The mark's formula: a text constant naming the kind of sheet. */
export function ownedFormula(kind: OwnedKind): string {
  return `="qc-indicators:${kind}"`;
}

/** Queues marking a sheet (new or existing) as one of ours. No sync. */
export function queueOwnedMark(sheet: Excel.Worksheet, kind: OwnedKind): void {
  const item = sheet.names.add(OWNED_NAME, ownedFormula(kind), "质量强市指标加载项生成的工作表（刷新时替换）");
  item.visible = false;
}

/** Queues reading a sheet's mark; read it with {@link ownedKindOf} after the caller's sync. */
export function queueOwnedProbe(sheet: Excel.Worksheet): Excel.NamedItem {
  const item = sheet.names.getItemOrNullObject(OWNED_NAME);
  item.load("formula");
  return item;
}

/** The kind of sheet a probed mark names, or null when the sheet carries none (after the sync). */
export function ownedKindOf(probe: Excel.NamedItem): OwnedKind | null {
  if (probe.isNullObject) return null;
  const formula = String(probe.formula ?? "");
  return KINDS.find((k) => formula === ownedFormula(k)) ?? null;
}

/**
 * Queues the deletion of `sheet` if, and only if, its probed mark is `kind`. Returns whether it was
 * queued. Call it after the sync that loaded `probe`, in the same batch, with the same sheet object.
 */
export function deleteIfOwned(sheet: Excel.Worksheet, probe: Excel.NamedItem, kind: OwnedKind): boolean {
  if (ownedKindOf(probe) !== kind) return false;
  sheet.delete();
  return true;
}

export interface OwnedSheet {
  /** This session's id: use it within the same Excel.run or session only. */
  id: string;
  name: string;
  kind: OwnedKind;
}

/** Every sheet carrying one of our marks, in tab order. Two syncs (the sheets, then their marks). */
export async function listOwnedSheets(context: Excel.RequestContext): Promise<OwnedSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  const probes = sheets.items.map((s) => ({ sheet: s, probe: queueOwnedProbe(s) }));
  await context.sync();
  return probes.flatMap(({ sheet, probe }) => {
    const kind = ownedKindOf(probe);
    return kind ? [{ id: sheet.id, name: sheet.name, kind }] : [];
  });
}
