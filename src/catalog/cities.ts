import type { City } from "./types";

/**
 * The five built-in plans. Titles, issuers and dates are read from the documents themselves
 * (see seeds/README.md); `file` names the seed each catalogue entry's `source` points into.
 */
export const BUILTIN_CITIES: readonly City[] = [
  {
    name: "新密",
    code: "xm",
    latin: ["Xinmi"],
    fullNames: ["新密市"],
    province: "河南",
    plan: {
      title: "新密市创建全国质量强市示范城市工作推进方案",
      issuer: "新密市人民政府",
      issued: "2019-07-17",
      docNumber: null,
      file: "000_7aa1461171c98a42.txt",
    },
  },
  {
    name: "焦作",
    code: "jz",
    latin: ["Jiaozuo"],
    fullNames: ["焦作市"],
    province: "河南",
    plan: {
      title: "焦作市人民政府关于深入开展质量强市建设的实施意见",
      issuer: "焦作市人民政府",
      issued: "2017-05-03",
      docNumber: "焦政〔2017〕12号",
      file: "001_2de2f1255edc3fc5.txt",
    },
  },
  {
    name: "江门",
    code: "jm",
    latin: ["Jiangmen"],
    fullNames: ["江门市"],
    province: "广东",
    plan: {
      title: "江门市创建全国质量强市示范城市工作方案",
      issuer: "江门市人民政府办公室",
      issued: "2018",
      docNumber: "江府办函〔2018〕83号",
      file: "002_53206415302bdc8e.txt",
    },
  },
  {
    name: "泰安",
    code: "ta",
    latin: ["Tai'an", "Taian"],
    fullNames: ["泰安市"],
    province: "山东",
    plan: {
      title: "泰安市质量提升行动实施方案",
      issuer: "中共泰安市委 泰安市人民政府",
      issued: "2018-11-01",
      docNumber: null,
      file: "003_3ec8c45db7a89b0a.txt",
    },
  },
  {
    name: "通化",
    code: "th",
    latin: ["Tonghua"],
    fullNames: ["通化市"],
    province: "吉林",
    plan: {
      title: "通化市质量兴市活动实施方案",
      issuer: "通化市人民政府",
      issued: "2006",
      docNumber: null,
      file: "004_1cf923bafc3286e3.txt",
    },
  },
];
