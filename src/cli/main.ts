/**
 * The `qc` command: dispatches to one module per command in ./commands. Every failure the user can
 * cause ends as one sentence on stderr and a non-zero exit; nothing prints a stack trace.
 */
import { catalogCommand, catalogHelp } from "./commands/catalog";
import { checkCommand, checkHelp } from "./commands/check";
import { extractCommand, extractHelp } from "./commands/extract";
import { targetCommand, targetHelp } from "./commands/target";
import { templateCommand, templateHelp } from "./commands/template";
import { UsageError, type CliIO } from "./io";

export interface Command {
  run(argv: string[], io: CliIO): number | Promise<number>;
  help: string;
}

export const COMMANDS: Record<string, Command> = {
  catalog: { run: catalogCommand, help: catalogHelp },
  target: { run: targetCommand, help: targetHelp },
  extract: { run: extractCommand, help: extractHelp },
  template: { run: templateCommand, help: templateHelp },
  check: { run: checkCommand, help: checkHelp },
};

function usage(): string {
  return `qc — 质量强市指标命令行\n\n${Object.values(COMMANDS)
    .map((c) => `  ${c.help}`)
    .join("\n")}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`qc：没有命令“${name}”。可用命令：${Object.keys(COMMANDS).join("、")}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`qc ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`qc ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
