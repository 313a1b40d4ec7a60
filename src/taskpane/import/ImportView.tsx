import { Body1, Body1Strong, Button, Caption1, Checkbox, Field, Input, Select, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { Status } from "../Status";
import { useImport, type ReviewRow } from "./useImport";

const useImportStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  doc: {
    maxHeight: "14rem",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    fontFamily: "inherit",
  },
  card: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalXS },
  // Fluent inputs size to their content by default; in a narrow pane they must shrink with their cell.
  input: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  hiddenFile: { display: "none" },
  quote: { color: tokens.colorNeutralForeground3 },
  context: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The sentence a candidate came from, highlighted in its surrounding text (React escapes all of it). */
function Context({ text, row }: { text: string; row: ReviewRow }) {
  const styles = useImportStyles();
  const from = Math.max(0, row.offset - 60);
  const to = Math.min(text.length, row.offset + row.quote.length + 60);
  return (
    <p className={styles.context}>
      {from > 0 ? "…" : ""}
      {text.slice(from, row.offset)}
      <mark>{text.slice(row.offset, row.offset + row.quote.length)}</mark>
      {text.slice(row.offset + row.quote.length, to)}
      {to < text.length ? "…" : ""}
    </p>
  );
}

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

/** 导入: a new city's plan → reviewed targets → a catalogue stored in the workbook. */
export function ImportView() {
  const s = useImport();
  const styles = useImportStyles();
  const { t } = s;
  const docRef = useRef<HTMLPreElement>(null);

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
      <Body1>{t.importHelp}</Body1>
      <Field label={t.pasteLabel}>
        <Textarea value={s.text} onChange={(_, d) => s.setPasted(d.value)} resize="vertical" rows={4} />
      </Field>
      <FilePicker label={t.openFile} accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" disabled={s.busy} onFile={(f) => void s.openFile(f)} />
      <div className={styles.row}>
        <Field label={t.cityName}>
          <Input value={s.city} onChange={(_, d) => s.setCity(d.value)} />
        </Field>
        <Field label={t.planTitle}>
          <Input value={s.title} onChange={(_, d) => s.setTitle(d.value)} />
        </Field>
        <Button appearance="primary" onClick={() => void s.extractNow()} disabled={s.busy || s.text.trim() === ""}>
          {t.extract}
        </Button>
        {s.busy && <Spinner size="tiny" label={t.busy} />}
      </div>

      {s.text && (
        <>
          <Body1Strong as="h2">{t.documentLabel}</Body1Strong>
          <pre ref={docRef} className={styles.doc} tabIndex={0} aria-label={t.documentLabel}>
            {s.text}
          </pre>
          <div className={styles.row}>
            <Button
              onClick={() => {
                const r = selectionInDoc();
                if (r) s.addSelection(r[0], r[1]);
              }}
            >
              {t.addSelection}
            </Button>
          </div>
        </>
      )}

      {s.rows.length > 0 && (
        <ul className={styles.list} aria-label={t.extract}>
          {s.rows.map((r) => (
            <li key={r.key} className={styles.card}>
              <div className={styles.row}>
                <Checkbox checked={r.accepted} onChange={(_, d) => s.update(r.key, { accepted: Boolean(d.checked) })} label={t.accept} />
                <Field label={t.name} style={{ flexGrow: 1 }}>
                  <Input className={styles.input} value={r.name} onChange={(_, d) => s.update(r.key, { name: d.value })} />
                </Field>
              </div>
              <div className={styles.fields}>
                <Field label={t.comparator}>
                  <Select className={styles.input} value={r.comparator} onChange={(_, d) => s.update(r.key, { comparator: d.value as ReviewRow["comparator"] })}>
                    {s.comparators.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t.value}>
                  <Input className={styles.input} value={r.value} onChange={(_, d) => s.update(r.key, { value: d.value })} />
                </Field>
                {r.comparator === "range" && (
                  <Field label={t.valueMax}>
                    <Input className={styles.input} value={r.valueMax} onChange={(_, d) => s.update(r.key, { valueMax: d.value })} />
                  </Field>
                )}
                <Field label={t.unit}>
                  <Input className={styles.input} value={r.unit} onChange={(_, d) => s.update(r.key, { unit: d.value })} />
                </Field>
                <Field label={t.deadline}>
                  <Input className={styles.input} value={r.deadline} onChange={(_, d) => s.update(r.key, { deadline: d.value })} />
                </Field>
                <Field label={t.category}>
                  <Input className={styles.input} value={r.category} onChange={(_, d) => s.update(r.key, { category: d.value })} />
                </Field>
              </div>
              <Caption1 className={styles.quote}>
                {r.quote}
                {r.confidence !== null ? ` · ${t.confidence} ${r.confidence.toFixed(2)}` : ""}
              </Caption1>
              {s.focus === r.key && <Context text={s.text} row={r} />}
              <div className={styles.row}>
                <Button size="small" onClick={() => s.setFocus(s.focus === r.key ? null : r.key)}>
                  {t.showContext}
                </Button>
                <Button size="small" onClick={() => s.split(r.key)}>
                  {t.split}
                </Button>
                <Button size="small" onClick={() => s.mergeUp(r.key)}>
                  {t.mergeUp}
                </Button>
                <Button size="small" onClick={() => s.remove(r.key)}>
                  {t.remove}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {s.rows.length > 0 && (
        <Button appearance="primary" onClick={() => void s.save()} disabled={s.busy}>
          {t.save}
        </Button>
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
      <Status message={s.message} />
    </section>
  );
}
