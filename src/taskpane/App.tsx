import { Button, FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { CheckView } from "./check/CheckView";
import { Pane, stringsFor } from "./context";
import type { ExcelOps } from "./ops";
import { Status } from "./Status";
import { SummaryView } from "./summary/SummaryView";
import { TemplatesView } from "./templates/TemplatesView";
import { useAction } from "./useAction";

const useAppStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type TabName = "templates" | "check" | "summary";

export function App({ ops, displayLanguage }: { ops: ExcelOps; displayLanguage?: string }) {
  const t = stringsFor(displayLanguage);
  const pane = useMemo(() => ({ ops, t }), [ops, t]);
  const [tab, setTab] = useState<TabName>("templates");
  const styles = useAppStyles();
  const refresh = useAction();
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
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)}>
            <Tab value="templates">{t.tabTemplates}</Tab>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="summary">{t.tabSummary}</Tab>
          </TabList>
          {tab === "templates" && <TemplatesView />}
          {tab === "check" && <CheckView />}
          {tab === "summary" && <SummaryView />}
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}
