/**
 * What a spreadsheet number format means for the percent rule. Pure.
 *
 * Excel (and WPS, LibreOffice) scale a value by 100 only for a `%` that is a format code: a `%`
 * inside quotes (`0.0"%"`), escaped (`0.0\%`), after `_` or `*` (spacing and fill), or inside a
 * bracketed section (`[$%-804]`) is a literal character, and the cell shows its value as it is. So
 * 95 in `0.0"%"` shows "95.0%" and means 95 %, not 9500 %.
 */

/** Removes everything in one format section that is literal text rather than a format code. */
function codesOf(section: string): string {
  let out = "";
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      i = close < 0 ? section.length : close;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++; // the next character is literal (escaped, a space of its width, or a fill)
    } else if (c === "[") {
      const close = section.indexOf("]", i + 1);
      i = close < 0 ? section.length : close;
    } else out += c;
  }
  return out;
}

/** Splits a format into its ;-separated sections, leaving ; inside quotes or after \ alone. */
function sections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\\" && !quoted) i++;
    else if (c === ";" && !quoted) {
      out.push(format.slice(start, i));
      start = i + 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

/**
 * True when a cell in this format shows its value multiplied by 100 (a real percent format).
 * The positive section decides, as it does for the values the checks read.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const first = sections(format)[0] ?? "";
  return codesOf(first).includes("%");
}
