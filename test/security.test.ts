/**
 * What ships is safe by construction: no string compilation (eval / new Function) in any bundle,
 * no source maps, a Content-Security-Policy on every page allowing only our origin and Office.js's,
 * and no remote data fetched at run time.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { ensureTestBuild, TEST_DIST } from "./support/test-build";

// The tests' own production build, whatever `dist/` holds (npm start leaves a development build there).
const dist = TEST_DIST;

beforeAll(() => {
  ensureTestBuild();
}, 300_000);

const files = () => readdirSync(dist).filter((f) => !f.startsWith("."));
const js = () => files().filter((f) => f.endsWith(".js"));

describe("the production build", () => {
  it("compiles no strings: no eval or new Function in any bundle, lazy chunks included", () => {
    expect(js().length).toBeGreaterThanOrEqual(4);
    for (const f of js()) {
      const code = readFileSync(join(dist, f), "utf8");
      const hit = /(?:^|[^.\w$])eval\s*\(|new\s+Function\s*\(/.exec(code);
      expect(hit ? `${f}: …${code.slice(Math.max(0, hit.index - 60), hit.index + 40)}…` : null).toBeNull();
    }
  });

  it("ships no source maps", () => {
    expect(files().filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of js()) expect(readFileSync(join(dist, f), "utf8"), f).not.toMatch(/sourceMappingURL/);
  });

  it.each(["taskpane.html", "help.html", "index.html"])("%s carries a CSP allowing only its own origin and Office.js's", (page) => {
    const html = readFileSync(join(dist, page), "utf8");
    const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, page).toBeDefined();
    const origins = [...csp!.matchAll(/https?:\/\/[^\s;']+/g)].map((m) => m[0]);
    expect(new Set(origins)).toEqual(new Set(origins.length ? ["https://appsforoffice.microsoft.com"] : []));
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it("fetches no remote data at run time: the only remote URL in the code is Office.js's", () => {
    for (const f of js()) {
      const code = readFileSync(join(dist, f), "utf8");
      expect(code, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket\(/);
    }
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const remote = [...html.matchAll(/src=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
    expect(remote).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});
