/**
 * `npm run build:wps` produces a deployable WPS add-in folder: the main page with the ribbon's
 * callbacks and the functions, the task pane, ribbon.xml, manifest.xml with the QC namespace,
 * functions.json listing every function of functions.ts, the icons and an example jsplugins.xml.
 * The build runs into a temporary folder (QC_WPS_DIST names an already built folder instead).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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
