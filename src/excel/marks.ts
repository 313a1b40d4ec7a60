/**
 * Highlighting misses so that they can be removed exactly. A mark is a conditional format that we
 * add over the missed cells, recognisable by its formula's marker text; the cells' own fills, fonts
 * and number formats are never written, so removing our conditional formats restores the sheet to
 * what it was — also after the file was saved and reopened, since the marker travels with the rule.
 */
import { goneAs } from "./errors";

export const MARK_MARKER = "qc-indicators";
/** The rule: always true (N() of text is 0), carrying the marker and the kind of mark. */
export function markFormula(kind: MarkKind): string {
  return `=N("${MARK_MARKER}:${kind}")=0`;
}
export type MarkKind = "miss" | "behind" | "overdue";
export const MARK_COLORS: Record<MarkKind, { fill: string; font: string }> = {
  miss: { fill: "#FFC7CE", font: "#9C0006" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  overdue: { fill: "#F4B6C2", font: "#6E0019" },
};

/** Areas per conditional format: keeps each rule's address list short. */
const AREAS_PER_RULE = 200;

/** Groups cell addresses of one column into runs: H5,H6,H7,H9 → H5:H7, H9. */
export function runsOf(addresses: readonly string[]): string[] {
  const cells = addresses
    .map((a) => /^([A-Z]+)(\d+)$/.exec(a))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ col: m[1]!, row: Number(m[2]) }))
    .sort((a, b) => (a.col === b.col ? a.row - b.row : a.col < b.col ? -1 : 1));
  const out: { col: string; r0: number; r1: number }[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.r1 === c.row - 1) last.r1 = c.row;
    else if (!(last && last.col === c.col && last.r1 === c.row)) out.push({ col: c.col, r0: c.row, r1: c.row });
  }
  return out.map((r) => (r.r0 === r.r1 ? `${r.col}${r.r0}` : `${r.col}${r.r0}:${r.col}${r.r1}`));
}

function queueRemoveOurs(items: Excel.ConditionalFormat[], kinds?: readonly MarkKind[]): number {
  let removed = 0;
  for (const cf of items) {
    // customOrNullObject: reading `custom` on a rule of another type (data bars, colour scales) fails.
    const custom = cf.customOrNullObject;
    if (custom.isNullObject) continue;
    const f = custom.rule.formula ?? "";
    if (!f.includes(MARK_MARKER)) continue;
    if (kinds && !kinds.some((k) => f.includes(`${MARK_MARKER}:${k}`))) continue;
    cf.delete();
    removed++;
  }
  return removed;
}

/** Replaces our marks of one kind on a sheet with marks over `addresses`. Two syncs. */
export async function highlight(context: Excel.RequestContext, sheetName: string, addresses: readonly string[], kind: MarkKind = "miss"): Promise<number> {
  // By name, or (within a session) by id: a renamed sheet is still found.
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // conditionalFormats is a navigation property (a collection) loaded on the next line; the rule reads it as a scalar.
  // eslint-disable-next-line office-addins/load-object-before-read
  const cfs = sheet.getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  await context.sync().catch(goneAs(sheetName));
  queueRemoveOurs(cfs.items, [kind]);
  const runs = runsOf(addresses);
  for (let i = 0; i < runs.length; i += AREAS_PER_RULE) {
    const cf = sheet.getRanges(runs.slice(i, i + AREAS_PER_RULE).join(",")).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = markFormula(kind);
    cf.custom.format.fill.color = MARK_COLORS[kind].fill;
    cf.custom.format.font.color = MARK_COLORS[kind].font;
  }
  await context.sync();
  return runs.length;
}

/** 清除标记: removes every mark this add-in added to the given sheets (all sheets when none given). Two syncs. */
export async function clearMarks(context: Excel.RequestContext, sheetNames?: readonly string[]): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const targets = sheets.items.filter((s) => !sheetNames || sheetNames.includes(s.name));
  const collections = targets.map((s) => {
    const cfs = s.getRange().conditionalFormats;
    cfs.load("items/type,items/customOrNullObject/rule/formula");
    return cfs;
  });
  await context.sync();
  let removed = 0;
  for (const cfs of collections) removed += queueRemoveOurs(cfs.items);
  await context.sync();
  return removed;
}
