import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { Busy } from "../Busy";
import { Status } from "../Status";
import { useMerge } from "./useMerge";

const useMergeStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hiddenFile: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "8rem", overflowY: "auto", overflowWrap: "anywhere" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
});

/** 合并: several returns picked from disk, read with the same reader as qc check, reported into new sheets. */
export function MergeView() {
  const { m, files, skipped, progress, report, busy, message, choose, clear, merge } = useMerge();
  const styles = useMergeStyles();
  const input = useRef<HTMLInputElement>(null);
  const count = (s: string) => report?.rows.filter((r) => r.status === s).length ?? 0;
  return (
    <section className={styles.root} aria-label={m.mergeTitle}>
      <Subtitle2 as="h2">{m.mergeTitle}</Subtitle2>
      <Body1>{m.mergeHelp}</Body1>
      <div className={styles.actions}>
        {/* The native input is hidden: its labels follow the browser's language, not the pane's. */}
        <input
          ref={input}
          className={styles.hiddenFile}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={m.pickFiles}
          onChange={(e) => {
            choose([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {m.pickFiles}
        </Button>
        {files.length > 0 && (
          <Button appearance="subtle" disabled={busy} onClick={clear}>
            {m.clear}
          </Button>
        )}
      </div>
      {files.length > 0 && (
        <>
          <Caption1>{m.chosen(files.length)}</Caption1>
          <ul className={styles.list}>
            {files.map((f) => (
              <li key={f.name}>{f.name}</li>
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && <Caption1 role="note">{m.notXlsx(skipped.join("、"))}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void merge()}>
          {m.merge}
        </Button>
        {busy && <Busy label={progress ? m.reading(progress.done, progress.total) : m.merge} />}
      </div>
      <Status message={message} />
      {report && (
        <div role="region" aria-label={m.mergeTitle}>
          <Body1>{m.tally(count("达标"), count("未达标"), count("无数据"))}</Body1>
          {report.unreadable.length > 0 && (
            <>
              <Caption1>{m.unreadable(report.unreadable.length)}</Caption1>
              <ul className={styles.problems}>
                {report.unreadable.slice(0, 20).map((u, i) => (
                  <li key={i}>{u.reason}</li>
                ))}
              </ul>
            </>
          )}
          {report.conflicts.length > 0 && <Caption1 as="p">{m.conflicts(report.conflicts.length)}</Caption1>}
          {report.duplicates.length > 0 && <Caption1 as="p">{m.duplicates(report.duplicates.length)}</Caption1>}
        </div>
      )}
    </section>
  );
}
