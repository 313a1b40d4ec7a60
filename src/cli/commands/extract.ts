import { DocumentError, readPlanDocument } from "../../extract/document";
import { extract } from "../../extract/extract";
import { formatTable, parseArgs, UsageError, type CliIO } from "../io";

export const extractHelp = "qc extract <文件.txt|文件.docx> [--json]    从任意规划文本提取候选指标（UTF-8、GB18030 或 .docx）";

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length !== 1) throw new UsageError("用法：qc extract <文件.txt|文件.docx> [--json]");
  const file = args.positional[0]!;
  if (!io.exists(file)) throw new UsageError(`找不到文件：${file}`);
  let plan;
  try {
    plan = await readPlanDocument(io.readFile(file), file);
  } catch (e) {
    if (e instanceof DocumentError) throw new UsageError(e.message);
    throw e;
  }
  const candidates = extract(plan.text);
  if (args.flags.has("json")) {
    io.out(`${JSON.stringify(candidates, null, 2)}\n`);
    return 0;
  }
  const rows = [["类别", "指标", "比较", "值", "单位", "期限", "置信度"]];
  for (const c of candidates) {
    rows.push([c.category, c.name, c.comparator, c.valueMax !== null ? `${c.value}—${c.valueMax}` : String(c.value), c.unit, c.deadline ? String(c.deadline) : "", c.confidence.toFixed(2)]);
  }
  io.out(`${formatTable(rows)}\n${candidates.length} 个候选指标 (${plan.format})\n`);
  return 0;
}
