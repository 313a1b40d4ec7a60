/**
 * Prose → candidates: the rules for paragraphs, read sentence by sentence and clause by clause. Pure.
 *
 * A number with a unit becomes a target when the words around it say so (a comparator, a target
 * verb, a rate noun); dates, document numbers, ordinals, quoted slogans, award money and figures
 * about the past do not. "分别" lists and shared verbs ("新培育2件驰名商标、10个以上…") distribute
 * over their items. A clause with no number may state a qualitative level (全覆盖, 稳居全省前列).
 */
import type { Comparator } from "../catalog/types";
import { categorize } from "./category";
import { lastAtOrBefore, periodsIn, yearsIn, type YearMention } from "./deadlines";
import type { Candidate, ExtractOptions } from "./extract";
import { parseNumber } from "./numerals";
import {
  CHANGE_VERB_RE,
  LEADING_FLUFF_RE,
  MENTION_RE,
  NON_TARGET_AFTER,
  NON_TARGET_CONTEXT,
  PREFIX_COMPARATORS,
  FULL_COVER,
  QUALITATIVE_PATTERNS,
  QUALITATIVE_WEAK_FROM,
  SUFFIX_COMPARATORS,
  VERB_ANY_RE,
  TARGET_VERBS,
  VERB_AT_END_RE,
  canonicalUnit,
} from "./patterns";
import { defaultComparator } from "./tables";

export interface Span {
  start: number;
  end: number;
}

interface Mention {
  start: number; // of the number (or the sign before it)
  numStart: number;
  end: number; // after the unit
  value: number;
  valueMax: number | null;
  unit: string;
  sym: Comparator | null;
}

const SENTENCE_END = /[。;；!！?？|]/;
const CLAUSE_END = /[，,：:]/;

const MAX_NAME = 40;
/** "<measure><comparator><base>的" before a share: 不低于财政支出的 (千分之一). */
const SHARE_OF_RE = /^(.*?)(不低于|不少于|不小于|不超过|不高于|不大于|低于|高于|超过|大于|小于|达到|占)([^，,。；;]{1,14}的)\s*$/;
/** A word of approximation between a verb and its number: 完成近100个. */
const APPROX_AT_END_RE = /(?:[≥≤><]|>=|<=|(?<![附最接将])近|将近|接近|大约|约|逾)$/;
/** The longest target verb: a verb at the end of a text is looked for in this many last characters. */
const LONGEST_VERB = Math.max(...TARGET_VERBS.map((v) => v.length));

/** A target verb ending the text, looked for in its last characters only (the texts are windows of up to 200). */
function verbAtEnd(s: string): { 0: string; index: number } | null {
  const tail = s.slice(-LONGEST_VERB);
  const m = VERB_AT_END_RE.exec(tail);
  return m ? { 0: m[0], index: s.length - tail.length + m.index } : null;
}

/** SHARE_OF_RE, tried only where the text ends in 的 (most do not). */
function shareOf(s: string): RegExpExecArray | null {
  return s.trimEnd().endsWith("的") ? SHARE_OF_RE.exec(s) : null;
}
/** How far before and after a number the rules look (characters): a name, a verb, a comparator. */
const WINDOW = 80;
/** A target's own words may run longer (a list of award names before 等): its quote keeps up to this much. */
const PREFIX_WINDOW = 200;
/** Words of a sentence about the present or the past; FUTURE_RE words make it a target again. */
const HISTORY_RE = /共有|现有|已有|已经|已达|截至|截止|去年|上年|同比|累计完成|实现了|发放|完成了|以来|季度|上半年|据统计|数据显示|统计显示/;
const FUTURE_RE = /到\d{4}年|力争|确保|争取|目标|\d[^，,。；;\s]{0,5}(?:以上|以内)|不低于|不少于|不超过|控制在/;
/** Words that make a sentence about a year a plan for it. */
const FUTURE_WORDS_RE = /到\d{4}年|力争|确保|争取|目标|将|以上|以内|不低于|不少于|不超过|控制在/;
/** How a paragraph that looks back opens: 近5年来, 过去五年, “十三五”以来, 2016年以来. */
const REVIEW_OPENING_RE = /^\s*(?:近(?:\d+|[一二三四五六七八九十]+)年来|近年来|过去(?:五|5|三|3)年|五年来|[^，,。；;]{0,30}以来[，,]|截至|截止)/;
/** A clause that reports a result whatever else its sentence says: 已达, 同比, 较上年. */
const RESULT_CLAUSE_RE = /已达|已经达到|已提高|已提升|截至|截止|同比|较上年|比上年|完成了|实现了|取得了/;

/** What the prose rules need to know about where a paragraph stands. */
export interface ProseContext {
  headings: readonly string[];
  /** A heading says 目标/指标, or a paragraph opened a list of targets. */
  targetSection: boolean;
  sectionYear: number | null;
  pastPeriod: RegExp;
  /** The plan's first year: a figure for an earlier year ("而在2015年，……") is a result. */
  planStart: number | null;
}

/** One paragraph (or a table row read as prose): sentences → candidates with their deadlines. */
export function readParagraph(text: string, norm: string, para: Span, ctx: ProseContext, options: ExtractOptions): Candidate[] {
  const out: Candidate[] = [];
  const paraText = norm.slice(para.start, para.end);
  // A paragraph that opens with a look back ("近5年来，……", "“十三五”以来，……") reviews the past,
  // unless it also sets a target.
  if ((REVIEW_OPENING_RE.test(paraText) || ctx.pastPeriod.test(paraText.slice(0, 12))) && !/到\d{4}年|力争|确保|争取|目标/.test(paraText)) return out;
  const years = mergeYears(yearsIn(paraText, para.start), periodsIn(paraText, para.start));
  for (const sentence of sentences(norm, para)) {
    // Plans state targets in target sections (主要目标, 产品质量指标) or after a deadline (到2020年，…).
    const inTargetSection = ctx.targetSection || (years[0]?.offset ?? Infinity) < sentence.end;
    // The last target read in this paragraph: a later stage may state only its new level.
    const stagePrev = out.length > 0 ? out[out.length - 1]! : null;
    for (const cand of readSentence(norm, sentence, ctx, inTargetSection, options, stagePrev)) {
      // The year governing a target: the last one stated before it in the paragraph, or else a year
      // stated later in the same paragraph ("…覆盖率达到90%以上。…到2020年，…"), or else the section's.
      const governing = lastAtOrBefore(years, cand.offset + cand.quote.length - 1) ?? years[0];
      // A figure for a year stated as a date, not a deadline, is a result: "而在2015年，这4个指标分别是……"
      // (before the plan), or "2023年，全市……合格率97.8%" in a text that sets no deadline at all.
      if (governing && !governing.deadline) {
        if (ctx.planStart !== null ? governing.year < ctx.planStart : !FUTURE_WORDS_RE.test(norm.slice(sentence.start, sentence.end))) continue;
      }
      cand.deadline = governing?.year ?? ctx.sectionYear;
      cand.quote = text.slice(cand.offset, cand.offset + cand.quote.length);
      out.push(cand);
    }
  }
  return out;
}

function mergeYears(a: YearMention[], b: YearMention[]): YearMention[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x.offset - y.offset);
}

const VALUE_CELL_RE = /^\s*(?:>=|<=|[≥≤><]|不低于|不少于|不超过|达到)?\s*\d+(?:\.\d+)?\s*[^\s|\d]{0,6}?\s*(?:以上|以下|以内)?\s*$/;

function* sentences(norm: string, para: Span): Generator<Span> {
  let start = para.start;
  for (let i = para.start; i <= para.end; i++) {
    if (i === para.end || SENTENCE_END.test(norm[i]!)) {
      // A table row "2 | 出口商品质量合格率 | ≥99% |": a cell holding only a value belongs to the cell before it.
      if (norm[i] === "|") {
        const next = norm.indexOf("|", i + 1);
        const cellEnd = next < 0 || next > para.end ? para.end : next;
        if (VALUE_CELL_RE.test(norm.slice(i + 1, cellEnd)) && norm.slice(start, i).trim() !== "" && !/^\s*\d+\s*$/.test(norm.slice(start, i))) continue;
      }
      if (i > start) yield { start, end: i };
      start = i + 1;
    }
  }
}

function clauses(norm: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  let depth = 0;
  for (let i = s.start; i <= s.end; i++) {
    const c = norm[i];
    if (c === "(" || c === "“" || c === "《") depth++;
    else if ((c === ")" || c === "”" || c === "》") && depth > 0) depth--;
    if (i === s.end || (depth === 0 && CLAUSE_END.test(c!))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function mentionsIn(norm: string, c: Span): Mention[] {
  const text = norm.slice(c.start, c.end);
  const out: Mention[] = [];
  MENTION_RE.lastIndex = 0;
  for (let m = MENTION_RE.exec(text); m; m = MENTION_RE.exec(text)) {
    if (m[0].length === 0) {
      MENTION_RE.lastIndex++;
      continue;
    }
    const g = m.groups!;
    let unit = g.unit ? canonicalUnit(g.unit) : "";
    if (g.pct) unit = g.pct === "千分之" ? "‰" : "%";
    const numStart = c.start + m.index + (m[0].length - m[0].trimStart().length) + (g.sym?.length ?? 0);
    const before = norm.slice(Math.max(c.start, numStart - 3), numStart - (g.pct ? g.pct.length : 0));
    const end = c.start + m.index + m[0].length;
    const after = norm.slice(end, Math.min(norm.length, end + 8));
    // 百分之百: the one percentage written with a bare 百.
    if (g.pct && g.n1 === "百") {
      out.push({ start: c.start + m.index, numStart, end: c.start + m.index + m[0].length, value: 100, valueMax: null, unit: "%", sym: g.sym ? symbolComparator(g.sym) : null });
      continue;
    }
    const isChinese = !/^\d/.test(g.n1!);
    // A lone 万/亿/百/千 is a unit word (万元GDP, 每亿元), 零 starts 零部件; Chinese numerals need a digit.
    if (isChinese && !/[一二两三四五六七八九十]/.test(g.n1!)) continue;
    // Only the words just before a number matter; a bounded window keeps hostile megabyte clauses linear.
    const textBefore = norm.slice(Math.max(c.start, numStart - WINDOW), numStart);
    // "由2016年的3849家增长至2020年的6414家": a year's figure is a data point, not a target.
    if (/(?:19|20)\d{2}\s*年(?:底|末)?的\s*$/.test(textBefore.slice(-10))) continue;
    // Inside a document title: 《…推动三个转变…》.
    if ((textBefore.match(/《/g)?.length ?? 0) > (textBefore.match(/》/g)?.length ?? 0)) continue;
    // Chinese numerals are mostly idiom (三个代表, 两山一河): only a verb or comparator right beside makes one a target.
    const verbBefore = verbAtEnd(textBefore.trimEnd()) !== null;
    const comparatorAfter = /^\s*[^\s]?(?:以上|以下|以内)/.test(after);
    // "建成…示范项目三个。": a numeral closing a clause that a target verb opened.
    const closesTargetClause = /^[，,。；;、]?$/.test(after.slice(0, 1)) && VERB_ANY_RE.test(textBefore.slice(0, 6));
    // 百分之/千分之 mark a quantity on their own; other Chinese numerals need a verb or comparator beside them.
    if (isChinese && !g.pct && !(verbBefore || comparatorAfter || closesTargetClause)) continue;
    // Parsed only now: most Chinese numerals in prose (一流, 三个代表) were left out above.
    const n1 = parseNumber(g.n1!);
    if (n1 === null) continue;
    const n2 = g.n2 ? parseNumber(g.n2) : null;
    if (!unit) {
      if (/^\d{4}$/.test(g.n1!)) continue;
      // Scores have no unit: 满意度达到80以上, 满意度监测结果大于75 (in 分, as plans count them);
      // an index is a bare number: 质量竞争力指数达到86.
      const score = /(?:(满意度|得分|评分|分值|分数)(?:监测|测评|调查|评价|考核)?(?:结果|得分)?|(指数))(?:要|将|应)?(?:达到|达|大于|不低于|超过|高于|为|在|保持在|稳定在)?\s*(?:>=|≥|>)?$/.exec(textBefore);
      if (score) unit = score[1] ? "分" : "";
      // A bare ratio with a stated bound: 万台死亡率控制在0.3以下, 亿元GDP事故死亡率低于0.05.
      else {
        const ratio = /(?:率|系数|比值|比)((?:控制在|降至|降到|下降到|低于|不高于|不超过|小于|达到|不低于|高于|大于|保持在|稳定在|为)?\s*(?:<=|≤|<|>=|≥|>)?)$/.exec(textBefore);
        const bounded = ratio !== null && (ratio[1]!.trim() !== "" || /^\s*(?:以上|以下|以内)/.test(after));
        if (!bounded) continue;
      }
    }
    if (isNonTarget(g.n1!, n1, unit, before, after, norm, numStart)) continue;
    out.push({
      start: c.start + m.index,
      numStart,
      end,
      value: n1,
      valueMax: n2,
      unit,
      sym: g.sym ? symbolComparator(g.sym) : null,
    });
  }
  return out;
}

function symbolComparator(sym: string): Comparator {
  if (sym === "≥" || sym === ">=") return ">=";
  if (sym === "≤" || sym === "<=") return "<=";
  if (sym === ">" || sym === "＞") return ">";
  return "<";
}

function isNonTarget(raw: string, value: number, unit: string, before: string, after: string, norm: string, at: number): boolean {
  if (NON_TARGET_CONTEXT.some((re) => re.test(before))) return true;
  if (NON_TARGET_AFTER.some((re) => re.test(after))) return true;
  const isChinese = !/^\d/.test(raw);
  // 一批, 一次, 一个: "a batch of", not a count anyone will check.
  if (isChinese && value === 1 && /^[批次]/.test(unit)) return true;
  if (isChinese && /[批次种类]/.test(unit)) return true;
  // 3月25日, 2019年7月17日: dates.
  if (unit === "日" && /月\s*$/.test(norm.slice(Math.max(0, at - 3), at))) return true;
  if ((unit === "日" || unit === "天") && /^\s*(?:前|起|至|-|到)/.test(after)) return true;
  // Money: awards, subsidies and budgets are policy, not targets.
  if (/元$/.test(unit) && /(?:奖励|奖金|补贴|补助|资助|给予|投资|资金|经费|预算|拨款|安排)/.test(norm.slice(Math.max(0, at - 20), at))) return true;
  if (/元$/.test(unit) && /^[^。；;]{0,20}?(?:奖励|奖补|补助|资助|扶持|补贴)/.test(norm.slice(at, at + 30))) return true;
  // Phone numbers and codes: 12365.
  if (/^\d{5,}$/.test(raw) && unit === "") return true;
  return false;
}

function comparatorFor(m: Mention, prefix: string, norm: string): Comparator {
  return readComparator(m, prefix, norm).cmp;
}

/** The comparator of a mention, and whether the text states it (rather than the default floor). */
function readComparator(m: Mention, prefix: string, norm: string): { cmp: Comparator; explicit: boolean } {
  if (m.valueMax !== null) return { cmp: "range", explicit: true };
  if (m.sym) return { cmp: m.sym, explicit: true };
  const after = norm.slice(m.end, m.end + 6);
  for (const [re, cmp] of SUFFIX_COMPARATORS) if (re.test(after)) return { cmp, explicit: true };
  // "占GDP比重达到15%左右": about the level, in the direction the measure is wanted.
  if (/^\s*左右/.test(after)) return { cmp: defaultComparator(measureBefore(prefix)), explicit: true };
  // A time limit: "5个工作日办结", "3日内办理完毕".
  if (/^(?:工作日|日|天|小时|分钟)$/.test(m.unit) && /^\s*(?:内)?(?:办结|办理完毕|办完|完成|出具|答复)/.test(after)) return { cmp: "<=", explicit: true };
  for (const [re, cmp] of PREFIX_COMPARATORS) if (re.test(prefix)) return { cmp, explicit: true };
  const share = shareOf(prefix);
  if (share) for (const [re, cmp] of PREFIX_COMPARATORS) if (re.test(share[2]!)) return { cmp, explicit: true };
  // A neutral verb (达到, 为, 保持在) before a measure plans want low: "PM2.5年均浓度为35微克/立方米" is a ceiling.
  const [noun, verb] = splitVerb(prefix);
  if (/^(?:达到|达|为|在|保持在|稳定在|维持在|保持)?$/.test(verb) && defaultComparator(measureBefore(noun)) === "<=") return { cmp: "<=", explicit: true };
  return { cmp: ">=", explicit: false };
}

/** The measure a number belongs to: the words after the last separator of the text before it. */
function measureBefore(prefix: string): string {
  const [noun] = splitVerb(prefix);
  const cut = Math.max(noun.lastIndexOf("、"), noun.lastIndexOf("，"), noun.lastIndexOf(","), noun.lastIndexOf("；"), noun.lastIndexOf("和"));
  return noun.slice(cut + 1);
}

/** The comparator words after the unit ("以上"), so the quote and the next item start after them. */
function suffixLength(norm: string, at: number): number {
  const m = /^\s*(?:(?:及|或|和)?以上|(?:及|或)?以下|以内|之内|左右|内(?![容部]))/.exec(norm.slice(at, at + 6));
  return m ? m[0].length : 0;
}

/** Splits "蔬菜、畜禽产品和水产品监测合格率" into three names sharing their head noun. */
function distribute(subject: string, count: number): string[] | null {
  const items = subject.split(/、|和|及|与|以及/).filter((s) => s.length > 0);
  if (items.length !== count) return null;
  const last = items[items.length - 1]!;
  const head = /(?:年排放|年均|排放|监测|抽检|抽查|检验|质量|合格|达标|覆盖|满意|处理|利用|普及|执行|浓度|总量|比例|比重|数量|率)/.exec(last);
  if (!head || head.index === 0) return items;
  const tail = last.slice(head.index);
  return items.map((it, i) => (i === items.length - 1 ? it : it + tail));
}

function cleanName(s: string): string {
  let t = s.replace(LEADING_FLUFF_RE, "").replace(/[\s|]+$/, "");
  t = t.replace(/^(?:的|之)/, "").replace(/[的之\s]+$/, "").trim();
  // "实现食品检验量…": a leading verb before a measure is not part of its name.
  t = t.replace(/^(?:实现|推动|推进)(?=\S{2,}(?:量|率|数|比例|比重|度|指数)$)/, "");
  // "合格率2023年达到…": the year after a measure is its deadline, not part of its name.
  t = t.replace(/(?<=[率量数度值])\s*(?:19|20)\d{2}\s*年(?:年底|年末|底|末)?$/, "");
  return t.length > MAX_NAME ? t.slice(t.length - MAX_NAME) : t;
}

/** Strips target verbs from the end of a prefix: "抽检合格率稳定在" → ["抽检合格率", "稳定在"]. */
function splitVerb(prefix: string): [string, string] {
  let noun = prefix.replace(/[\s(（]+$/, "");
  let verb = "";
  for (let guard = 0; guard < 4; guard++) {
    // "完成近100个…": a word of approximation stands between the verb and the number.
    const m = verbAtEnd(noun) ?? APPROX_AT_END_RE.exec(noun.slice(-3));
    if (!m || m[0].length === 0) break;
    verb = m[0] + verb;
    noun = noun.slice(0, noun.length - m[0].length).trimEnd();
  }
  return [noun, verb];
}

function readSentence(
  norm: string,
  sentence: Span,
  ctx: ProseContext,
  inTargetSection: boolean,
  options: ExtractOptions,
  stagePrev: Candidate | null,
): Candidate[] {
  const { headings } = ctx;
  const out: Candidate[] = [];
  const stext = norm.slice(sentence.start, sentence.end);
  // Table header rows and policy sentences about money or awards carry no targets.
  if (/^\s*序号\s*$/.test(stext)) return out;
  let sharedVerb = ""; // a verb that distributes over a 、-list: 新培育2件…、10个…
  // A sentence that names a year may state a later stage of the target before it with its level only.
  const staged = /(?:19|20)\d{2}\s*年|十[一二三四五六]五/.test(stext);
  // A sentence about the present or the past ("全市共有…企业826家", "比上年增长") states no target;
  // nor does one about a period that ended before the plan ("“十二五”期间……达到90%以上").
  const descriptive =
    (HISTORY_RE.test(stext) && !FUTURE_RE.test(stext)) ||
    (ctx.pastPeriod.test(stext) && !/到\d{4}年|力争|确保|争取|目标/.test(stext)) ||
    /^\s*(?:过去五年|五年来|近年来|近几年来|\d{4}年以来|截至|截止)/.test(stext) ||
    // A forecast by someone else ("研究院预测，2022年……将达7697家") is no target of the plan.
    (/预测|预计/.test(stext) && !/力争|确保|争取|目标/.test(stext));
  if (descriptive) return out;
  for (const c of clauses(norm, sentence)) {
    const ctext = norm.slice(c.start, c.end);
    // "目前已达95%", "同比增长12%": a result, even in a sentence that also sets a target.
    const mentions = RESULT_CLAUSE_RE.test(ctext) ? [] : mentionsIn(norm, c);
    let produced = false;
    // "分别" lists: several subjects, several values, in order.
    const fenbie = ctext.indexOf("分别");
    if (fenbie > 0 && mentions.length >= 2 && mentions[0]!.start > c.start + fenbie) {
      const subjectRaw = cleanName(norm.slice(c.start, c.start + fenbie));
      const names = distribute(subjectRaw, mentions.length);
      if (names) {
        const verbText = norm.slice(c.start + fenbie + 2, mentions[0]!.start);
        const last = mentions[mentions.length - 1]!;
        const tailEnd = last.end + suffixLength(norm, last.end);
        names.forEach((name, i) => {
          const m = mentions[i]!;
          // 以上 after the last value applies to all of them.
          const cmp = m.valueMax !== null ? "range" : m.sym ?? comparatorFor({ ...last, sym: null, valueMax: null }, verbText, norm);
          out.push(candidate(norm, c.start, tailEnd, name, cmp, m, headings, 0.8));
        });
        produced = true;
      }
    }
    if (!produced) {
      let segStart = c.start;
      // "由2.5件提高到5件": the first number is where the measure starts; the target is the second.
      let fromName = "";
      let fromStart = 0;
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        const suffix = suffixLength(norm, m.end);
        const prefixStart = Math.max(segStart, m.start - PREFIX_WINDOW);
        const prefixRaw = norm.slice(prefixStart, m.start);
        // "经费不低于财政支出的千分之一": the comparator governs a share "of" something; the measure is before it.
        const share = shareOf(prefixRaw);
        const [nounRaw, verb] = share ? [share[1]!, share[2]!] : splitVerb(prefixRaw);
        let noun = cleanName(nounRaw);
        let nameStart = prefixStart + (/^[\s、，,和及与]*/.exec(prefixRaw)?.[0].length ?? 0);
        if (/(?:由|从)$/.test(noun) && noun.length > 1) {
          fromName = noun.slice(0, -1);
          fromStart = nameStart;
          segStart = m.end + suffix;
          continue;
        }
        if (noun === "" && fromName) {
          noun = fromName;
          nameStart = fromStart;
          fromName = "";
        }
        const { cmp, explicit } = readComparator(m, norm.slice(Math.max(c.start, m.numStart - WINDOW), m.numStart), norm);
        let name = noun;
        let confidence = 0.9;
        const afterText = norm.slice(m.end + suffix, Math.min(c.end, m.end + suffix + WINDOW));
        // The noun the number counts comes after it: 新培育2件驰名商标, 100个高频事项实现….
        // "20个与国内外知名品牌同标准同质量的…品牌": a noun phrase that opens with 与/和 runs to the comma.
        const countedNoun =
          /^(?:[^、，,和及与(（]|[(（][^)）]*[)）])+/.exec(afterText)?.[0] ?? (/^[与和同]/.test(afterText) ? (/^[^、，,。；;]{2,40}/.exec(afterText)?.[0] ?? "") : "");
        const isRate = /^(?:%|‰|百分点)$/.test(m.unit);
        let nounFirst = false;
        const countedFirst = countedNoun !== "" && !/^(?:%|‰|百分点)$/.test(m.unit);
        if (noun === "" || /^[、和及与]$/.test(prefixRaw.trim()) || /等$/.test(noun) || (noun.length <= 2 && verb !== "" && countedFirst)) {
          // "政通路、溱水路西延等17条道路": the list before 等 gives examples; the verb and the counted noun name it.
          const examples = /等$/.test(noun) ? noun : "";
          const lead = examples ? (/^(?:[^\s、]*?)(新建续建|新建|续建|建成|建设|完成|实施|培育|创建)/.exec(examples)?.[1] ?? "") : "";
          const v = (lead || verb || sharedVerb).replace(/(?:(?<![附最接将])近|将近|接近|大约|约|逾)$/, "");
          nounFirst = true;
          if (examples && !countedNoun) {
            // "制定地方、团体标准和培育国家、国际标准等20项": the examples are the name.
            name = cleanName(examples.replace(/等$/, ""));
          } else if (countedNoun && !isRate) {
            name = cleanName(v.replace(/^(?:在|为|达到|达)$/, "") + countedNoun);
          } else if (countedNoun && isRate) {
            // "80%以上县(市、区)创建成为…": the share of the things that follow.
            name = cleanName(countedNoun) + "比例";
          } else if (i > 0 && out.length > 0) {
            // "9条117.7公里": a second measure of the same thing.
            name = out[out.length - 1]!.name;
          } else if (
            (out.length > 0 || stagePrev) &&
            staged &&
            /^(?:达到|提高到|提升到|提高至|提升至|稳定在|保持在|控制在|降至|降到|下降到)$/.test(verb) &&
            m.unit === (out[out.length - 1] ?? stagePrev)!.unit
          ) {
            // "到2023年，合格率达到97.5%；到2025年，达到98%以上": the next stage of the same measure.
            name = (out[out.length - 1] ?? stagePrev)!.name;
          } else {
            name = "";
          }
          nameStart = examples ? nameStart : verb ? m.start - (prefixRaw.length - prefixRaw.lastIndexOf(verb)) : m.start;
          confidence = v ? 0.85 : 0.6;
          if (verb) sharedVerb = verb;
          if (lead) sharedVerb = lead;
        } else {
          if (verb && CHANGE_VERB_RE.test(verb) && !/率$/.test(noun)) name = noun + verb.replace(/^(?:比\S*)/, "");
          // A verb that starts the noun phrase distributes: 新增“三品一标”产品30个、省级…12个以上.
          const lead = /^(?:新增|新培育|新建成|新建|新制定|培育|建成|建设|创建|获得|新获)/.exec(noun);
          if (lead) sharedVerb = lead[0];
          else if (/^\s*、/.test(prefixRaw) && sharedVerb && !VERB_ANY_RE.test(noun.slice(0, 2))) {
            name = sharedVerb + noun;
          }
          // "5A级旅游景区、…、中国品牌榜入选品牌等高端品牌新增5个": the collective noun after 等 names it.
          const collective = /、[^、]*、.*等([^、，,等()（）]{2,})$/.exec(name);
          if (collective) name = collective[1]!;
          // "总数达到83.9万亩" continues the previous target: 高标准农田总数.
          if (/^(?:总数|总量|累计|合计|总计|总规模)$/.test(name) && out.length > 0) {
            name = out[out.length - 1]!.name.replace(/^(?:新建成|新建|新增|建成|培育|新培育)/, "") + name;
          }
        }
        // "品牌价值超过100亿元的企业达到3家": a number followed by 的 describes the next target's subject.
        if (/^\s*的/.test(norm.slice(m.end + suffix, m.end + suffix + 2)) && i + 1 < mentions.length) continue;
        const quoteEnd = Math.max(m.end + suffix, countedNounEnd(norm, m, suffix, nounFirst && countedNoun !== "" && !isRate));
        if (name === "" || !isTargetContext(name, verb || sharedVerb, cmp, m, norm, inTargetSection, nounFirst, explicit)) {
          segStart = m.end + suffix;
          continue;
        }
        out.push(candidate(norm, Math.min(nameStart, m.start), quoteEnd, name, cmp, m, headings, confidence));
        segStart = quoteEnd;
      }
    }
    if (!options.numericOnly && mentions.length === 0) {
      const q = qualitative(norm, c, inTargetSection);
      if (q) out.push({ ...q, category: categorize(headings, q.name) });
    }
  }
  return out;
}

function countedNounEnd(norm: string, m: Mention, suffix: number, nounFirst: boolean): number {
  if (!nounFirst) return m.end + suffix;
  const rest = norm.slice(m.end + suffix);
  const stop = rest.search(/[、，,。；;|]/);
  return m.end + suffix + (stop < 0 ? rest.length : stop);
}

function isTargetContext(
  name: string,
  verb: string,
  cmp: Comparator,
  m: Mention,
  norm: string,
  inTargetSection: boolean,
  nounFirst: boolean,
  explicit: boolean,
): boolean {
  if (/^(?:\d|[一二三四五六七八九十])/.test(name) && name.length < 3) return false;
  // "100个高频事项实现…": the number leads and a target verb follows its noun.
  if (nounFirst && /(?:实现|达到|完成|通过|获得|纳入|建成|创建)/.test(name)) return true;
  if (/^(?:在(?!用)|以|根据|围绕|按照|依托|针对|通过)/.test(name) && m.sym === null) return false;
  if (explicit) return true;
  if (/^(?:%|‰|百分点)$/.test(m.unit)) return /率|度|比例|比重|占比|指数|增长|提高|降低|下降|减少|增加|覆盖|达标|合格/.test(name + verb) || inTargetSection;
  if (cmp !== ">=") return true;
  if (verb && VERB_ANY_RE.test(verb)) return true;
  // A target verb early in the name: 年均新建改建农村公路200公里.
  if (VERB_ANY_RE.test(name.slice(0, 6))) return true;
  // Inside a target list ("到2020年，…达到3万件、地理标志商标50件…") a noun with a count is an item of it.
  return inTargetSection;
}

function candidate(
  norm: string,
  start: number,
  end: number,
  name: string,
  comparator: Comparator,
  m: Mention,
  headings: readonly string[],
  confidence: number,
): Candidate {
  return {
    name,
    comparator,
    value: m.value,
    valueMax: m.valueMax,
    unit: m.unit,
    deadline: null,
    category: categorize(headings, name),
    quote: norm.slice(start, end),
    offset: start,
    confidence,
  };
}

/** Words one of which every qualitative pattern needs: a clause without any is not tried against them. */
const QUALITATIVE_HINT_RE = /前列|前茅|水平|水准|全覆盖|消除|类|达到|控制在国家标准|提升|提高|增加|改善|递减|下降|降低|达标|稳定|合格|零|方阵|梯队|行列|倍增|翻|清零|不发生|杜绝|可追溯/;

function qualitative(norm: string, c: Span, inTargetSection: boolean): Omit<Candidate, "category"> | null {
  if (c.end - c.start < 5) return null;
  const ctext = norm.slice(c.start, c.end);
  if (!QUALITATIVE_HINT_RE.test(ctext)) return null;
  const fullCover = ctext.includes("全覆盖");
  for (let i = 0; i < QUALITATIVE_PATTERNS.length; i++) {
    const re = QUALITATIVE_PATTERNS[i]!;
    // The 全覆盖 pattern looks back up to 12 characters at every position: try it only where it can match.
    if (i === FULL_COVER && !fullCover) continue;
    const m = re.exec(ctext);
    if (!m) continue;
    // Trends ("逐步提升") and generic 达标 only count inside a plan's own target lists.
    const weak = i >= QUALITATIVE_WEAK_FROM;
    if (weak && !inTargetSection) continue;
    // Inside a quoted slogan ("四个走在全国前列", 早日跻身全省“第一方阵”): a motto, not a target.
    const upTo = ctext.slice(0, m.index + m[0].length);
    if ((upTo.match(/“/g)?.length ?? 0) > (upTo.match(/”/g)?.length ?? 0) || (upTo.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const levelText = m[0].replace(/^(?:实现|做到)/, "");
    let subject = ctext.slice(0, m.index);
    let levelStart = m.index;
    let quoteStart: number | null = null;
    if (/全覆盖/.test(levelText)) {
      // 推进大中型企业省级以上研发机构全覆盖: everything before 全覆盖 in the clause is the subject;
      // "追溯体系实现县域全覆盖": the scope after 实现 belongs to the level.
      const at = ctext.indexOf("全覆盖");
      const j = ctext.lastIndexOf("实现", at);
      const scoped = j >= 3 && at - j - 2 <= 8;
      subject = ctext.slice(0, scoped ? j : at).replace(/^(?:推进|实现|做到|确保|力争|基本)+/, "");
      levelStart = scoped ? j + 2 : at;
    } else if (/(?:消除|清零)$/.test(m[0]) && !/^(?:基本|全面)?消除/.test(m[0])) {
      // "城市黑臭水体基本消除": the thing removed is the subject, the removal the level.
      const at = m.index + m[0].search(/(?:基本|全面)?(?:消除|清零)$/);
      subject = ctext.slice(0, at);
      levelStart = at;
    } else if (/^(?:不发生|杜绝)/.test(m[0])) {
      // "确保不发生区域性、系统性食品安全事件": what must not happen is the name.
      const verb = /^(?:不发生|杜绝)/.exec(m[0])![0];
      subject = m[0].slice(verb.length);
      levelStart = m.index;
      quoteStart = c.start + m.index;
    }
    // 确保重大食品安全事故零发生: what must not happen stands between the verb and 零.
    const zero = /^(?:实现|保持|做到|确保)([^“"零]{2,})[“"]?零/.exec(m[0]);
    if (zero && cleanName(splitVerb(subject)[0]).length < 3) {
      subject = zero[1]!;
      levelStart = m.index + m[0].lastIndexOf("零", m[0].length - 1) - (/[“"]零/.test(m[0]) ? 1 : 0);
    }
    const [noun] = splitVerb(subject);
    // "质量发展迈入…第一方阵": 发展 is part of the subject here, not a verb before a number.
    let name = cleanName(noun).replace(/(?:全面|基本|进一步)$/, "");
    if (name.length < 3) name = cleanName(subject).replace(/(?:全面|基本|进一步|稳步|努力|力争)$/, "");
    if (name.length < 3 || /^[\p{P}\p{S}]/u.test(name)) continue;
    const level =
      quoteStart !== null
        ? /^(?:不发生|杜绝)/.exec(m[0])![0]
        : norm
            .slice(c.start + levelStart, c.start + m.index + m[0].length)
            .replace(/^(?:实现|做到|都|均|全部)(?=达到|优于)/, "")
            .replace(/^(?:实现|做到)/, "");
    const start = quoteStart ?? c.start + Math.max(0, ctext.indexOf(name.slice(0, 4)));
    return {
      name,
      comparator: "qualitative",
      value: level,
      valueMax: null,
      unit: "",
      deadline: null,
      quote: norm.slice(start, c.start + m.index + m[0].length),
      offset: start,
      confidence: weak ? 0.5 : 0.7,
    };
  }
  return null;
}

