/**
 * The built task pane in Debian's Chromium: insert a template → a value that misses → check → the
 * miss appears → clicking it selects the cell; an accessibility scan; a screenshot as an artefact.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { FIELD_CELLS } from "../../src/template/city";
import { toBytes } from "../../src/xlsx/render";
import { filledTemplate } from "../fixtures/xlsx/filled";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { builtinIndex } from "../../src/catalog";
import { checkWorkbook, openWorkbook } from "../../src/xlsx/read";
import { chromiumAvailable, launch, openPane, root, serveDist } from "./harness";

const results = join(root, "test-results");
if (!chromiumAvailable()) {
  const msg = "Chromium (/usr/bin/chromium) is not installed: the browser tests cannot run. Install Debian's chromium (.ci/run does).";
  if (process.env.CI) throw new Error(msg);
  console.warn(`\n*** ${msg} ***\n`);
}

describe.skipIf(!chromiumAvailable())("task pane in Chromium", () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  let firstRenderMs = 0;

  beforeAll(async () => {
    ({ server, url: base } = await serveDist());
    browser = await launch();
    ({ page, firstRenderMs } = await openPane(browser, base));
    mkdirSync(results, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("loads the functions in the same page (shared runtime) and renders in Chinese", async () => {
    const registered = await page.evaluate(() => window.__registered);
    expect(registered).toEqual(expect.arrayContaining(["QC_TARGET", "QC_STATUS", "QC_INDICATORS"]));
    await expect(page.getByRole("heading", { name: "质量强市指标" }).isVisible()).resolves.toBe(true);
    writeFileSync(join(results, "first-render.json"), JSON.stringify({ firstRenderMs }, null, 2));
  });

  it("insert → a miss → check → the miss is listed → clicking it selects the cell", async () => {
    await page.getByRole("combobox", { name: "城市" }).selectOption("泰安");
    await page.getByRole("button", { name: /插入指标表/ }).click();
    await page.getByText(/已插入工作表“泰安”/).waitFor();
    const cell = await page.evaluate(() => {
      const at = window.__actualCell("泰安", "农产品监测合格率");
      if (at) window.__fake.sheet("泰安").type(at, 0.97, "0%");
      return at;
    });
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "检查当前工作表" }).click();
    const miss = page.getByRole("list", { name: "未达标的指标" }).getByRole("button", { name: /农产品监测合格率/ });
    await miss.waitFor();
    await expect(page.getByText("未达标 1").isVisible()).resolves.toBe(true);
    await miss.click();
    await expect.poll(() => page.evaluate(() => window.__fake.selected)).toBe(`泰安!${cell}`);
    await page.screenshot({ path: join(results, "taskpane.png"), fullPage: true });
  });

  it("re-checks when the user edits a value", async () => {
    await page.evaluate(async () => window.__fake.edit("泰安", window.__actualCell("泰安", "农产品监测合格率")!, 0.99));
    await page.getByText("未达标 0").waitFor({ timeout: 5000 });
  });

  it("follows the checked sheet through a rename (re-check and click keep working); a deleted sheet clears the results in Chinese", async () => {
    await page.evaluate(() => window.__fake.renameSheet("泰安", "泰安2019"));
    const cell = await page.evaluate(async () => {
      const at = window.__actualCell("泰安2019", "农产品监测合格率")!;
      await window.__fake.edit("泰安2019", at, 0.5);
      return at;
    });
    await page.getByText("未达标 1").waitFor({ timeout: 5000 });
    await page.getByRole("list", { name: "未达标的指标" }).getByRole("button", { name: /农产品监测合格率/ }).click();
    await expect.poll(() => page.evaluate(() => window.__fake.selected)).toBe(`泰安2019!${cell}`);
    await page.evaluate(() => window.__fake.deleteSheet("泰安2019"));
    await page.getByText(/工作表“泰安2019”已被删除或已不在此工作簿中，检查结果已清除/).waitFor({ timeout: 5000 });
    await expect(page.getByRole("list", { name: "未达标的指标" }).count()).resolves.toBe(0);
    await expect(page.getByText(/requested resource/).count()).resolves.toBe(0);
  });

  it("shows an Office error as a Chinese sentence, never Office's English text", async () => {
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("combobox", { name: "城市" }).selectOption("泰安");
    await page.evaluate(() => window.__failNextSync("AccessDenied"));
    await page.getByRole("button", { name: /插入指标表/ }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("没有修改此工作簿的权限");
    await expect(page.getByText(/denied|The requested/i).count()).resolves.toBe(0);
  });

  it("汇总: a refresh after a reopen, rename and move replaces the marked summary only; its chart has one labelled series per city", async () => {
    await page.getByRole("button", { name: /插入指标表/ }).click();
    await page.getByText(/已插入工作表“泰安”/).waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "插入 / 刷新汇总表" }).click();
    await page.getByText(/已更新“汇总”/).waitFor();
    await page.evaluate(() => {
      window.__fake.reopen();
      window.__fake.renameSheet("汇总", "我的汇总");
      window.__fake.moveSheet("我的汇总", 0);
      window.__fake.addSheet("汇总").type("A1", "用户自己的表");
      window.__fake.reopen();
    });
    await page.getByRole("button", { name: "插入 / 刷新汇总表" }).click();
    await page.getByText(/已更新“我的汇总”/).waitFor();
    const state = await page.evaluate(() => ({
      names: window.__fake.sheets.map((s) => s.name),
      own: window.__fake.sheet("汇总").peek("A1").value,
      series: window.__fake.sheet("我的汇总").charts[0]!.series.map((x) => x.name),
    }));
    expect(state.names.filter((n) => n.includes("汇总"))).toEqual(["我的汇总", "汇总"]);
    expect(state.names[0]).toBe("我的汇总");
    expect(state.own).toBe("用户自己的表");
    // One labelled series per template sheet: the city, or the sheet's name where a city has several.
    expect(state.series.length).toBe(state.names.filter((n) => n.startsWith("泰安")).length);
    expect(new Set(state.series).size).toBe(state.series.length);
  });

  it("合并: returns picked from disk are read in the browser and the report is inserted as new sheets", async () => {
    const index = builtinIndex();
    const dir = join(results, "returns");
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const returns: [string, string][] = [
      ["市农业农村局.xlsx", "泰安市农业农村局"],
      ["市卫健委.xlsx", "泰安市卫健委"],
    ];
    for (const [name, unit] of returns) {
      const { bytes } = await filledTemplate(index, [index.cities().find((c) => c.name === "泰安")!]);
      const wb = await openWorkbook(bytes, name);
      wb.getWorksheet("泰安")!.getCell(FIELD_CELLS.unit.input).value = unit;
      wb.getWorksheet("泰安")!.getCell(FIELD_CELLS.period.input).value = "2025年";
      writeFileSync(join(dir, name), await toBytes(wb));
      files.push(join(dir, name));
    }
    writeFileSync(join(dir, "损坏.xlsx"), "PK\u0003\u0004 not a workbook");
    files.push(join(dir, "损坏.xlsx"));
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择填报文件（.xlsx，可多选）", { exact: true }).setInputFiles(files);
    await page.getByText("已选 3 个文件").waitFor();
    await page.getByRole("button", { name: "合并并插入报告" }).click();
    await page.getByText(/已插入报告（.*）：3 个文件/).waitFor({ timeout: 60_000 });
    const state = await page.evaluate(() => {
      const names = window.__fake.sheets.map((s) => s.name);
      const rows = names.find((n) => n.startsWith("明细"))!;
      let n = 0;
      while (window.__fake.sheet(rows).cell(4 + n, 0).value) n++;
      return { names, rows: n };
    });
    const perFile = builtinIndex().indicators(builtinIndex().cities().find((c) => c.name === "泰安")!).length;
    expect(state.rows).toBe(2 * perFile);
    expect(state.names).toEqual(expect.arrayContaining(["明细", "未达标", "冲突", "重复报送", "无法读取"]));
    await expect(page.getByText(/损坏\.xlsx/).count()).resolves.toBeGreaterThan(0);
  });

  it("has no serious or critical accessibility violations (axe)", async () => {
    await page.addScriptTag({ url: "https://appsforoffice.microsoft.com/__test__/axe.min.js" });
    const violations = await page.evaluate(async () => {
      // Fluent UI's focus management (tabster) inserts aria-hidden focus sentinels on purpose; they are not content.
      const r = await (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: (v.nodes as { html: string }[]).map((n) => n.html.slice(0, 160)) }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("enforces its Content-Security-Policy: inline script is refused", async () => {
    await expect(page.addScriptTag({ content: "window.__inline = 1" })).rejects.toThrowError(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  });

  it("downloads the template as an .xlsx built in the browser (exceljs chunk loaded under the CSP)", async () => {
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("combobox", { name: "城市" }).selectOption("江门");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载 .xlsx/ }).click()]);
    const path = join(results, "template-download.xlsx");
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe("质量指标-江门.xlsx");
    const wb = await openWorkbook(new Uint8Array(readFileSync(path)), "download.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["江门", "汇总"]);
    const r = checkWorkbook(wb, "download.xlsx", builtinIndex(), null);
    expect(r.findings.length).toBe(builtinIndex().indicators(builtinIndex().cities().find((c) => c.name === "江门")!).length);
  });

  it("imports a plan (lazy chunk), saves it in the workbook, and the functions answer for the new city", async () => {
    await page.getByRole("tab", { name: "导入" }).click();
    await page.getByRole("textbox", { name: "规划文本" }).fill("示例市人民政府关于质量提升的实施方案\n到2025年，全市产品质量监督抽查合格率达到95%以上，新增专利300件。");
    await page.getByRole("button", { name: "提取指标" }).click();
    await page.getByText(/提取到 2 个候选指标/).waitFor();
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByText(/已保存“示例”的 2 项指标/).waitFor();
    const stored = await page.evaluate(() => (window.__fake.workbook.settings.store.get("qc.catalogs") as string[]).length);
    expect(stored).toBe(1);
    const target = await page.evaluate(() => window.__functions.QC_TARGET!([["示例"]], [["产品质量监督抽查合格率"]])[0]![0]);
    expect(target).toBe(0.95);
    // The new city is offered for templates, like a built-in one.
    await page.getByRole("tab", { name: "模板" }).click();
    await expect(page.getByRole("combobox", { name: "城市" }).locator("option", { hasText: "示例" }).count()).resolves.toBe(1);
  });

  it("speaks English where Office's display language is English", async () => {
    const { page: en } = await openPane(browser, base, "en-US");
    await expect(en.getByRole("tab", { name: "Templates" }).isVisible()).resolves.toBe(true);
    await en.close();
  });
});
