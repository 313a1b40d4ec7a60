import { formatTarget, targetForExcel } from "../../catalog";
import { indexFor } from "../catalogs";
import { parseArgs, toJson, UsageError, type CliIO } from "../io";
import { entryJson } from "./catalog";

export const targetHelp = "qc target <城市> <指标> [--json]    QC_TARGET 的答案及匹配到的指标";

export function targetCommand(argv: string[], io: CliIO): number {
  const args = parseArgs(argv, ["catalog"], ["json"]);
  if (args.positional.length !== 2) throw new UsageError("用法：qc target <城市> <指标> [--json]");
  const [cityArg, name] = args.positional as [string, string];
  const index = indexFor(args, io);
  const city = index.resolveCity(cityArg);
  if (!city.ok) throw new UsageError(city.message, 1);
  const r = index.resolveIndicator(city.value, name);
  if (!r.ok) throw new UsageError(r.message, 1);
  const e = r.value;
  const target = targetForExcel(e);
  if (args.flags.has("json")) {
    io.out(`${toJson({ target, match: r.how, entry: entryJson(e) })}\n`);
    return 0;
  }
  io.out(
    [
      `${e.city} · ${e.name}${r.how === "exact" ? "" : `  (匹配方式: ${r.how})`}`,
      `QC_TARGET = ${target}    目标: ${formatTarget(e)}${e.deadline ? `  期限: ${e.deadline}年` : ""}`,
      `类别: ${e.category}    ID: ${e.id}${e.concept ? `    概念: ${e.concept}` : ""}`,
      `原文: ${e.quote}`,
      `出处: seeds/${e.source.file} @${e.source.offset}`,
      "",
    ].join("\n"),
  );
  return 0;
}
