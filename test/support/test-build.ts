/**
 * The production build the tests read: its own folder (`.test-dist/`), never `dist/`, which
 * `npm start` fills with a development build (source maps, the reload client). `npm test` builds it
 * fresh before any test runs (`npm run build:test`); a test file run on its own builds it when absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const TEST_DIST = join(root, ".test-dist");

/** Builds `.test-dist/` (production mode) unless a complete build is already there. */
export function ensureTestBuild(): string {
  if (!existsSync(join(TEST_DIST, "taskpane.html")) || !existsSync(join(TEST_DIST, "functions.json"))) {
    execFileSync(process.execPath, [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", TEST_DIST], {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, ADDIN_BASE_URL: "" },
    });
  }
  return TEST_DIST;
}
