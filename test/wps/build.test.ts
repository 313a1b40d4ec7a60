/**
 * `npm run build:wps` produces a deployable WPS add-in folder: the main page with the ribbon's
 * callbacks and the functions, the task pane, ribbon.xml, manifest.xml with the QC namespace,
 * functions.json listing every function of functions.ts, the icons and an example jsplugins.xml.
 * The build runs into a temporary folder (QC_WPS_DIST names an already built folder instead).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSync } from "esbuild";
import { chromium } from "playwright-core";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStringPromise } from "xml2js";

let dir = process.env.QC_WPS_DIST ?? "";
const temporary = !dir;

beforeAll(() => {
  if (!temporary) return;
  dir = mkdtempSync(path.join(tmpdir(), "qc-wps-"));
  const script = JSON.parse(readFileSync("package.json", "utf8")).scripts["build:wps"] as string;
  expect(script).toContain("webpack.wps.config.js");
  execFileSync("npx", [...script.split(" "), "--output-path", dir], { stdio: "pipe" });
}, 900_000);

afterAll(() => {
  if (temporary && dir) rmSync(dir, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(path.join(dir, name), "utf8");

describe("the WPS add-in folder", () => {
  it("has the pages, the ribbon, the manifest, functions.json, the icons and a jsplugins.xml example", () => {
    for (const f of ["index.html", "taskpane.html", "ribbon.xml", "manifest.xml", "functions.json", "jsplugins.example.xml", "assets/icon-32.png", "main.js", "taskpane.js"]) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    expect(read("index.html")).toMatch(/<script[^>]+src="?main\.js"?[ >]/);
    expect(read("index.html")).not.toMatch(/taskpane\.js/);
    expect(read("taskpane.html")).toMatch(/<script[^>]+src="?taskpane\.js"?[ >]/);
  });

  it("names the QC namespace and functions.json in manifest.xml, and ribbon callbacks the main page defines", async () => {
    const manifest = await parseStringPromise(read("manifest.xml"));
    expect(manifest.JsPlugin.Functions[0].Namespace[0]).toBe("QC");
    expect(manifest.JsPlugin.Functions[0].Uri[0]).toBe("/functions.json");
    const ribbon = read("ribbon.xml");
    const callbacks = new Set([...ribbon.matchAll(/"ribbon\.(\w+)"/g)].map((m) => m[1]!));
    expect([...callbacks].sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad"]);
    const main = read("main.js");
    for (const c of callbacks) expect(main).toContain(c);
    for (const id of [...ribbon.matchAll(/<button id="(\w+)"/g)].map((m) => m[1]!)) expect(main).toContain(`"${id}"`);
  });

  it("lists every function of functions.ts in functions.json, in WPS's format", () => {
    const source = readFileSync("src/functions/functions.ts", "utf8");
    const ids = [...source.matchAll(/@customfunction (QC_\w+)/g)].map((m) => m[1]!.slice(3));
    const json = JSON.parse(read("functions.json")) as { functions: { name: string; description: string; parameters: { name: string; type: string }[]; result: { type: string } }[] };
    expect(json.functions.map((f) => f.name)).toEqual(ids);
    for (const f of json.functions) {
      expect(f.description.length).toBeGreaterThan(0);
      expect(f.result.type).toMatch(/^(any|string|number|bool)(\[\]\[\])?$/);
      for (const p of f.parameters) expect(p.type).toMatch(/^(any|string|number|bool)(\[\]\[\])?\??$/);
    }
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Serves the built folder on a loopback port. */
function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const file = path.join(folder, path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(folder) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json" }[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe.skipIf(!existsSync(CHROMIUM))("the built WPS pages in Chromium, over the ET double", () => {
  it("the main page registers the QC functions; the pane inserts, checks, marks and clears exactly", async () => {
    const { server, url } = await serve(path.resolve(dir));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
    try {
      const doubleJs = buildSync({ entryPoints: ["test/wps/browser-double.ts"], bundle: true, format: "iife", write: false, target: "es2022" }).outputFiles[0]!.text;
      const main = await browser.newPage();
      await main.addInitScript({ content: doubleJs });
      await main.goto(`${url}/index.html`);
      const answers = await main.evaluate(() => {
        const w = window as unknown as { ribbon: { OnAddinLoad(): boolean }; __registered: Record<string, (...a: unknown[]) => unknown> };
        w.ribbon.OnAddinLoad();
        return { names: Object.keys(w.__registered).sort(), target: w.__registered.TARGET!("泰安", "农产品监测合格率") };
      });
      expect(answers.names).toEqual(["CITIES", "COMPARE", "FIND", "GAP", "INDICATORS", "INFO", "MEETS", "PROGRESS", "STATUS", "TARGET"]);
      expect(answers.target).toBe(0.98);

      const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: "zh-CN" });
      await page.addInitScript({ content: doubleJs });
      await page.goto(`${url}/taskpane.html`);
      await page.waitForSelector("#root h1");
      await page.getByRole("combobox", { name: "城市" }).selectOption("泰安");
      await page.getByRole("button", { name: /插入指标表/ }).click();
      await page.getByText(/已插入工作表“泰安”/).waitFor();
      const before = await page.evaluate(() => {
        type D = { data: { sheets: { name: string; cells: Record<string, { value?: unknown; numberFormat?: string }> }[] }; fill(s: string, a: string, v: unknown[][]): void };
        const d = (window as unknown as { __double: D }).__double;
        const sheet = d.data.sheets.find((s) => s.name === "泰安")!;
        const key = Object.keys(sheet.cells).find((k) => k.endsWith(",3") && sheet.cells[k]!.value === "农产品监测合格率")!;
        const row = Number(key.split(",")[0]);
        d.fill("泰安", `I${row}`, [[0.5]]);
        return { row, snapshot: JSON.stringify(sheet) };
      });
      await page.getByRole("tab", { name: "检查" }).click();
      await page.getByRole("button", { name: "检查当前工作表" }).click();
      await page.getByRole("list", { name: "未达标的指标" }).getByRole("button", { name: /农产品监测合格率/ }).waitFor();
      await page.getByRole("button", { name: "标记未达标" }).click();
      const marked = () => page.evaluate(() => (window as unknown as { __double: { data: { sheets: { name: string; fcs: { formula1: string }[] }[] } } }).__double.data.sheets.find((s) => s.name === "泰安")!.fcs.filter((f) => f.formula1.includes("qc-indicators")).length);
      await expect.poll(marked).toBeGreaterThan(0);
      await page.getByRole("button", { name: "清除标记" }).click();
      await expect.poll(marked).toBe(0);
      const after = await page.evaluate(() => JSON.stringify((window as unknown as { __double: { data: { sheets: { name: string }[] } } }).__double.data.sheets.find((s) => s.name === "泰安")));
      expect(after).toBe(before.snapshot);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
