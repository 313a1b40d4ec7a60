// Builds the add-in: one shared-runtime page (taskpane.html) that loads the custom functions and
// the React task pane, functions.json generated from JSDoc, the manifest with its base URL, icons,
// and the help page. No IE 11 polyfill: every host that runs a shared runtime uses a Chromium or
// Safari webview. Production builds carry no source maps and no eval.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000";

/**
 * The base URL the manifest and functions.json point at. Development: localhost. Production: the
 * ADDIN_BASE_URL given at build time, which must be https and not localhost; without it the
 * production build keeps localhost URLs (for local sideloading and tests) and says so.
 */
export function baseUrlFor(mode, env = process.env) {
  const given = env.ADDIN_BASE_URL;
  if (mode !== "production" || given === undefined || given === "") {
    if (mode === "production") console.warn("[qc] ADDIN_BASE_URL is not set: dist/manifest.xml points at https://localhost:3000 (local sideloading only).");
    return DEV_URL;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${given}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over HTTPS): ${given}`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname)) throw new Error(`ADDIN_BASE_URL must be the production host, not ${url.hostname}: ${given}`);
  return given.replace(/\/+$/, "");
}

/** Rewrites the development URL in emitted text assets (functions.json help links). */
class RewriteBaseUrlPlugin {
  constructor(baseUrl, files) {
    this.baseUrl = baseUrl;
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteBaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "RewriteBaseUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        if (this.baseUrl === DEV_URL) return;
        for (const file of this.files) {
          const asset = assets[file];
          if (!asset) continue;
          compilation.updateAsset(file, new webpack.sources.RawSource(asset.source().toString().split(DEV_URL).join(this.baseUrl)));
        }
      });
    });
  }
}

async function httpsOptions() {
  // `npm start` (scripts/start.mjs) has already chosen the certificate and says which one it is:
  // its files arrive here, so the server serves exactly the certificate the user was told about.
  if (process.env.QC_HTTPS_CERT && process.env.QC_HTTPS_KEY) {
    const { readFileSync } = await import("node:fs");
    return { type: "https", options: { key: readFileSync(process.env.QC_HTTPS_KEY), cert: readFileSync(process.env.QC_HTTPS_CERT) } };
  }
  if (process.env.QC_HTTPS_SELF_SIGNED) return { type: "https" };
  // Office's own development certificates where they can be installed (Windows, macOS); elsewhere
  // (Linux, containers) webpack-dev-server's self-signed certificate, which the browser must be told to trust.
  try {
    const devCerts = require("office-addin-dev-certs");
    const opts = await Promise.race([devCerts.getHttpsServerOptions(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 15000))]);
    return { type: "https", options: { ca: opts.ca, key: opts.key, cert: opts.cert } };
  } catch (e) {
    console.warn(`[qc] Office development certificates unavailable (${e.message.split("\n")[0]}); serving with a self-signed certificate.`);
    return { type: "https" };
  }
}

export default async (env, argv) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const baseUrl = baseUrlFor(mode);
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode,
    devtool: dev ? "source-map" : false,
    context: root,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(root, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Chunks load relative to taskpane.html. (An "auto" public path adds a runtime that finds the
      // global object with new Function.)
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // exceljs's self-contained browser build (loaded on demand for the .xlsx download and 合并):
      // no Node built-ins in the pane.
      alias: {
        exceljs$: path.resolve(root, "node_modules/exceljs/dist/exceljs.min.js"),
        // The reader patches exceljs's Node-side number-format class; in the pane it is a stand-in.
        "exceljs/lib/xlsx/xform/style/numfmt-xform.js$": path.resolve(root, "scripts/shims/numfmt-xform.cjs"),
      },
    },
    module: {
      rules: [
        { test: /\.[cm]?js$/, include: /[\\/]node_modules[\\/]/, loader: path.resolve(root, "scripts/no-eval-loader.cjs") },
        // pdf.js in the pane parses in a Web Worker emitted as a chunk: pdf.ts's import resolves to the
        // module that starts it. pdf.js's network code (unused: it gets bytes) is cut off, and pdf.ts's
        // data source renamed with it.
        { test: /[\\/]node_modules[\\/]pdfjs-dist[\\/].*\.m?js$|[\\/]src[\\/]extract[\\/]pdf\.ts$/, loader: path.resolve(root, "scripts/no-network-loader.cjs") },
        {
          test: /[\\/]src[\\/]extract[\\/]pdf\.ts$/,
          resolve: { alias: { "pdfjs-dist/legacy/build/pdf.mjs$": path.resolve(root, "src/extract/pdfjs.browser.ts") } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: serving ? "warn" : "info" },
    stats: serving ? "errors-warnings" : "normal",
    // No `global` shim: its runtime helper falls back to new Function("return this").
    node: { global: false },
    optimization: {
      // One webpack runtime for the page, so the functions and the pane share module instances:
      // a city imported in the pane is the same registry the functions read.
      runtimeChunk: "single",
      // The catalogue and the core are shared by the functions and the pane; React and Fluent only
      // by the pane. Keep them apart so the functions runtime stays small.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: (chunk) => chunk.name === "taskpane", priority: 10 },
          // The catalogue and core used by both entries: loaded once by the shared page.
          core: { test: /[\\/]src[\\/]/, name: "core", chunks: "initial", minChunks: 2, priority: 5, enforce: true },
          default: false,
          defaultVendors: false,
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], inject: "body" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          // The page at / (what the dev server and any static host show instead of a directory listing).
          { from: "src/start/index.html", to: "index.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().split(DEV_URL).join(baseUrl) },
        ],
      }),
      new RewriteBaseUrlPlugin(baseUrl, ["functions.json"]),
    ],
    devServer: serving
      ? {
          port: 3000,
          host: "localhost",
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions(),
          static: { directory: path.resolve(root, "dist"), serveIndex: false },
          // Errors and warnings only: the one message that matters is printed by scripts/start.mjs.
          client: { logging: "warn" },
          devMiddleware: { writeToDisk: true },
        }
      : undefined,
  };
};
