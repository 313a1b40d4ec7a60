/** Runs `qc` in Node: real files, real stdout and stderr. The entry point of the compiled bin/dist/qc.mjs. */
import { main } from "./main";
import { nodeIO } from "./node-io";

process.exitCode = await main(process.argv.slice(2), nodeIO);
