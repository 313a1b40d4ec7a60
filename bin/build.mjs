#!/usr/bin/env node
/**
 * Compiles the `qc` command to plain JavaScript: src/cli/node.ts → bin/dist/qc.mjs (+ chunks), with
 * esbuild. `npm ci` runs it (the `prepare` script); bin/qc.mjs runs it again when a source file is
 * newer than the build. Packages (exceljs, pdf.js…) stay external, and the code that needs them is
 * split into chunks loaded only by the commands that use them, so `qc target` starts in about the
 * time Node itself takes.
 *
 * Every file is written to a temporary name and renamed into place, chunks first and the entry last,
 * so a `qc` running at the same moment sees the old build or the new one, never half of one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DIST = join(ROOT, "bin", "dist");

/** esbuild's options for the CLI; exported so a test can build the same thing elsewhere. */
export function cliBuildOptions(outdir = DIST) {
  return {
    absWorkingDir: ROOT,
    entryPoints: { qc: "src/cli/node.ts" },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "silent",
  };
}

function writeAtomically(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/** Builds the CLI into bin/dist. `clean` empties the folder first (the `prepare` build). */
export async function buildCli({ clean = false } = {}) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build(cliBuildOptions());
  if (clean) rmSync(DIST, { recursive: true, force: true });
  const entry = join(DIST, "qc.mjs");
  const files = result.outputFiles.filter((f) => f.path !== entry);
  for (const f of files) writeAtomically(f.path, f.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes("node_modules"));
  writeAtomically(join(DIST, "inputs.json"), JSON.stringify({ inputs }, null, 1));
  writeAtomically(entry, result.outputFiles.find((f) => f.path === entry).contents);
  return { files: result.outputFiles.map((f) => relative(ROOT, f.path)), inputs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { files } = await buildCli({ clean: true });
    console.log(`qc: 已编译 ${files.length} 个文件到 bin/dist/`);
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("esbuild")) {
      // An install without devDependencies (npm ci --omit=dev): not an error; qc then runs its sources through tsx.
      console.warn("qc: 未安装 esbuild（安装时省略了 devDependencies），不编译；qc 将直接运行 TypeScript 源文件（启动较慢）");
    } else {
      const errors = e?.errors?.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}`) ?? [String(e)];
      console.error(`qc: 编译失败\n${errors.join("\n")}`);
      process.exitCode = 1;
    }
  }
}
