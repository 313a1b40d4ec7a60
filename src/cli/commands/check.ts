import type { City } from "../../catalog";
import { indexFor } from "../catalogs";
import { checkWorkbook, openWorkbook, WorkbookError, type Finding, type SheetProblem } from "../../xlsx/read";
import { formatTable, parseArgs, UsageError, type CliIO } from "../io";

export const checkHelp = "qc check <文件.xlsx…> [--city 城市] [--json] [--catalog 目录.json]    检查已填报的工作簿（退出码：0 全部达标，1 有未达标，2 无法读取）";

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["city", "catalog"]);
  if (args.positional.length === 0) throw new UsageError("用法：qc check <文件.xlsx…> [--city 城市] [--json]");
  const index = indexFor(args, io);
  let city: City | null = null;
  const cityArg = args.flags.get("city");
  if (cityArg === true) throw new UsageError("--city 后面要写城市名");
  if (typeof cityArg === "string") {
    const r = index.resolveCity(cityArg);
    if (!r.ok) throw new UsageError(r.message);
    city = r.value;
  }
  const findings: Finding[] = [];
  const problems: SheetProblem[] = [];
  let unreadable = 0;
  // One bad file does not stop the others: each is read on its own and its failure reported.
  for (const file of args.positional) {
    try {
      if (!io.exists(file)) throw new WorkbookError(`${file} 不存在`);
      const wb = await openWorkbook(io.readFile(file), file);
      const r = checkWorkbook(wb, file, index, city);
      findings.push(...r.findings);
      problems.push(...r.problems);
      if (r.findings.length === 0) unreadable++;
    } catch (e) {
      if (!(e instanceof WorkbookError) && !(e instanceof Error)) throw e;
      unreadable++;
      problems.push({ file, sheet: null, message: e.message });
    }
  }
  if (args.flags.has("json")) {
    io.out(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    const rows = [["单元格", "城市", "指标", "目标", "实际值", "完成情况", "差距"]];
    for (const f of findings) rows.push([`${f.file}:${f.sheet}!${f.cell}`, f.city, f.indicator, f.target, f.actual === null ? "" : String(f.actual), f.status, f.gap === null ? "" : String(f.gap)]);
    const count = (s: string) => findings.filter((f) => f.status === s).length;
    io.out(`${formatTable(rows)}\n达标 ${count("达标")} · 未达标 ${count("未达标")} · 无数据 ${count("无数据")}\n`);
  }
  for (const p of problems) io.err(`qc check: ${p.message}\n`);
  if (unreadable > 0) return 2;
  return findings.some((f) => f.status === "未达标") ? 1 : 0;
}
