/**
 * The plan's city and title, guessed from the document so the user rarely types them. Pure.
 *
 * A wrong guess is worse than none (it ends up in every caption and sheet title), so both guesses
 * are strict and answer "" when unsure: a title is a line that names a 规划/方案/意见/计划/行动 and is
 * not a sentence; "到2020年，全市……。" is never a title.
 */

/**
 * The first "…市/县/区" followed by 人民政府/质量/创建… near the start of a plan names its city. The
 * name must start where a name can (a line, a space, after 中共 or 关于印发): in "…关于印发戊市质量…"
 * the city is not "于印发戊".
 */
export function guessCity(text: string): string {
  const m = /(?:^|[^\u4e00-\u9fff]|中共|关于印发|印发)([\u4e00-\u9fff]{2,4}?)(?:市|县|区)(?:人民政府|质量|创建|关于|委员会)/m.exec(text.slice(0, 400));
  return m?.[1] ?? "";
}

const KEYWORD = /规划|方案|意见|计划|行动/;
/** Sentence punctuation: a line with any of these is prose, not a title. */
const SENTENCE = /[。，,；;！!？?：:]/;
/** 一、 （一） 1. 第一章: a heading inside the plan (（三）实施质量提升行动), not its title. */
const HEADING_MARK = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[章节部分])/;
/** 到2020年 / 至2025年: a deadline opens a sentence, not a title (2019年质量提升行动计划 is a title). */
const DATE_START = /^[到至]\s*\d{4}/;
/** A document number at the end of a title line: 江府办函〔2018〕83号, 焦政(2017)12号. */
const DOC_NUMBER = /\s*[\u4e00-\u9fff]{1,8}\s*[〔[（(]\s*\d{4}\s*[〕\]）)]\s*\d+\s*号\s*$/;
const TITLE_MIN = 6;
const TITLE_MAX = 60;

/**
 * A title as people cite it: "X人民政府关于印发《Y》的通知" is the notice that carries plan Y, so Y
 * is the title; a trailing document number and the book-title marks go; spaces between words go.
 * "" when what is left is not a title.
 */
export function cleanTitle(raw: string): string {
  let s = raw.replace(/\s+/g, " ").trim().replace(DOC_NUMBER, "");
  const notice = /关于(?:印发|转发|发布|下发|印送)\s*(.+?)\s*的通知$/.exec(s);
  if (notice) s = notice[1]!;
  s = s.replace(/^《(.+)》$/, "$1").replace(/\s+/g, "");
  return isTitle(s) ? s : "";
}

function isTitle(s: string): boolean {
  return s.length >= TITLE_MIN && s.length <= TITLE_MAX && KEYWORD.test(s) && !SENTENCE.test(s) && !HEADING_MARK.test(s) && !DATE_START.test(s);
}

/**
 * The plan's title from pasted or opened text, or "" when none can be told:
 * 1. the plan a notice hands out: 现将《新密市……工作推进方案》印发给你们;
 * 2. a title line near the top, joined with the line before it when a long title was broken
 *    ("关于印发新密市创建全国质量强市示范城市" / "工作推进方案的通知").
 */
export function guessTitle(text: string): string {
  const head = text.slice(0, 3000);
  const handedOut = /现将《([^《》\n]{4,80})》(?:印发|转发)/.exec(head);
  if (handedOut) {
    const t = cleanTitle(handedOut[1]!);
    if (t) return t;
  }
  const lines = head
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, 30);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(DOC_NUMBER, "");
    if (!KEYWORD.test(line) || SENTENCE.test(line)) continue;
    const prev = i > 0 ? lines[i - 1]! : "";
    // A title broken over two lines: the first half opens the notice (…关于印发…) and is no sentence.
    if (prev && /关于/.test(prev) && !/关于/.test(line) && !SENTENCE.test(prev) && prev.length <= 40) {
      const joined = cleanTitle(prev + line);
      if (joined) return joined;
    }
    const t = cleanTitle(line);
    if (t) return t;
  }
  return "";
}

/**
 * The title for a document a reader opened: the reader's own (a Word title or first heading) when it
 * reads as a title, else what the text shows.
 */
export function titleOf(doc: { text: string; title?: string | null }): string {
  const own = doc.title ? cleanTitle(doc.title) : "";
  return own || guessTitle(doc.text);
}
