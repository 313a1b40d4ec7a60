/**
 * The task pane in WPS: the same React App as in Excel, over the WPS operations (ops.ts).
 * WPS opens this page with Application.CreateTaskPane (see main.ts); `window.Application` is WPS's.
 */
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import type { EtApplication, EtEvents } from "./et";
import { createWpsOps } from "./ops";

function saveFile(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const app = (window as unknown as { Application: EtApplication & { ApiEvent: EtEvents } }).Application;
const root = document.getElementById("root");
if (root) {
  // WPS is installed in Chinese for our users; the pane follows the webview's language otherwise.
  createRoot(root).render(<App ops={createWpsOps({ app, events: app.ApiEvent, saveFile })} displayLanguage={navigator.language} />);
}
