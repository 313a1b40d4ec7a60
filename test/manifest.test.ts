/**
 * The manifest, checked offline (Microsoft's validator is an online service): read with
 * office-addin-manifest's own parser, then every resid, the shared runtime wiring, and every file
 * it references in the production build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { parseStringPromise } from "xml2js";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrlFor } from "../webpack.config.js";
import { ensureTestBuild, TEST_DIST } from "./support/test-build";

const root = fileURLToPath(new URL("../", import.meta.url));
const DEV = "https://localhost:3000";

type Node = Record<string, unknown>;
/** Every element named `name` anywhere below a parsed xml2js node. */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name || k.endsWith(`:${name}`)) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as Node));
      if (k !== "$") all(v, name, out);
    }
  }
  return out;
}
const attr = (n: Node, a: string) => ((n.$ as Record<string, string> | undefined) ?? {})[a];

let xml: Node;
let info: Awaited<ReturnType<typeof OfficeAddinManifest.readManifestFile>>;
beforeAll(async () => {
  info = await OfficeAddinManifest.readManifestFile(join(root, "manifest.xml"));
  xml = await parseStringPromise(readFileSync(join(root, "manifest.xml"), "utf8"));
  ensureTestBuild();
}, 300_000);

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in asking for the least permission that works", () => {
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.appDomains).toEqual([]);
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("requires SharedRuntime and declares one long-lived runtime", () => {
    const sets = all(xml, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = all(xml, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0]!, "lifetime")).toBe("long");
  });

  it("requires the CustomFunctionsRuntime version of every CustomFunctions API the functions use", () => {
    const source = readFileSync(join(root, "src/functions/functions.ts"), "utf8");
    // Tags from @types/custom-functions-runtime: Error 1.2, ErrorCode 1.3, Invocation.address 1.1.
    const needed = /CustomFunctions\.ErrorCode|\bErrorCode\b/.test(source) ? "1.3" : /CustomFunctions\.Error\b/.test(source) ? "1.2" : "1.1";
    expect(needed).toBe("1.3");
    const set = all(xml, "Set").find((s) => attr(s, "Name") === "CustomFunctionsRuntime");
    expect(set, "CustomFunctionsRuntime in <Requirements>").toBeDefined();
    expect(Number(attr(set!, "MinVersion"))).toBeGreaterThanOrEqual(Number(needed));
  });

  it("has no Namespace element, so functions are called as =QC_TARGET(...)", () => {
    expect(all(xml, "Namespace")).toEqual([]);
  });

  it("points the Runtime, the functions Page and the FunctionFile at the same resource", () => {
    const runtime = attr(all(xml, "Runtime")[0]!, "resid");
    const page = attr(all(all(xml, "Page")[0]!, "SourceLocation")[0]!, "resid");
    const functionFile = attr(all(xml, "FunctionFile")[0]!, "resid");
    expect(new Set([runtime, page, functionFile])).toEqual(new Set(["Taskpane.Url"]));
  });

  it("resolves every resid to a defined resource", () => {
    const defined = new Set(["Image", "Url", "String"].flatMap((k) => all(xml, k).map((n) => attr(n, "id")).filter(Boolean)));
    const resids: string[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === "object") {
        const r = attr(n as Node, "resid");
        if (r) resids.push(r);
        for (const [k, v] of Object.entries(n as Node)) if (k !== "$") walk(v);
      }
    };
    walk(xml);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(defined, r).toContain(r);
  });

  it("references only files the production build contains", () => {
    const urls = new Set<string>();
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === "object") {
        for (const [k, v] of Object.entries(n as Node)) {
          if (k !== "$") {
            walk(v);
            continue;
          }
          for (const a of Object.values(v as Record<string, string>)) if (a.startsWith(DEV)) urls.add(a);
        }
      }
    };
    walk(xml);
    expect(urls.size).toBeGreaterThan(5);
    for (const u of urls) expect(existsSync(join(TEST_DIST, new URL(u).pathname)), u).toBe(true);
  });
});

describe("production base URL (ADDIN_BASE_URL)", () => {
  it("uses the given https host", () => {
    expect(baseUrlFor("production", { ADDIN_BASE_URL: "https://addins.example.gov.cn/qc/" })).toBe("https://addins.example.gov.cn/qc");
  });
  it.each([["http://addins.example.gov.cn"], ["https://localhost:3000"], ["https://127.0.0.1"], ["not a url"]])("refuses %s (error case)", (url) => {
    expect(() => baseUrlFor("production", { ADDIN_BASE_URL: url })).toThrowError(/ADDIN_BASE_URL/);
  });
  it("keeps localhost for development and for unset production builds (local sideloading)", () => {
    expect(baseUrlFor("development", { ADDIN_BASE_URL: "http://x" })).toBe(DEV);
    expect(baseUrlFor("production", {})).toBe(DEV);
  });
});
