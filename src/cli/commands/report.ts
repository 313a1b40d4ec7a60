import { indexFor } from "../catalogs";
import { oneLine, parseArgs, toJson, UsageError, type CliIO } from "../io";

export const reportHelp =
  "qc report <文件或文件夹…> -o 报告.xlsx [--json] [--force] [--title 标题] [--catalog 目录.json]    汇总多个填报工作簿：明细、城市×类别统计、未达标、冲突、重复报送、无法读取、各期进度";

/** The .xlsx files under the arguments: files as given, folders walked (Office's ~$ lock files left out). */
function inputsOf(paths: readonly string[], io: CliIO, output: string | null): string[] {
  const files: string[] = [];
  const walk = (p: string, depth: number) => {
    const entries = io.list?.(p) ?? null;
    if (entries === null) {
      files.push(p);
      return;
    }
    if (depth > 8) return;
    for (const name of [...entries].sort((a, b) => a.localeCompare(b, "zh-CN"))) {
      if (name.startsWith("~$") || name.startsWith(".")) continue;
      const child = `${p.replace(/[\\/]+$/, "")}/${name}`;
      if (io.list?.(child) != null) walk(child, depth + 1);
      else if (/\.xlsx$/i.test(name)) files.push(child);
    }
  };
  for (const p of paths) {
    if (!io.exists(p)) throw new UsageError(`找不到文件或文件夹：${p}`);
    walk(p, 0);
  }
  // The report being written is never one of its own inputs.
  const same = (a: string) => output !== null && a.replace(/^\.\//, "") === output.replace(/^\.\//, "");
  return files.filter((f) => !same(f));
}

export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["o", "output", "catalog", "title", "year"], ["json", "force"]);
  if (args.positional.length === 0) throw new UsageError("用法：qc report <文件或文件夹…> -o 报告.xlsx [--json]");
  const index = indexFor(args, io);
  const json = args.flags.has("json");
  const out = (args.flags.get("o") ?? args.flags.get("output") ?? null) as string | null;
  if (out === null && !json) throw new UsageError("请用 -o 指定报告文件（如 -o 报告.xlsx），或用 --json 输出到屏幕");
  if (out !== null) {
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`报告文件须为 .xlsx：${out}`);
    if (io.exists(out) && !args.flags.has("force")) throw new UsageError(`${out} 已存在：请换一个文件名，或加 --force 覆盖`);
    const folder = out.replace(/[\\/][^\\/]*$/, "");
    if (folder !== out && folder !== "" && !io.exists(folder)) throw new UsageError(`无法写入 ${out}：文件夹 ${folder} 不存在，请先建好它或换一个位置`);
  }
  const yearArg = args.flags.get("year");
  const asOfYear = typeof yearArg === "string" ? Number(yearArg) : new Date().getFullYear();
  if (!Number.isInteger(asOfYear) || asOfYear < 1990 || asOfYear > 2100) throw new UsageError(`--year 须为年份（如 2026）：${String(yearArg)}`);
  const files = inputsOf(args.positional, io, out);
  if (files.length === 0) throw new UsageError("没有找到 .xlsx 文件");

  // exceljs is loaded here, not when qc starts.
  const { readReturn, consolidate } = await import("../../xlsx/returns");
  const { writeReport } = await import("../../xlsx/report-file");
  const inputs = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (e) {
      inputs.push({ file, fields: {}, findings: [], problems: [], error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    inputs.push(await readReturn(bytes, file, index));
  }
  const report = consolidate(inputs, index, asOfYear);
  if (json) io.out(`${toJson(report)}\n`);
  if (out !== null) {
    const title = typeof args.flags.get("title") === "string" ? (args.flags.get("title") as string) : undefined;
    io.writeFile(out, await writeReport(report, title));
    const count = (s: string) => report.rows.filter((r) => r.status === s).length;
    io.err(
      [
        `已写入 ${out}：${report.files} 个文件，${report.rows.length} 行指标（达标 ${count("达标")} · 未达标 ${count("未达标")} · 无数据 ${count("无数据")}）`,
        report.unreadable.length ? `${report.unreadable.length} 处无法读取（见“无法读取”表）` : "",
        report.conflicts.length ? `${report.conflicts.length} 处冲突（见“冲突”表）` : "",
        report.duplicates.length ? `${report.duplicates.length} 组重复报送（见“重复报送”表）` : "",
      ]
        .filter(Boolean)
        .map(oneLine)
        .join("\n") + "\n",
    );
  }
  return report.unreadable.some((u) => u.sheet === null) ? 2 : report.misses.length > 0 ? 1 : 0;
}
