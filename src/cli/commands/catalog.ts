import { formatTarget, type Indicator } from "../../catalog";
import { indexFor } from "../catalogs";
import { formatTable, parseArgs, toJson, UsageError, type CliIO } from "../io";

export const catalogHelp = "qc catalog [--city 城市] [--json]    指标目录（表格或 JSON）";

/** Fields of an entry exactly as the catalogue defines them (the JSON contract). */
export function entryJson(e: Indicator): Indicator {
  return {
    id: e.id,
    city: e.city,
    category: e.category,
    name: e.name,
    aliases: e.aliases,
    comparator: e.comparator,
    value: e.value,
    valueMax: e.valueMax,
    unit: e.unit,
    deadline: e.deadline,
    quote: e.quote,
    source: e.source,
    concept: e.concept,
  };
}

export function catalogCommand(argv: string[], io: CliIO): number {
  const args = parseArgs(argv, ["city", "catalog"], ["json"]);
  if (args.positional.length > 0) throw new UsageError(`qc catalog 只接受 --city 和 --json，多了“${args.positional[0]}”`);
  const index = indexFor(args, io);
  let entries = index.catalog.indicators;
  const cityArg = args.flags.get("city");
  if (typeof cityArg === "string") {
    const city = index.resolveCity(cityArg);
    if (!city.ok) throw new UsageError(city.message);
    entries = index.indicators(city.value);
  } else if (cityArg === true) throw new UsageError("--city 后面要写城市名");
  if (args.flags.has("json")) {
    io.out(`${toJson(entries.map(entryJson))}\n`);
    return 0;
  }
  const rows = [["城市", "类别", "指标", "目标", "期限", "ID"]];
  for (const e of entries) rows.push([e.city, e.category, e.name, formatTarget(e), e.deadline ? String(e.deadline) : "", e.id]);
  io.out(`${formatTable(rows)}\n${entries.length} 项指标\n`);
  return 0;
}
