/**
 * Indicator tables → candidates. Pure.
 *
 * Current plans list their targets in a table: 序号 | 指标 | 单位 | 2020年(基期) | 2025年目标 | 属性.
 * The header tells the columns apart; each row is one target whose deadline is the last year column
 * with a value, earlier target-year columns are its milestones, a 基期/基数/现状 column its baseline.
 * A row that spans the table (一、经济发展) sets the category of the rows below it; notes (注, ★) are
 * not targets. A table without a name column and a value column is not an indicator table (null).
 */
import type { Baseline, Comparator, Milestone } from "../catalog/types";
import type { TableBlock, TableCell } from "./model";
import { parseNumber } from "./numerals";
import { canonicalUnit } from "./patterns";
import { normalizeChars } from "./text";

export interface TableTarget {
  name: string;
  comparator: Comparator;
  value: number | string;
  valueMax: number | null;
  unit: string;
  /** The year of the column the value comes from; null for a 目标值 column without a year. */
  deadline: number | null;
  milestones: Milestone[];
  baseline: Baseline | null;
  attribute: string | null;
  /** The category row above it ("一、经济发展") or its 类别 cell, to be read with the headings. */
  categoryText: string | null;
  quote: { offset: number; end: number };
}

interface ValueColumn {
  col: number;
  year: number | null;
}

interface Columns {
  header: number; // index of the header row
  name: number;
  unit: number;
  category: number;
  attribute: number;
  baseline: ValueColumn | null;
  targets: ValueColumn[];
}

const NAME_HEADER_RE = /^(?:指标名称|指标|主要指标|具体指标|项目|名称|指标内容|二级指标)$/;
const clean = (s: string) => normalizeChars(s).replace(/\s+/g, "");
const BASELINE_WORDS = /基期|基数|基准|现状|现值|实际|完成|基础值|基线/;
/** The five-year plans' last years: a “十四五”目标 column is a 2025 column. */
const PERIOD_END: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };
const yearOf = (s: string) => {
  const m = /((?:19|20)\d{2})/.exec(s);
  if (m) return Number(m[1]);
  const p = /十[一二三四五六]五/.exec(s);
  return p ? PERIOD_END[p[0]]! : null;
};

/** The columns of an indicator table from its header row (the first or second row). */
export function tableColumns(rows: readonly (readonly TableCell[])[], period: { start: number; end: number } | null): Columns | null {
  for (let h = 0; h < Math.min(2, rows.length); h++) {
    let cells = rows[h]!.map((c) => clean(c.text));
    const name = cells.findIndex((c) => NAME_HEADER_RE.test(c));
    if (name < 0) continue;
    // A header of two rows ("指标名称 | 目标值 |" over " | 2023年 | 2025年"): each column's words together.
    let last = h;
    const below = rows[h + 1]?.map((c) => clean(c.text));
    if (below && (below[name] ?? "") === "" && below.some((c) => yearOf(c) !== null && c.length <= 16)) {
      cells = Array.from({ length: Math.max(cells.length, below.length) }, (_, i) => (cells[i] ?? "") + (below[i] ?? ""));
      last = h + 1;
    }
    const values: (ValueColumn & { base: boolean; target: boolean })[] = [];
    cells.forEach((c, col) => {
      if (col === name) return;
      const year = yearOf(c);
      if (year !== null && c.length <= 16) values.push({ col, year, base: BASELINE_WORDS.test(c), target: /目标|预期/.test(c) });
      else if (/^(?:目标值|目标|预期目标|预期值|指标值)$/.test(c)) values.push({ col, year: null, base: false, target: true });
      else if (/^(?:基期值|基准值|现状值|基数|现值)$/.test(c)) values.push({ col, year: null, base: true, target: false });
    });
    if (!values.some((v) => !v.base)) continue;
    const anyTarget = values.some((v) => v.target);
    // A bare year column is the baseline when it precedes the target years ("2020年 | 2025年目标"),
    // or when it is the year before the plan's period (2020 in a 2021—2025 plan).
    const firstTargetYear = values.reduce((min, v) => (v.target && v.year !== null && v.year < min ? v.year : min), Infinity);
    const explicitBase = values.some((v) => v.base);
    let baseline: ValueColumn | null = null;
    const targets: ValueColumn[] = [];
    for (const [i, v] of values.entries()) {
      // Without a column marked 基期, the first bare year column is the baseline when it precedes
      // the columns marked 目标, or when it is before the plan's period (2020 in a 2021—2025 plan).
      const isBase =
        v.base ||
        (!explicitBase &&
          i === 0 &&
          !v.target &&
          v.year !== null &&
          values.length > 1 &&
          ((anyTarget && v.year < firstTargetYear) || (period !== null && v.year < period.start)));
      if (isBase) {
        if (!baseline) baseline = { col: v.col, year: v.year };
      } else targets.push({ col: v.col, year: v.year });
    }
    if (targets.length === 0) continue;
    return {
      header: last,
      name,
      unit: cells.findIndex((c) => /^(?:单位|计量单位)$/.test(c)),
      category: cells.findIndex((c) => /^(?:类别|分类|领域|一级指标|维度)$/.test(c)),
      attribute: cells.findIndex((c) => /^(?:属性|指标属性|指标性质|性质)$/.test(c)),
      baseline,
      targets,
    };
  }
  return null;
}

/** Ceilings: measures plans want low. A name that says it falls (降低, 下降) states the fall, a floor. */
const CEILING_NAME_RE =
  /(?:死亡率|事故率|发生率|伤亡|(?:能耗|排放|碳|用水|耗水|能源消耗|污染)强度|排放量|排放总量|浓度|噪声|时限|时长|用时|耗时|办理时间|审批时间|开办时间|能耗|水耗|煤耗|用水量|投诉率|不合格率|失业率|空置率|负债率|误差|发病率|超标率|逾期率|不良率|召回)/;
/** Shares of things done well are floors even where a ceiling word stands in the name (排放达标率). */
const FLOOR_NAME_RE = /(?:达标率|合格率|处理率|利用率|覆盖率|优良率|普及率|完成率|办结率|执行率|满意度|比例|比重)$/;

export function defaultComparator(name: string): Comparator {
  const n = name.trim();
  if (/降低|下降|减少|削减|压减|降幅|缩短/.test(n)) return ">=";
  if (FLOOR_NAME_RE.test(n) && !/不合格|超标|死亡|事故|投诉/.test(n)) return ">=";
  return CEILING_NAME_RE.test(n) ? "<=" : ">=";
}

interface CellValue {
  value: number | string;
  valueMax: number | null;
  comparator: Comparator | null;
  unit: string;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const VALUE_RE = new RegExp(
  String.raw`^(?<pre>>=|<=|≥|≤|>|<|不低于|不少于|不小于|大于|高于|超过|至少|不超过|不高于|不大于|低于|小于|控制在|达到|保持|稳定在|力争|约)?(?<n1>${NUM})(?:(?:-|~|～|至|到)(?<n2>${NUM}))?(?<unit>[^\d以左]{0,8}?)(?<post>以上|及以上|以下|及以下|以内|左右)?$`,
);
const QUALITATIVE_CELL_RE = /全覆盖|前列|先进水平|领先|消除|实现|达标|零|保持|稳定|提升|持续/;

/** A value cell: "≥95", "95以上", "90-95", "≤0.5", "98%", "全覆盖". Null for an empty cell ("—", "/"). */
export function readValueCell(raw: string): CellValue | null {
  const t = clean(raw).replace(/^[[【(（]|[\]】)）]$/g, "");
  if (t === "" || /^[-—–/／\\无×]+$/.test(t)) return null;
  const m = VALUE_RE.exec(t);
  if (m) {
    const g = m.groups!;
    const n1 = parseNumber(g.n1!);
    if (n1 === null) return null;
    const n2 = g.n2 ? parseNumber(g.n2) : null;
    const pre = g.pre ?? "";
    const post = g.post ?? "";
    let comparator: Comparator | null = null;
    if (n2 !== null) comparator = "range";
    else if (/^(?:>=|≥|不低于|不少于|不小于|至少)$/.test(pre) || /以上/.test(post)) comparator = ">=";
    else if (/^(?:<=|≤|不超过|不高于|不大于|控制在)$/.test(pre) || /以下|以内/.test(post)) comparator = "<=";
    else if (/^(?:>|大于|高于|超过)$/.test(pre)) comparator = ">";
    else if (/^(?:<|低于|小于)$/.test(pre)) comparator = "<";
    else if (post === "左右" || pre === "约") comparator = "=";
    return { value: n1, valueMax: n2, comparator, unit: g.unit ? canonicalUnit(g.unit) : "" };
  }
  if (t.length <= 20 && !/\d/.test(t) && QUALITATIVE_CELL_RE.test(t)) return { value: t, valueMax: null, comparator: "qualitative", unit: "" };
  return null;
}

/** "产品质量合格率（%）" → name and unit; ★ and * marks are dropped. */
export function splitNameUnit(raw: string): { name: string; unit: string } {
  let name = raw.replace(/[★☆*※▲△]+/g, "").trim();
  name = name.replace(/^\d{1,3}[.、．]\s*/, "");
  const m = /[(（]([^()（）]{1,12})[)）]\s*$/.exec(name);
  if (m && /^(?:%|‰|个|件|家|项|人|名|次|天|日|小时|分钟|年|元|万元|亿元|吨|万吨|亩|万亩|公里|平方米|立方米|米|台|辆|所|座|处|分|百分点|个百分点|dB|dB\(A\)|[^()（）]*\/[^()（）]*|[^()（）]{0,3}(?:元|吨|人|户|件|个|项|次|米|亩|千瓦|标准煤))$/i.test(m[1]!.trim())) {
    return { name: name.slice(0, m.index).trim(), unit: canonicalUnit(m[1]!.trim()) };
  }
  return { name, unit: "" };
}

/** A note under a table: 注：…, or a ★ line that explains the mark (★为约束性指标); "★单位GDP能耗" is a row. */
const NOTE_ROW_RE = /^(?:注|备注|说明)\s*[:：\d]?|^[★☆*※][^，,]{0,6}(?:为|表示|是|指)/;
const ATTRIBUTE_RE = /预期性|约束性/;

/**
 * The targets of an indicator table, or null when the table is not one (then its rows are prose).
 * `period` is the plan's period from its title (it tells a bare baseline year from a target year).
 */
export function readIndicatorTable(table: TableBlock, period: { start: number; end: number } | null): TableTarget[] | null {
  const cols = tableColumns(table.rows, period);
  if (!cols) return null;
  const out: TableTarget[] = [];
  let categoryText: string | null = null;
  for (let r = cols.header + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const filled = row.filter((c) => c.text.trim() !== "");
    if (filled.length === 0) continue;
    if (NOTE_ROW_RE.test(filled[0]!.text.trim()) || (filled.length === 1 && /^[★☆*※]/.test(filled[0]!.text.trim()))) continue;
    // A row with a single filled cell spans the table: a sub-category.
    if (filled.length === 1 && !/\d/.test(filled[0]!.text.replace(/^[一二三四五六七八九十]+[、.．]/, ""))) {
      categoryText = filled[0]!.text.trim().replace(/^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*/, "");
      continue;
    }
    const nameCell = row[cols.name];
    if (!nameCell || nameCell.text.trim() === "") continue;
    const { name, unit: unitInName } = splitNameUnit(nameCell.text);
    if (name === "" || /^(?:合计|总计|小计)$/.test(name)) continue;
    const unitCell = cols.unit >= 0 ? clean(row[cols.unit]?.text ?? "") : "";
    const values = cols.targets
      .map((t) => ({ ...t, cell: row[t.col], v: readValueCell(row[t.col]?.text ?? "") }))
      .filter((t): t is typeof t & { v: CellValue; cell: TableCell } => t.v !== null && t.cell !== undefined);
    if (values.length === 0) continue;
    const last = values[values.length - 1]!;
    const unit = last.v.unit || canonicalUnit(unitCell.replace(/^[-—/]$/, "")) || unitInName;
    // Budgets and awards are policy, not targets: 专项资金 | 万元 | 500.
    if (/元$/.test(unit) && /资金|经费|预算|补助|补贴|奖励|奖金|拨款|投资额/.test(name)) continue;
    const milestones: Milestone[] = values
      .slice(0, -1)
      .filter((v) => v.year !== null && typeof v.v.value === "number" && (last.year === null || v.year < last.year))
      .map((v) => ({ year: v.year!, value: v.v.value as number }));
    let baseline: Baseline | null = null;
    if (cols.baseline) {
      const b = readValueCell(row[cols.baseline.col]?.text ?? "");
      if (b && typeof b.value === "number") baseline = { year: cols.baseline.year, value: b.value };
    }
    const attrCell = cols.attribute >= 0 ? (row[cols.attribute]?.text ?? "") : "";
    const attribute = ATTRIBUTE_RE.exec(attrCell)?.[0] ?? null;
    const catCell = cols.category >= 0 ? row[cols.category]?.text.trim() : "";
    if (catCell) categoryText = catCell;
    const lastFilled = row.reduce<TableCell | null>((acc, c) => (c.text.trim() !== "" ? c : acc), null)!;
    const comparator: Comparator = last.v.comparator ?? defaultComparator(name);
    out.push({
      name,
      comparator,
      value: last.v.value,
      valueMax: last.v.valueMax,
      unit: comparator === "qualitative" ? "" : unit,
      deadline: last.year,
      milestones,
      baseline,
      attribute,
      categoryText,
      quote: { offset: nameCell.offset, end: Math.max(nameCell.offset + nameCell.text.length, lastFilled.offset + lastFilled.text.length) },
    });
  }
  return out;
}
