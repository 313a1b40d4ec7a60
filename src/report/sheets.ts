/**
 * The report model → sheets described as data (src/template/types.ts), written to a file by
 * src/xlsx or into the open workbook by src/excel, like every other sheet the add-in makes.
 *
 * 汇总 counts with live formulas over 明细 (COUNTIFS), so a correction typed into 明细 updates the
 * pivot in Excel, WPS and LibreOffice alike. Every sheet carries {@link REPORT_MARK} in A1, so a
 * report fed back into `qc report` or `qc check` is recognised as ours and never counted twice.
 */
import { COLORS, columnWidths } from "../template/city";
import { sheetRef } from "../template/summary";
import type { CellSpec, CellStyle, SheetSpec } from "../template/types";
import type { Report } from "./consolidate";

/** The title in A1 of every report sheet: how a report is recognised when it is read back. */
export const REPORT_MARK = "质量指标填报汇总报告";

export const REPORT_SHEETS = { pivot: "汇总", rows: "明细", misses: "未达标", conflicts: "冲突", duplicates: "重复报送", unreadable: "无法读取", series: "进度" } as const;

export const ROW_HEADERS = ["城市", "类别", "指标", "目标", "实际值", "完成情况", "差距", "填报单位", "报告期", "文件", "工作表", "单元格", "提示"];
export const PIVOT_HEADERS = ["城市", "类别", "指标数", "达标", "未达标", "无数据", "达标率", "城市·类别"];
/** Header row of every report sheet; data from the next row. */
export const REPORT_HEADER_ROW = 4;

const v = (x: string | number | boolean | null) => ({ kind: "value" as const, value: x });
const f = (x: string) => ({ kind: "formula" as const, formula: x });
const col = (i: number) => String.fromCharCode(65 + i);

interface Builder {
  cells: CellSpec[];
  put(address: string, content: CellSpec["content"], style?: CellStyle): void;
}

function sheet(name: string, subtitle: string, headers: readonly string[], widths: readonly number[], fill: (b: Builder, firstRow: number) => void): SheetSpec {
  const cells: CellSpec[] = [];
  const b: Builder = { cells, put: (address, content, style) => cells.push({ address, content, ...(style ? { style } : {}) }) };
  b.put("A1", v(REPORT_MARK), { bold: true, fontSize: 16, fontColor: COLORS.title });
  b.put("A2", v(subtitle), { italic: true, fontColor: "#605E5C" });
  headers.forEach((h, i) => b.put(`${col(i)}${REPORT_HEADER_ROW}`, v(h), { bold: true, fill: COLORS.header, border: true, horizontal: "center" }));
  fill(b, REPORT_HEADER_ROW + 1);
  const last = col(headers.length - 1);
  return {
    name,
    cells,
    columns: columnWidths(widths),
    merges: [`A1:${last}1`, `A2:${last}2`],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: REPORT_HEADER_ROW, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: `$${REPORT_HEADER_ROW}:$${REPORT_HEADER_ROW}` },
  };
}

// Shared style objects: a report has hundreds of thousands of cells, and a writer looks styles up by object.
const BORDER: CellStyle = { border: true };
const STATUS_STYLE: Record<string, CellStyle> = {
  达标: { border: true, fill: COLORS.hitFill, fontColor: COLORS.hitFont },
  未达标: { border: true, fill: COLORS.missFill, fontColor: COLORS.missFont },
};
const LETTERS = ROW_HEADERS.map((_, i) => col(i));

/** One report row's cells, made when a writer asks for them. */
function* rowCells(rows: readonly Report["rows"][number][], first: number): Generator<CellSpec> {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const r = first + k;
    const values: (string | number | null)[] = [row.city, row.category, row.indicator, row.target, row.actual, row.status, row.gap, row.unit, row.period, row.file, row.sheet, row.cell, row.warning ?? null];
    for (let i = 0; i < values.length; i++) yield { address: `${LETTERS[i]}${r}`, content: v(values[i]!), style: i === 5 ? (STATUS_STYLE[String(values[i])] ?? BORDER) : BORDER };
  }
}

export type ReportSheetNames = { -readonly [K in keyof typeof REPORT_SHEETS]: string };

/**
 * The report's sheets. `names` gives the names they will really have (a workbook that already holds
 * a 汇总 gets 汇总 (2)…): the pivot's formulas name the 明细 sheet by it.
 */
export function buildReportSheets(report: Report, title = "填报汇总", names: ReportSheetNames = REPORT_SHEETS): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  const n = report.rows.length;
  const rowsRef = sheetRef(names.rows);
  const first = REPORT_HEADER_ROW + 1;
  const last = REPORT_HEADER_ROW + Math.max(1, n);
  const range = (c: number) => `${rowsRef}$${col(c)}$${first}:$${col(c)}$${last}`;
  const flags = [
    `${report.files} 个文件`,
    `${n} 行指标`,
    report.unreadable.length ? `${report.unreadable.length} 处无法读取` : "",
    report.conflicts.length ? `${report.conflicts.length} 处冲突` : "",
    report.duplicates.length ? `${report.duplicates.length} 组重复报送（均已计入，请核对）` : "",
  ].filter(Boolean);

  const pivotSheet = sheet(names.pivot, `${title}：${flags.join("，")}。按城市和类别统计“明细”表的完成情况，改动明细后自动更新。`, PIVOT_HEADERS, [10, 12, 9, 9, 9, 9, 10, 18], (b, r0) => {
    let r = r0;
    for (const p of report.pivot) {
      const style = { border: true };
      b.put(`A${r}`, v(p.city), style);
      b.put(`B${r}`, v(p.category), style);
      const base = `${range(0)},A${r},${range(1)},B${r}`;
      b.put(`C${r}`, f(`COUNTIFS(${base})`), style);
      b.put(`D${r}`, f(`COUNTIFS(${base},${range(5)},"达标")`), style);
      b.put(`E${r}`, f(`COUNTIFS(${base},${range(5)},"未达标")`), style);
      b.put(`F${r}`, f(`COUNTIFS(${base},${range(5)},"无数据")`), style);
      b.put(`G${r}`, f(`IF(C${r}=0,"",D${r}/C${r})`), { ...style, numberFormat: "0.0%" });
      // The chart's category label.
      b.put(`H${r}`, v(`${p.city}·${p.category || "未分类"}`), style);
      r++;
    }
    if (report.pivot.length > 0) {
      const total = { bold: true, border: true, fill: "#F3F2F1" };
      b.put(`A${r}`, v("合计"), total);
      b.put(`B${r}`, v(""), total);
      for (const c of ["C", "D", "E", "F"]) b.put(`${c}${r}`, f(`SUM(${c}${r0}:${c}${r - 1})`), total);
      b.put(`G${r}`, f(`IF(C${r}=0,"",D${r}/C${r})`), { ...total, numberFormat: "0.0%" });
    }
  });
  if (report.pivot.length > 0) {
    const lastPivot = REPORT_HEADER_ROW + report.pivot.length;
    pivotSheet.charts = [
      {
        title: "各城市、各类别达标率",
        categories: `H${REPORT_HEADER_ROW + 1}:H${lastPivot}`,
        series: [{ name: "达标率", values: `G${REPORT_HEADER_ROW + 1}:G${lastPivot}`, numberFormat: "0%" }],
        from: `J${REPORT_HEADER_ROW}`,
        to: `S${REPORT_HEADER_ROW + 20}`,
      },
    ];
  }
  sheets.push(pivotSheet);
  // 明细 and 未达标 are as long as the returns: their rows are made on demand (SheetSpec.more).
  const rowsSheet = sheet(names.rows, "每个文件的每一行指标及其来源（文件、工作表、单元格）。", ROW_HEADERS, [8, 10, 28, 12, 10, 9, 8, 16, 12, 24, 10, 8, 24], () => undefined);
  rowsSheet.more = () => rowCells(report.rows, REPORT_HEADER_ROW + 1);
  sheets.push(rowsSheet);
  const missesSheet = sheet(names.misses, `未达标的指标，共 ${report.misses.length} 项，注明填报单位和文件。`, ROW_HEADERS, [8, 10, 28, 12, 10, 9, 8, 16, 12, 24, 10, 8, 24], () => undefined);
  missesSheet.more = () => rowCells(report.misses, REPORT_HEADER_ROW + 1);
  sheets.push(missesSheet);
  sheets.push(
    sheet(names.conflicts, `同一指标、同一报告期在不同文件中数值不同：共 ${report.conflicts.length} 处，请核实后只保留一个。`, ["城市", "指标", "报告期", "填报单位", "实际值", "文件", "位置"], [8, 28, 12, 16, 10, 24, 14], (b, r0) => {
      let r = r0;
      for (const c of report.conflicts) {
        for (const rep of c.reports) {
          [c.city, c.indicator, c.period, rep.unit, rep.actual, rep.file, rep.cell].forEach((x, i) => b.put(`${col(i)}${r}`, v(x), { border: true }));
          r++;
        }
      }
    }),
  );
  sheets.push(
    sheet(names.duplicates, `同一填报单位、同一报告期有多个文件：共 ${report.duplicates.length} 组。统计中均已计入，请核对后删去多余的文件。`, ["填报单位", "报告期", "文件"], [20, 14, 60], (b, r0) => {
      let r = r0;
      for (const d of report.duplicates) {
        for (const file of d.files) {
          [d.unit, d.period, file].forEach((x, i) => b.put(`${col(i)}${r}`, v(x), { border: true }));
          r++;
        }
      }
    }),
  );
  sheets.push(
    sheet(names.unreadable, `无法读取或无法检查的文件和工作表：共 ${report.unreadable.length} 处；其余文件照常汇总。`, ["文件", "工作表", "原因"], [30, 12, 70], (b, r0) =>
      report.unreadable.forEach((u, i) => [u.file, u.sheet, u.reason].forEach((x, k) => b.put(`${col(k)}${r0 + i}`, v(x), { border: true, wrap: k === 2 }))),
    ),
  );
  if (report.series.length > 0) {
    const years = report.years;
    const headers = ["城市", "指标", "目标", ...years.map((y) => `${y}年`), "进度", "期限推算"];
    sheets.push(
      sheet(names.series, "各期填报连成的序列，按进度规则评定（与 QC_PROGRESS 相同）。", headers, [8, 28, 12, ...years.map(() => 10), 22, 10], (b, r0) =>
        report.series.forEach((s, i) => {
          const r = r0 + i;
          const byYear = new Map(s.points.map((p) => [p.year, p.value]));
          const values: (string | number | null)[] = [s.city, s.indicator, s.target, ...years.map((y) => byYear.get(y) ?? null), s.status, s.projected];
          values.forEach((x, k) => b.put(`${col(k)}${r}`, v(x), { border: true }));
        }),
      ),
    );
  }
  return sheets;
}

/** True when a sheet's first cell carries the report's mark (a report read back is not a return). */
export function isReportGrid(grid: readonly (readonly unknown[] | undefined)[]): boolean {
  return String(grid[0]?.[0] ?? "").trim() === REPORT_MARK;
}

/**
 * The values the 汇总 sheet's formulas compute, by address: written as the formulas' cached results,
 * so a viewer that shows cached values (a preview, a phone) shows the same figures as a recalculation.
 */
export function pivotResults(report: Report): Map<string, number | string> {
  const out = new Map<string, number | string>();
  let r = REPORT_HEADER_ROW + 1;
  const sums = [0, 0, 0, 0];
  for (const p of report.pivot) {
    [p.total, p.met, p.missed, p.nodata].forEach((n, i) => {
      out.set(`${"CDEF"[i]}${r}`, n);
      sums[i]! += n;
    });
    out.set(`G${r}`, p.rate ?? "");
    r++;
  }
  if (report.pivot.length > 0) {
    sums.forEach((n, i) => out.set(`${"CDEF"[i]}${r}`, n));
    out.set(`G${r}`, sums[0] === 0 ? "" : sums[1]! / sums[0]!);
  }
  return out;
}
