/**
 * The vocabulary of Chinese plan targets: units, comparator words, verbs that make a number a
 * target, and the qualitative levels plans use. Kept apart from the algorithm so that the rules
 * read as a list a reviewer can check against how such plans are written.
 */
import type { Comparator } from "../catalog/types";
import { CHINESE_NUMERAL_CHARS } from "./numerals";

/** Per-capita and per-area units plans use: 5批次/千人, 每万人口发明专利拥有量12件/万人. */
const PER_UNITS: ReadonlyArray<readonly [string, string]> = ["批次", "件", "个", "人", "名", "家", "张", "床", "户", "项", "次", "辆"].flatMap(
  (u) =>
    ["十万人", "万人", "千人", "百人", "万户", "平方公里"].flatMap((per) => [
      [`${u}/${per}`, `${u}/${per}`] as const,
      [`${u}每${per}`, `${u}/${per}`] as const,
    ]),
);

/** Per person: 全员劳动生产率22万元/人, 人均公园绿地14平方米/人. */
const PER_PERSON: ReadonlyArray<readonly [string, string]> = ["万元", "元", "平方米", "千克", "公斤", "吨", "册", "张"].map((u) => [`${u}/人`, `${u}/人`] as const);

/** Units, longest first so that 个百分点 wins over 个 and 万吨 over 吨. The value is the canonical unit. */
const UNIT_TABLE: ReadonlyArray<readonly [string, string]> = [
  ...PER_UNITS,
  ...PER_PERSON,
  ["个百分点", "百分点"],
  ["百分点", "百分点"],
  ["个工作日", "工作日"],
  ["工作日", "工作日"],
  ["平方公里", "平方公里"],
  ["平方千米", "平方公里"],
  ["万平方米", "万平方米"],
  ["平方米", "平方米"],
  ["万立方米", "万立方米"],
  ["立方米", "立方米"],
  ["微克/立方米", "微克/立方米"],
  ["μg/m3", "微克/立方米"],
  ["μg/m³", "微克/立方米"],
  ["毫克/升", "毫克/升"],
  ["mg/L", "毫克/升"],
  ["dB(A)", "dB(A)"],
  ["dB", "dB(A)"],
  ["分贝", "dB(A)"],
  ["吨标准煤", "吨标准煤"],
  ["万吨", "万吨"],
  ["吨", "吨"],
  ["万亩", "万亩"],
  ["公顷", "公顷"],
  ["亩", "亩"],
  ["公里", "公里"],
  ["千米", "公里"],
  ["万千瓦", "万千瓦"],
  ["千瓦", "千瓦"],
  ["亿元", "亿元"],
  ["万元", "万元"],
  ["元", "元"],
  ["万人次", "万人次"],
  ["人次", "人次"],
  ["万人", "万人"],
  ["万户", "万户"],
  ["万件", "万件"],
  ["万个", "万个"],
  ["万家", "万家"],
  ["%", "%"],
  ["‰", "‰"],
  ["个", "个"],
  ["件", "件"],
  ["项", "项"],
  ["家", "家"],
  ["天", "天"],
  ["日", "日"],
  ["小时", "小时"],
  ["分钟", "分钟"],
  ["条", "条"],
  ["所", "所"],
  ["座", "座"],
  ["处", "处"],
  ["名", "名"],
  ["人", "人"],
  ["批次", "批次"],
  ["次", "次"],
  ["户", "户"],
  ["台", "台"],
  ["套", "套"],
  ["种", "种"],
  ["类", "类"],
  ["篇", "篇"],
  ["部", "部"],
  ["辆", "辆"],
  ["场", "场"],
  ["倍", "倍"],
  ["分", "分"],
];

const UNIT_MAP = new Map(UNIT_TABLE);

export function canonicalUnit(surface: string): string {
  return UNIT_MAP.get(surface) ?? surface;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NUM = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?)`;
const UNIT_ALT = UNIT_TABLE.map(([u]) => escape(u)).join("|");

/**
 * A number with its unit: optional sign before it, optional range, optional 百分之 prefix.
 * Works on text passed through normalizeChars (half-width digits, ASCII dashes and brackets).
 */
export const MENTION_RE = new RegExp(
  `(?<sym>>=|<=|[≥≤><＞＜])?\\s*(?<pct>百分之|千分之)?(?<n1>${NUM})(?:\\s*(?<rsep>-|~|～|至|到)\\s*(?<n2>${NUM}))?\\s*(?<unit>${UNIT_ALT})?`,
  "gu",
);

/** Words right after a number and its unit. */
export const SUFFIX_COMPARATORS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^\s*(?:及|或|和)?以上/, ">="],
  [/^\s*(?:及|或)?以下/, "<="],
  [/^\s*(?:以内|之内|内)/, "<="],
];

/** Words right before a number: the last one that matches decides (so 大于≥ reads as ≥). */
export const PREFIX_COMPARATORS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(?:不低于|不少于|不小于|至少|不得低于|不得少于|>=|≥)\s*$/, ">="],
  [/(?:不超过|不高于|不大于|不多于|最多|不得超过|<=|≤)\s*$/, "<="],
  [/(?:控制在|降至|降到|降低到|下降到|下降至|压缩到|压缩至|压减到|压减至|减少到|减少至|缩短到|缩短至|缩减到|缩减至)\s*$/, "<="],
  [/(?:超过|大于|高于|多于|>|＞)\s*$/, ">"],
  [/(?:低于|小于|少于|<|＜)\s*$/, "<"],
  [/(?:等于|=)\s*$/, "="],
];

/**
 * Verbs that make a number a target rather than a description. They may stand before the number
 * ("达到95%") or before the noun the number counts ("新培育2件驰名商标").
 */
export const TARGET_VERBS = [
  "稳定在", "保持在", "控制在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至",
  "下降到", "下降至", "降低到", "降低至", "降至", "降到", "缩短到", "缩短至", "减少到", "减少至", "压缩到", "压缩至", "压减到", "压减至",
  "缩减到", "缩减至", "控制到", "维持在", "保持",
  "不低于", "不少于", "不小于", "不超过", "不高于", "不大于", "至少", "超过", "大于", "高于", "低于", "小于", "少于",
  "达到", "达", "为", "在",
  "新增", "增加", "增长", "提高", "提升", "降低", "下降", "减少", "缩短", "突破",
  "新培育", "培育", "新建成", "建成", "新建", "续建", "建设", "创建", "创成", "争创", "创", "获得", "新获", "完成", "实现",
  "新制定", "主导制定", "制定", "制修订", "修订", "培养", "引进", "认定", "注册", "申报", "打造", "帮扶", "推动", "支持",
  "扶持", "发展", "新认定", "新注册", "开工建设", "建立",
] as const;

/** A regexp that finds any target verb at the end of a string. */
export const VERB_AT_END_RE = new RegExp(`(?:${[...TARGET_VERBS].sort((a, b) => b.length - a.length).map(escape).join("|")})$`);
/** A regexp that finds any target verb anywhere. */
export const VERB_ANY_RE = new RegExp(`(?:${[...TARGET_VERBS].sort((a, b) => b.length - a.length).map(escape).join("|")})`);

/** Growth and reduction verbs: the number is the change, and the name keeps the verb ("旅游总收入增长"). */
export const CHANGE_VERB_RE = /(?:新增|增加|增长|提高|提升|降低|下降|减少|缩短)$/;

/** Words stripped from the start of a name: time, emphasis and scope that are not part of what is measured. */
export const LEADING_FLUFF_RE =
  /^(?:[，,、；;：:\s]|到\d{4}年(?:年底|年末|底|末)?(?:前)?|至\d{4}年(?:底|末)?|\d{4}年(?:年底|年末|底|末)?(?:前)?|其中|同时|并且|并|且|以及|力争|确保|争取|努力|全面|进一步|基本|使|全市|我市|全县|全区|本市|各县(?:市|区)?|和|及|与|另外|此外|主要目标[是为]?|目标[是为]|稳步|逐步|持续|\d{1,2}[.、．](?!\d)|[(（][\d一二三四五六七八九十]{1,2}[)）]|——)+/;

/** Numbers that name things rather than measure them: ordinals, idioms, enumerations. */
export const NON_TARGET_CONTEXT: readonly RegExp[] = [
  /第$/, // 第一
  /[“"《「『]$/, // inside a quoted name: “三去一降一补”
  /前$/, // 前列, 前三名
  /[(（]$/, // (一)
  /[(（]含\s*$/, // 90分（含90分）以上: the bound restated
];

/** Words after a number+unit that make it a description, not a target. */
export const NON_TARGET_AFTER: readonly RegExp[] = [
  /^[”"》」』]/,
  /^(?:指标|方面|环节|阶段|层级|领域|板块|产业集群|重点|大战略|大行动|个实施阶段)/,
  // "实施5项工程、19项建设任务": a count of the plan's own tasks and measures, not a target.
  /^(?:工程|任务|措施|举措|行动|重点任务|主要任务|建设任务|重点工程|专项行动)(?![^，。；]{0,6}(?:达到|以上))/,
  /^[一二三四五六七八九十]/, // 四三三一
];

/**
 * Qualitative levels: checkable outcomes stated without a number. `level` is kept as text. The
 * first match wins. Clear levels count anywhere; the weak ones (trends, generic 达标) only in a
 * plan's own target lists.
 */
const QUALITATIVE_CLEAR: readonly RegExp[] = [
  /(?:低于|优于|高于|达到或接近|达到或超过|接近|达到|稳居|居于|居|位居|位于|位列|处于|保持)(?:全国|全省|国内|国际|省内)[^，。；,;]{0,10}?(?:平均水平|中等水准|中等水平|先进水平|领先水平|前列|前茅)/u,
  /(?:排名|排在)(?:全国|全省)?[^，。；,;]{0,8}?前列/u,
  /(?:实现|做到)?[^，。；,;的]{0,12}?全覆盖(?!的)/u,
  /消除[^，。；,;]{0,8}?(?:劣[ⅤV5]类水体|黑臭水体|重污染天气)/u,
  /(?:全部|均|都)?(?:达到或优于|优于)(?:[ⅠⅡⅢⅣⅤI-V]+|[一二三四五])类/u,
  // 稳居全省前列, 继续走在全省前列, 迈入渝东北第一方阵, 跻身全国先进行列
  /(?:稳居|继续走在|始终走在|走在|继续处于|继续保持|保持在|跻身|进入|迈入|迈进)[^，。；,;]{0,12}?(?:前列|前茅|第一方阵|第一梯队|先进行列|领先行列)/u,
  // 城市黑臭水体基本消除, 重污染天气全面清零
  /(?:黑臭水体|劣[ⅤV5]类水体|重污染天气)(?:基本|全面)?(?:消除|清零)/u,
  // 确保不发生区域性、系统性食品安全事件; 杜绝重大工程质量事故
  /(?:不发生|杜绝)[^，。；,;]{2,16}?(?:事件|事故)/u,
  // 农产品质量全面实现可追溯
  /(?:全面|基本)?实现[^，。；,;]{0,6}?可追溯/u,
  // 实现双倍增, 实现翻一番
  /(?:实现)?(?:双倍增|翻一番|翻两番|翻番)/u,
  // 实现重大质量安全事故“零发生”, 确保食品安全事故零发生
  /(?:实现|保持|做到|确保)[^，。；,;]{0,12}?[“"]?零[”"]?(?:发生|事故|死亡|伤亡|增长|排放|投诉|污染|感染|新增|容忍)/u,
];

const QUALITATIVE_WEAK: readonly RegExp[] = [
  /(?:全部|均|都)?达到[^，。；,;]{0,14}?(?:规定目标值|考核标准|目标要求|下达的要求|标准要求|》要求|国家二级以上|》)/u,
  /(?:控制在国家标准以内)/u,
  /(?:近\d年|连续\d年)?(?:相比|比较)?(?:持续)?(?:逐步|持续|不断)(?:的)?(?:提升|提高|增加|改善|递减|下降|降低)/u,
  /(?:全面达标|达标$)/u,
  /(?:保持稳定|稳定良好)/u,
  /(?:一次性合格)/u,
  /零突破/u,
  /(?:基本|全面)?消除[^，。；,;]{0,10}?(?:隐患|盲区|空白|死角|盲点)/u,
];

export const QUALITATIVE_PATTERNS: readonly RegExp[] = [...QUALITATIVE_CLEAR, ...QUALITATIVE_WEAK];
/** The index of the 全覆盖 pattern (the costliest; only tried where the clause says 全覆盖). */
export const FULL_COVER = QUALITATIVE_PATTERNS.findIndex((re) => re.source.includes("全覆盖"));
/** Patterns from this index on are weak (trends, generic 达标): counted only in target lists. */
export const QUALITATIVE_WEAK_FROM = QUALITATIVE_CLEAR.length;
