#!/usr/bin/env node
// The `qc` command. It runs the TypeScript sources through tsx, so it works straight after `npm ci`.
import { tsImport } from "tsx/esm/api";

await tsImport("../src/cli/node.ts", import.meta.url);
