/**
 * LibreOffice as a real spreadsheet engine for tests: converts workbooks to one CSV per sheet with
 * every formula recalculated on load (see shared NOTES: filter options 44,34,76,1,,0,false,true,
 * false,false,false,-1). A private profile per call lets conversions run side by side.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export function sofficePath(): string | null {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/** Runs one soffice conversion over several files (one process: about 1.5 s in all); returns the output folder. */
function convert(files: string[], target: string): string {
  const bin = sofficePath();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed");
  const out = mkdtempSync(join(tmpdir(), "qc-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "qc-lo-profile-"));
  execFileSync(bin, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", target, "--outdir", out, ...files], { stdio: "ignore", timeout: 180_000 });
  return out;
}

/** Converts workbooks to CSV; returns, per input file, a map of sheet name → rows of cells. */
export function recalcToCsv(files: string[]): Map<string, Map<string, string[][]>> {
  const out = convert(files, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
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

/**
 * Opens workbooks in LibreOffice and saves them again as .xlsx (formulas recalculated, results
 * cached, LibreOffice's own styles and shared strings): the files people get after editing in
 * LibreOffice or WPS. Returns, per input file, the bytes LibreOffice wrote. Headless conversion
 * carries no view settings, so frozen panes do not survive it (a limit of the conversion, not of
 * the file).
 */
export function resaveAsXlsx(files: string[]): Map<string, Uint8Array> {
  const out = convert(files, "xlsx:Calc MS Excel 2007 XML");
  const result = new Map<string, Uint8Array>();
  for (const f of files) {
    const saved = join(out, basename(f).replace(/\.[^.]+$/, ".xlsx"));
    if (!existsSync(saved)) throw new Error(`LibreOffice did not convert ${basename(f)}`);
    result.set(f, new Uint8Array(readFileSync(saved)));
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
