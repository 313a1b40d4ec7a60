/**
 * A strict test double of WPS 表格's (ET's) spreadsheet object model, written from its documented
 * VBA-compatible semantics (see src/wps/et.ts): 1-based collections whose Item() throws for a
 * missing name, Value2 as one value or rows × columns, "=…" assigned to Value2 becoming a formula
 * unless the cell is text-formatted, NumberFormat null over mixed formats, formula conditional
 * formats with Type/Formula1/Interior/Font/Delete, sheet-level Names, Worksheets.Add activating the
 * new sheet, Delete asking for confirmation unless DisplayAlerts is off, BGR colours.
 *
 * Strict: every object is a Proxy that throws on reading or writing a member it does not have, so
 * code that uses a member outside the model (or misspells one) fails here rather than in WPS.
 * The state is plain data (WorkbookData), so a test can snapshot it, compare it, or "save and
 * reopen" the workbook by cloning it into a new application.
 */
import type { EtApplication, EtEvents, EtFormatCondition, EtPageSetup, EtRange, EtValue, EtWorksheet } from "../../src/wps/et";

export interface CellData {
  value?: EtValue;
  formula?: string;
  numberFormat?: string;
  style?: Record<string, unknown>;
}
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
export interface FcData {
  areas: Area[];
  type: number;
  formula1: string;
  interior: number | null;
  font: number | null;
}
export interface SheetData {
  name: string;
  visible: number;
  cells: Record<string, CellData>;
  fcs: FcData[];
  names: Record<string, { refersTo: string; visible: boolean }>;
  validations: { areas: Area[]; type: number; formula1?: string; props: Record<string, unknown> }[];
  merges: Area[];
  columns: Record<number, { width?: number; hidden?: boolean }>;
  page: Record<string, unknown>;
}
export interface WorkbookData {
  sheets: SheetData[];
  active: number;
  /** Workbook-level names. */
  globalNames?: Record<string, { refersTo: string; visible: boolean }>;
}

const MAX_ROW = 1_048_576;

/** Wraps an object so that reading or writing any member it does not define throws. */
export function strict<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol") return Reflect.get(t, p, t);
      if (!(p in t)) throw new Error(`ET double: ${label} has no member “${p}”`);
      const v = Reflect.get(t, p, t);
      return typeof v === "function" ? v.bind(t) : v;
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !(p in t)) throw new Error(`ET double: ${label} has no member “${String(p)}” to set`);
      return Reflect.set(t, p, v, t);
    },
    has(t, p) {
      return p in t;
    },
  });
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}
export function colLetters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** "A1", "A1:C3", "C:C", "H5,H7:H9" → areas (1-based, inclusive). */
export function parseAddress(address: string): Area[] {
  return address.split(",").map((part) => {
    const [a, b] = part.trim().replace(/\$/g, "").split(":");
    const one = (s: string) => {
      const m = /^([A-Z]+)?(\d+)?$/.exec(s);
      if (!m || (!m[1] && !m[2])) throw new Error(`ET double: bad address “${address}”`);
      return { c: m[1] ? colNumber(m[1]) : null, r: m[2] ? Number(m[2]) : null };
    };
    const p = one(a!);
    const q = b === undefined ? p : one(b);
    return { r0: p.r ?? 1, c0: p.c ?? 1, r1: q.r ?? MAX_ROW, c1: q.c ?? 16384 };
  });
}

const key = (r: number, c: number) => `${r},${c}`;
const intersects = (a: Area, b: Area) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const CELL_LIMIT = 200_000;

export function newSheet(name: string): SheetData {
  return { name, visible: -1, cells: {}, fcs: [], names: {}, validations: [], merges: [], columns: {}, page: {} };
}

export class EtDouble {
  readonly data: WorkbookData;
  displayAlerts = true;
  readonly window = { FreezePanes: false, SplitRow: 0, SplitColumn: 0 };
  readonly events = new EventsDouble();
  /** Calls of Worksheet.Range (each a call into WPS): what writing or reading costs. */
  rangeCalls = 0;
  /** What was selected last: [sheet, address]. */
  selected: [string, string] | null = null;
  private proxies = new Map<SheetData, EtWorksheet>();

  constructor(data?: WorkbookData) {
    this.data = data ?? { sheets: [newSheet("Sheet1")], active: 0 };
  }

  /** A new application over a copy of this workbook's state (a save and a reopen). */
  reopen(): EtDouble {
    return new EtDouble(structuredClone(this.data));
  }

  sheet(name: string): SheetData {
    const s = this.data.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A cell's value as a test reads it (A1 address). */
  value(sheet: string, address: string): EtValue {
    const [a] = parseAddress(address);
    return this.sheet(sheet).cells[key(a!.r0, a!.c0)]?.value;
  }

  cell(sheet: string, address: string): CellData | undefined {
    const [a] = parseAddress(address);
    return this.sheet(sheet).cells[key(a!.r0, a!.c0)];
  }

  /** Writes values from A1 as a user would type them (numbers stay numbers). */
  fill(sheet: string, topLeft: string, rows: EtValue[][]): void {
    const [a] = parseAddress(topLeft);
    const s = this.sheet(sheet);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const c = (s.cells[key(a!.r0 + i, a!.c0 + j)] ??= {});
        c.value = v;
      }),
    );
  }

  get app(): EtApplication {
    const self = this;
    return strict(
      {
        get DisplayAlerts() {
          return self.displayAlerts;
        },
        set DisplayAlerts(v: boolean) {
          self.displayAlerts = v;
        },
        get ActiveWorkbook() {
          return self.workbook();
        },
        get ActiveSheet() {
          return self.wrap(self.data.sheets[self.data.active]!);
        },
        get ActiveWindow() {
          return strict(self.window, "Window");
        },
        get ApiEvent() {
          return strict(self.events, "ApiEvent");
        },
      },
      "Application",
    );
  }

  private workbook() {
    const self = this;
    const sheets = strict(
      {
        get Count() {
          return self.data.sheets.length;
        },
        Item(index: string | number) {
          const s = typeof index === "number" ? self.data.sheets[index - 1] : self.data.sheets.find((x) => x.name.toLowerCase() === index.toLowerCase());
          if (!s) throw new Error(`下标越界 (Worksheets.Item(${String(index)}))`);
          return self.wrap(s);
        },
        Add(before?: EtWorksheet, after?: EtWorksheet) {
          let n = self.data.sheets.length + 1;
          while (self.data.sheets.some((s) => s.name === `Sheet${n}`)) n++;
          const data = newSheet(`Sheet${n}`);
          const at = before ? self.indexOf(before) : after ? self.indexOf(after) + 1 : self.data.active;
          self.data.sheets.splice(at, 0, data);
          self.data.active = at;
          return self.wrap(data);
        },
      },
      "Worksheets",
    );
    return strict({ Worksheets: sheets }, "Workbook");
  }

  private indexOf(sheet: EtWorksheet): number {
    for (const [data, proxy] of this.proxies) if (proxy === sheet) return this.data.sheets.indexOf(data);
    throw new Error("ET double: not a worksheet of this workbook");
  }

  private wrap(data: SheetData): EtWorksheet {
    const known = this.proxies.get(data);
    if (known) return known;
    const self = this;
    const alive = () => {
      if (!self.data.sheets.includes(data)) throw new Error("ET double: the sheet was deleted");
      return data;
    };
    // Worksheet.Names in the VBA model: a name added as 'Sheet'!x is local to that sheet and is
    // reported with the sheet's current name as its prefix; an unqualified name added here becomes
    // a workbook-level name, which every sheet's Names lists too.
    const globals = () => (self.data.globalNames ??= {});
    const listed = () => {
      const d = alive();
      const quoted = `'${d.name.replace(/'/g, "''")}'`;
      return [
        ...Object.entries(d.names).map(([local, v]) => ({ shown: `${quoted}!${local}`, v, remove: () => delete d.names[local] })),
        ...Object.entries(globals()).map(([name, v]) => ({ shown: name, v, remove: () => delete globals()[name] })),
      ];
    };
    const nameObject = (e: ReturnType<typeof listed>[number]) =>
      strict(
        {
          Name: e.shown,
          get RefersTo() {
            return e.v.refersTo;
          },
          set RefersTo(x: string) {
            e.v.refersTo = x;
          },
          get Visible() {
            return e.v.visible;
          },
          set Visible(x: boolean) {
            e.v.visible = x;
          },
          Delete() {
            e.remove();
          },
        },
        "Name",
      );
    const names = strict(
      {
        get Count() {
          return listed().length;
        },
        Item(index: string | number) {
          const all = listed();
          const e = typeof index === "number" ? all[index - 1] : all.find((x) => x.shown === index || x.shown.endsWith(`!${index}`));
          if (!e) throw new Error(`名称不存在 (Names.Item(${String(index)}))`);
          return nameObject(e);
        },
        Add(name: string, refersTo: string, visible = true) {
          const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(name);
          if (m) {
            const owner = m[1]?.replace(/''/g, "'") ?? m[2];
            if (owner !== alive().name) throw new Error(`ET double: ${name} names another sheet`);
            alive().names[m[3]!] = { refersTo, visible };
          } else globals()[name] = { refersTo, visible };
          return names.Item(name);
        },
      },
      "Names",
    );
    const proxy = strict(
      {
        get Name() {
          return alive().name;
        },
        set Name(v: string) {
          if (v.length > 31 || /[[\]:*?/\\]/.test(v)) throw new Error(`ET double: invalid sheet name ${v}`);
          if (self.data.sheets.some((s) => s !== data && s.name.toLowerCase() === v.toLowerCase())) throw new Error(`ET double: duplicate sheet name ${v}`);
          alive().name = v;
        },
        get Visible() {
          return alive().visible;
        },
        set Visible(v: number) {
          alive().visible = v;
        },
        get Index() {
          return self.data.sheets.indexOf(alive()) + 1;
        },
        Range(address: string) {
          self.rangeCalls++;
          if (address.length > 255) throw new Error("ET double: Range() takes an address of at most 255 characters");
          return self.range(alive(), parseAddress(address), address);
        },
        get UsedRange() {
          const d = alive();
          let r0 = Infinity, c0 = Infinity, r1 = 0, c1 = 0;
          for (const k of Object.keys(d.cells)) {
            const [r, c] = k.split(",").map(Number) as [number, number];
            r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
          }
          if (r1 === 0) return self.range(d, [{ r0: 1, c0: 1, r1: 1, c1: 1 }], "A1");
          return self.range(d, [{ r0, c0, r1, c1 }], "UsedRange");
        },
        get Cells() {
          return self.range(alive(), [{ r0: 1, c0: 1, r1: MAX_ROW, c1: 16384 }], "Cells");
        },
        get Names() {
          alive();
          return names;
        },
        get PageSetup() {
          const d = alive();
          d.page = { Orientation: 1, PrintTitleRows: "", Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, ...d.page };
          return strict(d.page, "PageSetup") as unknown as EtPageSetup;
        },
        Activate() {
          self.data.active = self.data.sheets.indexOf(alive());
        },
        Delete() {
          if (self.displayAlerts) throw new Error("ET double: Delete would ask the user to confirm (DisplayAlerts is on)");
          const i = self.data.sheets.indexOf(alive());
          self.data.sheets.splice(i, 1);
          self.data.active = Math.max(0, Math.min(self.data.active, self.data.sheets.length - 1));
        },
      },
      "Worksheet",
    ) as EtWorksheet;
    this.proxies.set(data, proxy);
    return proxy;
  }

  private range(sheet: SheetData, areas: Area[], label: string): EtRange {
    const self = this;
    const first = areas[0]!;
    const cellsOf = (create: boolean): CellData[] => {
      const out: CellData[] = [];
      let count = 0;
      for (const a of areas) {
        for (let r = a.r0; r <= a.r1; r++)
          for (let c = a.c0; c <= a.c1; c++) {
            if (++count > CELL_LIMIT) throw new Error(`ET double: ${label} is too large to touch cell by cell`);
            const k = key(r, c);
            if (create) out.push((sheet.cells[k] ??= {}));
            else out.push(sheet.cells[k] ?? {});
          }
      }
      return out;
    };
    const single = first.r0 === first.r1 && first.c0 === first.c1 && areas.length === 1;
    const block = <T>(f: (cell: CellData) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = first.r0; r <= first.r1; r++) {
        const row: T[] = [];
        for (let c = first.c0; c <= first.c1; c++) row.push(f(sheet.cells[key(r, c)] ?? {}));
        rows.push(row);
      }
      return rows;
    };
    const styled = (prop: string) => ({
      get() {
        const values = new Set(cellsOf(false).map((c) => c.style?.[prop]));
        return values.size === 1 ? [...values][0] : null;
      },
      set(v: unknown) {
        for (const c of cellsOf(true)) c.style = { ...c.style, [prop]: v };
      },
      enumerable: true,
    });
    const styleObject = (label2: string, props: Record<string, string>) => {
      const o = {};
      for (const [member, prop] of Object.entries(props)) Object.defineProperty(o, member, styled(prop));
      return strict(o, label2);
    };
    const write = (v: EtValue, cell: CellData) => {
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = v;
        cell.value = undefined;
      } else {
        delete cell.formula;
        cell.value = v === null ? undefined : v;
      }
    };
    const target = {
      get Value2(): EtValue | EtValue[][] {
        return single ? sheet.cells[key(first.r0, first.c0)]?.value : block((c) => c.value);
      },
      set Value2(v: EtValue | EtValue[][]) {
        if (Array.isArray(v)) {
          v.forEach((row, i) => row.forEach((x, j) => write(x, (sheet.cells[key(first.r0 + i, first.c0 + j)] ??= {}))));
        } else for (const c of cellsOf(true)) write(v, c);
      },
      get Formula(): string {
        throw new Error("ET double: reading Formula is not used by the add-in");
      },
      set Formula(v: string) {
        for (const c of cellsOf(true)) {
          c.formula = String(v);
          c.value = undefined;
        }
      },
      get NumberFormat(): string | null {
        const formats = new Set(cellsOf(false).map((c) => c.numberFormat ?? "General"));
        return formats.size === 1 ? [...formats][0]! : null;
      },
      set NumberFormat(v: string) {
        for (const c of cellsOf(true)) c.numberFormat = v;
      },
      Row: first.r0,
      Column: first.c0,
      get Rows() {
        return strict({ Count: first.r1 - first.r0 + 1 }, "Range.Rows");
      },
      get Columns() {
        return strict({ Count: first.c1 - first.c0 + 1 }, "Range.Columns");
      },
      get Count() {
        return areas.reduce((n, a) => n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1), 0);
      },
      get EntireColumn() {
        return strict(
          {
            set Hidden(v: boolean) {
              for (let c = first.c0; c <= first.c1; c++) sheet.columns[c] = { ...sheet.columns[c], hidden: v };
            },
            get Hidden() {
              return Boolean(sheet.columns[first.c0]?.hidden);
            },
          },
          "Range.EntireColumn",
        );
      },
      set ColumnWidth(v: number) {
        for (let c = first.c0; c <= first.c1; c++) sheet.columns[c] = { ...sheet.columns[c], width: v };
      },
      get ColumnWidth() {
        return sheet.columns[first.c0]?.width ?? 8.38;
      },
      get Hidden() {
        return Boolean(sheet.columns[first.c0]?.hidden);
      },
      set Hidden(v: boolean) {
        for (let c = first.c0; c <= first.c1; c++) sheet.columns[c] = { ...sheet.columns[c], hidden: v };
      },
      WrapText: false,
      HorizontalAlignment: 1,
      VerticalAlignment: 1,
      Locked: true,
      get Font() {
        return styleObject("Font", { Bold: "bold", Italic: "italic", Size: "size", Color: "fontColor" });
      },
      get Interior() {
        return styleObject("Interior", { Color: "fill" });
      },
      get Borders() {
        return styleObject("Borders", { LineStyle: "borderStyle", Color: "borderColor" });
      },
      get Validation() {
        const props: Record<string, unknown> = {};
        const v = { IgnoreBlank: true, InputTitle: "", InputMessage: "", ErrorTitle: "", ErrorMessage: "", ShowInput: false, ShowError: false };
        const o = {
          Add(type: number, _alert?: number, _op?: number, formula1?: string) {
            sheet.validations.push({ areas, type, formula1, props });
          },
          Delete() {
            sheet.validations = sheet.validations.filter((x) => !x.areas.some((a) => areas.some((b) => intersects(a, b))));
          },
        };
        for (const k of Object.keys(v))
          Object.defineProperty(o, k, {
            get: () => props[k] ?? v[k as keyof typeof v],
            set: (x) => (props[k] = x),
            enumerable: true,
          });
        return strict(o, "Validation");
      },
      get FormatConditions() {
        const mine = () => sheet.fcs.filter((f) => f.areas.some((a) => areas.some((b) => intersects(a, b))));
        return strict(
          {
            get Count() {
              return mine().length;
            },
            Item(i: number) {
              const f = mine()[i - 1];
              if (!f) throw new Error(`ET double: FormatConditions.Item(${i}) out of range`);
              return self.condition(sheet, f);
            },
            Add(type: number, _op?: number, formula1?: string) {
              const f: FcData = { areas: areas.map((a) => ({ ...a })), type, formula1: formula1 ?? "", interior: null, font: null };
              sheet.fcs.push(f);
              return self.condition(sheet, f);
            },
          },
          "FormatConditions",
        );
      },
      Merge() {
        sheet.merges.push(...areas);
      },
      Select() {
        if (self.data.sheets[self.data.active] !== sheet) throw new Error("ET double: Range.Select on a sheet that is not active fails");
        self.selected = [sheet.name, label];
      },
    };
    // Cell-style members (WrapText, alignment, Locked) are kept per cell.
    for (const [member, prop] of [["WrapText", "wrap"], ["HorizontalAlignment", "horizontal"], ["VerticalAlignment", "vertical"], ["Locked", "locked"]] as const) {
      Object.defineProperty(target, member, styled(prop));
    }
    return strict(target, `Range(${label})`) as unknown as EtRange;
  }

  private condition(sheet: SheetData, f: FcData): EtFormatCondition {
    const alive = () => {
      if (!sheet.fcs.includes(f)) throw new Error("ET double: the format condition was deleted");
      return f;
    };
    return strict(
      {
        get Type() {
          return alive().type;
        },
        get Formula1() {
          const x = alive();
          if (x.type !== 1 && x.type !== 2) throw new Error("ET double: this kind of rule has no Formula1");
          return x.formula1;
        },
        get Interior() {
          return strict(
            {
              get Color(): number {
                return alive().interior ?? 0xffffff;
              },
              set Color(v: number) {
                alive().interior = v;
              },
            },
            "FormatCondition.Interior",
          );
        },
        get Font() {
          return strict(
            {
              get Color(): number {
                return alive().font ?? 0;
              },
              set Color(v: number) {
                alive().font = v;
              },
            },
            "FormatCondition.Font",
          );
        },
        get AppliesTo(): EtRange {
          throw new Error("ET double: AppliesTo is not used by the add-in");
        },
        Delete() {
          sheet.fcs.splice(sheet.fcs.indexOf(alive()), 1);
        },
      },
      "FormatCondition",
    ) as unknown as EtFormatCondition;
  }
}

/** Application.ApiEvent: listeners by event name; tests fire events as WPS would. */
export class EventsDouble implements EtEvents {
  readonly listeners = new Map<string, ((...args: never[]) => void)[]>();
  AddApiEventListener(name: string, callback: (...args: never[]) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
  }
  fire(name: string, ...args: unknown[]): void {
    for (const f of this.listeners.get(name) ?? []) (f as (...a: unknown[]) => void)(...args);
  }
}
