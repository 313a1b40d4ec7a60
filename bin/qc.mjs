#!/usr/bin/env node
/**
 * The `qc` command: runs the compiled CLI in bin/dist/ (built by bin/build.mjs, which `npm ci` runs).
 * In a working copy where a source file is newer than that build, it rebuilds first (esbuild, a
 * fraction of a second), so `qc` never runs stale code. Installed without devDependencies (no
 * esbuild), it runs the TypeScript sources through tsx instead: slower to start, same answers.
 */
import { readFileSync, statSync } from "node:fs";

const here = new URL("./", import.meta.url);
const entry = new URL("dist/qc.mjs", here);

function stale() {
  try {
    const built = statSync(entry).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL("dist/inputs.json", here), "utf8"));
    return inputs.some((file) => {
      try {
        return statSync(new URL(`../${file}`, here)).mtimeMs > built;
      } catch {
        return true; // a source that went away: rebuild, and let the build say what is missing
      }
    });
  } catch {
    return true;
  }
}

let fromSources = null;
if (stale()) {
  try {
    const { buildCli } = await import("./build.mjs");
    await buildCli();
  } catch (e) {
    let built = false;
    try {
      built = statSync(entry).isFile();
    } catch {}
    const why = e?.errors?.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}`).join("\n") ?? (e instanceof Error ? e.message : String(e));
    if (!built) {
      // No build and no esbuild (an install without devDependencies): run the sources through tsx.
      let tsx;
      try {
        tsx = await import("tsx/esm/api");
      } catch {
        process.stderr.write(`qc：尚未编译，且无法编译（${why}）。请在项目目录运行 npm ci 或 npm run build:cli\n`);
        process.exit(2);
      }
      fromSources = tsx;
    } else process.stderr.write(`qc：源文件已改动但无法重新编译，仍用上次编译的版本（${why}）\n`);
  }
}
if (fromSources) await fromSources.tsImport("../src/cli/node.ts", import.meta.url);
else await import(entry.href);
