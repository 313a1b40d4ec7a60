/** Runs `qc` in Node: real files, real stdout and stderr. */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { main } from "./main";

const code = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => {
    if (statSync(p).isDirectory()) throw new Error(`${p} is a folder, not a file`);
    return readFileSync(p);
  },
  writeFile: (p, d) => writeFileSync(p, d),
  exists: (p) => existsSync(p),
});
process.exitCode = code;
