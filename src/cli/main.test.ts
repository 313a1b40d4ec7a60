import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { buildTemplateWorkbook } from "../xlsx/export";
import { toBytes } from "../xlsx/render";
import { main } from "./main";
import { formatTable, parseArgs, printable, toJson, UsageError, writeJsonArray, type CliIO } from "./io";
import { nodeIO } from "./node-io";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** An in-memory world for a command: files by path, captured output. */
function world(files: Record<string, Uint8Array | string> = {}) {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT ${p}`);
      return typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    writeFile: (p, d) => void (files[p] = d),
    exists: (p) => p in files,
  };
  return { io, out: () => out, err: () => err, files };
}

describe("qc catalog", () => {
  it("prints the JSON array of entries with the catalogue's field names exactly", async () => {
    const w = world();
    expect(await main(["catalog", "--city", "泰安市", "--json"], w.io)).toBe(0);
    const entries = JSON.parse(w.out()) as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThan(20);
    expect(Object.keys(entries[0]!)).toEqual(["id", "city", "category", "name", "aliases", "comparator", "value", "valueMax", "unit", "deadline", "quote", "source", "concept"]);
    expect(entries.every((e) => e.city === "泰安")).toBe(true);
  });
  it("prints a readable table", async () => {
    const w = world();
    expect(await main(["catalog", "--city", "新密"], w.io)).toBe(0);
    expect(w.out()).toMatch(/城市区域环境噪声\s+≤56dB\(A\)/);
  });
  it("rejects an unknown city with one sentence and a non-zero exit (error case)", async () => {
    const w = world();
    expect(await main(["catalog", "--city", "济南"], w.io)).not.toBe(0);
    expect(w.err()).toMatch(/^qc catalog: 未找到城市“济南”/);
    expect(w.err().trim().split("\n")).toHaveLength(1);
  });
});

describe("qc target", () => {
  it("answers what QC_TARGET answers, with the matched entry", async () => {
    const w = world();
    expect(await main(["target", "泰安", "农产品监测合格率", "--json"], w.io)).toBe(0);
    const r = JSON.parse(w.out());
    expect(r.target).toBe(0.98);
    expect(r.match).toBe("exact");
    expect(r.entry).toMatchObject({ city: "泰安", name: "农产品监测合格率", comparator: ">=", value: 98, unit: "%" });
  });
  it("lists candidates for an ambiguous name (error case)", async () => {
    const w = world();
    expect(await main(["target", "新密", "噪声"], w.io)).toBe(1);
    expect(w.err()).toContain("城市区域环境噪声");
  });
  it("needs two arguments (error case)", async () => {
    const w = world();
    expect(await main(["target", "泰安"], w.io)).toBe(2);
    expect(w.err()).toContain("用法");
  });
});

describe("qc extract", () => {
  it("reads candidates from UTF-8 text", async () => {
    const w = world({ "plan.txt": "到2025年，全市产品质量监督抽查合格率达到95%以上。" });
    expect(await main(["extract", "plan.txt", "--json"], w.io)).toBe(0);
    expect(JSON.parse(w.out())[0]).toMatchObject({ comparator: ">=", value: 95, unit: "%", deadline: 2025 });
  });
  it("detects GB18030 text", async () => {
    // "合格率达到98%以上" in GBK
    const gbk = new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca, 0xb4, 0xef, 0xb5, 0xbd, 0x39, 0x38, 0x25, 0xd2, 0xd4, 0xc9, 0xcf]);
    const w = world({ "gbk.txt": gbk });
    expect(await main(["extract", "gbk.txt"], w.io)).toBe(0);
    expect(w.out()).toContain("gb18030");
    expect(w.out()).toContain("合格率");
  });
  it.each([
    ["a missing file", {}, "missing.txt", "找不到文件"],
    ["an empty file", { "e.txt": "  \n" }, "e.txt", "没有文字"],
    ["a binary file", { "b.txt": new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]) }, "b.txt", "不是文本文件"],
    ["a corrupt .docx", { "c.docx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) }, "c.docx", /不是有效的 \.docx|不是完整的压缩文件/],
  ])("refuses %s with one sentence (error case)", async (_l, files, path, words) => {
    const w = world(files as Record<string, Uint8Array | string>);
    expect(await main(["extract", path], w.io)).toBe(2);
    expect(w.err()).toMatch(words);
  });
});

describe("--catalog: imported cities on the command line", () => {
  it("answers, templates and checks an imported city like a built-in one", async () => {
    const { buildImported, serializeStored } = await import("../catalog/custom");
    const { catalog } = buildImported("示例", { title: "示例市质量提升方案" }, [
      { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到95%", offset: 0 },
    ]);
    const w = world({ "示例.json": serializeStored(catalog) });
    expect(await main(["target", "示例", "抽检合格率", "--catalog", "示例.json", "--json"], w.io)).toBe(0);
    expect(JSON.parse(w.out()).target).toBe(0.95);
    const t = world({ "示例.json": serializeStored(catalog) });
    expect(await main(["template", "示例", "-o", "s.xlsx", "--catalog", "示例.json"], t.io)).toBe(0);
    expect(t.files["s.xlsx"]).toBeInstanceOf(Uint8Array);
  });
  it("refuses a damaged catalogue file with a sentence (error case)", async () => {
    const w = world({ "bad.json": "{oops" });
    expect(await main(["catalog", "--catalog", "bad.json"], w.io)).toBe(2);
    expect(w.err()).toContain("不是可用的指标目录");
  });
});

const index = builtinIndex();
const city = (name: string) => index.cities().find((c) => c.name === name)!;

describe("options", () => {
  it.each([
    ["catalog", "--jsno"],
    ["target", "泰安", "农产品监测合格率", "--cty", "泰安"],
    ["extract", "plan.txt", "--verbose"],
    ["template", "泰安", "--overwrite"],
    ["check", "a.xlsx", "--filter=泰安"],
  ])("an unknown option is a usage error with exit 2, never ignored: qc %s … (error case)", async (...argv) => {
    const w = world({ "plan.txt": "合格率达到98%", "a.xlsx": new Uint8Array([1]) });
    expect(await main(argv, w.io)).toBe(2);
    expect(w.err()).toMatch(new RegExp(`^qc ${argv[0]}: 不认识的选项“${argv.find((a) => a.startsWith("--"))}”。可用的选项：`));
    expect(w.out()).toBe("");
  });
  it("parses valued options inline or as the next word, and stops at --", () => {
    const a = parseArgs(["x", "--city=泰安", "-o", "out.xlsx", "--json", "--", "--not-an-option"], ["city", "o"], ["json"]);
    expect(a.positional).toEqual(["x", "--not-an-option"]);
    expect([...a.flags]).toEqual([["city", "泰安"], ["o", "out.xlsx"], ["json", true]]);
    expect(() => parseArgs(["--json=1"], [], ["json"])).toThrow(UsageError);
    expect(() => parseArgs(["--city"], ["city"])).toThrow("--city 后面要写一个值");
  });
  it("prints a command's help for --help", async () => {
    const w = world();
    expect(await main(["check", "--help"], w.io)).toBe(0);
    expect(w.out()).toContain("--default-city");
  });
});

describe("messages: every failure a Chinese sentence", () => {
  const dir = mkdtempSync(join(tmpdir(), "qc-io-"));
  it.each([
    ["a missing file", () => nodeIO.readFile(join(dir, "nope.xlsx")), `找不到文件：${join(dir, "nope.xlsx")}`],
    ["a folder given as a file", () => nodeIO.readFile(dir), `${dir} 是文件夹，不是文件`],
    ["a missing output folder", () => nodeIO.writeFile(join(dir, "no-such-folder", "x.xlsx"), "x"), `文件夹 ${join(dir, "no-such-folder")} 不存在`],
    ["a folder as the output file", () => nodeIO.writeFile(dir, "x"), `${dir} 是文件夹，不是文件`],
  ])("the file system: %s (error case)", (_l, act, words) => {
    expect(act).toThrow(UsageError);
    expect(act).toThrow(words);
  });
  it("qc check on a folder and a missing file, through the real file system (error case)", async () => {
    let err = "";
    const io: CliIO = { ...nodeIO, out: () => undefined, err: (t) => void (err += t) };
    expect(await main(["check", dir, join(dir, "missing.xlsx")], io)).toBe(2);
    expect(err).toContain(`${dir} 是文件夹，不是文件`);
    expect(err).toContain(`找不到文件：${join(dir, "missing.xlsx")}`);
    expect(err).not.toMatch(/ENOENT|EISDIR|illegal operation/);
  });
  it("qc template into a folder that does not exist, said before any work (error case)", async () => {
    const w = world();
    expect(await main(["template", "泰安", "-o", "报表/泰安.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("文件夹 报表 不存在");
    mkdirSync(join(dir, "out"));
    let err = "";
    expect(await main(["template", "泰安", "-o", join(dir, "out", "sub", "t.xlsx")], { ...nodeIO, out: () => undefined, err: (t) => void (err += t) })).toBe(2);
    expect(err).toContain(`文件夹 ${join(dir, "out", "sub")} 不存在`);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });
  it("a catalogue file with a version this qc does not know (error case)", async () => {
    const { buildImported, serializeStored } = await import("../catalog/custom");
    const { catalog } = buildImported("示例", { title: "示例市质量提升方案" }, [
      { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到95%", offset: 0 },
    ]);
    const stored = JSON.parse(serializeStored(catalog)) as { version: number };
    stored.version = 99;
    const w = world({ "v99.json": JSON.stringify(stored) });
    expect(await main(["catalog", "--catalog", "v99.json"], w.io)).toBe(2);
    expect(w.err()).toMatch(/^qc catalog: v99\.json 不是可用的指标目录：.*版本 99/);
  });
  it("an unknown name points at qc catalog and qc target, not at Excel functions (error case)", async () => {
    const w = world();
    expect(await main(["target", "泰安", "宇宙飞船发射次数"], w.io)).toBe(1);
    expect(w.err()).toContain("qc catalog --city 泰安");
    expect(w.err()).not.toMatch(/QC_FIND|QC_INDICATORS/);
  });
});

describe("qc check: --city filters, --default-city names the city of sheets that name none", () => {
  it("--city 江门 reports only 江门's rows and says which sheets it skipped", async () => {
    const w = world({ "all.xlsx": await buildTemplateWorkbook(index, [city("泰安"), city("江门")]) });
    expect(await main(["check", "all.xlsx", "--city", "江门", "--json"], w.io)).toBe(0);
    const findings = JSON.parse(w.out()) as { city: string; sheet: string }[];
    expect(findings).toHaveLength(index.indicators(city("江门")).length);
    expect(new Set(findings.map((f) => f.city))).toEqual(new Set(["江门"]));
    expect(w.err()).toContain("泰安 是泰安的表，不是江门的，已跳过");
  });
  it("--city on a file of another city only: nothing to report, said so, and not an unreadable file", async () => {
    const w = world({ "t.xlsx": await buildTemplateWorkbook(index, [city("泰安")]) });
    expect(await main(["check", "t.xlsx", "--city", "江门"], w.io)).toBe(0);
    expect(w.out()).toBe("");
    expect(w.err()).toContain("没有江门的指标行");
  });
  it("--default-city decides an untitled sheet; a sheet whose title names its city keeps it", async () => {
    const wb = new ExcelJS.Workbook();
    const untitled = wb.addWorksheet("无标题");
    untitled.addRow(["指标名称", "实际值"]);
    untitled.addRow(["主要农产品质量安全抽检合格率", 0.99]); // a name both 新密 and 江门 use
    const titled = wb.addWorksheet("泰安表");
    titled.addRow(["泰安市指标完成情况"]);
    titled.addRow(["指标名称", "实际值"]);
    titled.addRow(["农产品监测合格率", 0.99]);
    for (const c of ["新密", "江门"]) {
      const w = world({ "d.xlsx": await toBytes(wb) });
      expect(await main(["check", "d.xlsx", "--default-city", c, "--json"], w.io)).toBe(0);
      const findings = JSON.parse(w.out()) as { sheet: string; city: string; indicator: string }[];
      expect(findings.find((f) => f.sheet === "泰安表")).toMatchObject({ city: "泰安" });
      expect(findings.find((f) => f.sheet === "无标题")).toMatchObject({ city: c });
    }
  });
  it("a file that fails prints only its error, no empty table (error case)", async () => {
    const w = world({ "bad.xlsx": new TextEncoder().encode("not a workbook") });
    expect(await main(["check", "bad.xlsx"], w.io)).toBe(2);
    expect(w.out()).toBe("");
    expect(w.err()).toBe("qc check: bad.xlsx 不是 .xlsx 文件\n");
  });
});

describe("escape codes in cell text never reach the terminal (issue 13 item 13)", () => {
  const nasty = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\r\u202e";
  it("qc check prints names and values from cells without escape codes or control characters", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["泰安市指标"]);
    ws.addRow(["指标名称", "实际值"]);
    ws.addRow([`未知指标${nasty}`, `5${nasty}`]);
    ws.addRow(["农产品监测合格率", `97${nasty}`]);
    ws.addRow(["食品抽检合格率", 0.99]);
    const w = world({ "s.xlsx": await toBytes(wb) });
    await main(["check", "s.xlsx"], w.io);
    for (const text of [w.out(), w.err()]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(w.err()).toContain("未知指标[2J");
    expect(w.out()).toContain("食品抽检合格率");
  });
  it("JSON keeps every character, the dangerous ones as \\u escapes", () => {
    const json = toJson({ name: `a${nasty}` });
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual({ name: `a${nasty}` });
  });
  it("a JSON array written in slices is the JSON of the whole array", () => {
    for (const n of [0, 1, 3, 25_001]) {
      const items = Array.from({ length: n }, (_, i) => ({ cell: `C${i}`, actual: i % 3 ? i / 7 : null, nested: { a: [i] } }));
      let text = "";
      writeJsonArray(items, (t) => void (text += t));
      expect(text).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });
  it("a table cell stays on its line", () => {
    expect(formatTable([["a\nb", "c"], ["d", "e\tf"]]).split("\n")).toEqual(["a b  c", "d    e f"]);
    expect(printable("ok\u001b[31mred\u001b[0m\n")).toBe("okred\n");
  });
});

describe("the qc command as installed", () => {
  it("runs through npx after npm ci (bin/qc.mjs)", () => {
    const out = execFileSync("node", [`${root}bin/qc.mjs`, "target", "新密", "城市区域环境噪声"], { encoding: "utf8" });
    expect(out).toContain("QC_TARGET = 56");
  });
  it("exits non-zero with a sentence on stderr for an unknown command (error case)", () => {
    const r = spawnSync("node", [`${root}bin/qc.mjs`, "frobnicate"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("没有命令");
    expect(r.stdout).toBe("");
  });

  /** The package specifiers a module of the build imports statically, following its own chunks. */
  function staticPackages(dir: string, file: string, seen = new Set<string>()): Set<string> {
    const packages = new Set<string>();
    if (seen.has(file)) return packages;
    seen.add(file);
    const code = readFileSync(join(dir, file), "utf8");
    for (const m of code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gms)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith("./") || spec.startsWith("../")) {
        for (const p of staticPackages(dir, join(file, "..", spec), seen)) packages.add(p);
      } else packages.add(spec);
    }
    return packages;
  }

  it("is compiled: a fresh build (what npm ci's prepare step makes) runs, and loads exceljs, mammoth and pdf.js only in the commands that need them", async () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin.qc).toBe("bin/qc.mjs");
    expect(pkg.scripts.prepare).toBe("node bin/build.mjs");
    const out = mkdtempSync(join(tmpdir(), "qc-build-"));
    const buildModule = join(root, "bin", "build.mjs");
    const { cliBuildOptions } = (await import(buildModule)) as { cliBuildOptions(outdir: string): object };
    const esbuild = await import("esbuild");
    await esbuild.build({ ...cliBuildOptions(out), write: true } as Parameters<typeof esbuild.build>[0]);
    const eager = staticPackages(out, "qc.mjs");
    expect([...eager].filter((p) => !p.startsWith("node:"))).toEqual([]);
    const all = readdirSync(join(out, "chunks")).map((f) => readFileSync(join(out, "chunks", f), "utf8")).join("\n");
    expect(all).toContain('from "exceljs"');
    const r = spawnSync("node", [join(out, "qc.mjs"), "target", "新密", "城市区域环境噪声"], { encoding: "utf8", cwd: root });
    expect(r.stdout).toContain("QC_TARGET = 56");
    expect(r.status).toBe(0);
  }, 60_000);

  it("rebuilds itself when a source is newer than the build, so it never runs stale code", () => {
    const entry = join(root, "bin", "dist", "qc.mjs");
    execFileSync("node", [`${root}bin/qc.mjs`, "--help"]);
    const source = statSync(join(root, "src", "cli", "io.ts")).mtimeMs;
    const before = new Date(source - 60_000);
    utimesSync(entry, before, before); // the build is now older than a source, as after an edit
    const out = execFileSync("node", [`${root}bin/qc.mjs`, "target", "新密", "城市区域环境噪声"], { encoding: "utf8" });
    expect(out).toContain("QC_TARGET = 56");
    expect(statSync(entry).mtimeMs).toBeGreaterThanOrEqual(source);
  }, 60_000);
});
