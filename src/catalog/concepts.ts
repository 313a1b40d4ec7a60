/**
 * Concepts: the same measure in several cities' plans.
 *
 * Rule: two entries share a concept when they measure the same quantity of the same kind of thing
 * (the same numerator over the same population), whatever their target level, year or wording.
 * Wording that only names the method (监测 / 抽检 / 抽查) or the scope (城市 / 城镇 / 全市) does not
 * split a concept; a different population (农村 vs 城市 garbage), a different kind of number (a count
 * of new awards vs a total held) or a different unit of the same idea (天 vs 比例) is noted in
 * `note`, so a comparison says so rather than hiding it. Entries that differ in what they count
 * (地理标志商标 vs 地理标志产品) are not kin.
 */
export interface Concept {
  key: string;
  label: string;
  members: ReadonlyArray<readonly [city: string, name: string]>;
  note?: string;
}

export const CONCEPTS: readonly Concept[] = [
  {
    key: "agri-product-pass-rate",
    label: "农产品质量安全抽检(监测)合格率",
    members: [
      ["新密", "主要农产品质量安全抽检合格率"],
      ["江门", "主要农产品质量安全抽检合格率"],
      ["泰安", "农产品监测合格率"],
    ],
    note: "泰安为例行监测（监测），新密、江门为主要农产品抽检（抽检）。",
  },
  {
    key: "national-spot-check-pass-rate",
    label: "产品质量国家监督抽查合格率",
    members: [
      ["新密", "产品质量国家监督抽查合格率"],
      ["江门", "产品质量国家监督抽查合格率"],
    ],
  },
  {
    key: "producer-supervision-pass-rate",
    label: "生产企业产品质量监督合格率",
    members: [
      ["新密", "生产企业产品质量监督合格率"],
      ["江门", "生产企业产品质量监督合格率"],
    ],
  },
  {
    key: "licence-certificate-coverage",
    label: "生产许可证、CCC认证证书覆盖率",
    members: [
      ["新密", "生产许可证、CCC认证证书覆盖率"],
      ["江门", "生产许可证、CCC认证证书覆盖率"],
    ],
  },
  {
    key: "industrial-product-spot-check",
    label: "工业产品质量监督抽查合格率",
    members: [
      ["焦作", "重要工业产品质量监督抽查合格率"],
      ["泰安", "工业产品质量监督抽查合格率"],
      ["通化", "国家级主要工业品质量抽查合格率"],
      ["通化", "省级主要工业品质量抽查合格率"],
    ],
    note: "焦作只计“重要”工业产品；通化分国家级和省级抽查两项。",
  },
  {
    key: "food-spot-check",
    label: "食品监督抽查(抽检)合格率",
    members: [
      ["新密", "重点食品监督抽查合格率"],
      ["江门", "重点食品监督抽查合格率"],
      ["泰安", "食品抽检合格率"],
    ],
    note: "新密、江门只计重点食品；泰安为全部食品抽检。",
  },
  {
    key: "agri-standardised-production",
    label: "农业标准化生产普及率",
    members: [
      ["新密", "农业标准化生产普及率"],
      ["江门", "农业标准化生产普及率"],
    ],
  },
  {
    key: "large-project-acceptance",
    label: "大中型工程一次验收合格率",
    members: [
      ["新密", "大中型工程项目一次验收合格率"],
      ["江门", "大中型工程一次验收合格率"],
    ],
  },
  {
    key: "other-project-acceptance",
    label: "其他工程一次验收合格率",
    members: [
      ["新密", "其他工程一次验收合格率"],
      ["江门", "其他工程一次验收合格率"],
    ],
  },
  {
    key: "energy-standard-execution",
    label: "新开工建筑节能标准执行率",
    members: [
      ["新密", "新开工建筑节能标准执行率"],
      ["江门", "新开工建筑节能标准执行率"],
    ],
  },
  {
    key: "social-housing-supervision",
    label: "新开工保障房受监工程覆盖率",
    members: [
      ["新密", "新开工保障房受监工程覆盖率"],
      ["江门", "新开工保障房受监工程覆盖率"],
    ],
  },
  {
    key: "social-housing-acceptance",
    label: "保障性住房工程验收合格率",
    members: [
      ["新密", "保障房工程建设质量一次验收合格率"],
      ["江门", "保障房工程一次验收合格率"],
      ["通化", "棚户区和廉租房等建设工程验收合格率"],
    ],
    note: "通化（2006年）指棚户区和廉租房，且不要求“一次”验收合格。",
  },
  {
    key: "producer-service-satisfaction",
    label: "生产性服务业顾客满意度",
    members: [
      ["新密", "生产性服务业顾客满意度"],
      ["江门", "生产性服务业满意度"],
    ],
    note: "新密为“达到80以上”（≥），江门为“大于80”（>）。",
  },
  {
    key: "consumer-service-satisfaction",
    label: "生活性服务业顾客满意度",
    members: [
      ["新密", "生活性服务业顾客满意度"],
      ["江门", "生活性服务业满意度"],
    ],
    note: "新密为“达到75以上”（≥），江门为“大于75”（>）。",
  },
  {
    key: "service-standardisation-pilot",
    label: "国家级综合服务业标准化试点",
    members: [
      ["新密", "建成国家级综合服务业标准化试点"],
      ["江门", "建成国家级综合服务业标准化试点"],
    ],
  },
  {
    key: "time-honoured-brand-titles",
    label: "中华老字号和达标百货店称号",
    members: [
      ["新密", "中华老字号和达标百货店称号数"],
      ["江门", "中华老字号和达标百货店称号数"],
    ],
  },
  {
    key: "service-brand-titles",
    label: "服务业名牌称号",
    members: [
      ["新密", "服务业名牌称号数"],
      ["江门", "服务业名牌称号或省级以上政府质量奖的服务业公司数"],
    ],
    note: "江门还计入获省级以上政府质量奖的服务业企业。",
  },
  {
    key: "famous-brand-demo-zone",
    label: "全国知名品牌示范区(旅游区、现代服务区)",
    members: [
      ["新密", "争创全国知名品牌示范区"],
      ["江门", "全国知名品牌示范区称号的旅游区、现代服务区数"],
    ],
    note: "新密只提“争创”，没有数量；江门要求1个以上。",
  },
  {
    key: "sewage-treatment-rate",
    label: "污水处理率",
    members: [
      ["新密", "污水处理率"],
      ["江门", "城镇污水处理率"],
      ["通化", "城市污水处理率"],
    ],
    note: "江门口径为城镇（含建制镇），不止城区。",
  },
  {
    key: "garbage-harmless-treatment-rate",
    label: "生活垃圾无害化处理率",
    members: [
      ["新密", "生活垃圾无害化处理率"],
      ["通化", "城市垃圾无害化处理率"],
    ],
  },
  {
    key: "drinking-water-source-quality",
    label: "集中式饮用水水源水质达标",
    members: [
      ["新密", "集中式饮用水水源地取水水质常规监测因子达标率"],
      ["江门", "县级以上集中式饮用水水源水质"],
      ["通化", "集中式饮用水源地水质达标率"],
    ],
    note: "江门以水质类别（达到或优于Ⅲ类）表述，不是达标率。",
  },
  {
    key: "good-air-days",
    label: "空气质量优良天数",
    members: [
      ["新密", "全年空气优良天数"],
      ["江门", "城市空气质量优良天数比例"],
    ],
    note: "新密按天数（260天）；江门按优良天数比例对照考核标准。",
  },
  {
    key: "regional-environmental-noise",
    label: "区域环境噪声",
    members: [
      ["新密", "城市区域环境噪声"],
      ["通化", "区域环境噪声平均值"],
    ],
    note: "新密为≤56 dB(A)；通化只要求控制在国家标准以内。",
  },
  {
    key: "special-equipment-fatality-rate",
    label: "特种设备事故死亡率",
    members: [
      ["新密", "特种设备安全事故死亡率"],
      ["江门", "特定种类设备万台设备事故死亡率"],
    ],
    note: "新密为低于全国平均水平；江门按万台设备计，低于全国中等水平。",
  },
  {
    key: "well-known-trademarks",
    label: "中国驰名商标",
    members: [
      ["焦作", "新培育驰名商标"],
      ["泰安", "中国驰名商标"],
      ["通化", "中国驰名商标"],
    ],
    note: "焦作为新认定数量；泰安、通化为总量。",
  },
  {
    key: "provincial-brand-products",
    label: "省名牌产品",
    members: [
      ["焦作", "新培育河南省名牌产品(或著名商标)"],
      ["泰安", "山东名牌产品"],
      ["通化", "省名牌产品"],
    ],
    note: "焦作为新培育数量（含著名商标）；泰安、通化为总量。",
  },
  {
    key: "geographical-indication-products",
    label: "地理标志(保护)产品",
    members: [
      ["焦作", "新培育地理标志类保护产品"],
      ["通化", "地理标志产品"],
    ],
    note: "焦作为新培育数量；通化为总量。",
  },
  {
    key: "governor-quality-award",
    label: "省长质量奖",
    members: [
      ["焦作", "新培育省长质量奖企业"],
      ["泰安", "支持培育企业争创省长质量奖"],
    ],
    note: "焦作为获奖企业数（1—2个）；泰安为支持争创的企业数（10家）。",
  },
  {
    key: "prefabricated-building-share",
    label: "装配式建筑占新建建筑比例",
    members: [
      ["泰安", "装配式建筑占新建建筑比例"],
      ["江门", "装配式建筑占新建建筑比例"],
    ],
    note: "泰安要求2020年达到30%；江门只要求逐步提升。",
  },
  {
    key: "public-measurement-standards",
    label: "社会公用计量标准",
    members: [
      ["焦作", "新建社会公用计量标准"],
      ["泰安", "市级社会公用计量标准"],
    ],
    note: "焦作为新建数量；泰安为市级总量。",
  },
  {
    key: "agri-standardisation-demo-zones",
    label: "农业标准化示范区",
    members: [
      ["焦作", "新增省级以上农业综合标准化示范区"],
      ["通化", "建设国家级和省级农业标准化示范区"],
    ],
  },
  {
    key: "time-honoured-provincial-brands",
    label: "省级老字号",
    members: [
      ["焦作", "新培育河南老字号"],
      ["泰安", "山东省老字号"],
    ],
    note: "焦作为新培育数量；泰安为总量。",
  },
];
