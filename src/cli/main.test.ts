import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "./main";
import type { CliIO } from "./io";

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
});
