// `npm start`: build the add-in once, serve it over HTTPS on localhost:3000, and sideload it into
// Excel where Excel exists (Windows, macOS). Elsewhere, keep serving and, once the server answers,
// print one message: the manifest's URL, how to sideload, and which certificate is served.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:https";
import { homedir, platform } from "node:os";
import { join } from "node:path";
import { connect } from "node:tls";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const npx = platform() === "win32" ? "npx.cmd" : "npx";
const PORT = 3000;
const URL_BASE = `https://localhost:${PORT}`;
const say = (s) => console.log(`\n[qc] ${s}`);

const excelHere = platform() === "win32" || platform() === "darwin";
if (excelHere) {
  // office-addin-debugging starts the dev server (npm run dev-server, which builds once), installs the
  // Office development certificate if needed, registers the manifest and opens Excel with the add-in.
  say("正在构建并旁加载到 Excel（Building and sideloading into Excel）…");
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const cert = await chooseCertificate();
  say(`正在构建并启动 ${URL_BASE}（首次构建约需一分钟）…`);
  const env = { ...process.env, ...cert.env };
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: "inherit", env });
  server.on("exit", (code) => process.exit(code ?? 0));
  process.on("SIGINT", () => server.kill("SIGINT"));
  await waitForServer(server);
  const fingerprint = await servedFingerprint().catch(() => "(unknown)");
  say(
    [
      "加载项已就绪（The add-in is being served）.",
      "",
      `  清单 Manifest:  ${URL_BASE}/manifest.xml   （文件：${existsSync("dist/manifest.xml") ? "dist/manifest.xml" : "manifest.xml"}）`,
      `  说明 Help:      ${URL_BASE}/help.html`,
      "",
      "  网页版 Excel：插入 → 加载项 → 上传我的加载项，上传 dist/manifest.xml。",
      "  Excel on the web: Insert → Add-ins → Upload My Add-in, and upload dist/manifest.xml.",
      "  桌面版 Excel（Windows/Mac）：在那台电脑上运行 npm start，会自动旁加载。",
      "  然后：开始 → 指标面板；任意单元格 =QC_TARGET(\"泰安\",\"农产品监测合格率\")。",
      "",
      `  证书 Certificate: ${cert.name}`,
      `    SHA-256 ${fingerprint}`,
      ...cert.trust.map((l) => `    ${l}`),
      "",
      "  没有 Excel 也能用：npx qc template --all -o 质量指标.xlsx 生成同样的模板。按 Ctrl+C 停止。",
    ].join("\n"),
  );
}

/**
 * The certificate to serve, decided here so the message names the one actually served:
 * Office's development certificate when it is installed and trusted; its generated files when the
 * install failed (no sudo, a container: trust its CA by hand); else webpack's own self-signed one.
 */
async function chooseCertificate() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  try {
    const devCerts = require("office-addin-dev-certs");
    await Promise.race([devCerts.getHttpsServerOptions(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 20000))]);
    return {
      name: "Office 开发证书（已安装并受信任）/ Office development certificate (installed, trusted)",
      env: { QC_HTTPS_CERT: join(dir, "localhost.crt"), QC_HTTPS_KEY: join(dir, "localhost.key") },
      trust: ["已受信任，无需操作。Trusted already; nothing to do."],
    };
  } catch {
    if (existsSync(join(dir, "localhost.crt")) && existsSync(join(dir, "localhost.key")) && existsSync(join(dir, "ca.crt"))) {
      const ca = join(dir, "ca.crt");
      return {
        name: `Office 开发证书（已生成，但未能自动安装）/ Office development certificate (generated, not installed): ${join(dir, "localhost.crt")}`,
        env: { QC_HTTPS_CERT: join(dir, "localhost.crt"), QC_HTTPS_KEY: join(dir, "localhost.key") },
        trust: [
          `请信任其根证书 ${ca}（Trust its CA）:`,
          `  Debian/Ubuntu: sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates`,
          "  Chrome/Edge: 设置 → 隐私和安全 → 管理证书 → 受信任的根证书颁发机构 → 导入 ca.crt",
        ],
      };
    }
    return {
      name: "webpack-dev-server 自签名证书 / webpack-dev-server's self-signed certificate",
      env: { QC_HTTPS_SELF_SIGNED: "1" },
      trust: [`请先在浏览器中打开 ${URL_BASE}/ 并选择“继续访问”，否则 Excel 网页版无法加载。`, `Open ${URL_BASE}/ once in your browser and accept the certificate.`],
    };
  }
}

/** Resolves once the dev server answers over HTTPS (webpack-dev-middleware answers only after the build). */
function waitForServer(server) {
  return new Promise((resolve, reject) => {
    server.on("exit", () => reject(new Error("server exited")));
    const attempt = () => {
      const req = request(`${URL_BASE}/index.html`, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else setTimeout(attempt, 1000);
      });
      req.on("error", () => setTimeout(attempt, 1000));
      req.on("timeout", () => req.destroy());
      req.end();
    };
    attempt();
  }).catch(() => new Promise(() => undefined));
}

/** The SHA-256 fingerprint of the certificate the server really presents. */
function servedFingerprint() {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "localhost", port: PORT, rejectUnauthorized: false, servername: "localhost" }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.on("error", reject);
  });
}
