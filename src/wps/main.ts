/**
 * The WPS add-in's main page (index.html, loaded by WPS when 表格 starts): the ribbon's callbacks,
 * the QC functions, and the imported cities of the active workbook for those functions.
 * WPS calls the ribbon's callbacks by the names ribbon.xml gives (ribbon.OnAddinLoad …).
 */
import { startAddin, syncCatalogs } from "./addin";
import type { EtApplication, EtEvents } from "./et";
import type { WpsGlobal } from "./functions";
import { createWpsOps } from "./ops";

interface WpsWindow {
  Application: EtApplication & {
    ApiEvent: EtEvents;
    CreateTaskPane(url: string, title?: string): { ID: number; Visible: boolean };
    GetTaskPane(id: number): { Visible: boolean };
    PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string | number | boolean): void };
  };
  wps: WpsGlobal;
  ribbon: Record<string, (...args: never[]) => unknown>;
  alert(text: string): void;
}

const w = window as unknown as WpsWindow;
const PANE_KEY = "qc.taskpaneId";

function paneUrl(): string {
  return new URL("taskpane.html", document.baseURI).href;
}

function togglePane(): void {
  const app = w.Application;
  const id = Number(app.PluginStorage.getItem(PANE_KEY));
  if (id) {
    const pane = app.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = app.CreateTaskPane(paneUrl(), "质量强市指标");
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

w.ribbon = {
  OnAddinLoad: () => {
    startAddin(w.Application, w.Application.ApiEvent, w.wps);
    return true;
  },
  OnAction: (control: { Id: string }) => {
    if (control.Id === "qcPane") togglePane();
    else if (control.Id === "qcRefresh") syncCatalogs(w.Application);
    else if (control.Id === "qcClearMarks") {
      const ops = createWpsOps({ app: w.Application, saveFile: () => undefined });
      ops.clearMarks().then(
        (n) => w.alert(n > 0 ? `已清除 ${n} 处标记` : "工作簿中没有本加载项的标记"),
        (e: unknown) => w.alert(e instanceof Error ? e.message : String(e)),
      );
    }
    return true;
  },
  GetImage: (control: { Id: string }) => (control.Id === "qcPane" ? "assets/icon-32.png" : "assets/icon-16.png"),
};
