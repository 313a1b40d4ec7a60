/**
 * One measure across cities (a concept's comparison, src/catalog/compare.ts) as a sheet described
 * as data: the rows, and the sentences on what makes them not directly comparable. Pure; the hosts
 * render it (Excel adds a chart where the units agree).
 */
import type { Comparison } from "../catalog";
import { columnWidths } from "./city";
import { columnLetter } from "./detect";
import type { CellSpec, SheetSpec } from "./types";

/** The header row is row 3; data rows start at row 4. */
export const COMPARISON_HEADER_ROW = 3;

export function buildComparisonSheet(c: Comparison): SheetSpec {
  const header = ["城市", "指标", "目标", "目标值", "单位", "期限", "原文"];
  const cells: CellSpec[] = [{ address: "A1", content: { kind: "value", value: `各城市对比：${c.concept.label}` }, style: { bold: true, fontSize: 14 } }];
  header.forEach((h, i) => cells.push({ address: `${columnLetter(i)}${COMPARISON_HEADER_ROW}`, content: { kind: "value", value: h }, style: { bold: true, fill: "#DDEBF7", border: true } }));
  c.rows.forEach((row, k) => {
    const r = COMPARISON_HEADER_ROW + 1 + k;
    [row.city, row.name, row.target, row.value, row.unit, row.deadline, row.quote].forEach((v, i) =>
      cells.push({ address: `${columnLetter(i)}${r}`, content: { kind: "value", value: v }, style: { border: true, wrap: i === 6, ...(i === 3 && row.unit === "%" ? { numberFormat: "0.0%" } : {}) } }),
    );
  });
  c.warnings.forEach((w, k) => cells.push({ address: `A${COMPARISON_HEADER_ROW + 2 + c.rows.length + k}`, content: { kind: "value", value: `说明：${w}` }, style: { italic: true, fontColor: "#9C5700" } }));
  return {
    name: `对比-${c.concept.label}`.slice(0, 31),
    cells,
    columns: columnWidths([10, 30, 14, 10, 8, 7, 60]),
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: COMPARISON_HEADER_ROW, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true },
  };
}
