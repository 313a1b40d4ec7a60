// Builds the WPS 表格 add-in (WPS 加载项) into dist-wps/: `npm run build:wps`.
// The same module rules as the Excel build (webpack.config.js), other entries and files:
//   index.html      the add-in's main page: ribbon callbacks and the QC.* functions (src/wps/main.ts)
//   taskpane.html   the same React pane over the WPS object model (src/wps/taskpane.tsx)
//   ribbon.xml      the 质量强市指标 tab           manifest.xml  <JsPlugin> with the QC namespace
//   functions.json  generated from the JSDoc of src/functions/functions.ts (the Excel metadata),
//                   turned into WPS's format by src/wps/metadata.ts: one source for both hosts
//   jsplugins.xml   an example list for intranet deployment (online and offline entries), see docs/wps.md
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { tsImport } from "tsx/esm/api";
import excelConfig from "./webpack.config.js";

const root = path.dirname(fileURLToPath(import.meta.url));

/** Emits functions.json in WPS's format, from the same JSDoc Excel's functions.json comes from. */
class WpsFunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsFunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "WpsFunctionsJsonPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const generated = await generateCustomFunctionsMetadata(path.resolve(root, "src/functions/functions.ts"));
        if (generated.errors.length > 0) throw new Error(`functions.ts: ${generated.errors.join("; ")}`);
        const { wpsFunctionsJson } = await tsImport("./src/wps/metadata.ts", import.meta.url);
        const json = wpsFunctionsJson(JSON.parse(generated.metadataJson));
        compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(json, null, 2)));
      });
    });
  }
}

const JSPLUGINS_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Example: replace the addresses with your intranet server (see docs/wps.md). Use one of the two lines. -->
<jsplugins>
  <!-- online: WPS loads the add-in from the web server each time -->
  <jspluginonline name="qc-indicators" type="et" url="http://intranet.example/qc-indicators/"/>
  <!-- offline: WPS downloads the packed folder once (7z of dist-wps), and runs it from the local disk -->
  <!-- <jsplugin name="qc-indicators" type="et" url="http://intranet.example/qc-indicators.7z" version="0.1.0" enable="true"/> -->
</jsplugins>
`;

export default async (env, argv) => {
  const base = await excelConfig({ ...env, WEBPACK_SERVE: false }, argv);
  return {
    ...base,
    entry: { main: "./src/wps/main.ts", taskpane: "./src/wps/taskpane.tsx" },
    output: { ...base.output, path: path.resolve(root, "dist-wps") },
    devServer: undefined,
    plugins: [
      new WpsFunctionsJsonPlugin(),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/wps/index.html", chunks: ["main"], inject: "body" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/taskpane.html", chunks: ["taskpane"], inject: "body" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
      { apply: (compiler) => compiler.hooks.thisCompilation.tap("JsPlugins", (c) => c.hooks.processAssets.tap({ name: "JsPlugins", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => c.emitAsset("jsplugins.example.xml", new webpack.sources.RawSource(JSPLUGINS_EXAMPLE)))) },
    ],
  };
};
