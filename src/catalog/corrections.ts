/**
 * Reviewed corrections to what the extractor reads from the five seeds. Small on purpose: every
 * line here is a sentence the rules read imperfectly, and says why. `npm run catalog` applies them;
 * a test fails when one no longer matches anything (so a stale correction cannot hide).
 *
 * Keys select an extracted candidate by its name, optionally narrowed with `|value` or `|unit`
 * ("建成生态廊道|公里"), since one sentence can yield two candidates with one name.
 */
import type { Comparator } from "./types";

export interface Patch {
  name?: string;
  category?: string;
  comparator?: Comparator;
  value?: number | string;
  valueMax?: number | null;
  unit?: string;
  deadline?: number | null;
  aliases?: string[];
  /** A longer verbatim quote that contains the extracted one (found in the seed near the original). */
  quote?: string;
}

export interface Addition {
  /** Verbatim text to find in the seed (first occurrence). */
  quote: string;
  name: string;
  category: string;
  comparator: Comparator;
  value: number | string;
  valueMax?: number | null;
  unit?: string;
  deadline?: number | null;
  aliases?: string[];
  why: string;
}

export interface CityCorrections {
  patch?: Record<string, Patch>;
  drop?: Record<string, string>;
  /** One candidate that states several targets: each part gets its own name. */
  split?: Record<string, string[]>;
  add?: Addition[];
}

export const CORRECTIONS: Record<string, CityCorrections> = {
  新密: {
    patch: {
      企业投资项目审批: { name: "企业投资项目审批时限", aliases: ["企业投资项目审批"] },
      个体营业执照: { name: "个体营业执照办理时限", aliases: ["个体营业执照"] },
      企业营业执照: { name: "企业营业执照办理时限", aliases: ["企业营业执照"] },
      "企业生产的相关产品生产许可证、CCC目录内产品认证证书覆盖率": {
        name: "生产许可证、CCC认证证书覆盖率",
        aliases: ["产品生产许可证、CCC目录内产品认证证书覆盖率", "CCC认证证书覆盖率"],
      },
      "新开工保障房受监工程覆盖率(施工许可、报监等开工前手续齐全率)": {
        name: "新开工保障房受监工程覆盖率",
        aliases: ["开工前手续齐全率"],
      },
      "获得“中华老字号”称号和“达标百货店”称号": { name: "中华老字号和达标百货店称号数" },
      获得服务业名牌称号: { name: "服务业名牌称号数" },
      "建成国内闻名、省内知名、郑州范围内成名的生态旅游示范村": { name: "生态旅游示范村" },
      "建成生态廊道|条": { name: "生态廊道条数" },
      "建成生态廊道|公里": { name: "生态廊道里程", quote: "建成生态廊道9条117.7公里" },
      建成森林体验园: { name: "森林体验园" },
      "新建续建道路|8": { name: "产业集聚区新建续建道路" },
      全年接待游客增长: { name: "接待游客增长率", aliases: ["接待游客增长"] },
      旅游总收入增长: { name: "旅游总收入增长率", aliases: ["旅游总收入增长"] },
      "空气中细颗粒物(PM2.5)浓度": { name: "细颗粒物(PM2.5)浓度", aliases: ["PM2.5浓度"] },
      工程质量合格率: { name: "工程质量合格率(工程建设)" },
    },
    add: [
      {
        quote: "进驻事项全部实现一窗受理",
        name: "进驻事项一窗受理",
        category: "营商环境",
        comparator: "qualitative",
        value: "全部实现",
        why: "a level with no number: 全部实现 is the target",
      },
      {
        quote: "旅游景区、现代服务区争创“全国知名品牌示范区”",
        name: "争创全国知名品牌示范区",
        category: "服务质量",
        comparator: "qualitative",
        value: "争创“全国知名品牌示范区”",
        why: "a row of the 服务质量指标 table stated as an aim, without a number",
      },
      {
        quote: "加快推进城区10所公办学校建设",
        name: "城区公办学校建设",
        category: "基础设施",
        comparator: ">=",
        value: 10,
        unit: "所",
        why: "a count led by 推进, a verb the rules do not take as a target verb (it mostly introduces prose)",
      },
      {
        quote: "完成可吸入颗粒物(PM10)浓度削减目标",
        name: "可吸入颗粒物(PM10)浓度削减目标",
        category: "环境质量",
        comparator: "qualitative",
        value: "完成",
        aliases: ["PM10浓度削减目标"],
        why: "the verb 完成 leads: the rules read levels that follow their subject",
      },
    ],
  },
  焦作: {
    patch: {
      高新技术企业增加: { name: "新增高新技术企业", aliases: ["高新技术企业增加"] },
    },
  },
  江门: {
    patch: {
      "公司制作的相关这类的产品生产许可证、CCC目录内产品认证证书覆盖率": {
        name: "生产许可证、CCC认证证书覆盖率",
        aliases: ["产品生产许可证、CCC目录内产品认证证书覆盖率", "CCC认证证书覆盖率"],
      },
      重点食品安全状况: { value: "保持稳定良好", quote: "重点食品安全状况保持稳定良好" },
      监督抽查合格率: { name: "重点食品监督抽查合格率", quote: "重点食品安全状况保持稳定良好,监督抽查合格率达到95%以上" },
      "3年内生产的出口商品遭境外通报比例": { name: "出口商品遭境外通报比例" },
      近3年绿色建筑占新建建筑面积比重: { name: "绿色建筑占新建建筑面积比重" },
      城市节能建筑的比重: { name: "城市节能建筑比重" },
      "获得“全国知名品牌示范区”称号的旅游区、现代服务区数量": { name: "全国知名品牌示范区称号的旅游区、现代服务区数" },
      获得中华老字号和达标百货店称号公司数: { name: "中华老字号和达标百货店称号数" },
      获得服务业名牌称号或省级以上政府质量奖的服务业公司数: { name: "服务业名牌称号或省级以上政府质量奖的服务业公司数" },
      花了钱的人城市服务业满意度: { name: "消费者城市服务业满意度" },
      消费者投诉率: {
        value: "连续3年相比不断递减，低于全国平均水平",
        quote: "消费者投诉率连续3年相比不断递减,低于全国平均水平",
      },
      "空气中细颗粒物(PM2.5)年均浓度": { name: "细颗粒物(PM2.5)年均浓度", aliases: ["PM2.5年均浓度"] },
      "环境空气中可吸入颗粒物(PM10)年均浓度": { name: "可吸入颗粒物(PM10)年均浓度", aliases: ["PM10年均浓度"] },
      近3年品牌价值: { name: "企业品牌价值" },
      "获得“全国知名品牌创建示范区”批筹园区": { name: "全国知名品牌创建示范区批筹园区" },
      "0年)》、城市质量发展规划或创建质量强市工作提供专项经费占年财政一般预算收入比例": {
        name: "质量工作专项经费占年财政一般预算收入比例",
        aliases: ["质量专项经费比例"],
      },
      "每年各市(区)辖区内各镇(街)整治": { name: "各镇(街)每年整治黑臭河涌", quote: "确保每年各市(区)辖区内各镇(街)整治一条以上黑臭河涌" },
    },
    drop: {
      品牌效益: "prose of the 总体目标 paragraph (品牌效益持续提升), not one of the plan's listed indicators",
      市质量强市活动领导小组各成员单位每季度向市质量强市办报送工作简讯:
        "a reporting duty of the plan's own working group, not a quality target",
    },
    add: [
      {
        quote: "未来3年不允许出现重大产品质量安全事故",
        name: "重大产品质量安全事故",
        category: "产品质量",
        comparator: "qualitative",
        value: "未来3年不允许出现",
        deadline: null,
        why: "a 否决条件 (veto condition): an event that must not happen, stated without a number",
      },
      {
        quote: "不允许产业出现严重产品质量上的问题,被国外通报、退货、索赔并造成严重影响",
        name: "产业严重产品质量问题(被国外通报、退货、索赔)",
        category: "产品质量",
        comparator: "qualitative",
        value: "不允许产业出现",
        why: "a 否决条件 (veto condition) stated as a prohibition",
      },
      {
        quote: "当年出口产品未发生出口商品遭境外通报或退运",
        name: "出口商品遭境外通报或退运",
        category: "产品质量",
        comparator: "qualitative",
        value: "当年未发生",
        why: "stated as an event that must not happen (未发生), which the level patterns do not read",
      },
    ],
  },
  泰安: {
    patch: {
      "培育团体标准|3": { name: "培育农业团体标准" },
      新制定农业地方标准和生产技术规范: { name: "新制定农业地方标准和生产技术规范" },
      "县(市、区)创建成为省级食品安全先进县(市、区)比例": {
        name: "省级食品安全先进县(市、区)比例",
        quote: "80%以上县(市、区)创建成为省级食品安全先进县(市、区)",
      },
      "制定地方、团体标准和培育国家、国际标准": { name: "制定和培育各级标准" },
      高端品牌新增: { name: "新增高端品牌" },
      县级社会公用计量标准平均: { name: "县级社会公用计量标准(平均)" },
      新建成高标准农田: { aliases: ["高标准农田新建"] },
    },
    add: [
      {
        quote: "主产区“菜篮子”产品质量可追溯",
        name: "主产区“菜篮子”产品质量追溯",
        category: "食品药品",
        comparator: "qualitative",
        value: "可追溯",
        deadline: 2020,
        why: "a level (可追溯) that no general pattern reads",
      },
      {
        quote: "通过省级食品安全城市验收",
        name: "省级食品安全城市验收",
        category: "食品药品",
        comparator: "qualitative",
        value: "通过",
        deadline: 2020,
        why: "the target is an acceptance to pass, stated verb first",
      },
      {
        quote: "药品在产品种、经营使用单位全部纳入抽验范围",
        name: "药品在产品种、经营使用单位纳入抽验范围",
        category: "食品药品",
        comparator: "qualitative",
        value: "全部纳入",
        deadline: 2020,
        why: "全部纳入 is a coverage level the patterns do not list",
      },
    ],
  },
  通化: {
    patch: {
      全部考核目标: { name: "质量兴市考核目标达标率", deadline: null, quote: "全部考核目标100%达标" },
      有: { name: "获得全国质量兴市先进县(市)的县(市)", quote: "力争有2—3个县(市)获得全国质量兴市先进县(市)" },
      主要行业: { name: "按国际标准或国外先进标准组织生产的产品", quote: "主要行业30个以上产品按国际标准或国外先进标准组织生产" },
      工程验收合格率: { name: "交通工程验收合格率" },
      竣工交付使用的水利工程一次验收合格率: { name: "水利工程一次验收合格率" },
      行业服务质量规范: { name: "落实服务质量规范的行业" },
      "万元GDP能耗比“十五”期末降低": { name: "万元GDP能耗降低率", aliases: ["万元GDP能耗降低"] },
      主要污染物化学需氧量年排放总量: { name: "化学需氧量年排放总量" },
      集中式饮用水源地水质: { name: "集中式饮用水源地水质达标率", quote: "集中式饮用水源地水质100%达标" },
      烟尘控制区覆盖率: { aliases: ["烟尘控制区面积"] },
      "城镇建筑景观、公共设施、环境卫生、园林绿化、广告标志和公共场所等": { name: "城市容貌" },
      // The rules read 杜绝… as a level now; the quote keeps the sentence's own ending.
      重大工程质量事故: { quote: "杜绝重大工程质量事故的发生" },
    },
    split: {
      国家级和省级主要工业品质量抽查合格率两项指标: ["国家级主要工业品质量抽查合格率", "省级主要工业品质量抽查合格率"],
    },
  },
};
