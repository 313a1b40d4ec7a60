/**
 * src/wps/wps-names.check.ts holds every member our ET types use to WPS's own typings (wps-jsapi):
 * it compiles as it is, and a member WPS does not have (a misspelling) makes it fail to compile.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const checkFile = path.resolve("src/wps/wps-names.check.ts");
const original = readFileSync(checkFile, "utf8");

/** Type errors of the check file with `text` as its content (other files as on disk). */
function errorsWith(text: string): string[] {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (path.resolve(name) === checkFile ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, ...rest));
  const program = ts.createProgram([checkFile], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && path.resolve(d.file.fileName) === checkFile)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("ET member names against wps-jsapi", () => {
  it("every member et.ts names exists in WPS's typings", () => {
    expect(errorsWith(original)).toEqual([]);
  });

  it("a member WPS does not have fails the check", () => {
    const broken = original.replace("Has<Et.EtRange, keyof Ours.EtRange>", 'Has<Et.EtRange, keyof Ours.EtRange | "Valeu2">');
    expect(broken).not.toBe(original);
    expect(errorsWith(broken).join("\n")).toMatch(/Valeu2/);
  });
});
