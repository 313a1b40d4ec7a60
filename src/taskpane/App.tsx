import { Button, FluentProvider, Spinner, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { importedCatalogs, onCatalogChange, setImportedCatalogs } from "../catalog/registry";
import { CheckView } from "./check/CheckView";
import { CompareView } from "./compare/CompareView";
import { ProgressView } from "./progress/ProgressView";
import { Pane, stringsFor } from "./context";
import type { ExcelOps } from "./ops";
import { Status } from "./Status";
import { SummaryView } from "./summary/SummaryView";
import { TemplatesView } from "./templates/TemplatesView";
import { useAction } from "./useAction";

// The import view carries the extractor and its review table: loaded when first opened, not with the pane.
const ImportView = lazy(() => import(/* webpackChunkName: "import" */ "./import/ImportView").then((m) => ({ default: m.ImportView })));

const useAppStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type TabName = "templates" | "check" | "progress" | "compare" | "summary" | "import";

export function App({ ops, displayLanguage }: { ops: ExcelOps; displayLanguage?: string }) {
  const t = stringsFor(displayLanguage);
  const pane = useMemo(() => ({ ops, t }), [ops, t]);
  const [tab, setTab] = useState<TabName>("templates");
  const styles = useAppStyles();
  const refresh = useAction();
  const load = useAction();
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
  return (
    <FluentProvider theme={webLightTheme} lang={displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh-CN"}>
      <Pane.Provider value={pane}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{t.title}</Title3>
            <Button size="small" disabled={refresh.busy} onClick={() => void refresh.act(() => ops.refreshFunctions(), (ok) => (ok ? t.refreshed : t.refreshUnsupported))}>
              {t.refreshFunctions}
            </Button>
          </header>
          <Status message={refresh.message} />
          <Status message={load.message} />
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)}>
            <Tab value="templates">{t.tabTemplates}</Tab>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="progress">{t.tabProgress}</Tab>
            <Tab value="compare">{t.tabCompare}</Tab>
            <Tab value="summary">{t.tabSummary}</Tab>
            <Tab value="import">{t.tabImport}</Tab>
          </TabList>
          {tab === "templates" && <TemplatesView />}
          {tab === "check" && <CheckView />}
          {tab === "progress" && <ProgressView />}
          {tab === "compare" && <CompareView />}
          {tab === "summary" && <SummaryView />}
          {tab === "import" && (
            <Suspense fallback={<Spinner size="tiny" label={t.busy} />}>
              <ImportView />
            </Suspense>
          )}
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}
