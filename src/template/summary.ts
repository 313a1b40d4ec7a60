/**
 * The 汇总 sheet: achievement by city and category as live formulas over the city sheets, so it
 * stays true as people fill in actual values — with or without the add-in.
 */
import type { City, Indicator } from "../catalog";
import { COLORS, COLUMNS, columnWidths, FIRST_DATA_ROW } from "./city";
import type { CellSpec, SheetSpec } from "./types";

export const SUMMARY_SHEET = "汇总";
export const SUMMARY_HEADERS = ["城市", "类别", "指标数", "达标", "未达标", "无数据", "达标率"];
export const SUMMARY_HEADER_ROW = 3;

export interface SummarySource {
  /** The city sheet's actual name in the workbook (泰安, 泰安 (2) …). */
  sheetName: string;
  city: City;
  /** The entries on that sheet, in sheet order. */
  entries: readonly Indicator[];
}

/** A sheet name as a formula reference: '泰安 (2)'!, with quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export function buildSummarySheet(sources: readonly SummarySource[], name = SUMMARY_SHEET): SheetSpec {
  const cells: CellSpec[] = [];
  const v = (x: string | number | null) => ({ kind: "value" as const, value: x });
  const f = (x: string) => ({ kind: "formula" as const, formula: x });
  cells.push({ address: "A1", content: v("指标达成情况汇总"), style: { bold: true, fontSize: 16, fontColor: COLORS.title } });
  cells.push({ address: "A2", content: v("按城市和类别统计各指标表的“完成情况”；随实际值的填写自动更新。达标率 = 达标 ÷ 指标数。"), style: { italic: true, fontColor: "#605E5C" } });
  SUMMARY_HEADERS.forEach((h, i) =>
    cells.push({ address: `${String.fromCharCode(65 + i)}${SUMMARY_HEADER_ROW}`, content: v(h), style: { bold: true, fill: COLORS.header, border: true, horizontal: "center" } }),
  );
  let r = SUMMARY_HEADER_ROW + 1;
  for (const s of sources) {
    const last = FIRST_DATA_ROW + Math.max(0, s.entries.length - 1);
    const ref = sheetRef(s.sheetName);
    const cat = `${ref}$${COLUMNS.category}$${FIRST_DATA_ROW}:$${COLUMNS.category}$${last}`;
    const status = `${ref}$${COLUMNS.status}$${FIRST_DATA_ROW}:$${COLUMNS.status}$${last}`;
    const first = r;
    const categories = [...new Set(s.entries.map((e) => e.category))];
    for (const c of categories) {
      const put = (col: string, content: CellSpec["content"], fmt?: string) =>
        cells.push({ address: `${col}${r}`, content, style: { border: true, ...(fmt ? { numberFormat: fmt } : {}) } });
      put("A", v(s.city.name));
      put("B", v(c));
      put("C", f(`COUNTIF(${cat},B${r})`));
      put("D", f(`COUNTIFS(${cat},B${r},${status},"达标")`));
      put("E", f(`COUNTIFS(${cat},B${r},${status},"未达标")`));
      put("F", f(`COUNTIFS(${cat},B${r},${status},"无数据")`));
      put("G", f(`IF(C${r}=0,"",D${r}/C${r})`), "0.0%");
      r++;
    }
    // The city's total row.
    const total = (col: string) => f(`SUM(${col}${first}:${col}${r - 1})`);
    const style = { bold: true, border: true, fill: "#F3F2F1" };
    cells.push({ address: `A${r}`, content: v(s.city.name), style });
    cells.push({ address: `B${r}`, content: v("合计"), style });
    for (const col of ["C", "D", "E", "F"]) cells.push({ address: `${col}${r}`, content: total(col), style });
    cells.push({ address: `G${r}`, content: f(`IF(C${r}=0,"",D${r}/C${r})`), style: { ...style, numberFormat: "0.0%" } });
    r++;
  }
  return {
    name,
    cells,
    columns: columnWidths([10, 12, 9, 9, 9, 9, 10]),
    merges: ["A1:G1", "A2:G2"],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: SUMMARY_HEADER_ROW, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true, repeatRows: `$${SUMMARY_HEADER_ROW}:$${SUMMARY_HEADER_ROW}` },
  };
}
