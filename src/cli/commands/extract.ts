import { DocumentError, readPlanDocument } from "../../extract/document";
import { extract } from "../../extract/extract";
import { formatTable, parseArgs, UsageError, type CliIO } from "../io";

export const extractHelp = "qc extract <file.txt|file.docx> [--json]    target candidates from any plan (UTF-8, GB18030 or .docx)";

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length !== 1) throw new UsageError("usage: qc extract <file.txt|file.docx> [--json]");
  const file = args.positional[0]!;
  if (!io.exists(file)) throw new UsageError(`file not found: ${file}`);
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
