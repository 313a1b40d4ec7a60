/**
 * Words for the user from errors that libraries throw. A library's own message is English (JSZip's
 * "Corrupted zip", exceljs's, pdf.js's): it never reaches a Chinese user. Only a message of ours —
 * one that is already a Chinese sentence — is passed on as the detail of a sentence.
 */

const CJK = /[\u3400-\u9fff]/;

/** "（detail）" when the error's first line is one of our Chinese sentences, else "". Pure. */
export function ownDetail(e: unknown): string {
  const line = (e instanceof Error ? e.message : String(e ?? "")).split("\n")[0]!.trim();
  return line !== "" && CJK.test(line) ? `（${line}）` : "";
}
