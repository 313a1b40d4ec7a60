import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { Busy } from "../Busy";
import { usePane } from "../context";
import { Status } from "../Status";
import { useAction } from "../useAction";

const useSummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** 汇总: insert or refresh the summary sheet with its chart. */
export function SummaryView() {
  const { ops, t } = usePane();
  const styles = useSummaryStyles();
  const { busy, message, act } = useAction();
  return (
    <section className={styles.root} aria-label={t.tabSummary}>
      <Body1>{t.summaryHelp}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void act(() => ops.insertSummary(), (r) => (r.kept ? `${t.summaryDone(r.sheetName, r.cities.join("、"))} ${t.summaryKept(r.kept, r.sheetName)}` : t.summaryDone(r.sheetName, r.cities.join("、"))))}>
          {t.insertSummary}
        </Button>
        {busy && <Busy label={t.busy} />}
      </div>
      <Status message={message} />
    </section>
  );
}
