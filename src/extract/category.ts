/**
 * Maps a heading (or, failing that, an indicator name) to one canonical category. The rules are
 * ordered: the first that matches wins, so specific words (计量, 商标) come before broad ones (质量).
 */

export const CATEGORIES = [
  "营商环境",
  "产品质量",
  "食品药品",
  "工程质量",
  "服务质量",
  "环境质量",
  "品牌",
  "标准化",
  "计量",
  "质量基础",
  "科技创新",
  "质量管理",
  "基础设施",
  "其他",
] as const;
export type Category = (typeof CATEGORIES)[number];

type Rule = readonly [Category, RegExp];

/** Rules for headings: what a section of a plan is about. */
const HEADING_RULES: readonly Rule[] = [
  ["营商环境", /营商|政务|审批|放管服/],
  ["品牌", /品牌|名牌|商标/],
  ["计量", /计量/],
  ["标准化", /标准化|标准引领|标准提档|标准创新/],
  ["科技创新", /技术创新|科技|创新能力/],
  ["食品药品", /食品|药品|农产品/],
  ["工程质量", /工程(?:质量|建设|项目|、)|建设工程|建筑/],
  ["服务质量", /服务/],
  ["环境质量", /环境|生态|大气|污染|人居/],
  ["产品质量", /(?<!农)产品|制造|消费品|工业品/],
  ["质量基础", /质量基础|检验检测|认证/],
  ["质量管理", /质量管理|全面质量/],
  ["基础设施", /交通|路网|道路|民生/],
];

/** Rules for indicator names, used where the heading names several areas or none. */
const NAME_RULES: readonly Rule[] = [
  ["营商环境", /审批|营业执照|一窗受理|最多跑一次|身份证|政务/],
  ["计量", /计量/],
  ["品牌", /品牌|名牌|商标|老字号|质量奖|地理标志|鲁班奖|泰山杯|百货店|知名/],
  ["标准化", /标准(?!化生产)(?!执行率)|标准化试点|标准化示范/],
  ["科技创新", /专利|高新技术|科技进步|研发|技术机构/],
  ["食品药品", /食品|药品|餐饮|农产品|蔬菜|畜禽|水产品|菜篮子/],
  ["工程质量", /工程|建筑|保障房|验收|装配式|廉租房|棚户区/],
  ["环境质量", /噪声|空气|水质|水体|污水|垃圾|排放|绿化|森林|能耗|PM|颗粒物|水源|耕地|地块|海域|地表水|生态|烟尘|需氧量|二氧化硫|氨氮/],
  ["服务质量", /服务|满意度|游客|旅游|投诉/],
  ["产品质量", /产品|抽查|抽检|合格率|生产许可|认证|特种设备|商品/],
  ["质量管理", /卓越绩效|质量管理|质量培训|信用档案/],
];

function classify(text: string, rules: readonly Rule[]): Category[] {
  return rules.filter(([, re]) => re.test(text)).map(([c]) => c);
}

/**
 * The category of a target: a heading that names exactly one area decides; where it names several
 * (焦作's "产品、工程、服务质量显著提升"), the indicator's own words pick among them; where headings
 * say nothing, the name alone decides.
 */
export function categorize(headings: readonly string[], name: string): Category {
  const byName = classify(name, NAME_RULES);
  // Measurement standards and labs are 计量 wherever a plan happens to discuss them.
  if (byName[0] === "计量") return "计量";
  for (let i = headings.length - 1; i >= 0; i--) {
    const cats = classify(headings[i]!, HEADING_RULES);
    if (cats.length === 1) return cats[0]!;
    if (cats.length > 1) {
      // A heading such as 产品、工程、服务质量 lists its areas in order; the name chooses.
      const listed = cats.filter((c) => byName.includes(c));
      // Otherwise the heading's first area: 加强质量基础设施建设 is about 质量基础.
      return listed[0] ?? cats[0]!;
    }
  }
  return byName[0] ?? "其他";
}
