import type { DevDocument } from "../types";

/**
 * 四川省深入推进农产品质量安全省建设行动方案, as reported: two stages, 到2025年 and 到2030年, over the
 * same seven indicators — each is one target for 2030 with its 2025 level as a milestone (a separate
 * 2025 candidate is accepted as that milestone, not counted wrong). Four of them name their measure
 * after the number (80%以上涉农县（市、区）成功创建…). Held out: added last, scored blind (see documents.ts).
 */
export default {
  id: "sichuan",
  title: "四川省深入推进农产品质量安全省建设行动方案（报道）",
  level: "province",
  period: "2023—2030",
  forms: ["news", "stages"],
  source: {
    url: "https://265xx.com/w409/539531.html",
    note: "Retrieved 2026-12-01 through the search tool (corpus pages; page excerpt from its beginning), cut after the paragraph on the 5 projects. Punctuation as retrieved (full width).",
  },
  numeric: [
    { name: "全省农业标准化覆盖率", comparator: ">=", value: 70, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 50 }] },
    { name: "绿色优质农产品比重", comparator: ">=", value: 60, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 50 }] },
    { name: "例行监测合格率", comparator: ">=", value: 99, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 98 }] },
    { name: "群众满意度", comparator: ">=", value: 90, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 80 }] },
    { name: "涉农县（市、区）成功创建省级监管示范县", comparator: ">=", value: 90, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 80 }] },
    { name: "市（州）实现省级监管示范县全域创建", comparator: ">=", value: 80, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 70 }] },
    { name: "涉农县（市、区）成功创建国家农产品质量安全县", comparator: ">=", value: 50, unit: "%", deadline: 2030, milestones: [{ year: 2025, value: 30 }] },
  ],
  qualitative: [],
} satisfies DevDocument;
