/**
 * A test double of Office.js for the browser test, served in place of the CDN's office.js: Office
 * readiness and display language, Excel.run over the recording fake workbook (the same fake the
 * unit tests use), and the CustomFunctions global the functions bundle registers with.
 */
import { FakeContext } from "../fakes/excel-fake";

const fake = new FakeContext();
fake.addSheet("Sheet1");
const params = new URLSearchParams(location.search);

declare global {
  interface Window {
    __fake: FakeContext;
    __registered: string[];
    __functions: Record<string, (...args: unknown[]) => unknown[][]>;
  }
}
window.__fake = fake;
window.__registered = [];
window.__functions = {};

class CfError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(window, {
  Office: {
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => cb?.(info), 0);
      return Promise.resolve(info);
    },
    context: { displayLanguage: params.get("lang") ?? "zh-CN", requirements: { isSetSupported: () => true } },
    HostType: { Excel: "Excel" },
  },
  Excel: {
    run: async <T,>(a: unknown, b?: (ctx: unknown) => Promise<T>) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<T>;
      return batch(fake);
    },
  },
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown[][]) => {
      window.__registered.push(id);
      window.__functions[id] = fn;
    },
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
});
