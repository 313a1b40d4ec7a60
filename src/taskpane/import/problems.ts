/**
 * Why a review row cannot be saved yet, in words: Chinese, and English where the pane speaks it.
 * Kept apart from strings.ts so that the pure review model (review.ts) needs nothing of the pane.
 */
export const PROBLEMS_ZH = {
  emptyName: "有一项的名称为空",
  longName: (name: string) => `“${name}”的名称超过 80 个字`,
  emptyLevel: (name: string) => `“${name}”是定性指标，目标（如“全覆盖”）为空`,
  valueNotNumber: (name: string) => `“${name}”的目标值不是数值`,
  maxNotNumber: (name: string) => `“${name}”的上限不是数值`,
  maxBelowValue: (name: string) => `“${name}”的上限小于目标值`,
  deadlineNotYear: (name: string) => `“${name}”的期限应为年份，如 2025`,
  milestonesBad: (name: string, why: string) => `“${name}”的里程碑：${why}`,
  qualitativeMilestones: (name: string) => `“${name}”是定性指标，不能有里程碑`,
  milestonesLate: (name: string, deadline: number) => `“${name}”的里程碑应早于期限 ${deadline} 年（期限当年的值就是目标值）`,
  baselineBad: (name: string, why: string) => `“${name}”的基线：${why}`,
  qualitativeBaseline: (name: string) => `“${name}”是定性指标，不能有基线数值`,
  pairFormat: (part: string) => `“${part}”应写成“年份：数值”，如 2023：95`,
  badYear: (year: number) => `${year} 不是有效的年份`,
  yearTwice: (year: number) => `${year} 年出现了两次`,
  baselineFormat: (text: string) => `“${text}”应写成“年份：数值”或一个数值，如 2020：90`,
};

export type ProblemWords = typeof PROBLEMS_ZH;

export const PROBLEMS_EN: ProblemWords = {
  emptyName: "A target has no name",
  longName: (name) => `The name “${name}” is longer than 80 characters`,
  emptyLevel: (name) => `“${name}” is qualitative and its level (such as 全覆盖) is empty`,
  valueNotNumber: (name) => `The target of “${name}” is not a number`,
  maxNotNumber: (name) => `The upper bound of “${name}” is not a number`,
  maxBelowValue: (name) => `The upper bound of “${name}” is below its target`,
  deadlineNotYear: (name) => `The deadline of “${name}” must be a year, such as 2025`,
  milestonesBad: (name, why) => `Milestones of “${name}”: ${why}`,
  qualitativeMilestones: (name) => `“${name}” is qualitative and cannot have milestones`,
  milestonesLate: (name, deadline) => `Milestones of “${name}” must come before its deadline ${deadline} (that year's value is the target)`,
  baselineBad: (name, why) => `Baseline of “${name}”: ${why}`,
  qualitativeBaseline: (name) => `“${name}” is qualitative and cannot have a numeric baseline`,
  pairFormat: (part) => `write “${part}” as “year: value”, such as 2023: 95`,
  badYear: (year) => `${year} is not a valid year`,
  yearTwice: (year) => `${year} appears twice`,
  baselineFormat: (text) => `write “${text}” as “year: value” or a number, such as 2020: 90`,
};
