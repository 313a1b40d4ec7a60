/**
 * pdf.js for the task pane. webpack.config.js resolves pdf.ts's import of pdf.js to this module, so
 * that in the browser pdf.js parses in a Web Worker, which webpack emits as a chunk of the add-in's
 * own origin (allowed by the pane's CSP, script-src 'self'). In Node (qc extract, the tests) pdf.ts
 * imports pdf.js directly and it parses in-process.
 */
import { GlobalWorkerOptions } from "pdfjs-dist/legacy/build/pdf.mjs";

if (typeof Worker !== "undefined" && !GlobalWorkerOptions.workerPort) {
  GlobalWorkerOptions.workerPort = new Worker(new URL("pdfjs-dist/legacy/build/pdf.worker.mjs", import.meta.url), { type: "module" });
}

export * from "pdfjs-dist/legacy/build/pdf.mjs";
