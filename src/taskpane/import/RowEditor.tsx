import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { COMPARATORS, type Comparator } from "../../catalog/types";
import type { ReviewRow } from "./review";
import type { ImportState } from "./useImport";

const useRowEditorStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, whiteSpace: "normal" },
  fields: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalXS },
  wide: { gridColumn: "1 / -1" },
  // Fluent inputs size to their content by default; in a narrow pane they must shrink with their cell.
  input: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  context: { backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** How much of the plan is shown around a quote, on each side. */
const CONTEXT_CHARS = 60;

/** The sentence a candidate came from, highlighted in its surrounding text (React escapes all of it). */
function QuoteInContext({ text, row, label }: { text: string; row: ReviewRow; label: string }) {
  const styles = useRowEditorStyles();
  const from = Math.max(0, row.offset - CONTEXT_CHARS);
  const to = Math.min(text.length, row.offset + row.quote.length + CONTEXT_CHARS);
  return (
    <figure className={styles.context} aria-label={label}>
      {from > 0 ? "…" : ""}
      {text.slice(from, row.offset)}
      <mark>{text.slice(row.offset, row.offset + row.quote.length)}</mark>
      {text.slice(row.offset + row.quote.length, to)}
      {to < text.length ? "…" : ""}
    </figure>
  );
}

/** One candidate opened for editing: every field of the target, its plan path, its sentence, and the row actions. */
export function RowEditor({ s, row, problem, onClose }: { s: ImportState; row: ReviewRow; problem: string | null; onClose: () => void }) {
  const styles = useRowEditorStyles();
  const { t, ti } = s;
  const index = s.rows.findIndex((r) => r.key === row.key);
  const previous = index > 0 ? s.rows[index - 1]! : null;
  const set = (patch: Partial<ReviewRow>) => s.update(row.key, patch);
  const text = (label: string, field: "name" | "category" | "value" | "valueMax" | "unit" | "deadline" | "milestones" | "baseline", wide = false, hint?: string) => (
    <Field label={label} className={wide ? styles.wide : undefined} hint={hint}>
      <Input className={styles.input} size="small" value={row[field]} onChange={(_, d) => set({ [field]: d.value })} />
    </Field>
  );
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div className={styles.root} role="group" aria-label={ti.editorLabel(row.name)} onKeyDown={onKeyDown}>
      {problem !== null && <Caption1 className={styles.problem}>{ti.problemHint(problem)}</Caption1>}
      <div className={styles.fields}>
        {text(t.name, "name", true)}
        {text(t.category, "category")}
        <Field label={t.comparator}>
          <Select className={styles.input} size="small" value={row.comparator} onChange={(_, d) => set({ comparator: d.value as Comparator })}>
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {ti.comparatorLabel[c]}
              </option>
            ))}
          </Select>
        </Field>
        {text(t.value, "value")}
        {row.comparator === "range" && text(t.valueMax, "valueMax")}
        {text(t.unit, "unit")}
        {text(t.deadline, "deadline")}
        {text(ti.milestones, "milestones", true, ti.milestonesHint)}
        {text(ti.baseline, "baseline", false, ti.baselineHint)}
        <Field label={ti.attribute}>
          <Select className={styles.input} size="small" value={row.attribute} onChange={(_, d) => set({ attribute: d.value })}>
            <option value="">{ti.attributeNone}</option>
            {[...new Set([...ti.attributes, row.attribute].filter(Boolean))].map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <QuoteInContext text={s.text} row={row} label={ti.context} />
      <div className={styles.actions}>
        <Button size="small" onClick={() => s.split(row.key)}>
          {t.split}
        </Button>
        <Button size="small" disabled={previous === null} title={previous ? ti.mergeUpWith(previous.name) : ti.nothingAbove} onClick={() => s.mergeUp(row.key)}>
          {t.mergeUp}
        </Button>
        <Button size="small" onClick={() => s.remove(row.key)}>
          {t.remove}
        </Button>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {ti.collapse}
        </Button>
      </div>
    </div>
  );
}
