import { extract } from "../../extract/extract";
import { decodeText, looksBinary } from "../../extract/text";
import { formatTable, parseArgs, UsageError, type CliIO } from "../io";

export const extractHelp = "qc extract <file.txt> [--json]    target candidates from any plan text (UTF-8 or GB18030)";

/** Plans are a few hundred KB at most; anything far larger is not a plan. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export function extractCommand(argv: string[], io: CliIO): number {
  const args = parseArgs(argv);
  if (args.positional.length !== 1) throw new UsageError("usage: qc extract <file.txt> [--json]");
  const file = args.positional[0]!;
  if (!io.exists(file)) throw new UsageError(`file not found: ${file}`);
  const bytes = io.readFile(file);
  if (bytes.length > MAX_PLAN_BYTES) throw new UsageError(`${file} is ${(bytes.length / 1048576).toFixed(1)} MB; a plan text is at most ${MAX_PLAN_BYTES / 1048576} MB`);
  if (looksBinary(bytes)) throw new UsageError(`${file} is not a text file (for .docx, save it as .txt first)`);
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === "") throw new UsageError(`${file} is empty`);
  const candidates = extract(text);
  if (args.flags.has("json")) {
    io.out(`${JSON.stringify(candidates, null, 2)}\n`);
    return 0;
  }
  const rows = [["类别", "指标", "比较", "值", "单位", "期限", "置信度"]];
  for (const c of candidates) {
    rows.push([c.category, c.name, c.comparator, c.valueMax !== null ? `${c.value}—${c.valueMax}` : String(c.value), c.unit, c.deadline ? String(c.deadline) : "", c.confidence.toFixed(2)]);
  }
  io.out(`${formatTable(rows)}\n${candidates.length} 个候选指标 (${encoding})\n`);
  return 0;
}
