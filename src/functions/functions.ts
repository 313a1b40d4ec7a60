/**
 * The QC_ custom functions. This file is the metadata source: custom-functions-metadata-plugin reads
 * the JSDoc below to generate functions.json (ids, names, parameters, result shapes) and appends the
 * CustomFunctions.associate calls at build time. Every function is synchronous over the in-memory
 * catalogue (no network, nothing that can hang) and takes `any[][]` so ranges spill.
 *
 * Bump <Version> in manifest.xml whenever a signature here changes: Excel caches functions.json.
 *
 * Every function asks for its caller's address (`@requiresAddress`, CustomFunctionsRuntime 1.1) so
 * that answers depending on the imported cities can be recomputed alone when those change
 * (recalc.ts). CustomFunctions.Error needs CustomFunctionsRuntime 1.2 and ErrorCode 1.3; the
 * manifest requires 1.3, and the codes fall back to their text where ErrorCode is missing.
 */
/* global CustomFunctions */
// Parameters and results are typed `any` / `any[][]` on purpose: the metadata generator reads exactly
// those as Excel's any-value and range types.
import * as impl from "./impl";
import type { Matrix } from "./matrix";
import { calledFrom } from "./recalc";

type Out = (string | number | boolean | CustomFunctions.Error)[][];

function toExcel(m: Matrix): any[][] {
  return m.map((row) =>
    row.map((v) => {
      if (v instanceof impl.Fault) {
        const codes = (CustomFunctions as { ErrorCode?: typeof CustomFunctions.ErrorCode }).ErrorCode;
        const code = v.code === "#N/A" ? (codes?.notAvailable ?? "#N/A") : (codes?.invalidValue ?? "#VALUE!");
        return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, v.message);
      }
      return v as string | number | boolean;
    }),
  );
}

/** Runs one call on behalf of the cell Excel names, and never lets anything escape into Excel. */
function answer<A extends unknown[]>(invocation: CustomFunctions.Invocation | undefined, f: (...args: A) => Matrix, ...args: A): any[][] {
  try {
    return toExcel(calledFrom(invocation?.address, f, ...args));
  } catch (e) {
    return toExcel([[new impl.Fault("#VALUE!", e instanceof RangeError ? "区域太大，无法计算：请只引用有数据的部分，如 A2:A500" : e instanceof Error ? e.message : String(e))]]);
  }
}

/** Optional parameters arrive as null from Excel (not undefined); both mean "not given". */
function given<T>(x: T | null | undefined): T | null {
  return x === undefined ? null : x;
}

/**
 * 指标的目标值。百分比目标返回小数（98% → 0.98），可直接与百分比格式的单元格比较；定性目标返回目标文字。给出年份时返回该年的阶段目标（期限年为最终目标）。
 * @customfunction QC_TARGET QC_TARGET
 * @helpurl https://localhost:3000/help.html#qc_target
 * @param {any[][]} city 城市，如“泰安”“泰安市”或“Tai'an”（可为区域）
 * @param {any[][]} indicator 指标名称，如“农产品监测合格率”（可为区域，结果随之展开）
 * @param {any[][]} [year] 年份，如 2023（可省略：最终目标）
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 目标值
 */
export function QC_TARGET(city: any[][], indicator: any[][], year?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.target, city, indicator, given(year));
}

/**
 * 实际值是否达到目标：TRUE 或 FALSE；实际值为空时返回空白（无数据，不算未达标）。
 * @customfunction QC_MEETS QC_MEETS
 * @helpurl https://localhost:3000/help.html#qc_meets
 * @param {any[][]} city 城市
 * @param {any[][]} indicator 指标名称
 * @param {any[][]} actual 实际值（97.5%、0.975 或 97.5 均可；定性目标填“已达成/未达成”）
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} TRUE / FALSE
 */
export function QC_MEETS(city: any[][], indicator: any[][], actual: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.meets, city, indicator, actual);
}

/**
 * 完成情况：达标、未达标或无数据。
 * @customfunction QC_STATUS QC_STATUS
 * @helpurl https://localhost:3000/help.html#qc_status
 * @param {any[][]} city 城市
 * @param {any[][]} indicator 指标名称
 * @param {any[][]} actual 实际值
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 达标 / 未达标 / 无数据
 */
export function QC_STATUS(city: any[][], indicator: any[][], actual: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.status, city, indicator, actual);
}

/**
 * 与目标的差距，按目标的单位计（百分比目标为百分点）：≥0 表示达标（余量），<0 表示未达标（差多少）。上限类目标（如噪声≤56）为 目标−实际。
 * @customfunction QC_GAP QC_GAP
 * @helpurl https://localhost:3000/help.html#qc_gap
 * @param {any[][]} city 城市
 * @param {any[][]} indicator 指标名称
 * @param {any[][]} actual 实际值
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 差距
 */
export function QC_GAP(city: any[][], indicator: any[][], actual: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.gap, city, indicator, actual);
}

/**
 * 指标的一项信息：单位、比较、期限、类别、原文、出处、目标、名称、编号、概念、基线、里程碑（中英文字段名均可：unit, comparator, deadline, category, quote, source, baseline, milestones …）。
 * @customfunction QC_INFO QC_INFO
 * @helpurl https://localhost:3000/help.html#qc_info
 * @param {any[][]} city 城市
 * @param {any[][]} indicator 指标名称
 * @param {any[][]} field 字段，如“单位”“期限”“原文”
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 字段值
 */
export function QC_INFO(city: any[][], indicator: any[][], field: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.info, city, indicator, field);
}

/**
 * 一个城市的全部指标（带表头的表格，自动展开），可按类别筛选。
 * @customfunction QC_INDICATORS QC_INDICATORS
 * @helpurl https://localhost:3000/help.html#qc_indicators
 * @param {any} city 城市
 * @param {any} [category] 类别，如“产品质量”（可省略）
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 编号、类别、指标、目标、目标值、单位、期限
 */
export function QC_INDICATORS(city: any, category?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.indicators, city, given(category));
}

/**
 * 目录中的城市（带表头的表格）。
 * @customfunction QC_CITIES QC_CITIES
 * @helpurl https://localhost:3000/help.html#qc_cities
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 城市、全称、省份、规划、指标数
 */
export function QC_CITIES(invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.cities);
}

/**
 * 查找与文字最接近的指标名称（一列，最接近的在前），用于确认指标的准确名称。
 * @customfunction QC_FIND QC_FIND
 * @helpurl https://localhost:3000/help.html#qc_find
 * @param {any} city 城市
 * @param {any} text 要查找的文字，如“噪声”
 * @param {any} [count] 返回个数（默认 5）
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 指标名称
 */
export function QC_FIND(city: any, text: any, count?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.find, city, text, given(count));
}

/**
 * 逐年进度：已达标、按期可达、进度滞后、逾期未达或无数据，以及按当前趋势推算的期限年数值。
 * @customfunction QC_PROGRESS QC_PROGRESS
 * @helpurl https://localhost:3000/help.html#qc_progress
 * @param {any[][]} city 城市
 * @param {any[][]} indicator 指标名称
 * @param {any[][]} values 各年实际值（一行或一列）
 * @param {any[][]} years 对应的年份
 * @param {any} [baseline] 基线值（可省略，默认取最早的数值）
 * @param {any} [baselineYear] 基线年份
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 状态、期限年推算值
 */
export function QC_PROGRESS(city: any[][], indicator: any[][], values: any[][], years: any[][], baseline?: any, baselineYear?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.progressOf, city, indicator, values, years, given(baseline), given(baselineYear));
}

/**
 * 各城市同一指标（同一概念）的目标对比：城市、指标、目标、目标值、单位、期限、原文；口径不同处附“说明”行。
 * @customfunction QC_COMPARE QC_COMPARE
 * @helpurl https://localhost:3000/help.html#qc_compare
 * @param {any} indicator 指标名称或概念，如“污水处理率”
 * @param {CustomFunctions.Invocation} invocation 调用信息
 * @requiresAddress
 * @returns {any[][]} 对比表
 */
export function QC_COMPARE(indicator: any, invocation?: CustomFunctions.Invocation): any[][] {
  return answer(invocation, impl.compare, indicator);
}
