// `npm start`: build the add-in, serve it over HTTPS on localhost:3000, and sideload it into Excel
// where Excel exists (Windows, macOS). Elsewhere, keep serving and say what to do.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { platform } from "node:os";

const npx = platform() === "win32" ? "npx.cmd" : "npx";
const say = (s) => console.log(`\n[qc] ${s}`);

say("Building the add-in (development)…");
const build = spawnSync(npx, ["webpack", "--mode", "development"], { stdio: "inherit" });
if (build.status !== 0) {
  console.error("[qc] The build failed; see the messages above.");
  process.exit(build.status ?? 1);
}

const excelHere = platform() === "win32" || platform() === "darwin";
if (excelHere) {
  // office-addin-debugging starts the dev server (npm run dev-server), installs the development
  // certificate if needed, registers the manifest and opens Excel with the add-in sideloaded.
  say("Starting the dev server and sideloading into Excel…");
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  say("Serving https://localhost:3000 (Ctrl+C to stop).");
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: "inherit" });
  setTimeout(() => {
    const manifest = existsSync("dist/manifest.xml") ? "dist/manifest.xml" : "manifest.xml";
    say(
      [
        "There is no desktop Excel on this system, so nothing was sideloaded. To use the add-in:",
        "  1. Trust the development certificate in the browser you will use (open https://localhost:3000/taskpane.html once,",
        "     or run `npx office-addin-dev-certs install` where that is supported).",
        "  2. Open Excel on the web, then 插入 → 加载项 → 上传我的加载项 (Insert → Add-ins → Upload My Add-in),",
        `     and upload ${manifest}.`,
        "  3. 开始 → 指标面板 opens the pane; =QC_TARGET(\"泰安\",\"农产品监测合格率\") works in any cell.",
        "Without the add-in at all: `npx qc template --all -o 质量指标.xlsx` writes the same templates as a workbook.",
      ].join("\n"),
    );
  }, 8000);
  server.on("exit", (code) => process.exit(code ?? 0));
}
