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
import { activeIndex } from "../catalog/registry";
import { asMatrix, broadcast, type Matrix } from "./matrix";

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

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function text(v: unknown, what: string): string | Fault {
  if (isErrorValue(v)) return new Fault("#VALUE!", `${what}是错误值`);
  if (typeof v === "boolean") return new Fault("#VALUE!", `${what}需要文字，不是逻辑值`);
  if (blank(v)) return new Fault("#VALUE!", `请填写${what}`);
  return String(v);
}

function cityOf(index: CatalogIndex, v: unknown): City | Fault {
  const t = text(v, "城市");
  if (t instanceof Fault) return t;
  const r = index.resolveCity(t);
  return r.ok ? r.value : new Fault("#N/A", r.message);
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
  if (isErrorValue(v)) return new Fault("#VALUE!", "实际值是错误值");
  if (blank(v)) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return new Fault("#VALUE!", "实际值无法读取");
}

function perEntry(args: unknown[], f: (entry: Indicator, rest: unknown[]) => Cell): Matrix {
  const index = activeIndex();
  const ms = args.map(asMatrix);
  return broadcast(ms, ([c, n, ...rest]) => guard(() => {
    const e = entryOf(index, c, n);
    return e instanceof Fault ? e : f(e, rest);
  }), outOfShape);
}

export function target(city: unknown, indicator: unknown): Matrix {
  return perEntry([city, indicator], (e) => targetForExcel(e));
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
};
const INFO_ALIASES: Record<string, string> = {
  名称: "name", 指标: "name", 编号: "id", 城市: "city", 类别: "category", 单位: "unit", 比较: "comparator", 比较符: "comparator",
  数值: "value", 目标值: "value", 上限: "max", 目标: "target", 期限: "deadline", 年份: "deadline", 原文: "quote", 依据原文: "quote",
  出处: "source", 来源: "source", 概念: "concept", 别名: "aliases",
};
export const INFO_FIELD_NAMES = Object.keys(INFO_FIELDS);

export function info(city: unknown, indicator: unknown, field: unknown): Matrix {
  return perEntry([city, indicator, field], (e, [f]) => {
    const t = text(f, "字段");
    if (t instanceof Fault) return t;
    const key = INFO_ALIASES[t.trim()] ?? t.trim().toLowerCase();
    const get = INFO_FIELDS[key];
    return get ? get(e) : new Fault("#VALUE!", `没有字段“${t}”。可用：${INFO_FIELD_NAMES.join(", ")} 或 单位、比较、期限、类别、原文、出处`);
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
  const vs = column(values);
  const ys = column(years);
  if ([...vs, ...ys].some(isErrorValue)) return [[new Fault("#VALUE!", "数值或年份中有错误值"), ""]];
  const yearNums = ys.map((y) => (blank(y) ? null : typeof y === "number" ? y : Number(String(y).replace(/年$/, ""))));
  const b = blank(baseline) ? undefined : (asMatrix(baseline)[0]![0] as Actual);
  const by = blank(baselineYear) ? null : Number(asMatrix(baselineYear)[0]![0]);
  try {
    const p = progress(e, {
      values: vs.map((v) => (blank(v) ? null : (v as Actual))),
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
  const index = activeIndex();
  const t = text(asMatrix(conceptOrName)[0]![0], "指标名称或概念");
  if (t instanceof Fault) return [[t]];
  const r = findConcept(index, t);
  if (!r.ok) return [[new Fault("#N/A", r.message)]];
  const rows: Cell[][] = [COMPARE_HEADER, ...r.comparison.rows.map((x) => [x.city, x.name, x.target, x.value, x.unit, x.deadline ?? "", x.quote])];
  for (const w of r.comparison.warnings) rows.push(["说明", w, "", "", "", "", ""]);
  return rows;
}
