import type { City } from "../../catalog";
import { indexFor } from "../catalogs";
import { parseArgs, UsageError, type CliIO } from "../io";

export const templateHelp = "qc template <城市…|--all> [-o 文件.xlsx] [--force] [--catalog 目录.json]    生成 .xlsx：每个城市一张指标表，另含汇总表";

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["o", "output", "catalog"], ["all", "force"]);
  const index = indexFor(args, io);
  let cities: City[];
  if (args.flags.has("all")) {
    if (args.positional.length > 0) throw new UsageError("城市名和 --all 只能二选一");
    cities = index.cities();
  } else {
    if (args.positional.length === 0) throw new UsageError("用法：qc template <城市…|--all> [-o 文件.xlsx]");
    cities = args.positional.map((name) => {
      const r = index.resolveCity(name);
      if (!r.ok) throw new UsageError(r.message);
      return r.value;
    });
  }
  const out = (args.flags.get("o") ?? args.flags.get("output") ?? `qc-${args.flags.has("all") ? "all" : cities.map((c) => c.code).join("-")}.xlsx`) as string;
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件须为 .xlsx：${out}`);
  if (io.exists(out) && !args.flags.has("force")) throw new UsageError(`${out} 已存在：请换一个文件名，或加 --force 覆盖`);
  const folder = out.replace(/[\\/][^\\/]*$/, "");
  if (folder !== out && folder !== "" && !io.exists(folder)) throw new UsageError(`无法写入 ${out}：文件夹 ${folder} 不存在，请先建好它或换一个位置`);
  // exceljs is loaded here, not when qc starts.
  const { buildTemplateWorkbook } = await import("../../xlsx/export");
  const bytes = await buildTemplateWorkbook(index, cities);
  io.writeFile(out, bytes);
  io.out(`已写入 ${out}：${cities.map((c) => `${c.name} ${index.indicators(c).length}项`).join("、")}，另含汇总表\n`);
  return 0;
}
