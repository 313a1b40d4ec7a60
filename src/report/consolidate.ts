/**
 * Many returns in, one report out. Pure: the findings each file gave (read by the same reader as
 * `qc check`) and the fields at the top of its sheets become one report model:
 *
 * 1. **Rows** — every indicator row of every file, with its source (file, sheet, cell), the
 *    reporting unit and period, its category, status and gap.
 * 2. **Pivot** — city × category: indicators, 达标, 未达标, 无数据, 达标率.
 * 3. **Misses** — the 未达标 rows, each with the unit or file that reported it.
 * 4. **Conflicts** — the same indicator, same period, reported with different values by two files.
 * 5. **Duplicates** — two files reporting the same unit and period: flagged, never merged silently.
 * 6. **Unreadable** — the files that could not be read, each with its reason.
 * 7. **Series** — where the returns span several periods, each indicator's values by year, graded
 *    with the progress rule (src/catalog/progress.ts).
 */
import { progress, type CatalogIndex, type Indicator } from "../catalog";
import { periodYear, type ReturnFields } from "./fields";

/** One indicator row as a reader reports it (src/xlsx/read.ts calls it `Finding`). */
export interface ReturnFinding {
  file: string;
  sheet: string;
  cell: string;
  city: string;
  indicator: string;
  target: string;
  actual: number | string | null;
  status: string;
  gap: number | null;
  warning?: string | null;
}

/** One input file: what its sheets gave, or why it could not be read. */
export interface ReturnInput {
  file: string;
  /** Fields read at the top of each sheet, by sheet name. */
  fields: Record<string, ReturnFields>;
  findings: ReturnFinding[];
  /** Rows or sheets of a readable file that could not be checked. */
  problems: { sheet: string | null; message: string }[];
  /** Set when the whole file could not be read. */
  error: string | null;
}

export interface ReportRow extends ReturnFinding {
  unit: string;
  period: string;
  year: number | null;
  category: string;
}

export interface PivotRow {
  city: string;
  category: string;
  total: number;
  met: number;
  missed: number;
  nodata: number;
  /** met / total; null when total is 0. */
  rate: number | null;
}

export interface Conflict {
  city: string;
  indicator: string;
  period: string;
  reports: { file: string; unit: string; cell: string; actual: number | string }[];
}

export interface Duplicate {
  unit: string;
  period: string;
  files: string[];
}

export interface SeriesRow {
  city: string;
  indicator: string;
  unit: string;
  target: string;
  /** Values by year, earliest first. */
  points: { year: number; value: number | string }[];
  status: string;
  projected: number | null;
}

export interface Report {
  files: number;
  rows: ReportRow[];
  pivot: PivotRow[];
  misses: ReportRow[];
  conflicts: Conflict[];
  duplicates: Duplicate[];
  unreadable: { file: string; sheet: string | null; reason: string }[];
  series: SeriesRow[];
  /** Years the returns cover, earliest first. */
  years: number[];
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");

/** The unit and period of a row: its sheet's fields, else the file's first fields, else the file name. */
function sourceOf(input: ReturnInput, sheet: string): { unit: string; period: string } {
  const own = input.fields[sheet];
  const any = Object.values(input.fields);
  const unit = own?.unit ?? any.find((f) => f.unit)?.unit ?? baseName(input.file);
  const period = own?.period ?? any.find((f) => f.period)?.period ?? "";
  return { unit, period };
}

/** Two values are the same report when they are equal as numbers (to 1e-9) or as trimmed text. */
function sameValue(a: number | string, b: number | string): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a).trim() === String(b).trim();
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

export function consolidate(inputs: readonly ReturnInput[], index: CatalogIndex, asOfYear: number | null = null): Report {
  // Rows name their entry exactly (the reader reports the catalogue's own name): one lookup each.
  const entries = new Map<string, Indicator | undefined>();
  const entryOf = (city: string, name: string): Indicator | undefined => {
    const key = `${city}\u0000${name}`;
    if (entries.has(key)) return entries.get(key);
    const c = index.resolveCity(city);
    const r = c.ok ? index.resolveIndicator(c.value, name) : null;
    const entry = r?.ok && r.value.name === name ? r.value : undefined;
    entries.set(key, entry);
    return entry;
  };

  // 1. Rows, with their unit, period and category.
  const rows: ReportRow[] = [];
  const unreadable: Report["unreadable"] = [];
  for (const input of inputs) {
    if (input.error !== null) {
      unreadable.push({ file: input.file, sheet: null, reason: input.error });
      continue;
    }
    for (const p of input.problems) unreadable.push({ file: input.file, sheet: p.sheet, reason: p.message });
    if (input.findings.length === 0 && input.problems.length === 0) {
      unreadable.push({ file: input.file, sheet: null, reason: `${baseName(input.file)} 中没有可识别的指标表` });
    }
    // Rows of one sheet share its unit and period: looked up once per sheet, not per row.
    const sources = new Map<string, { unit: string; period: string; year: number | null }>();
    for (const f of input.findings) {
      let src = sources.get(f.sheet);
      if (!src) {
        const { unit, period } = sourceOf(input, f.sheet);
        sources.set(f.sheet, (src = { unit, period, year: periodYear(period) }));
      }
      // Fields named one by one: an object spread per row is the slowest part at 150,000 rows.
      rows.push({
        file: f.file,
        sheet: f.sheet,
        cell: f.cell,
        city: f.city,
        indicator: f.indicator,
        target: f.target,
        actual: f.actual,
        status: f.status,
        gap: f.gap,
        warning: f.warning ?? null,
        unit: src.unit,
        period: src.period,
        year: src.year,
        category: entryOf(f.city, f.indicator)?.category ?? "",
      });
    }
  }

  // 2. Pivot: city × category, in the order rows first name them.
  const cells = new Map<string, PivotRow>();
  for (const r of rows) {
    const key = `${r.city}\u0000${r.category}`;
    let p = cells.get(key);
    if (!p) cells.set(key, (p = { city: r.city, category: r.category, total: 0, met: 0, missed: 0, nodata: 0, rate: null }));
    p.total++;
    if (r.status === "达标") p.met++;
    else if (r.status === "未达标") p.missed++;
    else if (r.status === "无数据") p.nodata++;
  }
  const pivot = [...cells.values()].map((p) => ({ ...p, rate: p.total === 0 ? null : p.met / p.total }));

  // 4. Conflicts: one indicator, one period, different values from different files.
  const conflicts: Conflict[] = [];
  for (const [, group] of groupBy(rows.filter((r) => r.actual !== null), (r) => `${r.city}\u0000${r.indicator}\u0000${r.year ?? r.period}`)) {
    const files = new Set(group.map((r) => r.file));
    if (files.size < 2) continue;
    const first = group[0]!.actual!;
    if (group.every((r) => sameValue(r.actual!, first))) continue;
    conflicts.push({
      city: group[0]!.city,
      indicator: group[0]!.indicator,
      period: group[0]!.period,
      reports: group.map((r) => ({ file: r.file, unit: r.unit, cell: `${r.sheet}!${r.cell}`, actual: r.actual! })),
    });
  }

  // 5. Duplicates: the same unit and period from more than one file.
  const duplicates: Duplicate[] = [];
  const filesOf = new Map<string, { unit: string; period: string; files: Set<string> }>();
  for (const r of rows) {
    if (r.period === "") continue;
    const k = `${r.unit}\u0000${r.year ?? r.period}`;
    const d = filesOf.get(k) ?? { unit: r.unit, period: r.period, files: new Set<string>() };
    d.files.add(r.file);
    filesOf.set(k, d);
  }
  for (const d of filesOf.values()) if (d.files.size > 1) duplicates.push({ unit: d.unit, period: d.period, files: [...d.files] });

  // 7. Series over the years, graded with the progress rule.
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const series: SeriesRow[] = [];
  if (years.length >= 2) {
    for (const [, group] of groupBy(rows.filter((r) => r.year !== null && r.actual !== null), (r) => `${r.city}\u0000${r.indicator}\u0000${r.unit}`)) {
      const byYear = groupBy(group, (r) => String(r.year));
      // A year whose files disagree is a conflict (listed above), not a point of the series.
      const points = [...byYear.values()]
        .filter((g) => g.every((r) => sameValue(r.actual!, g[0]!.actual!)))
        .map((g) => ({ year: g[0]!.year!, value: g[0]!.actual! }))
        .sort((a, b) => a.year - b.year);
      if (points.length < 2) continue;
      const entry = entryOf(group[0]!.city, group[0]!.indicator);
      if (!entry) continue;
      let status = "";
      let projected: number | null = null;
      try {
        const p = progress(entry, { values: points.map((p) => p.value), years: points.map((p) => p.year), asOfYear });
        status = p.label;
        projected = p.projected;
      } catch (e) {
        status = e instanceof Error ? e.message : String(e);
      }
      series.push({ city: entry.city, indicator: entry.name, unit: group[0]!.unit, target: group[0]!.target, points, status, projected });
    }
  }

  return {
    files: inputs.length,
    rows,
    pivot,
    misses: rows.filter((r) => r.status === "未达标"),
    conflicts,
    duplicates,
    unreadable,
    series,
    years,
  };
}
