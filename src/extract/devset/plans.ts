/**
 * A development set for the extractor, written for this project in the style of Chinese
 * quality-plan documents (质量强市/质量提升/标准化/品牌 plans of cities and counties), not copied
 * from any one of them. Each case is a fragment as such plans print it and the numeric targets a
 * reviewer reads in it: value, unit and comparator (qualitative levels are not scored here).
 * Fragments with no target are the precision half of the set.
 *
 * The five seed plans are the regression set (see __golden__); this set is what keeps the rules
 * general: phrasing like 不低于, 控制在…以内, 分别达到…, 力争, 到2025年, 以上/以下, ranges, Chinese
 * numerals (三个, 两项, 百分之九十五), full-width digits, units split by spaces, table rows.
 */
import type { Comparator } from "../../catalog/types";

export interface DevTarget {
  value: number;
  unit: string;
  comparator: Comparator;
  valueMax?: number;
}

export interface DevCase {
  text: string;
  targets: DevTarget[];
}

const ge = (value: number, unit: string): DevTarget => ({ value, unit, comparator: ">=" });
const le = (value: number, unit: string): DevTarget => ({ value, unit, comparator: "<=" });
const gt = (value: number, unit: string): DevTarget => ({ value, unit, comparator: ">" });
const lt = (value: number, unit: string): DevTarget => ({ value, unit, comparator: "<" });
const range = (value: number, valueMax: number, unit: string): DevTarget => ({ value, valueMax, unit, comparator: "range" });

export const DEV_SET: readonly DevCase[] = [
  // Rates with thresholds
  { text: "到2025年，全市制造业产品质量合格率达到94%以上。", targets: [ge(94, "%")] },
  { text: "主要农产品质量安全例行监测合格率稳定在98%以上，食品抽检合格率不低于98.5%。", targets: [ge(98, "%"), ge(98.5, "%")] },
  { text: "工业产品质量监督抽查合格率保持在95%以上。", targets: [ge(95, "%")] },
  { text: "规模以上工业企业质量管理体系认证覆盖率大于60%。", targets: [gt(60, "%")] },
  { text: "城市生活污水集中处理率≥95%，城市生活垃圾无害化处理率100%。", targets: [ge(95, "%"), ge(100, "%")] },
  { text: "药品抽验合格率达98%，医疗器械抽验合格率达96%。", targets: [ge(98, "%"), ge(96, "%")] },
  { text: "到2022年，消费品质量合格率提高到93%，服务质量顾客满意度达到82分以上。", targets: [ge(93, "%"), ge(82, "分")] },
  { text: "建设工程竣工验收合格率为100%，大中型工程项目一次验收合格率达到100%。", targets: [ge(100, "%"), ge(100, "%")] },
  { text: "特种设备定期检验率达到百分之九十五以上。", targets: [ge(95, "%")] },
  { text: "力争全市地表水水质优良比例达到８５％，县级以上城市集中式饮用水水源水质达标率保持１００％。", targets: [ge(85, "%"), ge(100, "%")] },
  { text: "公众质量满意度不低于80分。", targets: [ge(80, "分")] },
  { text: "食品安全群众满意度达到75以上。", targets: [ge(75, "分")] },
  // 分别 lists
  { text: "粮食、蔬菜、水果和畜禽产品抽检合格率分别达到97%、96%、95%和98%以上。", targets: [ge(97, "%"), ge(96, "%"), ge(95, "%"), ge(98, "%")] },
  { text: "国家、省级产品质量监督抽查合格率分别达到92%和94%。", targets: [ge(92, "%"), ge(94, "%")] },
  { text: "细颗粒物（PM2.5）和可吸入颗粒物（PM10）年均浓度分别控制在35微克/立方米和70微克/立方米以内。", targets: [le(35, "微克/立方米"), le(70, "微克/立方米")] },
  // Ceilings
  { text: "城市区域环境噪声平均值控制在55分贝以内，道路交通噪声≤70dB(A)。", targets: [le(55, "dB(A)"), le(70, "dB(A)")] },
  { text: "企业开办时间压缩至3个工作日以内，工程建设项目审批时间控制在80个工作日以内。", targets: [le(3, "工作日"), le(80, "工作日")] },
  { text: "不动产登记办理时限不超过5个工作日。", targets: [le(5, "工作日")] },
  { text: "万元GDP能耗下降到0.5吨标准煤以下。", targets: [le(0.5, "吨标准煤")] },
  { text: "亿元GDP生产安全事故死亡率低于0.05。", targets: [lt(0.05, "")] },
  { text: "消费者投诉按期办结率不低于95%，投诉处理时间不超过7天。", targets: [ge(95, "%"), le(7, "天")] },
  // Counts
  { text: "新培育省长质量奖企业2家、市长质量奖企业5家以上。", targets: [ge(2, "家"), ge(5, "家")] },
  { text: "到2025年，新增中国驰名商标3件，新增地理标志证明商标5件以上。", targets: [ge(3, "件"), ge(5, "件")] },
  { text: "主导或参与制修订国际标准、国家标准和行业标准30项以上。", targets: [ge(30, "项")] },
  { text: "培育“领跑者”企业标准10个，建成国家级标准化试点示范项目三个。", targets: [ge(10, "个"), ge(3, "个")] },
  { text: "新建省级以上质检中心两个，新建社会公用计量标准20项。", targets: [ge(2, "个"), ge(20, "项")] },
  { text: "每年帮扶100家中小企业开展质量提升。", targets: [ge(100, "家")] },
  { text: "争创全国质量强市示范城市，培育1—2个全国知名品牌创建示范区。", targets: [range(1, 2, "个")] },
  { text: "力争3-5家企业获得省级以上政府质量奖。", targets: [range(3, 5, "家")] },
  { text: "全市有效发明专利拥有量达到2000件，每万人发明专利拥有量达到8件。", targets: [ge(2000, "件"), ge(8, "件")] },
  { text: "高新技术企业总数突破300家。", targets: [ge(300, "家")] },
  { text: "建成城市绿道50公里、口袋公园20个。", targets: [ge(50, "公里"), ge(20, "个")] },
  { text: "完成老旧小区改造120个。", targets: [ge(120, "个")] },
  // Physical quantities and growth
  { text: "全年空气质量优良天数达到300天以上，优良天数比例达到85%。", targets: [ge(300, "天"), ge(85, "%")] },
  { text: "森林覆盖率达到40.5%，人均公园绿地面积达到14平方米。", targets: [ge(40.5, "%"), ge(14, "平方米")] },
  { text: "检验检测服务业营业收入年均增长10%以上。", targets: [ge(10, "%")] },
  { text: "单位地区生产总值能耗比2020年下降13.5%。", targets: [ge(13.5, "%")] },
  { text: "质量竞争力指数提高2个百分点，达到86。", targets: [ge(2, "百分点")] },
  { text: "化学需氧量、氨氮排放总量分别减少8%和9%。", targets: [ge(8, "%"), ge(9, "%")] },
  { text: "新建高标准农田5.2万亩。", targets: [ge(5.2, "万亩")] },
  { text: "计量技术机构实验室面积不少于3000平方米。", targets: [ge(3000, "平方米")] },
  { text: "年度质量工作经费不低于财政一般预算收入的1‰。", targets: [ge(1, "‰")] },
  // Table rows
  { text: "序号 | 指标 | 目标值 |\n1 | 产品质量监督抽查合格率 | ≥93% |\n2 | 出口商品质量合格率 | ≥99% |", targets: [ge(93, "%"), ge(99, "%")] },
  { text: "3 | 服务业顾客满意度 | 80分以上 |", targets: [ge(80, "分")] },
  // Spacing and width artefacts
  { text: "产品质量国家监督抽查合格率达到 96 %以上。", targets: [ge(96, "%")] },
  { text: "培育省级名牌产品１５个以上。", targets: [ge(15, "个")] },
  // More phrasing: 期末, indices, 至 ranges, 百分之百, time limits with 办结, early verbs, 比重提高
  { text: "“十四五”期末，全市规模以上工业企业新产品产值率达到15%。", targets: [ge(15, "%")] },
  { text: "制造业质量竞争力指数达到86以上。", targets: [ge(86, "分")] },
  { text: "到2025年，创建省级质量强县3个，培育“浙江制造”标准20项以上、品字标企业30家。", targets: [ge(3, "个"), ge(20, "项"), ge(30, "家")] },
  { text: "新增发明专利授权量年均增长10%，每万人口高价值发明专利拥有量达到12件。", targets: [ge(10, "%"), ge(12, "件")] },
  { text: "企业开办时间压缩至1个工作日以内，不动产登记一般业务5个工作日办结。", targets: [le(1, "工作日"), le(5, "工作日")] },
  { text: "争创中国质量奖提名奖1—2个，省政府质量奖3至5个。", targets: [range(1, 2, "个"), range(3, 5, "个")] },
  { text: "城镇生活垃圾分类覆盖率达到百分之百。", targets: [ge(100, "%")] },
  { text: "全市计量标准器具溯源率达到100%，强制检定计量器具受检率不低于95%。", targets: [ge(100, "%"), ge(95, "%")] },
  { text: "力争国内有效商标注册量突破5万件，马德里商标国际注册量新增50件。", targets: [ge(5, "万件"), ge(50, "件")] },
  { text: "年均新建改建农村公路200公里。", targets: [ge(200, "公里")] },
  { text: "规上工业企业研发经费投入占营业收入比重提高0.5个百分点。", targets: [ge(0.5, "百分点")] },
  { text: "2022年全市实现地区生产总值2000亿元，同比增长6.5%。", targets: [] },
  { text: "每万人口高价值发明专利拥有量由2.5件提高到5件。", targets: [ge(5, "件")] },
  { text: "工程质量抽查符合率超过98%，建筑工程竣工验收合格率保持100%，新建建筑中绿色建筑占比达到100%。", targets: [gt(98, "%"), ge(100, "%"), ge(100, "%")] },
  { text: "特种设备万台死亡率控制在0.3以下。", targets: [le(0.3, "")] },
  { text: "质量工作经费不低于财政支出的千分之一。", targets: [ge(1, "‰")] },
  { text: "品牌价值超过100亿元的企业达到3家。", targets: [ge(3, "家")] },
  { text: "研发投入强度提高到2.5%以上，单位GDP能耗降低到0.4吨标准煤以下。", targets: [ge(2.5, "%"), le(0.4, "吨标准煤")] },
  { text: "食品抽检合格率百分之九十八点五以上。", targets: [ge(98.5, "%")] },
  { text: "培育“浙江制造”品牌企业100家，新增“品字标”企业30家左右。", targets: [ge(100, "家"), { value: 30, unit: "家", comparator: "=" }] },
  { text: "主要污染物排放总量持续减少，地级及以上城市PM2.5浓度下降10%。", targets: [ge(10, "%")] },
  { text: "全市“三品一标”农产品总数达到500个，占食用农产品比重达到60%。", targets: [ge(500, "个"), ge(60, "%")] },
  {
    text: "表1 质量强市主要指标\n序号 | 指标名称 | 2020年基数 | 2025年目标 |\n1 | 产品质量合格率(%) | 93.5 | 95 |\n2 | 有效发明专利(件) | 1200 | 3000 |\n3 | 城市区域环境噪声 | 57 | ≤55dB(A) |",
    targets: [ge(95, "%"), ge(3000, "件"), le(55, "dB(A)")],
  },
  { text: "截至2020年底，全市共有中国驰名商标12件、地理标志商标8件。", targets: [] },
  { text: "获得省级以上质量奖的企业，市政府给予20万元奖励。", targets: [] },
  { text: "建立健全“1+N”政策体系，推动3大产业集群提质增效。", targets: [] },
  // Not targets: dates, document numbers, ordinals, slogans, money, history, phone numbers
  { text: "根据《国务院关于印发质量发展纲要（2011—2020年）的通知》（国发〔2012〕9号）精神，制定本方案。", targets: [] },
  { text: "2019年3月至2019年12月为全面推进阶段。", targets: [] },
  { text: "深入开展“三个转变”，实施“四个强化”工程，推动“两山一河”中心景区建设。", targets: [] },
  { text: "对获得中国质量奖的企业一次性奖励100万元，对获得省长质量奖的企业奖励50万元。", targets: [] },
  { text: "畅通12315、12365投诉举报渠道。", targets: [] },
  { text: "第一条 为加强质量工作，制定本办法。", targets: [] },
  { text: "在全市8个产业集聚区和4个重点产业集群开展质量提升行动。", targets: [] },
  { text: "以全市6个省级开发区为重点，推进标准化建设。", targets: [] },
  { text: "各成员单位每季度末（逢3、6、9、12月的25日前）报送工作情况。", targets: [] },
  { text: "围绕装备制造、现代化工、食品等三大产业集群，开展质量攻关。", targets: [] },
  { text: "组织召开一次全市质量大会，表彰一批质量先进单位。", targets: [] },
  { text: "（一）加强组织领导。一是强化责任落实；二是加强督查考核。", targets: [] },
  { text: "全市共有规模以上工业企业826家，实现主营业务收入1200亿元。", targets: [] },
  { text: "开展“质量月”活动，发放宣传资料5000余份。", targets: [] },
];
