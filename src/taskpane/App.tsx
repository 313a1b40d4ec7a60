import { FluentProvider, makeStyles, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { importedCatalogs, onCatalogChange, setImportedCatalogs } from "../catalog/registry";
import { Pane, stringsFor } from "./context";
import type { ExcelOps } from "./ops";
import { Busy } from "./Busy";
import { Status } from "./Status";
import { panelId, tabId, Tabs } from "./Tabs";
import { TemplatesView } from "./templates/TemplatesView";
import { useAction } from "./useAction";

// The first view comes with the pane; the others load when first opened, so the first load stays small.
const CheckView = lazy(() => import(/* webpackChunkName: "view-check" */ "./check/CheckView").then((m) => ({ default: m.CheckView })));
const ProgressView = lazy(() => import(/* webpackChunkName: "view-progress" */ "./progress/ProgressView").then((m) => ({ default: m.ProgressView })));
const CompareView = lazy(() => import(/* webpackChunkName: "view-compare" */ "./compare/CompareView").then((m) => ({ default: m.CompareView })));
const SummaryView = lazy(() => import(/* webpackChunkName: "view-summary" */ "./summary/SummaryView").then((m) => ({ default: m.SummaryView })));
// The import view carries the extractor and its review table.
// 合并 (consolidating returns) sits under 汇总; it brings the reader only when returns are read.
const MergeView = lazy(() => import(/* webpackChunkName: "view-merge" */ "./merge/MergeView").then((m) => ({ default: m.MergeView })));
const ImportView = lazy(() => import(/* webpackChunkName: "import" */ "./import/ImportView").then((m) => ({ default: m.ImportView })));

const useAppStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minHeight: "100vh", boxSizing: "border-box" },
});

type TabName = "templates" | "check" | "progress" | "compare" | "summary" | "import";

export function App({ ops, displayLanguage }: { ops: ExcelOps; displayLanguage?: string }) {
  const t = stringsFor(displayLanguage);
  const pane = useMemo(() => ({ ops, t }), [ops, t]);
  const [tab, setTab] = useState<TabName>("templates");
  const styles = useAppStyles();
  const load = useAction(t);
  // Imported cities travel in the workbook: register them at start so the functions (same runtime)
  // and every view see them; re-render (not remount) when an import or removal changes them.
  const [, setCatalogVersion] = useState(0);
  useEffect(() => onCatalogChange(() => setCatalogVersion((v) => v + 1)), []);
  useEffect(() => {
    void load.act(async () => {
      const r = await ops.readCatalogs();
      if (r.catalogs.length > 0 || importedCatalogs().length > 0) setImportedCatalogs(r.catalogs);
      if (r.damaged.length) throw new Error(r.damaged.join("\n"));
    });
  }, [ops]);
  const lazyView = (view: ReactNode) => <Suspense fallback={<Busy label={t.busy} />}>{view}</Suspense>;
  const tabs: { value: TabName; label: string }[] = [
    { value: "templates", label: t.tabTemplates },
    { value: "check", label: t.tabCheck },
    { value: "progress", label: t.tabProgress },
    { value: "compare", label: t.tabCompare },
    { value: "summary", label: t.tabSummary },
    { value: "import", label: t.tabImport },
  ];
  return (
    <FluentProvider theme={webLightTheme} lang={displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh-CN"}>
      <Pane.Provider value={pane}>
        <main className={styles.root}>
          <Title3 as="h1">{t.title}</Title3>
          {/* About the workbook as a whole (a damaged stored catalogue): shown until the user closes it. */}
          <Status message={load.message} onDismiss={() => load.setMessage(null)} dismissLabel={t.dismiss} />
          <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t.title} />
          <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
            {tab === "templates" && <TemplatesView />}
            {tab === "check" && lazyView(<CheckView />)}
            {tab === "progress" && lazyView(<ProgressView />)}
            {tab === "compare" && lazyView(<CompareView />)}
            {tab === "summary" && lazyView(
              <>
                <SummaryView />
                {ops.consolidate && ops.insertReport && <MergeView />}
              </>,
            )}
            {tab === "import" && lazyView(<ImportView />)}
          </div>
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}
