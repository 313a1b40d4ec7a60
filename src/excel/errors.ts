/**
 * Errors from the workbook, as the pane needs to tell them apart. Office.js rejects a failed batch
 * with an OfficeExtension.Error whose `message` is Office's own English text ("The requested
 * resource doesn't exist."); only its `code` is meant for programs. The pane turns codes into
 * sentences in the user's language (src/taskpane/errors.ts) and never shows Office's text.
 */

/** The checked sheet is gone (deleted by the user, or no longer in this workbook). */
export class SheetGoneError extends Error {
  constructor(
    /** The sheet's last known name (or the key it was asked for by). */
    readonly sheet: string,
  ) {
    super(`工作表“${sheet}”已不存在`);
    this.name = "SheetGoneError";
  }
}

/** The OfficeExtension.Error code of a rejected batch (ItemNotFound, InvalidArgument, …), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const x = e as { code?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof x.code !== "string" || x.code === "") return null;
  const fromOffice =
    x.name === "RichApi.Error" ||
    x.name === "OfficeExtension.Error" ||
    typeof x.debugInfo === "object" ||
    (typeof OfficeExtension !== "undefined" && typeof OfficeExtension.Error === "function" && e instanceof OfficeExtension.Error);
  return fromOffice ? x.code : null;
}

/**
 * A handler for the sync of a batch whose first use of the sheet `label` is in it:
 * `await context.sync().catch(goneAs(label))`. When Office says the item is not found, the sheet is
 * gone (deleted, or its id belongs to a session that ended); other errors pass through.
 */
export function goneAs(label: string): (e: unknown) => never {
  return (e) => {
    if (officeErrorCode(e) === "ItemNotFound") throw new SheetGoneError(label);
    throw e;
  };
}
