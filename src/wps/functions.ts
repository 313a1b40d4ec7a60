/**
 * The QC functions in WPS 表格: every QC_ function of src/functions/functions.ts, registered with
 * wps.AddCustomFunction under the namespace QC (called as =QC.TARGET("泰安","农产品监测合格率")).
 * The very same functions run: functions.ts turns the pure answers (impl.ts) into cells, with its
 * range handling, optional arguments and error messages; only the last step differs:
 *
 *  - functions.ts builds Excel errors with CustomFunctions.Error. WPS has no such object, so a small
 *    stand-in is installed (only where CustomFunctions does not exist) and its errors become the
 *    error's code ("#N/A", "#VALUE!") — WPS documents no error value for add-in functions, so the
 *    message Excel shows beside the error is not shown in WPS.
 *  - A 1×1 answer is returned as the value itself, a larger one as rows × columns.
 *
 * Only synchronous functions are supported by WPS (since 12.1.0.20540): ours are.
 */
import * as excelFunctions from "../functions/functions";
import { WPS_NAMESPACE, wpsName } from "./metadata";

class WpsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Gives functions.ts the CustomFunctions it builds errors with, where the host has none. */
export function installCustomFunctionsShim(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  if (scope.CustomFunctions !== undefined) return;
  scope.CustomFunctions = { Error: WpsError, ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" } };
}

export type WpsCell = string | number | boolean;

/** An Excel-style answer (rows × columns, errors as objects with a code) → what a WPS function returns. */
export function toWps(answer: unknown[][]): WpsCell | WpsCell[][] {
  const cells = answer.map((row) => row.map((v): WpsCell => (typeof v === "object" && v !== null && "code" in v ? String((v as { code: unknown }).code) : (v as WpsCell))));
  return cells.length === 1 && cells[0]!.length === 1 ? cells[0]![0]! : cells;
}

type ExcelFunction = (...args: unknown[]) => unknown[][];

/** Every QC_ function, by its WPS name (TARGET, MEETS …), as WPS calls it. */
export function wpsFunctions(): Map<string, (...args: unknown[]) => WpsCell | WpsCell[][]> {
  installCustomFunctionsShim();
  const out = new Map<string, (...args: unknown[]) => WpsCell | WpsCell[][]>();
  for (const [id, f] of Object.entries(excelFunctions as unknown as Record<string, unknown>)) {
    if (!id.startsWith("QC_") || typeof f !== "function") continue;
    const fn = f as ExcelFunction;
    // The last parameter is Excel's invocation (the calling cell): WPS has none to give.
    const arity = fn.length - 1;
    out.set(wpsName(id), (...args: unknown[]) => toWps(fn(...args.slice(0, arity))));
  }
  return out;
}

export interface WpsGlobal {
  AddCustomFunction?(namespace: string, name: string, fn: (...args: unknown[]) => unknown): void;
}

/** Registers every function; false where the WPS build is older than custom functions. */
export function registerFunctions(wps: WpsGlobal): boolean {
  if (typeof wps.AddCustomFunction !== "function") return false;
  for (const [name, fn] of wpsFunctions()) wps.AddCustomFunction(WPS_NAMESPACE, name, fn);
  return true;
}
