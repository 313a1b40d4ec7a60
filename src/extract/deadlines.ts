/**
 * Years that govern targets: stated years (到2025年), named five-year periods (“十四五”末), and the
 * plan's own period from its title (2021—2025年). Pure.
 */

export interface YearMention {
  year: number;
  offset: number;
  /** Stated as a deadline (到2025年, 力争2025年, “十四五”末) rather than as a date (在2015年, 2015年，). */
  deadline: boolean;
}

const YEAR_RE = /(?:到|至|于|在|力争|确保|争取|^|[，,。；;\s]|(?<=[率量数度值])(?=\d))((?:19|20)\d{2})\s*年(?:年底|年末|底|末|前)?(?![-—~至到]|\d|[)）]|月\d)/g;

/** A date set as a deadline: 2022年8月底前, 2023年6月前, 2022年底前 (whatever stands before it). */
const DATE_DEADLINE_RE = /((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月?\s*)?(?:底|末)?前/g;

/** The five-year plans by their ordinal: 十三五 = 2016–2020. */
const PERIODS: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };
/** "到“十四五”末", "十四五期间", "“十五五”时期": the period's last year. */
const PERIOD_RE = /[“"「]?(十[一二三四五六]五)[”"」]?\s*(?:规划)?(?:末|期末|期间|时期|结束时|收官)/g;

/**
 * The years stated in a paragraph, in text order, as offsets into the document (`base` is the
 * paragraph's offset). Years inside a document title or a bracketed period (《…2016—2020年…》)
 * are not deadlines. Linear in the paragraph.
 */
export function yearsIn(para: string, base: number): YearMention[] {
  const out: YearMention[] = [];
  YEAR_RE.lastIndex = 0;
  let depth = 0; // brackets open before the current match, counted incrementally
  let counted = 0;
  for (let m = YEAR_RE.exec(para); m; m = YEAR_RE.exec(para)) {
    for (; counted < m.index; counted++) {
      const c = para[counted]!;
      if ("《(（〔".includes(c)) depth++;
      else if ("》)）〕".includes(c)) depth--;
    }
    if (depth > 0) continue;
    // The offset of the year itself (not of the word before it), so a year right after a quote is after it.
    out.push({ year: Number(m[1]), offset: base + m.index + m[0].indexOf(m[1]!), deadline: /^(?:到|至|力争|确保|争取)/.test(m[0]) || /(?:底|末|前)$/.test(m[0]) });
  }
  // Deadlines written as dates, which YEAR_RE leaves out with the other dates.
  DATE_DEADLINE_RE.lastIndex = 0;
  let added = false;
  const seen = new Set(out.map((y) => y.offset));
  for (let m = DATE_DEADLINE_RE.exec(para); m; m = DATE_DEADLINE_RE.exec(para)) {
    const offset = base + m.index;
    if (!seen.has(offset)) {
      out.push({ year: Number(m[1]), offset, deadline: true });
      added = true;
    }
  }
  return added ? out.sort((a, b) => a.offset - b.offset) : out;
}

/** Named periods in a paragraph ("到“十四五”末" → 2025), in text order. */
export function periodsIn(para: string, base: number): YearMention[] {
  const out: YearMention[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(para); m; m = PERIOD_RE.exec(para)) out.push({ year: PERIODS[m[1]!]!, offset: base + m.index, deadline: true });
  return out;
}

/** The period a plan covers, from its title: （2021—2025年） or “十四五”. Null when the title says neither. */
export function planPeriod(title: string | null): { start: number; end: number } | null {
  if (!title) return null;
  const range = /((?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]+\s*((?:19|20)\d{2})\s*年?/.exec(title);
  if (range) {
    const start = Number(range[1]);
    const end = Number(range[2]);
    if (end > start && end - start <= 15) return { start, end };
  }
  const named = /十[一二三四五六]五/.exec(title);
  if (named) {
    const end = PERIODS[named[0]]!;
    return { start: end - 4, end };
  }
  return null;
}

/**
 * The first year of the plan, for telling past periods from future ones: the title's period, else
 * four years before the deadline the plan states most often (a plan runs five years; a 2035 vision
 * stated once does not move it), the later on a tie; else null.
 */
export function planStart(title: string | null, text: string): number | null {
  const p = planPeriod(title);
  if (p) return p.start;
  const counts = new Map<number, number>();
  const re = /(?:到|至)((?:19|20)\d{2})年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best === null ? null : best - 4;
}

/**
 * A named period that ended before the plan began ("十二五"期间, “十三五”以来 in a 十四五 plan): what is
 * said about it is a result, not a target.
 */
export function pastPeriodRe(start: number | null): RegExp {
  const past = Object.entries(PERIODS)
    .filter(([, end]) => end < (start ?? 2016))
    .map(([name]) => name);
  return new RegExp(`(?:${past.join("|")})[”"」]?\\s*(?:期间|时期|以来|末|期末|规划实施)`);
}

/** Binary search: the last mention at or before a position (mentions are in text order). */
export function lastAtOrBefore<T extends { offset: number }>(items: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.offset <= pos) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
