import { builtinIndex, type City } from "../../catalog";
import { buildTemplateWorkbook } from "../../xlsx/export";
import { parseArgs, UsageError, type CliIO } from "../io";

export const templateHelp = "qc template <city…|--all> [-o file.xlsx] [--force]    an .xlsx with one sheet per city and a 汇总 sheet";

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ["o", "output"]);
  const index = builtinIndex();
  let cities: City[];
  if (args.flags.has("all")) {
    if (args.positional.length > 0) throw new UsageError("give either city names or --all, not both");
    cities = index.cities();
  } else {
    if (args.positional.length === 0) throw new UsageError("usage: qc template <city…|--all> [-o file.xlsx]");
    cities = args.positional.map((name) => {
      const r = index.resolveCity(name);
      if (!r.ok) throw new UsageError(r.message);
      return r.value;
    });
  }
  const out = (args.flags.get("o") ?? args.flags.get("output") ?? `qc-${args.flags.has("all") ? "all" : cities.map((c) => c.code).join("-")}.xlsx`) as string | true;
  if (out === true) throw new UsageError("-o needs a file name");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`the output must be an .xlsx file: ${out}`);
  if (io.exists(out) && !args.flags.has("force")) throw new UsageError(`${out} already exists; choose another name or add --force to replace it`);
  const bytes = await buildTemplateWorkbook(index, cities);
  io.writeFile(out, bytes);
  io.out(`wrote ${out}: ${cities.map((c) => `${c.name} ${index.indicators(c).length}项`).join("、")} + 汇总\n`);
  return 0;
}
