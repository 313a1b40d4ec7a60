/**
 * `--catalog 文件.json`: cities imported in the add-in (exported from the pane as JSON) used by the
 * command line exactly like the built-in five.
 */
import { BUILTIN_CATALOG, builtinIndex, CatalogIndex } from "../catalog";
import { mergeCatalogs, parseStored } from "../catalog/custom";
import { UsageError, type CliIO, type ParsedArgs } from "./io";

export function indexFor(args: ParsedArgs, io: CliIO): CatalogIndex {
  const file = args.flags.get("catalog");
  if (file === undefined) return builtinIndex();
  if (file === true) throw new UsageError("--catalog 后面要写导出的目录文件（.json）");
  if (!io.exists(file)) throw new UsageError(`找不到目录文件：${file}`);
  const parsed = parseStored(new TextDecoder().decode(io.readFile(file)), BUILTIN_CATALOG.cities.map((c) => c.name));
  if (!parsed.ok) throw new UsageError(`${file} 不是可用的指标目录：${parsed.problems.slice(0, 3).join("；")}`);
  return new CatalogIndex(mergeCatalogs(BUILTIN_CATALOG, [parsed.catalog]));
}
