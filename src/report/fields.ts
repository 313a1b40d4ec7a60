/**
 * The fields a return carries at the top of a sheet: 填报单位 (the reporting unit), 报告期 (the
 * period), 联系人 / 联系电话 (a contact). Pure: a grid of values in, the fields out.
 *
 * A label is a cell whose text is the field's name (with or without a colon, full- or half-width,
 * with spaces); its value is the next non-empty cell to its right on the same row. "填报单位：XX局"
 * in one cell works too. Only the first rows are searched: these fields head a sheet.
 */

export interface ReturnFields {
  unit: string | null;
  period: string | null;
  contact: string | null;
}

/** Label variants as people write them, by field. */
const LABELS: Record<keyof ReturnFields, RegExp> = {
  unit: /^(?:填报单位|报送单位|填表单位|上报单位|单位名称)$/,
  period: /^(?:报告期|报告期间|填报期|统计期|所属期|填报时间|报告年度|年度)$/,
  contact: /^(?:联系人|联系人及电话|联系人及联系方式|联系电话|联系方式)$/,
};

/** How many rows from the top are searched. */
export const FIELD_ROWS = 8;

const clean = (v: unknown): string => (v === null || v === undefined ? "" : String(v).replace(/[\u0000-\u001f\u007f]/g, " ").trim());

function labelOf(text: string): { field: keyof ReturnFields; rest: string } | null {
  const m = /^([^:：]{2,12}?)\s*[:：]\s*(.*)$/s.exec(text);
  const name = (m ? m[1]! : text).replace(/\s+/g, "");
  for (const field of Object.keys(LABELS) as (keyof ReturnFields)[]) {
    if (LABELS[field].test(name)) return { field, rest: m ? m[2]!.trim() : "" };
  }
  return null;
}

export function readReturnFields(grid: readonly (readonly unknown[] | undefined)[]): ReturnFields {
  const out: ReturnFields = { unit: null, period: null, contact: null };
  for (let r = 0; r < Math.min(FIELD_ROWS, grid.length); r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = labelOf(clean(row[c]));
      if (!label || out[label.field] !== null) continue;
      let value = label.rest;
      for (let k = c + 1; value === "" && k < row.length; k++) {
        const next = clean(row[k]);
        // The next label on the row is not this field's value.
        if (next !== "" && !labelOf(next)) value = next;
        else if (next !== "") break;
      }
      if (value !== "") out[label.field] = value.slice(0, 100);
    }
  }
  return out;
}

/**
 * The year a period names: "2025年", "2025年第三季度", "2025-06", "2025年度" → 2025. Null when the
 * text names no single year (a range such as 2021—2025 names its last).
 */
export function periodYear(period: string | null): number | null {
  if (!period) return null;
  const years = [...period.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 0 ? null : years[years.length - 1]!;
}
