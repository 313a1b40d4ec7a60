import type { City } from "../../catalog";
import type { Finding, SheetProblem } from "../../xlsx/read";
import { indexFor } from "../catalogs";
import { parseArgs, UsageError, writeJsonArray, writeTable, type CliIO } from "../io";

export const checkHelp =
  "qc check <文件.xlsx…> [--city 城市] [--default-city 城市] [--json] [--catalog 目录.json]    检查已填报的工作簿。--city 只报告该城市的行（其他城市的表跳过）；--default-city 指定表头没写城市的表属于哪个城市。退出码：0 全部达标，1 有未达标，2 无法读取";

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["city", "default-city", "catalog"], ["json"]);
  if (args.positional.length === 0) throw new UsageError("用法：qc check <文件.xlsx…> [--city 城市] [--default-city 城市] [--json]");
  const index = indexFor(args, io);
  const cityOption = (flag: string): City | null => {
    const v = args.flags.get(flag);
    if (v === undefined) return null;
    if (v === true || v.trim() === "") throw new UsageError(`--${flag} 后面要写城市名`);
    const r = index.resolveCity(v);
    if (!r.ok) throw new UsageError(r.message);
    return r.value;
  };
  const only = cityOption("city");
  const defaultCity = cityOption("default-city");
  // exceljs is loaded here, not when qc starts: the other commands never pay for it.
  const { checkWorkbook, openWorkbook, WorkbookError } = await import("../../xlsx/read");

  const findings: Finding[] = [];
  const problems: SheetProblem[] = [];
  const skipped: SheetProblem[] = [];
  let unreadable = 0;
  // One bad file does not stop the others: each is read on its own and its failure reported.
  for (const file of args.positional) {
    try {
      if (!io.exists(file)) throw new WorkbookError(`找不到文件：${file}`);
      const wb = await openWorkbook(io.readFile(file), file);
      const r = checkWorkbook(wb, file, index, { defaultCity, only });
      // One by one, never push(...many): a spread of 125,000 rows overflows the call stack.
      for (const f of r.findings) findings.push(f);
      for (const p of r.problems) problems.push(p);
      for (const s of r.skipped) skipped.push(s);
      if (r.findings.length === 0 && r.skipped.length === 0) unreadable++;
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      unreadable++;
      problems.push({ file, sheet: null, message: e.message });
    }
  }
  if (args.flags.has("json")) {
    writeJsonArray(findings, io.out);
  } else if (findings.length > 0) {
    const rows = [["单元格", "城市", "指标", "目标", "实际值", "完成情况", "差距"]];
    for (const f of findings) rows.push([`${f.file}:${f.sheet}!${f.cell}`, f.city, f.indicator, f.target, f.actual === null ? "" : String(f.actual), f.status, f.gap === null ? "" : String(f.gap)]);
    const count = (s: string) => findings.filter((f) => f.status === s).length;
    writeTable(rows, io.out);
    io.out(`达标 ${count("达标")} · 未达标 ${count("未达标")} · 无数据 ${count("无数据")}\n`);
  }
  for (const p of problems) io.err(`qc check: ${p.message}\n`);
  for (const s of skipped) io.err(`qc check: ${s.file}：${s.message}\n`);
  if (only && findings.length === 0 && unreadable === 0) io.err(`qc check: 没有${only.name}的指标行\n`);
  if (unreadable > 0) return 2;
  return findings.some((f) => f.status === "未达标") ? 1 : 0;
}
