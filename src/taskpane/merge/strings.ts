/** The 合并 view's words, Chinese first, English with the same keys (a missing one is a type error). */
import { stringsFor, type Strings } from "../i18n";
const zh = {
  mergeTitle: "合并填报",
  mergeHelp: "选择各单位交回的 .xlsx 填报表（可多选），读取后在本工作簿中新增汇总报告：明细、城市×类别统计（含图表）、未达标、冲突、重复报送、无法读取；多期填报还有进度。选中的文件不会被修改，本工作簿原有的表也不会改动。",
  pickFiles: "选择填报文件（.xlsx，可多选）",
  chosen: (n: number) => `已选 ${n} 个文件`,
  clear: "清空",
  merge: "合并并插入报告",
  reading: (done: number, total: number) => `正在读取 ${done}/${total}…`,
  notXlsx: (names: string) => `已跳过不是 .xlsx 的文件：${names}`,
  done: (sheets: string, files: number, rows: number) => `已插入报告（${sheets}）：${files} 个文件，${rows} 行指标。`,
  tally: (met: number, missed: number, nodata: number) => `达标 ${met} · 未达标 ${missed} · 无数据 ${nodata}`,
  unreadable: (n: number) => `${n} 处无法读取，见“无法读取”表：`,
  conflicts: (n: number) => `${n} 处冲突（同一指标同一报告期数值不同），见“冲突”表。`,
  duplicates: (n: number) => `${n} 组重复报送（同一单位同一报告期多个文件），见“重复报送”表；统计中均已计入，请核对。`,
  nothing: "没有可合并的指标行：请检查所选文件是否是填报表。",
};

type MergeStrings = { [K in keyof typeof zh]: (typeof zh)[K] };

const en: MergeStrings = {
  mergeTitle: "Consolidate returns",
  mergeHelp: "Pick the filled .xlsx returns sent back by departments (several at once). They are read and a report is added to this workbook: rows, a city × category pivot with a chart, misses, conflicts, duplicate returns and unreadable files; a series when several periods are present. The picked files are never changed, nor are this workbook's existing sheets.",
  pickFiles: "Choose returns (.xlsx, several)",
  chosen: (n) => `${n} file${n === 1 ? "" : "s"} chosen`,
  clear: "Clear",
  merge: "Consolidate and insert the report",
  reading: (done, total) => `Reading ${done}/${total}…`,
  notXlsx: (names) => `Skipped files that are not .xlsx: ${names}`,
  done: (sheets, files, rows) => `Report inserted (${sheets}): ${files} files, ${rows} indicator rows.`,
  tally: (met, missed, nodata) => `met ${met} · missed ${missed} · no data ${nodata}`,
  unreadable: (n) => `${n} could not be read (see the 无法读取 sheet):`,
  conflicts: (n) => `${n} conflicts (one indicator, one period, different values): see the 冲突 sheet.`,
  duplicates: (n) => `${n} duplicate returns (one unit, one period, several files): see the 重复报送 sheet. All are counted; please check them.`,
  nothing: "No indicator rows to consolidate: check that the chosen files are returns.",
};

/** The words for the pane's language (the pane's strings tell which). */
export function mergeStringsFor(t: Strings): MergeStrings {
  return t === stringsFor("en") ? en : zh;
}
export type { MergeStrings };
