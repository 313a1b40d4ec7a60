/**
 * The one place errors become words for the user. Office.js rejects with Office's own English text
 * ("The requested resource doesn't exist."): that text is never shown. Its code is turned into a
 * sentence in the pane's language; a sheet that is gone says which one; our own messages (written
 * as Chinese sentences where they are thrown) are shown as they are; anything else is a generic
 * sentence, with the details left to the developer console.
 */
import { officeErrorCode, SheetGoneError } from "../excel/errors";
import type { Strings } from "./i18n";

const CJK = /[\u3400-\u9fff]/;

export function describeError(e: unknown, t: Strings): string {
  if (e instanceof SheetGoneError) return t.sheetGone(e.sheet);
  const code = officeErrorCode(e);
  if (code) return t.officeErrors[code] ?? t.officeErrorOther;
  if (e instanceof Error && CJK.test(e.message)) return e.message;
  console.error(e);
  return t.unexpectedError;
}
