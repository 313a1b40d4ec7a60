/**
 * LibreOffice as a real spreadsheet engine for tests: converts workbooks to one CSV per sheet with
 * every formula recalculated on load (see shared NOTES: filter options 44,34,76,1,,0,false,true,
 * false,false,false,-1). A private profile per call lets conversions run side by side.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export function sofficePath(): string | null {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/** Converts workbooks to CSV; returns, per input file, a map of sheet name → rows of cells. */
export function recalcToCsv(files: string[]): Map<string, Map<string, string[][]>> {
  const bin = sofficePath();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed");
  const out = mkdtempSync(join(tmpdir(), "qc-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "qc-lo-profile-"));
  execFileSync(
    bin,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, ...files],
    { stdio: "ignore", timeout: 180_000 },
  );
  const result = new Map<string, Map<string, string[][]>>();
  for (const f of files) {
    const stem = basename(f).replace(/\.xlsx$/i, "");
    const sheets = new Map<string, string[][]>();
    for (const csv of readdirSync(out).filter((x) => x.startsWith(`${stem}-`) && x.endsWith(".csv"))) {
      sheets.set(csv.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, csv), "utf8")));
    }
    result.set(f, sheets);
  }
  return result;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
