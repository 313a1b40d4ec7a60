/**
 * The section a block stands in: a stack of headings and list-opening paragraphs, each with the
 * year it sets, whether it announces targets (主要目标, …指标, "到2025年，……主要目标：") and whether it
 * reviews the past (回顾, 发展基础, 取得的成效). Pure.
 */
import { periodsIn, yearsIn } from "./deadlines";

const HEADING_MARK_RE =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|——|--|[一二三四五六七八九十]是)/;

/** A section about the past: its figures are results, not targets. */
const REVIEW_RE =
  /回顾|取得(?:的)?(?:主要)?(?:成效|成就|成绩|进展)|主要成效|工作成效|发展成就|发展成效|发展基础|工作基础|现实基础|发展现状|基本情况|现状与形势|基础与形势|面临的形势|发展环境|过去五年|“?十[一二三]五”?(?:时期)?(?:主要)?(?:成就|回顾)/;

/** A heading line: a marker such as 一、 (一) 1. —— and a short first sentence; or a table caption "…指标". */
export function headingOf(para: string): { level: number; text: string } | null {
  const t = para.trim();
  if (/^[^，。,|]{2,20}(?:指标|目标)$/.test(t)) return { level: 4, text: t };
  const m = HEADING_MARK_RE.exec(t);
  if (!m) return null;
  const mark = m[0].trim();
  const level = /^[一二三四五六七八九十]+[、.．]$/.test(mark)
    ? 1
    : /^[(（]?[一二三四五六七八九十]+[)）]$/.test(mark) || mark === "——" || mark === "--"
      ? 2
      : 3;
  const rest = t.slice(m[0].length);
  const end = rest.search(/[。：:;；]/);
  const text = (end >= 0 ? rest.slice(0, end) : rest).slice(0, 40);
  return { level, text };
}

interface Entry {
  level: number;
  /** A numbered paragraph of a list (1.…, 一是…, ——…) rather than a heading of the document. */
  item: boolean;
  /** The heading's words ("" for a list-opening paragraph): categories are read from them. */
  text: string;
  year: number | null;
  target: boolean;
  review: boolean;
}

export class Sections {
  private readonly stack: Entry[] = [];

  /**
   * Enters a heading (`level` > 0, from the document model) or a paragraph (0). A paragraph with a
   * heading marker (1. 产品质量) counts as a heading of its marker's level, as plans number their lists.
   */
  enter(level: number, para: string): void {
    const marked = headingOf(para);
    const h = level > 0 ? { level, text: marked?.text ?? para.trim().slice(0, 40) } : marked;
    // A list item ends the items before it; a heading ends everything at its level and below,
    // including the list a paragraph opened.
    const item = level === 0;
    if (h) {
      while (this.stack.length > 0) {
        const top = this.stack[this.stack.length - 1]!;
        if (top.level < h.level || (item && !top.item)) break;
        this.stack.pop();
      }
      const targets = /目标|指标/.test(h.text);
      this.stack.push({
        item,
        level: h.level,
        text: h.text,
        // "（二）主要目标。到2025年，……": a numbered target heading run into its first paragraph sets its year.
        year: firstYear(h.text) ?? (level > 0 ? firstYear(para) : targets ? lastYear(para) : null),
        target: targets,
        // Only a heading opens a review section: a list item "一是质量发展基础更加扎实。" states a goal.
        review: !item && REVIEW_RE.test(h.text) && !targets && !/到\d{4}年|力争|更加|进一步/.test(h.text),
      });
      return;
    }
    // A paragraph that opens a list of targets: "到2025年，……主要目标是：", "到2025年，质量整体水平……"
    // (the overall goal, then the targets paragraph by paragraph), "《纲要》明确主要目标，到2025年，……".
    // Its year governs the paragraphs after it until the next heading or the next such paragraph.
    const t = para.trim();
    const colon = /[:：]$/.test(t);
    const startsWithDeadline = /^(?:力争|争取)?(?:到|至)\s*(?:(?:19|20)\d{2}\s*年|[“"]?十[一二三四五六]五)/.test(t);
    const namesGoals = /(?:主要|总体|发展|工作)目标/.test(t.slice(0, 30));
    if (!colon && !startsWithDeadline && !namesGoals) return;
    const year = lastYear(t);
    const opens = (colon && (year !== null || /目标|指标/.test(t))) || (year !== null && (startsWithDeadline || namesGoals));
    if (!opens) return;
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]!.item || !Number.isInteger(this.stack[this.stack.length - 1]!.level))) this.stack.pop();
    const top = this.stack[this.stack.length - 1]?.level ?? 0;
    this.stack.push({ item: false, level: top + 0.5, text: "", year, target: true, review: false });
  }

  headings(): string[] {
    return this.stack.filter((e) => e.text !== "").map((e) => e.text);
  }

  get targetSection(): boolean {
    return this.stack.some((e) => e.target);
  }

  /** The year the innermost section sets, if any. */
  get year(): number | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.year !== null) return this.stack[i]!.year;
    return null;
  }

  get review(): boolean {
    return this.stack.some((e) => e.review);
  }
}

function firstYear(s: string): number | null {
  const ys = [...yearsIn(s, 0), ...periodsIn(s, 0)].sort((a, b) => a.offset - b.offset);
  return ys[0]?.year ?? null;
}

function lastYear(s: string): number | null {
  const ys = [...yearsIn(s, 0), ...periodsIn(s, 0)].sort((a, b) => a.offset - b.offset);
  return ys[ys.length - 1]?.year ?? null;
}
