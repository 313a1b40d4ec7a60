import { Body1, Body1Strong, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { Status } from "../Status";
import { ReviewTable } from "./ReviewTable";
import { useImport, type ImportState } from "./useImport";

const useImportStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  doc: {
    maxHeight: "14rem",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    fontFamily: "inherit",
  },
  // The title is the longer of the two: in a 320 px pane the city takes a third, the title the rest.
  cityField: { minWidth: 0, flex: "1 1 5rem" },
  titleField: { minWidth: 0, flex: "3 1 12rem" },
  input: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  hiddenFile: { display: "none" },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const PLAN_TYPES = [
  ".txt",
  ".docx",
  ".pdf",
  "text/plain",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
].join(",");

/** A button that opens the file chooser: the native input is hidden because its labels follow the browser's language, not the pane's. */
function FilePicker({ label, accept, disabled, onFile }: { label: string; accept: string; disabled: boolean; onFile: (file: File) => void }) {
  const styles = useImportStyles();
  const ref = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.row}>
      <input
        ref={ref}
        className={styles.hiddenFile}
        type="file"
        accept={accept}
        aria-label={label}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = "";
        }}
      />
      <Button onClick={() => ref.current?.click()} disabled={disabled}>
        {label}
      </Button>
    </div>
  );
}

/** What the reader noted about the document (an encoding fallback, pages read): the user should know. */
function ReadingNotes({ s }: { s: ImportState }) {
  const styles = useImportStyles();
  if (s.notes.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.ti.notesTitle}</MessageBarTitle>
        <ul className={styles.notes}>
          {s.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Starting over drops a review: asked for in two steps, never by an accidental keystroke. */
function StartOver({ s }: { s: ImportState }) {
  const styles = useImportStyles();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className={styles.row}>
        <Button size="small" onClick={() => setAsking(true)}>
          {s.ti.startOver}
        </Button>
      </div>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{s.ti.confirmStartOver(s.rows.length)}</MessageBarBody>
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => {
            setAsking(false);
            s.reset();
          }}
        >
          {s.ti.confirmDiscard}
        </Button>
        <Button size="small" appearance="primary" onClick={() => setAsking(false)}>
          {s.ti.cancel}
        </Button>
      </div>
    </MessageBar>
  );
}

/** 导入: a new city's plan → reviewed targets → a catalogue stored in the workbook. */
export function ImportView() {
  const s = useImport();
  const styles = useImportStyles();
  const { t, ti } = s;
  const docRef = useRef<HTMLPreElement>(null);
  const reviewing = s.rows.length > 0;

  const selectionInDoc = (): [number, number] | null => {
    const sel = window.getSelection();
    const doc = docRef.current;
    // A DOM Selection, not an Office.js proxy: there is nothing to load or sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    if (!sel || sel.rangeCount === 0 || !doc) return null;
    const range = sel.getRangeAt(0);
    if (!doc.contains(range.startContainer) || !doc.contains(range.endContainer)) return null;
    // The document view is one text node, so DOM offsets are text offsets.
    return [Math.min(range.startOffset, range.endOffset), Math.max(range.startOffset, range.endOffset)];
  };

  return (
    <section className={styles.root} aria-label={t.tabImport}>
      <Body1>{ti.importHelp}</Body1>
      {reviewing ? (
        <StartOver s={s} />
      ) : (
        <>
          <Field label={t.pasteLabel}>
            <Textarea value={s.text} onChange={(_, d) => s.setPasted(d.value)} resize="vertical" rows={4} />
          </Field>
          <FilePicker label={ti.openFile} accept={PLAN_TYPES} disabled={s.busy} onFile={(f) => void s.openFile(f)} />
        </>
      )}
      <ReadingNotes s={s} />
      <div className={styles.row}>
        <Field label={t.cityName} className={styles.cityField}>
          <Input className={styles.input} value={s.city} onChange={(_, d) => s.setCity(d.value)} />
        </Field>
        <Field label={t.planTitle} className={styles.titleField}>
          <Input className={styles.input} value={s.title} onChange={(_, d) => s.setTitle(d.value)} />
        </Field>
        {!reviewing && (
          <Button appearance="primary" onClick={() => void s.extractNow()} disabled={s.busy || s.text.trim() === ""}>
            {t.extract}
          </Button>
        )}
        {s.busy && <Spinner size="tiny" label={t.busy} />}
      </div>

      {reviewing && (
        <>
          <Body1Strong as="h2">{ti.reviewTitle}</Body1Strong>
          <ReviewTable s={s} />
          <Button appearance="primary" onClick={() => void s.save()} disabled={s.busy}>
            {t.save}
          </Button>
        </>
      )}
      <Status message={s.message} />

      {s.text && (
        <>
          <Body1Strong as="h2">{t.documentLabel}</Body1Strong>
          <pre ref={docRef} className={styles.doc} tabIndex={0} aria-label={t.documentLabel}>
            {s.text}
          </pre>
          <div className={styles.row}>
            <Button onClick={() => s.addSelection(selectionInDoc())}>{t.addSelection}</Button>
          </div>
        </>
      )}

      <Body1Strong as="h2">{t.storedTitle}</Body1Strong>
      <ul className={styles.list}>
        {s.stored.map((c) => (
          <li key={c.city.name} className={styles.row}>
            <Body1>{`${c.city.name} · ${c.indicators.length}`}</Body1>
            <Button size="small" onClick={() => s.exportJson(c)}>
              {t.exportJson}
            </Button>
            <Button size="small" onClick={() => void s.removeStored(c.city.name)}>
              {t.remove}
            </Button>
          </li>
        ))}
      </ul>
      <FilePicker label={t.importJson} accept=".json,application/json" disabled={s.busy} onFile={(f) => void s.importJson(f)} />
    </section>
  );
}
