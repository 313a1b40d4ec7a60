/**
 * What each QC_ function answers, as pure functions over the active catalogue. Errors are returned
 * as values ({@link Fault}) rather than thrown, so one bad cell in a spilled range is one error cell,
 * and nothing escapes uncaught into Excel. `functions.ts` turns faults into CustomFunctions.Error.
 */
import {
  ActualValueError,
  evaluate,
  findConcept,
  formatTarget,
  progress,
  STATUS_LABEL,
  targetForExcel,
  targetMaxForExcel,
  type CatalogIndex,
  type City,
  type Indicator,
} from "../catalog";
import { activeIndex, importedCatalogs } from "../catalog/registry";
import { asMatrix, broadcast, shapeOf, trimTrailingBlankRows, type Matrix } from "./matrix";

/** Calls answering more cells than this remember answers for repeated arguments. */
const MEMO_ABOVE_CELLS = 256;
import { dependsOnImported } from "./recalc";

export type FaultCode = "#N/A" | "#VALUE!";
export class Fault {
  constructor(
    readonly code: FaultCode,
    readonly message: string,
  ) {}
}

export type Cell = string | number | boolean | Fault;

/** Excel error values reach us as CustomFunctions.Error objects (or look-alikes); they propagate as #VALUE!. */
function isErrorValue(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && ("code" in v || v instanceof Error);
}

/**
 * A data-typed cell value, as Excel hands it to an `any` parameter when functions.json allows
 * custom data (allowCustomDataForDataTypeAny): an object with a `type` (Double, String, Boolean,
 * FormattedNumber, Entity, LinkedEntity, WebImage, Error …), its `basicType` and `basicValue` (what
 * the cell means to a formula that knows no data types), and for entities the `text` shown.
 */
interface DataTyped {
  type: string;
  basicType?: string;
  basicValue?: unknown;
  text?: unknown;
}
function isDataTyped(v: unknown): v is DataTyped {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as DataTyped).type === "string" && ("basicValue" in v || "basicType" in v);
}
/** A data-typed error value (type Error, basicValue "#DIV/0!") is an error value like any other. */
function isDataTypedError(v: DataTyped): boolean {
  return v.type === "Error" || (v.basicType === "Error" && typeof v.basicValue === "string" && v.basicValue !== "#VALUE!");
}
/** The plain value a data-typed cell stands for: its basic value when that is a number, text or logical value. */
function basicOf(v: DataTyped): string | number | boolean | null {
  const b = v.basicValue;
  return (typeof b === "number" && Number.isFinite(b)) || typeof b === "string" || typeof b === "boolean" ? b : null;
}
const typeLabel = (v: DataTyped) => (v.type === "Entity" || v.type === "LinkedEntity" ? "实体" : v.type === "WebImage" ? "图片" : v.type);

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function text(v: unknown, what: string): string | Fault {
  if (isDataTyped(v)) {
    if (isDataTypedError(v)) return new Fault("#VALUE!", `${what}是错误值`);
    const b = basicOf(v);
    if (v.basicType !== "Error" && b !== null) return text(b, what);
    // An entity (a 地理 data type cell showing 泰安市, say) is read by the text it shows.
    if (typeof v.text === "string" && v.text.trim() !== "") return v.text;
    return new Fault("#VALUE!", `${what}是数据类型的值（${typeLabel(v)}），读不出文字；请改为文字，或引用它的字段（如 =A2.名称）`);
  }
  if (isErrorValue(v)) return new Fault("#VALUE!", `${what}是错误值`);
  if (typeof v === "boolean") return new Fault("#VALUE!", `${what}需要文字，不是逻辑值`);
  if (typeof v === "object" && v !== null) return new Fault("#VALUE!", `${what}无法读取`);
  if (blank(v)) return new Fault("#VALUE!", `请填写${what}`);
  return String(v);
}

function cityOf(index: CatalogIndex, v: unknown): City | Fault {
  const t = text(v, "城市");
  if (t instanceof Fault) return t;
  const r = index.resolveCity(t);
  // An unknown city may be an imported one not read yet; an imported one may be re-imported or
  // removed: either way this answer must be recomputed when the imported cities change.
  if (!r.ok || isImported(r.value)) dependsOnImported();
  return r.ok ? r.value : new Fault("#N/A", r.message);
}

function isImported(city: City): boolean {
  for (const s of importedCatalogs()) if (s.city === city) return true;
  return false;
}

function entryOf(index: CatalogIndex, cityArg: unknown, nameArg: unknown): Indicator | Fault {
  const city = cityOf(index, cityArg);
  if (city instanceof Fault) return city;
  const name = text(nameArg, "指标名称");
  if (name instanceof Fault) return name;
  const r = index.resolveIndicator(city, name);
  return r.ok ? r.value : new Fault("#N/A", r.message);
}

function outOfShape(): Fault {
  return new Fault("#N/A", "参数区域的大小不一致");
}

/** Runs a cell computation, turning unreadable actual values into #VALUE! and anything unexpected into #VALUE! with its message. */
function guard(f: () => Cell): Cell {
  try {
    return f();
  } catch (e) {
    if (e instanceof ActualValueError) return new Fault("#VALUE!", e.message);
    return new Fault("#VALUE!", e instanceof Error ? e.message : String(e));
  }
}

type Actual = string | number | boolean | null;

function actualOf(v: unknown): Actual | Fault {
  if (isDataTyped(v)) {
    if (isDataTypedError(v)) return new Fault("#VALUE!", "实际值是错误值");
    const b = basicOf(v);
    if (v.basicType !== "Error" && b !== null) return actualOf(b);
    return new Fault("#VALUE!", `实际值是数据类型的值（${typeLabel(v)}），没有可比较的数值；请引用它的数值字段（如 =A2.数值）`);
  }
  if (isErrorValue(v)) return new Fault("#VALUE!", "实际值是错误值");
  if (blank(v)) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return new Fault("#VALUE!", "实际值无法读取");
}

/**
 * One answer per position of the broadcast arguments. A whole-column reference (A:A, 1,048,576
 * rows) answers for its filled part: trailing rows blank in every multi-row argument are left out
 * (see {@link trimTrailingBlankRows}), so the result spills as far as the data goes.
 */
/** A 1×1 argument (one cell) or a scalar: its value; else undefined. */
function single(a: unknown): { v: unknown } | undefined {
  if (!Array.isArray(a)) return { v: a };
  const row = a.length === 1 ? a[0] : undefined;
  return Array.isArray(row) && row.length === 1 ? { v: row[0] } : undefined;
}

function perEntry(args: unknown[], f: (entry: Indicator, rest: unknown[]) => Cell): Matrix {
  const index = activeIndex();
  // The common call — one city and one name, a cell each — needs no broadcasting.
  if (args.length <= 3) {
    const a = single(args[0]);
    const b = a && single(args[1]);
    const c = args.length === 3 ? b && single(args[2]) : b;
    if (a && b && c) {
      const rest = args.length === 3 ? [c.v] : [];
      return [[guard(() => {
        const e = entryOf(index, a.v, b.v);
        return e instanceof Fault ? e : f(e, rest);
      })]];
    }
  }
  const ms = trimTrailingBlankRows(args.map(asMatrix), blank);
  const one = (values: unknown[]): Cell => {
    const [c, n, ...rest] = values;
    return guard(() => {
      const e = entryOf(index, c, n);
      return e instanceof Fault ? e : f(e, rest);
    });
  };
  const { rows, cols } = shapeOf(ms);
  if (rows * cols <= MEMO_ABOVE_CELLS) return broadcast(ms, one, outOfShape);
  // Within one large call, equal plain arguments give equal answers: a column of repeated names costs
  // one resolution per distinct row, not one per cell.
  const memo = new Map<string, Cell>();
  return broadcast(ms, (values) => {
    const key = values.every((v) => v === null || v === undefined || typeof v === "string" || typeof v === "number") ? values.map((v) => (v === null || v === undefined ? "" : `${typeof v === "number" ? "n" : "s"}${v}`)).join("\u0001") : null;
    const known = key === null ? undefined : memo.get(key);
    if (known !== undefined) return known;
    const answer = one(values);
    if (key !== null && memo.size < 100_000) memo.set(key, answer);
    return answer;
  }, outOfShape);
}

export function target(city: unknown, indicator: unknown, year: unknown = null): Matrix {
  if (year === null || year === undefined) return perEntry([city, indicator], targetForExcel);
  return perEntry([city, indicator, year], (e, [y]) => targetInYear(e, y));
}

/** Reads a year argument: 2023, "2023" or "2023年"; blank → null (the final target). */
function yearOf(v: unknown): number | null | Fault {
  if (isDataTyped(v)) {
    const b = basicOf(v);
    if (isDataTypedError(v) || v.basicType === "Error" || b === null) return new Fault("#VALUE!", "年份需要是数字，如 2023");
    return yearOf(b);
  }
  if (isErrorValue(v)) return new Fault("#VALUE!", "年份是错误值");
  if (blank(v)) return null;
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim().replace(/年$/, "")) : Number.NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) return new Fault("#VALUE!", `年份“${String(v)}”无效，应为如 2023 的年份`);
  return n;
}

/**
 * The target due by a year: the final target for the deadline year (or when no year is given), a
 * milestone for an interim year, and for any other year #N/A naming the years the plan sets.
 */
function targetInYear(e: Indicator, y: unknown): Cell {
  const year = yearOf(y);
  if (year instanceof Fault) return year;
  if (year === null || year === e.deadline) return targetForExcel(e);
  const m = e.milestones?.find((x) => x.year === year);
  if (m) return targetForExcel({ ...e, value: m.value });
  const years = [...(e.milestones ?? []).map((x) => `${x.year}年`), ...(e.deadline !== null ? [`${e.deadline}年（期限）`] : [])];
  return new Fault(
    "#N/A",
    years.length > 0 ? `“${e.name}”没有${year}年的目标。有目标的年份：${years.join("、")}` : `“${e.name}”没有${year}年的目标：规划未写明期限或分年度目标`,
  );
}

export function meets(city: unknown, indicator: unknown, actual: unknown): Matrix {
  return perEntry([city, indicator, actual], (e, [a]) => {
    const v = actualOf(a);
    if (v instanceof Fault) return v;
    const r = evaluate(e, v);
    return r.status === "nodata" ? "" : r.status === "met";
  });
}

export function status(city: unknown, indicator: unknown, actual: unknown): Matrix {
  return perEntry([city, indicator, actual], (e, [a]) => {
    const v = actualOf(a);
    if (v instanceof Fault) return v;
    return STATUS_LABEL[evaluate(e, v).status];
  });
}

export function gap(city: unknown, indicator: unknown, actual: unknown): Matrix {
  return perEntry([city, indicator, actual], (e, [a]) => {
    const v = actualOf(a);
    if (v instanceof Fault) return v;
    if (e.comparator === "qualitative") return new Fault("#N/A", `“${e.name}”是定性目标，没有数值差距`);
    const r = evaluate(e, v);
    return r.gap === null ? "" : r.gap;
  });
}

const INFO_FIELDS: Record<string, (e: Indicator) => Cell> = {
  name: (e) => e.name,
  id: (e) => e.id,
  city: (e) => e.city,
  category: (e) => e.category,
  unit: (e) => e.unit,
  comparator: (e) => e.comparator,
  value: (e) => (typeof e.value === "number" ? e.value : e.value),
  max: (e) => targetMaxForExcel(e) ?? "",
  target: (e) => formatTarget(e),
  deadline: (e) => e.deadline ?? "",
  quote: (e) => e.quote,
  source: (e) => `seeds/${e.source.file}@${e.source.offset}`,
  concept: (e) => e.concept ?? "",
  aliases: (e) => e.aliases.join("、"),
  baseline: (e) => (e.baseline ? targetForExcel({ ...e, comparator: ">=", value: e.baseline.value }) : ""),
  baselineyear: (e) => e.baseline?.year ?? "",
  milestones: (e) => (e.milestones ?? []).map((m) => `${m.year}年 ${m.value}${e.unit}`).join("；"),
  attribute: (e) => e.attribute ?? "",
};
const INFO_ALIASES: Record<string, string> = {
  名称: "name", 指标: "name", 编号: "id", 城市: "city", 类别: "category", 单位: "unit", 比较: "comparator", 比较符: "comparator",
  数值: "value", 目标值: "value", 上限: "max", 目标: "target", 期限: "deadline", 年份: "deadline", 原文: "quote", 依据原文: "quote",
  出处: "source", 来源: "source", 概念: "concept", 别名: "aliases",
  基线: "baseline", 基期: "baseline", 基线值: "baseline", 基线年份: "baselineyear", 基期年份: "baselineyear",
  里程碑: "milestones", 阶段目标: "milestones", 分年度目标: "milestones", 属性: "attribute",
};
export const INFO_FIELD_NAMES = Object.keys(INFO_FIELDS);

export function info(city: unknown, indicator: unknown, field: unknown): Matrix {
  return perEntry([city, indicator, field], (e, [f]) => {
    const t = text(f, "字段");
    if (t instanceof Fault) return t;
    const key = INFO_ALIASES[t.trim()] ?? t.trim().toLowerCase().replace(/[\s_-]/g, "");
    const get = INFO_FIELDS[key];
    return get ? get(e) : new Fault("#VALUE!", `没有字段“${t}”。可用：${INFO_FIELD_NAMES.join(", ")} 或 单位、比较、期限、类别、原文、出处、基线、里程碑`);
  });
}

export const INDICATOR_HEADER = ["编号", "类别", "指标", "目标", "目标值", "单位", "期限"];

export function indicators(city: unknown, category: unknown): Matrix {
  const index = activeIndex();
  const c = cityOf(index, asMatrix(city)[0]![0]);
  if (c instanceof Fault) return [[c]];
  const cat = blank(category) ? null : asMatrix(category)[0]![0];
  const rows = index.indicators(c, cat === null ? null : String(cat));
  if (rows.length === 0) {
    return [[new Fault("#N/A", `${c.name}没有类别“${String(cat)}”。可用：${index.categories(c).join("、")}`)]];
  }
  return [INDICATOR_HEADER, ...rows.map((e) => [e.id, e.category, e.name, formatTarget(e), targetForExcel(e), e.unit, e.deadline ?? ""])];
}

export function cities(): Matrix {
  dependsOnImported();
  const index = activeIndex();
  return [
    ["城市", "全称", "省份", "规划", "指标数"],
    ...index.cities().map((c) => [c.name, c.fullNames[0] ?? c.name, c.province, c.plan.title, index.indicators(c).length]),
  ];
}

export function find(city: unknown, query: unknown, count: unknown): Matrix {
  const index = activeIndex();
  const c = cityOf(index, asMatrix(city)[0]![0]);
  if (c instanceof Fault) return [[c]];
  const q = asMatrix(query)[0]![0];
  const n = blank(count) ? 5 : Number(asMatrix(count)[0]![0]);
  if (!Number.isInteger(n) || n < 1 || n > 50) return [[new Fault("#VALUE!", "个数须为 1 到 50 的整数")]];
  if (isErrorValue(q)) return [[new Fault("#VALUE!", "查找文字是错误值")]];
  return index.suggest(c, blank(q) ? "" : String(q), n).map((s) => [s.entry.name]);
}

function column(x: unknown): unknown[] {
  return asMatrix(x).flat();
}

export function progressOf(city: unknown, indicator: unknown, values: unknown, years: unknown, baseline: unknown, baselineYear: unknown): Matrix {
  const index = activeIndex();
  const e = entryOf(index, asMatrix(city)[0]![0], asMatrix(indicator)[0]![0]);
  if (e instanceof Fault) return [[e, ""]];
  let vs = column(values);
  let ys = column(years);
  // A whole column of values or years: only the filled part is a series.
  if (vs.length > 1 || ys.length > 1) {
    let last = Math.max(vs.length, ys.length) - 1;
    while (last > 0 && blank(vs[last]) && blank(ys[last])) last--;
    vs = vs.slice(0, last + 1);
    ys = ys.slice(0, last + 1);
  }
  if (vs.some(isErrorValue) || ys.some(isErrorValue)) return [[new Fault("#VALUE!", "数值或年份中有错误值"), ""]];
  const actuals: (Actual | Fault)[] = vs.map((v) => actualOf(v));
  const bad = actuals.find((a): a is Fault => a instanceof Fault);
  if (bad) return [[bad, ""]];
  const yearNums: (number | null)[] = [];
  for (const y of ys) {
    const n = isDataTyped(y) ? yearOf(y) : blank(y) ? null : typeof y === "number" ? y : Number(String(y).replace(/年$/, ""));
    if (n instanceof Fault) return [[n, ""]];
    yearNums.push(n);
  }
  const b0 = blank(baseline) ? null : actualOf(asMatrix(baseline)[0]![0]);
  if (b0 instanceof Fault) return [[new Fault("#VALUE!", `基线：${b0.message}`), ""]];
  const b = b0 === null ? undefined : b0;
  const by = blank(baselineYear) ? null : Number(asMatrix(baselineYear)[0]![0]);
  try {
    const p = progress(e, {
      values: actuals as Actual[],
      years: yearNums,
      baseline: b,
      baselineYear: by,
      asOfYear: new Date().getFullYear(),
    });
    // The projection in Excel's terms: a fraction for % targets, like QC_TARGET.
    const projected = p.projected === null ? "" : e.unit === "%" ? p.projected / 100 : p.projected;
    return [[p.label, projected]];
  } catch (err) {
    return [[new Fault("#VALUE!", err instanceof Error ? err.message : String(err)), ""]];
  }
}

export const COMPARE_HEADER = ["城市", "指标", "目标", "目标值", "单位", "期限", "原文"];

export function compare(conceptOrName: unknown): Matrix {
  dependsOnImported();
  const index = activeIndex();
  const t = text(asMatrix(conceptOrName)[0]![0], "指标名称或概念");
  if (t instanceof Fault) return [[t]];
  const r = findConcept(index, t);
  if (!r.ok) return [[new Fault("#N/A", r.message)]];
  const rows: Cell[][] = [COMPARE_HEADER, ...r.comparison.rows.map((x) => [x.city, x.name, x.target, x.value, x.unit, x.deadline ?? "", x.quote])];
  for (const w of r.comparison.warnings) rows.push(["说明", w, "", "", "", "", ""]);
  return rows;
}
