/**
 * The `qc` command: dispatches to one module per command in ./commands. Every failure the user can
 * cause ends as one sentence on stderr and a non-zero exit; nothing prints a stack trace. Everything
 * printed passes through {@link printable}: text from users' files never reaches the terminal as
 * escape codes. Commands load exceljs and pdf.js themselves, only when they need them.
 */
import { catalogCommand, catalogHelp } from "./commands/catalog";
import { checkCommand, checkHelp } from "./commands/check";
import { extractCommand, extractHelp } from "./commands/extract";
import { reportCommand, reportHelp } from "./commands/report";
import { targetCommand, targetHelp } from "./commands/target";
import { templateCommand, templateHelp } from "./commands/template";
import { printable, UsageError, type CliIO } from "./io";

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
  report: { run: reportCommand, help: reportHelp },
};

function usage(): string {
  return `qc — 质量强市指标命令行\n\n${Object.values(COMMANDS)
    .map((c) => `  ${c.help}`)
    .join("\n")}\n\n  qc <命令> --help    某个命令的说明\n`;
}

/** The resolver's hint for the add-in's users, pointed at the commands instead of the Excel functions. */
function forCommandLine(message: string): string {
  return message
    .replace(/([^\s：:]+)没有指标(“[^”]*”)。可用 QC_FIND 或 QC_INDICATORS 查看全部指标。?/g, "$1没有指标$2。可用 qc catalog --city $1 查看全部指标。")
    .replace(/可用 QC_FIND 或 QC_INDICATORS 查看全部指标。?/g, "可用 qc catalog 查看全部指标。");
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io: CliIO = { ...rawIO, out: (t) => rawIO.out(printable(t)), err: (t) => rawIO.err(printable(forCommandLine(t))) };
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
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.help}\n`);
    return 0;
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
