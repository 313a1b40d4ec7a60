/**
 * Serves the built add-in (dist/) on a loopback port and opens the task pane in Debian's Chromium
 * through playwright-core, with the Office.js CDN request answered by the test double.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";

export const root = fileURLToPath(new URL("../../", import.meta.url));
// The tests' own production build (`npm run build:test`), never the development build `npm start` leaves in dist/.
const dist = join(root, ".test-dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function serveDist(): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error(".test-dist/taskpane.html is missing: run `npm run build:test` first");
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

let doubleJs: string | null = null;
function officeDouble(): string {
  doubleJs ??= buildSync({ entryPoints: [join(root, "test/e2e/office-double.ts")], bundle: true, format: "iife", write: false, target: "es2022" }).outputFiles[0]!.text;
  return doubleJs;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Opens the pane with the double in place of Office.js; returns the page and the ms until it rendered. */
export async function openPane(browser: Browser, base: string, lang = "zh-CN"): Promise<{ page: Page; firstRenderMs: number }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: lang });
  // Office.js's origin is the only script origin the page's CSP allows besides its own: the double
  // answers there, and test tooling (axe) is served from there too, so the CSP stays as shipped.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const tool = /\/__test__\/axe\.min\.js$/.test(route.request().url());
    const body = tool ? readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8") : officeDouble();
    return route.fulfill({ status: 200, contentType: "text/javascript", body });
  });
  await page.goto(`${base}/taskpane.html?lang=${lang}`);
  await page.waitForSelector("#root h1");
  // From navigation start to the first paint of the pane's heading, measured by the page's own clock.
  const firstRenderMs = await page.evaluate(() => performance.now());
  return { page, firstRenderMs };
}
