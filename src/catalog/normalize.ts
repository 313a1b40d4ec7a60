/**
 * Text normalisation for matching what users type against catalogue names.
 *
 * Users type 农产品监测合格率, 农产品 监测合格率, 农产品的监测合格率, ＂农产品监测合格率＂ or
 * 农产品监测合格比例 and mean the same entry. The normal form folds width (NFKC), case, spaces and
 * punctuation, drops the particles 的/之 and a leading 全市/我市, and writes rate words
 * (比例, 比率, 比重, 占比) as 率.
 */

const PUNCT_RE = /[\s\p{P}\p{S}]+/gu;
const PARTICLE_RE = /[的之]/g;
const RATE_RE = /(?:比例|比率|比重|占比)/g;
const SCOPE_RE = /^(?:全市|我市|本市|全县|全区)/;

export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(PUNCT_RE, "")
    .replace(PARTICLE_RE, "")
    .replace(RATE_RE, "率")
    .replace(SCOPE_RE, "");
}

/** Latin city spellings: Tai'an, TAIAN, tai an → taian. */
export function normalizeLatin(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^a-z]/g, "");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) m.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Similarity of two normalised names in [0, 1]: the Dice coefficient of their character bigrams,
 * raised when one contains the other (a user often types part of a long name: 食品抽检合格率).
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const [g, n] of ga) {
    overlap += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  const dice = (2 * overlap) / total;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = long.includes(short) ? 0.5 + 0.5 * (short.length / long.length) : 0;
  return Math.max(dice, contained);
}

/**
 * Words that make two similar names different measures. Within a group, each class is one meaning
 * (its first word names it in messages); two names whose classes in a group differ measure different
 * things, however alike their characters: 城市区域环境噪声 is not 农村区域环境噪声, 食品 is not 药品,
 * 省长质量奖 is not 市长质量奖, PM2.5 is not PM10.
 *
 * `addable`: a class the typed name adds to a catalogue name that has none of its group also makes
 * it another measure (农村污水处理率 is not 污水处理率). Scope words such as 主要/重点 are not
 * addable: 主要农产品…合格率 and 农产品…合格率 are one measure (see concepts.ts); only a swap to
 * 次要/一般 changes it. Leaving a class out is always allowed: a unique part of a name still resolves.
 *
 * Texts are compared in their normal form ({@link normalizeName}): lower case, no punctuation.
 */
interface ContrastGroup {
  label: string;
  classes: string[][];
  addable: boolean;
}

export const CONTRAST_GROUPS: readonly ContrastGroup[] = [
  { label: "范围", addable: true, classes: [["城市", "城镇", "城区", "建成区"], ["农村", "乡村", "村镇", "乡镇"], ["城乡"]] },
  {
    label: "级别",
    addable: true,
    classes: [["国家级", "国家", "全国", "中国", "中华", "国内"], ["国际", "国外", "境外"], ["国内外"], ["省级", "全省", "省长", "省"], ["市级", "市长", "地市级"], ["县级", "全县", "县域", "县长"], ["区级"], ["乡镇级"]],
  },
  { label: "行业", addable: true, classes: [["工业", "制造业"], ["服务业"], ["农业"], ["建筑业"], ["商贸业", "商业"], ["旅游业"]] },
  {
    label: "对象",
    addable: true,
    classes: [["食品"], ["药品"], ["保健食品"], ["化妆品"], ["医疗器械"], ["农产品"], ["蔬菜"], ["畜禽"], ["水产品"], ["消费品"], ["商品"], ["特种设备"], ["计量器具"]],
  },
  { label: "规模", addable: true, classes: [["大中型"], ["大型"], ["中型"], ["小型"], ["小微"], ["微型"], ["其他"]] },
  { label: "服务类型", addable: true, classes: [["生产性"], ["生活性"]] },
  { label: "新增与总量", addable: true, classes: [["新增", "新建", "新培育", "新获", "新认定", "新制定"], ["累计", "总数", "总量", "存量"]] },
  { label: "增减", addable: true, classes: [["增长", "增加", "提高", "上升", "增幅"], ["下降", "降低", "减少", "削减", "降幅"]] },
  { label: "进出口", addable: true, classes: [["出口"], ["进口"], ["进出口"]] },
  { label: "主次", addable: false, classes: [["主要", "重点"], ["次要", "一般", "非重点"]] },
  { label: "优劣", addable: false, classes: [["优良", "优质", "达标"], ["污染", "超标", "劣"]] },
  { label: "上下限", addable: false, classes: [["最高", "上限"], ["最低", "下限"]] },
  { label: "所有制", addable: false, classes: [["国有"], ["民营", "私营"], ["外资", "外商"]] },
  { label: "标准类别", addable: false, classes: [["国际标准"], ["国家标准"], ["行业标准"], ["地方标准"], ["团体标准"], ["企业标准"]] },
  { label: "商标等级", addable: false, classes: [["驰名"], ["著名"], ["知名"]] },
  { label: "颗粒物", addable: false, classes: [["pm25", "细颗粒物"], ["pm10", "可吸入颗粒物"]] },
  { label: "污染物", addable: false, classes: [["化学需氧量", "cod"], ["氨氮"], ["二氧化硫", "so2"], ["氮氧化物", "nox"]] },
  { label: "噪声", addable: false, classes: [["道路交通", "交通"], ["区域环境", "区域"]] },
];

interface CompiledGroup {
  group: ContrastGroup;
  re: RegExp;
  classOf: Map<string, string>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regular expression per group, longest words first, so 保健食品 is read before 食品 and 进出口 before 出口. */
const COMPILED: CompiledGroup[] = CONTRAST_GROUPS.map((group) => {
  const classOf = new Map<string, string>();
  for (const cls of group.classes) for (const w of cls) classOf.set(w, cls[0]!);
  const words = [...classOf.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  return { group, re: new RegExp(words.join("|"), "g"), classOf };
});

function classesIn(g: CompiledGroup, text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(g.re)) out.add(g.classOf.get(m[0])!);
  return out;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const quoteAll = (s: Set<string>) => [...s].map((x) => `“${x}”`).join("、");

/** Negation characters, and comparator phrases that contain one without negating the name. */
const NEGATION_RE = /[不非无未]/gu;
const COMPARATOR_PHRASE_RE = /不(?:低于|高于|少于|多于|超过|大于|小于|得低于|得高于)/g;

/** The negations of a text as pairs (不合, 无害, 非装): the negation character and what it negates (nothing at the end). */
function negations(text: string): { pair: string; next: string }[] {
  const t = text.replace(COMPARATOR_PHRASE_RE, "");
  return [...t.matchAll(NEGATION_RE)].map((m) => ({ pair: t.slice(m.index!, m.index! + 2), next: t.slice(m.index! + 1, m.index! + 3) }));
}

/**
 * Why a typed name (normal form) cannot be the catalogue name `target` (normal form), or null when
 * nothing sets them apart: a negation one has and the other lacks (不合格率 / 合格率,
 * 非装配式 / 装配式), or a different class in a contrast group (城市 / 农村, 食品 / 药品, 增长 / 下降).
 */
export function contrast(typed: string, target: string): string | null {
  const typedNeg = negations(typed);
  const targetNeg = negations(target);
  for (const n of typedNeg) {
    if (!targetNeg.some((t) => t.pair === n.pair)) return `一个有否定词“${n.pair[0]}”，一个没有`;
  }
  for (const n of targetNeg) {
    // The target negates something the typed name states without the negation: 合格率 for 不合格率.
    if (!typedNeg.some((t) => t.pair === n.pair) && n.next.length === 2 && typed.includes(n.next)) return `一个有否定词“${n.pair[0]}”，一个没有`;
  }
  for (const g of COMPILED) {
    const a = classesIn(g, typed);
    if (a.size === 0) continue;
    const b = classesIn(g, target);
    if (b.size === 0 && !g.group.addable) continue;
    if (!sameSet(a, b)) return b.size === 0 ? `${g.group.label}不同：多了${quoteAll(a)}` : `${g.group.label}不同：${quoteAll(a)}与${quoteAll(b)}`;
  }
  return null;
}
