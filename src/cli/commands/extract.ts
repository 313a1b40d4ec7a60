import { DocumentError, readPlanDocument } from "../../extract/document";
import { extract, type Candidate } from "../../extract/extract";
import { formatTable, parseArgs, printable, toJson, UsageError, type CliIO } from "../io";

export const extractHelp = "qc extract <文件.txt|文件.docx|文件.pdf> [--json]    从任意规划提取候选指标（UTF-8、UTF-16、GB18030 文本，Word .docx，或带文字层的 PDF）";

const USAGE = "用法：qc extract <文件.txt|文件.docx|文件.pdf> [--json]";

const FORMATS: Record<string, string> = { "utf-8": "UTF-8 文本", "utf-16le": "UTF-16LE 文本", "utf-16be": "UTF-16BE 文本", gb18030: "GB18030 文本", docx: "Word .docx", pdf: "PDF" };

/** 2023: 97，2024: 98 — a candidate's milestones in one cell. */
function milestones(c: Candidate): string {
  return (c.milestones ?? []).map((m) => `${m.year}: ${m.value}`).join("，");
}

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length !== 1) throw new UsageError(USAGE);
  const file = args.positional[0]!;
  if (!io.exists(file)) throw new UsageError(`找不到文件：${file}`);
  let plan;
  try {
    plan = await readPlanDocument(io.readFile(file), file);
  } catch (e) {
    if (e instanceof DocumentError) throw new UsageError(e.message);
    throw e;
  }
  // What the reader did (an encoding fallback, pages read, running heads dropped) goes to stderr, so --json stays pure.
  for (const note of plan.notes) io.err(`提示：${printable(note)}\n`);
  const candidates = extract(plan);
  if (args.flags.has("json")) {
    io.out(`${toJson(candidates)}\n`);
    return 0;
  }
  const withMilestones = candidates.some((c) => (c.milestones ?? []).length > 0);
  const withBaseline = candidates.some((c) => c.baseline);
  const rows = [["类别", "指标", "比较", "值", "单位", "期限", ...(withMilestones ? ["里程碑"] : []), ...(withBaseline ? ["基线"] : []), "置信度"]];
  for (const c of candidates) {
    rows.push([
      c.category,
      c.name,
      c.comparator,
      c.valueMax !== null ? `${c.value}—${c.valueMax}` : String(c.value),
      c.unit,
      c.deadline ? String(c.deadline) : "",
      ...(withMilestones ? [milestones(c)] : []),
      ...(withBaseline ? [c.baseline ? `${c.baseline.value}（${c.baseline.year ?? "?"}年）` : ""] : []),
      c.confidence.toFixed(2),
    ]);
  }
  io.out(`${formatTable(rows)}\n${candidates.length} 个候选指标（${FORMATS[plan.format] ?? plan.format}，${plan.format}）\n`);
  return 0;
}
