/**
 * A recording fake of the parts of Excel's object model that src/excel uses, faithful where our
 * code depends on Office.js semantics:
 *  - reading a property before `load()` and `context.sync()` throws (Office.js's PropertyNotLoaded);
 *  - loaded values are a snapshot taken at the sync after `load()`;
 *  - `context.sync()` calls are counted, and each sync's response size is measured so tests can
 *    hold reads within Office.js's payload limit (about 5 MB per request);
 *  - writing a string that starts with "=" into `values` makes a formula, as Excel does, unless the
 *    cell's number format is text ("@");
 *  - errors are OfficeExtension.Error-like (`code` such as ItemNotFound, Office's own English
 *    message), and a missing item named in `getItem` fails at the next sync, as Office.js does;
 *  - worksheet ids are stable only within a session: `reopen()` (save, close, open) renumbers them by
 *    position and drops event handlers, as Excel may; sheet-scoped names, settings, cells and rules
 *    travel with the file. Users can rename, move and delete sheets (`renameSheet`, `moveSheet`,
 *    `deleteSheet`).
 * office-addin-mock builds models from plain data but neither counts syncs nor fails on unloaded
 * reads, so it cannot prove what these tests need to prove.
 */

export class PropertyNotLoadedError extends Error {
  constructor(prop: string) {
    super(`PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

/** Office's own (English) messages, as OfficeExtension.Error carries them. */
export const OFFICE_MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  GeneralException: "There was an internal error while processing the request.",
};

/** Shaped like OfficeExtension.Error: name "RichApi.Error", a `code`, Office's message, debugInfo. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    errorLocation?: string,
  ) {
    super(OFFICE_MESSAGES[code] ?? "An internal error has occurred.");
    this.debugInfo = { code, message: this.message, errorLocation };
  }
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
}

export interface FakeCf {
  id: string;
  /** "Custom" unless a test adds a user's data bar or colour scale. */
  type?: string;
  range: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
export const colLetter = (i: number): string => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** "A1:C3" / "B2" / "A:A" (bounded by the sheet's extent) → 0-based bounds. */
export function parseAddress(address: string, extent = { rows: 1_048_576 }): { r0: number; c0: number; r1: number; c1: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":") as [string, string?];
  const parse = (s: string) => {
    const m = /^([A-Z]+)?(\d+)?$/i.exec(s)!;
    return { c: m[1] ? colIndex(m[1]) : 0, r: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const p = parse(a);
  const q = parse(b!);
  return { r0: p.r < 0 ? 0 : p.r, c0: p.c, r1: q.r < 0 ? extent.rows - 1 : q.r, c1: q.c };
}

export function addressOf(r0: number, c0: number, r1: number, c1: number): string {
  const a = `${colLetter(c0)}${r0 + 1}`;
  const b = `${colLetter(c1)}${r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function emptyCell(): FakeCell {
  return { value: null, formula: null, numberFormat: "General", fill: null, fontColor: null, bold: false };
}

export interface FakeName {
  name: string;
  /** As written: "=…" (a constant or a reference). */
  formula: string;
  visible: boolean;
  comment: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  /** The same cells by column, then row: column reads and used-range probes touch only their column. */
  readonly byColumn = new Map<number, Map<number, FakeCell>>();
  cfs: FakeCf[] = [];
  tables: { name: string; address: string; style: string }[] = [];
  validations: { address: string; rule: unknown }[] = [];
  merges: string[] = [];
  frozen: { rows: number; columns: number } | null = null;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  charts: FakeChart[] = [];
  changeHandlers: ((e: { address: string; worksheetId: string }) => Promise<void> | void)[] = [];
  /** Names scoped to this sheet (they travel with it when it is renamed, moved or saved). */
  names = new Map<string, FakeName>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(
    public name: string,
    /** Stable only within a session: FakeContext.reopen() renumbers it. */
    public id: string,
  ) {}
  cell(r: number, c: number): FakeCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
      let column = this.byColumn.get(c);
      if (!column) this.byColumn.set(c, (column = new Map()));
      column.set(r, cell);
    }
    return cell;
  }
  peek(address: string): FakeCell {
    const { r0, c0 } = parseAddress(address);
    return this.cells.get(`${r0},${c0}`) ?? emptyCell();
  }
  /** Sets a value as a user typing it would (for tests). */
  type(address: string, value: string | number | boolean | null, numberFormat?: string): void {
    const { r0, c0 } = parseAddress(address);
    const cell = this.cell(r0, c0);
    cell.value = value;
    cell.formula = null;
    if (numberFormat) cell.numberFormat = numberFormat;
  }
  /** The bounding box of the used cells (within `within`, when given), as Excel's used range. */
  usedBox(valuesOnly: boolean, within?: { r0: number; c0: number; r1: number; c1: number }): { r0: number; c0: number; r1: number; c1: number } | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const empty = JSON.stringify(emptyCell());
    for (const [c, column] of this.byColumn) {
      if (within && (c < within.c0 || c > within.c1)) continue;
      for (const [r, cell] of column) {
        if (within && (r < within.r0 || r > within.r1)) continue;
        if (valuesOnly ? cell.value === null && cell.formula === null : JSON.stringify(cell) === empty) continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
  usedExtent(valuesOnly: boolean): { r1: number; c1: number } | null {
    return this.usedBox(valuesOnly);
  }
  /** A deep copy of everything a user could see, to compare before/after. */
  snapshot(): string {
    return JSON.stringify({
      cells: [...this.cells].filter(([, c]) => JSON.stringify(c) !== JSON.stringify(emptyCell())).sort(),
      cfs: this.cfs.map(({ id: _id, ...rest }) => rest),
      tables: this.tables,
      validations: this.validations,
      merges: this.merges,
      frozen: this.frozen,
    });
  }
}

/** The JSON size of a loaded value as Office.js would send it: proxies count as a small object each. */
function jsonSize(v: unknown): number {
  return JSON.stringify(v ?? null, (_k, x) => (x instanceof Loadable ? "{proxy}" : typeof x === "function" ? undefined : x)).length;
}

/** Base of loadable proxies: load() queues, sync() snapshots, reads of unloaded properties throw. */
abstract class Loadable {
  #loaded = new Map<string, unknown>();
  #pending: string[] = [];
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract read(): Record<string, unknown>;
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : props ? Object.keys(props) : ["*"];
    this.#pending.push(...list.map((p) => p.trim()));
    this.ctx.queueLoad(this);
    return this;
  }
  /** Called by the context at sync. Returns what was loaded (the context measures it when asked). */
  applyLoad(): unknown[] {
    const all = this.read();
    const keys = this.#pending.includes("*") ? Object.keys(all) : this.#pending.map((p) => p.split("/")[0]!);
    const loaded: unknown[] = [];
    for (const k of keys) {
      const v = all[k];
      this.#loaded.set(k, v);
      loaded.push(v);
    }
    this.#pending = [];
    return loaded;
  }
  protected get<T>(prop: string): T {
    if (!this.#loaded.has(prop)) throw new PropertyNotLoadedError(prop);
    return this.#loaded.get(prop) as T;
  }
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly bounds: { r0: number; c0: number; r1: number; c1: number },
  ) {
    super(ctx);
  }
  private each<T>(f: (cell: FakeCell, r: number, c: number) => T): T[][] {
    this.ctx.cellsRead += (this.bounds.r1 - this.bounds.r0 + 1) * (this.bounds.c1 - this.bounds.c0 + 1);
    const out: T[][] = [];
    const columns: (Map<number, FakeCell> | undefined)[] = [];
    for (let c = this.bounds.c0; c <= this.bounds.c1; c++) columns.push(this.sheet.byColumn.get(c));
    const blank = emptyCell();
    for (let r = this.bounds.r0; r <= this.bounds.r1; r++) {
      const row: T[] = [];
      for (let c = this.bounds.c0; c <= this.bounds.c1; c++) row.push(f(columns[c - this.bounds.c0]?.get(r) ?? blank, r, c));
      out.push(row);
    }
    return out;
  }
  protected read() {
    const b = this.bounds;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const range = this;
    // Getters: only what was loaded is computed (as Office.js sends only what was asked for).
    return {
      get values() {
        return range.each((c) => (c.formula !== null ? (c.value ?? 0) : (c.value ?? "")));
      },
      get formulas() {
        return range.each((c) => c.formula ?? c.value ?? "");
      },
      get numberFormat() {
        return range.each((c) => c.numberFormat);
      },
      address: `${this.sheet.name}!${addressOf(b.r0, b.c0, b.r1, b.c1)}`,
      rowCount: b.r1 - b.r0 + 1,
      columnCount: b.c1 - b.c0 + 1,
      rowIndex: b.r0,
      columnIndex: b.c0,
    };
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write(v, (cell, x) => {
      const text = typeof x === "string";
      if (text && (x as string).startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = x as string;
        cell.value = null;
      } else {
        cell.formula = null;
        cell.value = x === "" ? null : (x as FakeCell["value"]);
      }
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = x;
        cell.value = null;
      } else {
        cell.formula = null;
        cell.value = x === "" ? null : (x as FakeCell["value"]);
      }
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write(v, (cell, x) => (cell.numberFormat = String(x)));
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  private write(v: unknown[][], f: (cell: FakeCell, x: unknown) => void): void {
    this.ctx.recordWrite();
    const rows = this.bounds.r1 - this.bounds.r0 + 1;
    const cols = this.bounds.c1 - this.bounds.c0 + 1;
    const single = v.length === 1 && v[0]!.length === 1;
    if (!single && (v.length !== rows || v.some((r) => r.length !== cols))) throw new Error(`InvalidArgument: expected ${rows}x${cols} values`);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(this.sheet.cell(this.bounds.r0 + r, this.bounds.c0 + c), single ? v[0]![0] : v[r]![c]);
  }
  /** Defined per range by wireRange: the setters our code uses, recording into the sheet. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  declare readonly format: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  declare readonly dataValidation: any;
  merge(): void {
    this.ctx.recordWrite();
    const b = this.bounds;
    this.sheet.merges.push(addressOf(b.r0, b.c0, b.r1, b.c1));
  }
  select(): void {
    this.ctx.selected = `${this.sheet.name}!${addressOf(this.bounds.r0, this.bounds.c0, this.bounds.r1, this.bounds.c1)}`;
  }
  set columnHidden(h: boolean) {
    for (let c = this.bounds.c0; c <= this.bounds.c1; c++) (h ? this.sheet.hiddenColumns.add(c) : this.sheet.hiddenColumns.delete(c));
  }
  get conditionalFormats(): FakeCfCollection {
    return new FakeCfCollection(this.ctx, this.sheet, [addressOf(this.bounds.r0, this.bounds.c0, this.bounds.r1, this.bounds.c1)]);
  }
  /** The used part of this range (the bounding box of its non-empty cells), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange & { isNullObject: boolean } {
    const ext = this.sheet.usedBox(valuesOnly, this.bounds);
    const range = wireRange(new FakeRange(this.ctx, this.sheet, ext ?? { r0: 0, c0: 0, r1: 0, c1: 0 })) as FakeRange & { isNullObject: boolean };
    Object.defineProperty(range, "isNullObject", { get: () => ext === null });
    return range;
  }
}

/** Builds the nested format/validation setters bound to one range (kept out of the class body for clarity). */
function wireRange(range: FakeRange): FakeRange {
  const cells = () => {
    const out: FakeCell[] = [];
    for (let r = range.bounds.r0; r <= range.bounds.r1; r++) for (let c = range.bounds.c0; c <= range.bounds.c1; c++) out.push(range.sheet.cell(r, c));
    return out;
  };
  const rec = <T>(f: (x: T) => void) => (x: T) => {
    (range as unknown as { ctx: FakeContext }).ctx.recordWrite();
    f(x);
  };
  const format = {
    fill: { set color(x: string) { rec<string>((v) => cells().forEach((c) => (c.fill = v)))(x); }, clear: () => cells().forEach((c) => (c.fill = null)) },
    font: {
      set color(x: string) { rec<string>((v) => cells().forEach((c) => (c.fontColor = v)))(x); },
      set bold(x: boolean) { rec<boolean>((v) => cells().forEach((c) => (c.bold = v)))(x); },
      set italic(_x: boolean) {},
      set size(_x: number) {},
    },
    set wrapText(_x: boolean) {},
    set horizontalAlignment(_x: string) {},
    set verticalAlignment(_x: string) {},
    set columnWidth(x: number) {
      for (let c = range.bounds.c0; c <= range.bounds.c1; c++) range.sheet.columnWidths.set(c, x);
    },
    protection: { set locked(_x: boolean) {} },
    borders: { getItem: () => ({ set style(_x: string) {}, set color(_x: string) {} }) },
  };
  Object.defineProperty(range, "format", { value: format });
  const validation = {
    clear: () => {
      const a = addressOf(range.bounds.r0, range.bounds.c0, range.bounds.r1, range.bounds.c1);
      range.sheet.validations = range.sheet.validations.filter((v) => v.address !== a);
    },
    set rule(rule: unknown) {
      rec<unknown>((r) => range.sheet.validations.push({ address: addressOf(range.bounds.r0, range.bounds.c0, range.bounds.r1, range.bounds.c1), rule: r }))(rule);
    },
    set errorAlert(_x: unknown) {},
    set prompt(_x: unknown) {},
  };
  Object.defineProperty(range, "dataValidation", { value: validation });
  return range;
}

/** A range's conditional formats: loading lists every rule on the sheet (our ranges span it), add() creates one. */
export class FakeCfCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly ranges: string[],
  ) {
    super(ctx);
  }
  add(_type: string) {
    return this.ctx.newCf(this.sheet, this.ranges);
  }
  protected read() {
    return { items: this.sheet.cfs.map((cf) => this.ctx.cfProxy(this.sheet, cf)) };
  }
  get items(): unknown[] {
    return this.get("items");
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet | null,
  ) {
    super(ctx);
  }
  protected read() {
    const position = this.sheet ? this.ctx.sheets.indexOf(this.sheet) : undefined;
    return { name: this.sheet?.name, id: this.sheet?.id, isNullObject: this.sheet === null, position, visibility: this.sheet?.visibility };
  }
  private must(): FakeSheet {
    if (!this.sheet) throw new FakeOfficeError("ItemNotFound", "Worksheet");
    return this.sheet;
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.ctx.recordWrite();
    this.must().name = n;
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.ctx.recordWrite();
    const s = this.must();
    this.ctx.sheets = this.ctx.sheets.filter((x) => x !== s);
    this.ctx.sheets.splice(Math.min(p, this.ctx.sheets.length), 0, s);
  }
  /** Like Office.js: known after any sync, without an explicit load. */
  get isNullObject(): boolean {
    return this.sheet === null;
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.must().visibility = v as FakeSheet["visibility"];
  }
  /** Names scoped to this sheet. */
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.ctx, this.must());
  }
  getRange(address?: string): FakeRange {
    const whole = { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
    return wireRange(new FakeRange(this.ctx, this.must(), address === undefined ? whole : parseAddress(address)));
  }
  getRanges(addresses: string): { conditionalFormats: FakeCfCollection } {
    return { conditionalFormats: new FakeCfCollection(this.ctx, this.must(), addresses.split(",").map((a) => a.trim())) };
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) this.ctx.failAtSync(new FakeOfficeError("InvalidArgument", "Worksheet.getRangeByIndexes"));
    return wireRange(new FakeRange(this.ctx, this.must(), { r0: r, c0: c, r1: r + Math.max(1, rows) - 1, c1: c + Math.max(1, cols) - 1 }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange & { isNullObject: boolean } {
    const sheet = this.must();
    const ext = sheet.usedBox(valuesOnly);
    const range = wireRange(new FakeRange(this.ctx, sheet, ext ?? { r0: 0, c0: 0, r1: 0, c1: 0 })) as FakeRange & { isNullObject: boolean };
    Object.defineProperty(range, "isNullObject", { get: () => ext === null });
    return range;
  }
  activate(): void {
    this.ctx.activeSheet = this.must();
  }
  /** A worksheet proxy whose properties are already loaded (as items of a loaded collection are). */
  loadAll(): this {
    this.load("*");
    this.applyLoad();
    return this;
  }
  delete(): void {
    this.ctx.recordWrite();
    this.ctx.removeSheet(this.must());
  }
  readonly freezePanes = {
    freezeAt: (address: string) => {
      const { r1, c1 } = parseAddress(address);
      this.must().frozen = { rows: r1 + 1, columns: c1 + 1 };
    },
    freezeRows: (n: number) => {
      this.must().frozen = { rows: n, columns: 0 };
    },
  };
  readonly tables = {
    add: (address: string, _hasHeaders: boolean) => {
      const t = { name: "", address, style: "" };
      this.must().tables.push(t);
      return {
        set name(n: string) {
          t.name = n;
        },
        set style(s: string) {
          t.style = s;
        },
        set showFilterButton(_x: boolean) {},
      };
    },
  };
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      const chart: FakeChart = { type, source: addressOf(source.bounds.r0, source.bounds.c0, source.bounds.r1, source.bounds.c1), seriesBy: seriesBy ?? "Auto", title: undefined, x: undefined, legend: true, series: [] };
      this.must().charts.push(chart);
      const seriesProxy = (s: FakeChartSeries) => ({
        set name(n: string) {
          s.name = n;
        },
        setValues: (r: FakeRange) => void (s.values = addressOf(r.bounds.r0, r.bounds.c0, r.bounds.r1, r.bounds.c1)),
        setXAxisValues: (r: FakeRange) => void (s.x = chart.x = addressOf(r.bounds.r0, r.bounds.c0, r.bounds.r1, r.bounds.c1)),
        delete: () => void (chart.series = chart.series.filter((x) => x !== s)),
      });
      // Excel makes one series per column of the source (seriesBy "Columns"); a one-cell-wide source makes one.
      const b = source.bounds;
      if (seriesBy === "Columns") for (let c = b.c0; c <= b.c1; c++) chart.series.push({ name: undefined, values: addressOf(b.r0, c, b.r1, c), x: undefined });
      else chart.series.push({ name: undefined, values: chart.source, x: undefined });
      return {
        title: { set text(t: string) { chart.title = t; } },
        setPosition: () => undefined,
        legend: { set visible(x: boolean) { chart.legend = x; }, set position(_x: string) {} },
        dataLabels: { set showValue(x: boolean) { chart.dataLabels = x; }, set numberFormat(_f: string) {} },
        axes: { categoryAxis: { title: { set text(_t: string) {} } }, valueAxis: { title: { set text(_t: string) {} }, set numberFormat(_f: string) {} } },
        series: {
          getItemAt: (i: number) => seriesProxy(chart.series[i]!),
          add: (name?: string) => {
            const s: FakeChartSeries = { name, values: undefined, x: undefined };
            chart.series.push(s);
            return seriesProxy(s);
          },
        },
        set name(_x: string) {},
      };
    },
  };
  readonly pageLayout = { set orientation(_x: string) {}, set printTitleRows(_x: string) {}, zoom: {}, setPrintTitleRows: () => undefined };
  readonly onChanged = {
    add: (handler: FakeSheet["changeHandlers"][number]) => {
      this.must().changeHandlers.push(handler);
      return { context: this.ctx, remove: () => (this.must().changeHandlers = this.must().changeHandlers.filter((h) => h !== handler)) };
    },
  };
}

export interface FakeChartSeries {
  name: string | undefined;
  values: string | undefined;
  x: string | undefined;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | undefined;
  /** The category (x) values of the last series given some. */
  x: string | undefined;
  legend: boolean;
  dataLabels?: boolean;
  series: FakeChartSeries[];
}

/** A sheet's names: add, look up (case-insensitively, as Excel does), load, delete. */
export class FakeNamedItemCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  protected read() {
    return { items: [...this.sheet.names.values()].map((n) => new FakeNamedItem(this.ctx, this.sheet, n.name).loadAll()) };
  }
  get items(): FakeNamedItem[] {
    return this.get("items");
  }
  add(name: string, reference: string, comment = ""): FakeNamedItem {
    this.ctx.recordWrite();
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) this.ctx.failAtSync(new FakeOfficeError("InvalidArgument", "NamedItemCollection.add"));
    else if (this.sheet.names.has(name.toLowerCase())) this.ctx.failAtSync(new FakeOfficeError("ItemAlreadyExists", "NamedItemCollection.add"));
    else this.sheet.names.set(name.toLowerCase(), { name, formula: reference.startsWith("=") ? reference : `=${reference}`, visible: true, comment });
    return new FakeNamedItem(this.ctx, this.sheet, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.sheet, name);
  }
}

export class FakeNamedItem extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly key: string,
  ) {
    super(ctx);
  }
  private item(): FakeName | undefined {
    return this.sheet.names.get(this.key.toLowerCase());
  }
  protected read() {
    const n = this.item();
    return { name: n?.name, formula: n?.formula, visible: n?.visible, comment: n?.comment, scope: "Worksheet", isNullObject: !n };
  }
  loadAll(): this {
    this.load("*");
    this.applyLoad();
    return this;
  }
  get isNullObject(): boolean {
    return this.item() === undefined;
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(v: boolean) {
    const n = this.item();
    if (n) n.visible = v;
  }
  delete(): void {
    this.ctx.recordWrite();
    this.sheet.names.delete(this.key.toLowerCase());
  }
}

export class FakeWorksheetCollection extends Loadable {
  protected read() {
    return { items: this.ctx.sheets.map((s) => new FakeWorksheet(this.ctx, s).loadAll()) };
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.findSheet(key));
  }
  /** By name (case-insensitive) or id, as Office.js; a missing sheet fails at the next sync. */
  getItem(key: string): FakeWorksheet {
    const s = this.ctx.findSheet(key);
    if (s) return new FakeWorksheet(this.ctx, s);
    this.ctx.failAtSync(new FakeOfficeError("ItemNotFound", "Worksheets.getItem"));
    // A proxy over a detached sheet: whatever is queued on it goes nowhere; the sync fails first.
    return new FakeWorksheet(this.ctx, new FakeSheet(key, "{detached}"));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.activeSheet);
  }
  add(name: string): FakeWorksheet {
    this.ctx.recordWrite();
    if (this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.ctx.failAtSync(new FakeOfficeError("ItemAlreadyExists", "Worksheets.add"));
      return new FakeWorksheet(this.ctx, new FakeSheet(name, "{detached}"));
    }
    return new FakeWorksheet(this.ctx, this.ctx.addSheet(name));
  }
  readonly onDeleted = {
    add: (handler: (e: { worksheetId: string; type: string; source: string }) => Promise<void> | void) => {
      this.ctx.deletedHandlers.push(handler);
      return { context: this.ctx, remove: () => (this.ctx.deletedHandlers = this.ctx.deletedHandlers.filter((h) => h !== handler)) };
    },
  };
}


export class FakeTableCollection extends Loadable {
  protected read() {
    return { items: this.ctx.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name }))) };
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
}

export class FakeSettings {
  store = new Map<string, unknown>();
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.recordWrite();
    this.store.set(key, JSON.parse(JSON.stringify(value)));
  }
  getItemOrNullObject(key: string) {
    const ctx = this.ctx;
    const store = this.store;
    const item = new (class extends Loadable {
      protected read() {
        return { value: store.get(key) ?? null, isNullObject: !store.has(key) };
      }
      get value(): unknown {
        return this.get("value");
      }
      get isNullObject(): boolean {
        return !store.has(key);
      }
      delete(): void {
        store.delete(key);
      }
    })(ctx);
    return item;
  }
}

/** The request context: counts syncs, measures each sync's response, and owns the workbook state. */
export class FakeContext {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  selected: string | null = null;
  syncCount = 0;
  writes = 0;
  /** Responses not yet measured: sizes are computed only when a test asks (the browser double never does). */
  #unmeasured: unknown[][] = [];
  #largest = 0;
  /** The JSON size of the largest sync response so far (Office.js's limit is about 5 MB). */
  get largestResponse(): number {
    for (const r of this.#unmeasured) this.#largest = Math.max(this.#largest, r.reduce((n: number, v) => n + jsonSize(v), 0));
    this.#unmeasured = [];
    return this.#largest;
  }
  set largestResponse(v: number) {
    this.#unmeasured = [];
    this.#largest = v;
  }
  /** Cells whose values or formats were loaded (a load of A1:XFD1000 counts 16 million). */
  cellsRead = 0;
  deletedHandlers: ((e: { worksheetId: string; type: string; source: string }) => Promise<void> | void)[] = [];
  private queue: Set<{ applyLoad(): unknown[] }> = new Set();
  private pendingError: Error | null = null;
  private cfCounter = 0;
  private idCounter = 0;
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    settings: FakeSettings;
    tables: FakeTableCollection;
  };
  constructor() {
    this.workbook = { worksheets: new FakeWorksheetCollection(this), settings: new FakeSettings(this), tables: new FakeTableCollection(this) };
  }
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, `{${++this.idCounter}}`);
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  /** A sheet by name (case-insensitive) or id, as `worksheets.getItem` finds it. */
  findSheet(key: string): FakeSheet | null {
    return this.sheets.find((x) => x.id === key || x.name.toLowerCase() === key.toLowerCase()) ?? null;
  }
  removeSheet(s: FakeSheet): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.activeSheet === s) this.activeSheet = this.sheets[0] ?? null;
    for (const h of this.deletedHandlers) void h({ worksheetId: s.id, type: "WorksheetDeleted", source: "Local" });
  }
  /** Makes the next sync fail with `error`, as Office.js reports a failed queued command. */
  failAtSync(error: Error): void {
    this.pendingError ??= error;
  }
  queueLoad(x: { applyLoad(): unknown[] }): void {
    this.queue.add(x);
  }
  recordWrite(): void {
    this.writes++;
  }
  async sync(): Promise<void> {
    this.syncCount++;
    const error = this.pendingError;
    this.pendingError = null;
    if (error) {
      this.queue.clear();
      throw error;
    }
    const response: unknown[] = [];
    for (const x of this.queue) response.push(...x.applyLoad());
    this.queue.clear();
    this.#unmeasured.push(response);
  }

  // What users and Excel do between the add-in's batches.

  /** The user renames a sheet (its id stays, within the session). */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }
  /** The user drags a sheet to another position (0-based). */
  moveSheet(name: string, position: number): void {
    const s = this.sheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(position, 0, s);
  }
  /** The user deletes a sheet (Excel fires onDeleted). */
  deleteSheet(name: string): void {
    this.removeSheet(this.sheet(name));
  }
  /**
   * Save, close and open the file again: a new session. Ids are renumbered by position (so an id
   * remembered from the last session may now name another sheet), event handlers are gone, and
   * everything stored in the file (cells, rules, sheet-scoped names, settings) is kept.
   */
  reopen(): void {
    this.sheets.forEach((s, i) => {
      s.id = `{${i + 1}}`;
      s.changeHandlers = [];
    });
    this.idCounter = this.sheets.length;
    this.deletedHandlers = [];
    this.selected = null;
    this.activeSheet = this.sheets[0] ?? null;
  }
  newCf(sheet: FakeSheet, ranges: string[]) {
    const cf: FakeCf = { id: `cf${++this.cfCounter}`, range: ranges.join(","), formula: "", fill: null, fontColor: null };
    sheet.cfs.push(cf);
    this.recordWrite();
    return this.cfProxy(sheet, cf);
  }
  cfProxy(sheet: FakeSheet, cf: FakeCf) {
    const custom = {
      isNullObject: false,
      rule: {
        get formula() {
          return cf.formula;
        },
        set formula(f: string) {
          cf.formula = f;
        },
      },
      format: {
        fill: { set color(c: string) { cf.fill = c; } },
        font: { set color(c: string) { cf.fontColor = c; } },
      },
    };
    const isCustom = (cf.type ?? "Custom") === "Custom";
    const wrongType = () => {
      throw new Error("InvalidOperation: the conditional format is not of the requested type");
    };
    const proxy = {
      id: cf.id,
      type: cf.type ?? "Custom",
      customOrNullObject: isCustom ? custom : Object.defineProperty({ isNullObject: true }, "rule", { get: wrongType, enumerable: false }),
      set priority(_p: number) {},
      set stopIfTrue(_x: boolean) {},
      delete: () => {
        this.recordWrite();
        sheet.cfs = sheet.cfs.filter((x) => x !== cf);
      },
    };
    // Like Office.js: `custom` of a rule of another type cannot be read.
    Object.defineProperty(proxy, "custom", { get: () => (isCustom ? custom : wrongType()), enumerable: false });
    return proxy as typeof proxy & { custom: typeof custom };
  }
  /** Fires a worksheet change as Excel would after the user edits a cell. */
  async edit(sheetName: string, address: string, value: string | number | null): Promise<void> {
    const s = this.sheet(sheetName);
    s.type(address, value);
    for (const h of s.changeHandlers) await h({ address, worksheetId: s.id });
  }
}

/** The fake as the Excel.RequestContext our code is typed against. */
export function asContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
