/**
 * A test double of Office.js for the browser test, served in place of the CDN's office.js: Office
 * readiness and display language, Excel.run over the recording fake workbook (the same fake the
 * unit tests use, with the host's behaviour: ids for one session only — `__fake.reopen()` —, users
 * renaming, moving and deleting sheets, loads before reads, OfficeExtension.Error codes with
 * Office's English messages), and the CustomFunctions global the functions bundle registers with.
 */
import { colLetter, FakeContext, FakeOfficeError } from "../fakes/excel-fake";

const fake = new FakeContext();
fake.addSheet("Sheet1");
const params = new URLSearchParams(location.search);

declare global {
  interface Window {
    __fake: FakeContext;
    __registered: string[];
    __functions: Record<string, (...args: unknown[]) => unknown[][]>;
    /** The actual-value cell of an indicator on one of our templates (columns found by their headers in row 4). */
    __actualCell: (sheetName: string, indicator: string) => string | null;
    /** Makes the pane's next sync fail as Office would, with this code (ItemNotFound, AccessDenied, …). */
    __failNextSync: (code: string) => void;
  }
}
window.__fake = fake;
window.__registered = [];
window.__functions = {};
window.__failNextSync = (code) => fake.failAtSync(new FakeOfficeError(code));
window.__actualCell = (sheetName, indicator) => {
  const s = fake.sheet(sheetName);
  const header = (text: string) => [...Array(40).keys()].find((c) => s.cell(3, c).value === text) ?? -1;
  const name = header("指标");
  const actual = header("实际值");
  for (let r = 4; r < 400; r++) if (s.cell(r, name).value === indicator) return `${colLetter(actual)}${r + 1}`;
  return null;
};

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
  OfficeExtension: { Error: FakeOfficeError },
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
