/**
 * The parts of Excel's CustomFunctions global the functions use, behaving as Excel's do: an Error
 * carries a code and a message. Installed before the functions module is imported.
 */
class ShimError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsShim(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: ShimError,
    ErrorCode,
    associate: () => undefined,
  };
}

export type ShimErrorType = ShimError;
export { ShimError };
