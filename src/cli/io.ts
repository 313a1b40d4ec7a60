/** What a command needs from the outside world, passed in so commands can be tested without a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  exists(path: string): boolean;
  /** The names in a folder, or null when the path is not a folder (optional: only `qc report` walks folders). */
  list?(path: string): string[] | null;
}

/** A failure the user caused: printed as one sentence on stderr, with this exit code. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses `a b --json --city 泰安 -o out.xlsx`. Options listed in `valued` take the next word (or
 * `--city=泰安`); those in `booleans` take none. Any other option is a usage error, so a typo such as
 * `--jsno` is said, never ignored.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[] = [], booleans: readonly string[] = ["json"]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const dash = (k: string) => (k.length === 1 ? `-${k}` : `--${k}`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      for (const rest of argv.slice(i + 1)) positional.push(rest);
      break;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      const [k, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued.includes(k)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`${dash(k)} 后面要写一个值`);
        flags.set(k, v);
      } else if (booleans.includes(k)) {
        if (inline !== undefined) throw new UsageError(`${dash(k)} 不带值，请去掉“=${inline}”`);
        flags.set(k, true);
      } else {
        const known = [...valued, ...booleans].map(dash);
        throw new UsageError(`不认识的选项“${a}”。${known.length > 0 ? `可用的选项：${known.join("、")}` : "这个命令没有选项"}`);
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

/**
 * Terminal escape sequences (CSI, OSC, DCS and the like, in their 7- and 8-bit forms): a cell's
 * text could otherwise clear the screen, move the cursor or retitle the window.
 */
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
/** Other control characters (tab and newline kept), and the bidirectional overrides that reorder what is shown. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: escape sequences and control characters removed, lines and tabs kept. */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, "");
}

/** One table cell on one line: printable, with newlines and tabs as spaces. */
export function oneLine(text: string): string {
  return printable(text).replace(/[\t\n]+/g, " ");
}

/** JSON whose strings keep every character, with the ones a terminal would act on written as \u escapes. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A text table with columns padded for CJK (two columns per wide character). Cells are made printable. */
export function formatTable(rows: string[][]): string {
  const lines: string[] = [];
  writeTable(rows, (t) => lines.push(t));
  return lines.join("").replace(/\n$/, "");
}

/** The same table written in slices of 10,000 lines (a million rows never become one string). */
export function writeTable(rows: string[][], write: (text: string) => void): void {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const clean = rows.map((r) => r.map(oneLine));
  const widths: number[] = [];
  for (const r of clean) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(widths[i]! - width(c)))).join("  ");
  for (let i = 0; i < clean.length; i += 10_000) write(`${clean.slice(i, i + 10_000).map(line).join("\n")}\n`);
}

/** A JSON array as toJson writes it, in slices of 10,000 items. */
export function writeJsonArray(items: readonly unknown[], write: (text: string) => void): void {
  if (items.length === 0) return write("[]\n");
  write("[\n");
  for (let i = 0; i < items.length; i += 10_000) {
    const slice = items.slice(i, i + 10_000).map((item) => toJson(item).replace(/^/gm, "  "));
    write(`${slice.join(",\n")}${i + 10_000 < items.length ? "," : ""}\n`);
  }
  write("]\n");
}
