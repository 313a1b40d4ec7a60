import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { builtinIndex } from "../catalog";
import { main } from "../cli/main";
import type { CliIO } from "../cli/io";
import { buildTemplateWorkbook } from "./export";
import { checkWorkbook, openWorkbook } from "./read";
import { toBytes } from "./render";
import { ownLayout } from "../../test/fixtures/xlsx/filled";

const index = builtinIndex();

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

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

describe("reading people's own layouts", () => {
  it("finds the table under a merged two-row header and reads %-cells, text numbers and formula results", async () => {
    const wb = await openWorkbook(await ownLayout(), "own.xlsx");
    const r = checkWorkbook(wb, "own.xlsx", index, null);
    expect(r.findings.map((f) => [f.cell, f.indicator, f.status])).toEqual([
      ["C4", "农产品监测合格率", "未达标"],
      ["C5", "食品抽检合格率", "达标"],
      ["C6", "药品抽检合格率", "无数据"],
      ["C7", "市级社会公用计量标准", "达标"],
    ]);
    expect(r.findings[0]).toMatchObject({ city: "泰安", target: "≥98%", actual: 97, gap: -1 });
    expect(r.problems.map((p) => p.message).join(" ")).toContain("不存在的指标");
  });
});

describe("reading our template", () => {
  const taian = index.cities().find((c) => c.name === "泰安")!;

  it("skips the 汇总 sheet even after a spreadsheet has cached its results (they are counts, not actual values)", async () => {
    const wb = await openWorkbook(await buildTemplateWorkbook(index, [taian]), "t.xlsx");
    // What Excel, WPS or LibreOffice leave behind on save: every formula with a cached result.
    wb.getWorksheet("汇总")!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v) cell.value = { formula: v.formula, result: cell.address.startsWith("G") ? 0.35 : 3 };
      }),
    );
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "t.xlsx"), "t.xlsx", index, null);
    expect(r.problems).toEqual([]);
    expect(new Set(r.findings.map((f) => f.sheet))).toEqual(new Set(["泰安"]));
    expect(r.findings).toHaveLength(index.indicators(taian).length);
  });

  it("checks a number stored as text and says that the sheet's own formula shows 请填数值", async () => {
    const wb = await openWorkbook(await buildTemplateWorkbook(index, [taian]), "t.xlsx");
    const ws = wb.getWorksheet("泰安")!;
    const row = index.indicators(taian).findIndex((e) => e.name === "农产品监测合格率") + 5;
    ws.getCell(`H${row}`).value = "98.5";
    ws.getCell(`H${row}`).numFmt = "General";
    const r = checkWorkbook(await openWorkbook(await toBytes(wb), "t.xlsx"), "t.xlsx", index, null);
    expect(r.findings.find((f) => f.cell === `H${row}`)).toMatchObject({ status: "达标", actual: 98.5 });
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining(`泰安!H${row}: 实际值“98.5”是文本`)]);
  });
});

describe("qc check", () => {
  it("exits 1 when a target is missed and prints the findings as JSON objects", async () => {
    const w = world({ "own.xlsx": await ownLayout() });
    expect(await main(["check", "own.xlsx", "--json"], w.io)).toBe(1);
    const findings = JSON.parse(w.out());
    expect(Object.keys(findings[0])).toEqual(["file", "sheet", "cell", "city", "indicator", "target", "actual", "status", "gap"]);
  });
  it("exits 0 when every reported target is met (an empty template reports 无数据 only)", async () => {
    const bytes = await buildTemplateWorkbook(index, [index.cities()[0]!]);
    const w = world({ "t.xlsx": bytes });
    expect(await main(["check", "t.xlsx"], w.io)).toBe(0);
    expect(w.out()).toContain("无数据");
  });
  it.each([
    ["a missing file", {}, "nope.xlsx", "找不到文件：nope.xlsx"],
    ["an encrypted or legacy file", { "enc.xlsx": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, "enc.xlsx", "受密码保护"],
    ["a text file", { "a.xlsx": new TextEncoder().encode("hello") }, "a.xlsx", "不是 .xlsx"],
    ["a corrupt zip", { "c.xlsx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]) }, "c.xlsx", "已损坏"],
  ])("reports %s with a sentence and exits 2 (error case)", async (_l, files, file, words) => {
    const w = world(files as Record<string, Uint8Array>);
    expect(await main(["check", file], w.io)).toBe(2);
    expect(w.err()).toContain(words);
  });
  it("reports a workbook without a recognisable table (error case)", async () => {
    const bytes = await bytesOf((wb) => wb.addWorksheet("x").addRow(["hello", "world"]));
    const w = world({ "x.xlsx": bytes });
    expect(await main(["check", "x.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("没有可识别的指标表");
  });
  it("goes on past one bad file in a batch", async () => {
    const w = world({ "bad.xlsx": new TextEncoder().encode("nope"), "own.xlsx": await ownLayout() });
    expect(await main(["check", "bad.xlsx", "own.xlsx", "--json"], w.io)).toBe(2);
    expect(JSON.parse(w.out()).length).toBe(4);
    expect(w.err()).toContain("bad.xlsx");
  });
  it("asks for --default-city when a sheet names no city and its names fit none (error case)", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("s");
      ws.addRow(["指标", "实际值"]);
      ws.addRow(["完全陌生的指标", 1]);
    });
    const w = world({ "s.xlsx": bytes });
    expect(await main(["check", "s.xlsx"], w.io)).toBe(2);
    expect(w.err()).toContain("--default-city");
  });
});

describe("qc template", () => {
  it("refuses to overwrite, and writes a workbook with a sheet per city and 汇总", async () => {
    const files: Record<string, Uint8Array> = { "old.xlsx": new Uint8Array([1]) };
    let written: Uint8Array | string | undefined;
    const io: CliIO = { out: () => undefined, err: () => undefined, readFile: (p) => files[p]!, writeFile: (_p, d) => void (written = d), exists: (p) => p in files };
    expect(await main(["template", "泰安", "-o", "old.xlsx"], io)).toBe(2);
    expect(await main(["template", "--all", "-o", "all.xlsx"], io)).toBe(0);
    const wb = await openWorkbook(written as Uint8Array, "all.xlsx");
    expect(wb.worksheets.map((s) => s.name)).toEqual(["新密", "焦作", "江门", "泰安", "通化", "汇总"]);
  });
});
