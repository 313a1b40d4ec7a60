import { formatTarget, type Evaluation, type Indicator, type MatchKind, type Status } from "../catalog";

/** One checked indicator in the workbook, as the task pane lists it. */
export interface Finding {
  sheet: string;
  /** The actual-value cell (A1 address on `sheet`). */
  address: string;
  indicatorId: string;
  indicatorName: string;
  city: string;
  /** Readable target: ≥98%. */
  target: string;
  /** The actual value in the target's unit (97.5 for 97.5%), or 已达成/未达成. */
  actual: number | string | null;
  status: Status;
  gap: number | null;
  unit: string;
  /** What the user's sheet called it, where that differs from the catalogue name. */
  matchedFrom?: string;
  matchHow?: MatchKind;
}

/** A graded row as the pane lists it, whichever host's sheet it comes from. */
export function findingOf(sheet: string, address: string, entry: Indicator, ev: Evaluation, from?: { text: string; how: Finding["matchHow"] }): Finding {
  return {
    sheet,
    address,
    indicatorId: entry.id,
    indicatorName: entry.name,
    city: entry.city,
    target: formatTarget(entry),
    actual: ev.actual,
    status: ev.status,
    gap: ev.gap,
    unit: entry.unit,
    ...(from && from.text !== entry.name ? { matchedFrom: from.text, matchHow: from.how } : {}),
  };
}

/** A row that could not be checked: an unknown name, an unreadable value. */
export interface RowProblem {
  sheet: string;
  address: string;
  text: string;
  message: string;
  /** Catalogue names the user can pick instead (for unknown or ambiguous names). */
  candidates: string[];
}

export interface CheckSummary {
  /** The sheet's name when it was checked. */
  sheet: string;
  /** The sheet's id in this session (follow the sheet by it: a rename keeps it). */
  sheetId?: string;
  city: string;
  counts: { met: number; missed: number; nodata: number; error: number };
  findings: Finding[];
  problems: RowProblem[];
}

export function summarize(sheet: string, city: string, findings: Finding[], problems: RowProblem[]): CheckSummary {
  const counts = { met: 0, missed: 0, nodata: 0, error: problems.length };
  for (const f of findings) counts[f.status]++;
  return { sheet, city, counts, findings, problems };
}
