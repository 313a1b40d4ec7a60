import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../../test/fixtures/plans/build";
import type { CliIO } from "../io";
import { extractCommand, extractHelp } from "./extract";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../test/fixtures/plans/${name}`, import.meta.url))));

function world(files: Record<string, Uint8Array>) {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => files[p]!,
    writeFile: () => undefined,
    exists: (p) => p in files,
  };
  return { io, out: () => out, err: () => err };
}

describe("qc extract", () => {
  it("says it reads .pdf", () => {
    expect(extractHelp).toContain(".pdf");
  });

  it("reads a PDF's text and its indicator table; what the reader did goes to stderr, the JSON stays pure", async () => {
    const w = world({ "plan.pdf": fixture("plan.pdf") });
    expect(await extractCommand(["plan.pdf", "--json"], w.io)).toBe(0);
    const found = JSON.parse(w.out()) as Array<{ name: string; value: number; baseline?: { year: number; value: number } | null }>;
    // Every data row of the table is a target, with its baseline from the 2020年（基期） column.
    for (const [, name, , base, target] of INDICATORS.slice(1)) {
      const c = found.find((f) => f.name === name);
      expect(c, name).toBeDefined();
      expect(String(c!.value)).toBe(target!.replace("≤", ""));
      expect(c!.baseline).toEqual({ year: 2020, value: Number(base) });
    }
    expect(w.err()).toContain("提示：PDF 共 1 页");
  });

  it("prints a table naming the format, with a baseline column when the plan gives one", async () => {
    const w = world({ "plan.docx": fixture("plan.docx") });
    expect(await extractCommand(["plan.docx"], w.io)).toBe(0);
    expect(w.out()).toMatch(/基线/);
    expect(w.out()).toMatch(/93\.5（2020年）/);
    expect(w.out()).toMatch(/\d+ 个候选指标（Word \.docx，docx）\n$/);
  });

  it("refuses a scanned PDF with one sentence (error case)", async () => {
    const w = world({ "scan.pdf": new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n") });
    await expect(extractCommand(["scan.pdf"], w.io)).rejects.toThrowError(/scan\.pdf (没有文字层|不是有效的 PDF)/);
  });
});
