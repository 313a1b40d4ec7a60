/**
 * The 导入 view's own words (the review table, the document notes), in the style of ../i18n.ts:
 * Chinese first, English with the same keys, so a missing translation is a type error.
 */
import type { Comparator } from "../../catalog/types";
import { stringsFor, type Strings } from "../i18n";

const zh = {
  importHelp: "粘贴或打开其他城市的规划（.txt、.docx 或 .pdf），提取指标，确认后保存到工作簿：之后函数、模板和检查都能像内置城市一样使用它。",
  openFile: "打开文件（.txt / .docx / .pdf）",
  notesTitle: "读取说明",
  reviewTitle: "候选指标",
  counts: (total: number, accepted: number, low: number) => `共 ${total} 项 · 已采用 ${accepted} 项 · 低置信度 ${low} 项`,
  filterLabel: "显示",
  filterAll: (n: number) => `全部（${n}）`,
  filterLow: (n: number) => `低置信度（${n}）`,
  filterPending: (n: number) => `未采用（${n}）`,
  selectAll: (n: number) => `采用筛选出的全部 ${n} 项`,
  colTarget: "目标",
  colDeadline: "期限",
  colConfidence: "置信",
  acceptRow: (name: string) => `采用“${name}”`,
  manual: "人工",
  manualHint: "人工添加或修改",
  lowHint: "置信度低，请核对",
  problemHint: (why: string) => `保存前需修改：${why}`,
  emptyFilter: "没有符合筛选条件的指标。",
  page: (p: number, n: number) => `第 ${p}/${n} 页`,
  prevPage: "上一页",
  nextPage: "下一页",
  pagination: "翻页",
  editorLabel: (name: string) => `编辑“${name}”`,
  milestones: "里程碑（年份：数值）",
  milestonesHint: "如 2023：95；2024：96",
  baseline: "基线（年份：数值）",
  baselineHint: "如 2020：90",
  attribute: "属性",
  attributeNone: "（无）",
  attributes: ["预期性", "约束性"],
  context: "原文上下文",
  collapse: "收起",
  mergeUpWith: (name: string) => `与上一项“${name}”合并`,
  nothingAbove: "这是第一项，上面没有可合并的指标。",
  selectFirst: "请先在下方规划原文中选中一段文字。",
  addedFromSelection: (n: number) => (n > 0 ? `已从选中文字添加 ${n} 项。` : "选中文字中未识别出指标，已添加一项，请填写目标。"),
  fixBeforeSave: (n: number, first: string) => `有 ${n} 项需修改后才能保存，已展开第一项：${first}`,
  comparatorLabel: { ">=": "≥ 不低于", ">": "> 高于", "<=": "≤ 不高于", "<": "< 低于", "=": "= 等于", range: "区间", qualitative: "定性" } as Record<Comparator, string>,
};

export type ImportStrings = typeof zh;

const en: ImportStrings = {
  importHelp: "Paste or open another city's plan (.txt, .docx or .pdf), extract its targets, review them and save them in the workbook: the functions, templates and checks then work with it like a built-in city.",
  openFile: "Open a file (.txt / .docx / .pdf)",
  notesTitle: "Reading notes",
  reviewTitle: "Candidate targets",
  counts: (total, accepted, low) => `${total} in all · ${accepted} used · ${low} low confidence`,
  filterLabel: "Show",
  filterAll: (n) => `All (${n})`,
  filterLow: (n) => `Low confidence (${n})`,
  filterPending: (n) => `Not used yet (${n})`,
  selectAll: (n) => `Use all ${n} filtered`,
  colTarget: "Target",
  colDeadline: "Year",
  colConfidence: "Conf.",
  acceptRow: (name) => `Use “${name}”`,
  manual: "edited",
  manualHint: "Added or changed by hand",
  lowHint: "Low confidence: please check",
  problemHint: (why) => `Fix before saving: ${why}`,
  emptyFilter: "No target matches the filter.",
  page: (p, n) => `Page ${p}/${n}`,
  prevPage: "Previous",
  nextPage: "Next",
  pagination: "Pages",
  editorLabel: (name) => `Edit “${name}”`,
  milestones: "Milestones (year: value)",
  milestonesHint: "e.g. 2023: 95; 2024: 96",
  baseline: "Baseline (year: value)",
  baselineHint: "e.g. 2020: 90",
  attribute: "Kind",
  attributeNone: "(none)",
  attributes: ["预期性", "约束性"],
  context: "In the plan",
  collapse: "Close",
  mergeUpWith: (name) => `Merge with the previous “${name}”`,
  nothingAbove: "This is the first target: there is none above to merge with.",
  selectFirst: "Select a passage in the plan text below first.",
  addedFromSelection: (n) => (n > 0 ? `Added ${n} target(s) from the selection.` : "No target recognised in the selection: one was added for you to fill in."),
  fixBeforeSave: (n, first) => `${n} target(s) need fixing before saving; the first is open: ${first}`,
  comparatorLabel: { ">=": "≥ at least", ">": "> above", "<=": "≤ at most", "<": "< below", "=": "= equal", range: "range", qualitative: "qualitative" },
};

/** The import strings for the pane's language: English exactly when the pane speaks English. */
export function importStringsFor(t: Strings): ImportStrings {
  return t === stringsFor("en") ? en : zh;
}
