import { Body1Strong, Button, Caption1, CounterBadge, Select } from "@fluentui/react-components";
import { Busy } from "../Busy";
import { useMemo } from "react";
import { LabeledField } from "../LabeledField";
import { activeIndex } from "../../catalog/registry";
import type { Finding, NameDecision } from "../../excel";
import { usePane } from "../context";
import { Status } from "../Status";
import { VirtualList } from "../VirtualList";
import { useCheck } from "./useCheck";
import { useCheckStyles } from "./useCheckStyles";

/** Row heights (px) of the long lists when they are virtualized, and the lists' scroll height. */
const MISS_ROW_HEIGHT = 52;
const PROBLEM_ROW_HEIGHT = 24;
const DECISION_ROW_HEIGHT = 44;
const LIST_HEIGHT = 360;

function formatActual(f: Finding): string {
  if (f.actual === null) return "";
  return typeof f.actual === "number" ? `${Number(f.actual.toFixed(4))}${f.unit}` : f.actual;
}

function formatGap(f: Finding): string {
  if (f.gap === null) return "";
  const g = Number(f.gap.toFixed(4));
  return `${g > 0 ? "+" : ""}${g}${f.unit === "%" ? "个百分点" : f.unit}`;
}

/** A column of the user's table, shown as its letter and header text. */
function ColumnSelect(p: { label: string; headers: { index: number; letter: string; text: string }[]; value: number; onChange: (column: number) => void }) {
  return (
    <LabeledField label={p.label}>
      {(id) => (
        <Select id={id} value={String(p.value)} onChange={(_, d) => p.onChange(Number(d.value))}>
          {p.headers.map((h) => (
            <option key={h.index} value={h.index}>{`${h.letter} ${h.text}`}</option>
          ))}
        </Select>
      )}
    </LabeledField>
  );
}

/**
 * The names the user must confirm: one row per distinct name that matched only approximately or not
 * at all (with how many rows carry it), never one per row of the sheet.
 */
function Decisions(p: { decisions: NameDecision[]; matchedRows: number; cityName: string; picks: Record<string, string>; onPick: (name: string, id: string) => void }) {
  const { t } = usePane();
  const styles = useCheckStyles();
  const index = activeIndex();
  const entries = useMemo(() => {
    const city = index.cities().find((c) => c.name === p.cityName);
    return new Map((city ? index.indicators(city) : []).map((e) => [e.name, e]));
  }, [index, p.cityName]);
  const rows = p.decisions.reduce((n, d) => n + d.rows.length, 0);
  return (
    <div className={styles.decisions} role="group" aria-label={t.matches}>
      <Body1Strong as="h3">{t.matches}</Body1Strong>
      <Caption1>{p.matchedRows > 0 ? t.autoMatched(p.matchedRows) : ""}</Caption1>
      <Caption1>{p.decisions.length === 0 ? t.noDecisions : t.decisionsTitle(p.decisions.length, rows)}</Caption1>
      {p.decisions.length > 0 && (
        <VirtualList
          items={p.decisions}
          itemHeight={DECISION_ROW_HEIGHT}
          height={LIST_HEIGHT}
          label={t.matches}
          itemKey={(d) => d.text}
          renderItem={(d) => {
            const options = [...new Set([...(d.entryName ? [d.entryName] : []), ...d.candidates])].flatMap((name) => entries.get(name) ?? []);
            return (
              <div className={styles.match}>
                <Caption1 className={styles.ellipsis} title={d.text}>{`${d.text}（${t.rowsOf(d.rows.length)}）`}</Caption1>
                <Select aria-label={`${d.text} ${t.matchedAs}`} value={p.picks[d.text] ?? d.entryId ?? ""} onChange={(_, v) => p.onPick(d.text, v.value)}>
                  {!d.entryId && <option value="">{t.noMatch}</option>}
                  {options.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </Select>
              </div>
            );
          }}
        />
      )}
    </div>
  );
}

/** 检查: check the active sheet, confirm columns for people's own sheets, list misses, mark and clear. */
export function CheckView() {
  const s = useCheck();
  const styles = useCheckStyles();
  const index = activeIndex();
  const { t } = s;
  return (
    <section className={styles.root} aria-label={t.tabCheck}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void s.start()} disabled={s.busy}>
          {t.checkSheet}
        </Button>
        {s.busy && <Busy label={t.checking} />}
      </div>

      {s.phase === "confirm" && s.choice && s.detection?.table && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void s.confirm();
          }}
          aria-label={t.confirmTitle}
        >
          <Body1Strong as="h2">{t.confirmTitle}</Body1Strong>
          <LabeledField label={t.city}>
            {(id) => (
              <Select id={id} value={s.choice!.cityName} onChange={(_, d) => s.setChoice({ cityName: d.value })}>
                {index.cities().map((c) => (
                  <option key={c.name}>{c.name}</option>
                ))}
              </Select>
            )}
          </LabeledField>
          <ColumnSelect label={t.nameColumn} headers={s.detection.headers} value={s.choice.nameColumn} onChange={(nameColumn) => s.setChoice({ nameColumn })} />
          <ColumnSelect label={t.valueColumn} headers={s.detection.headers} value={s.choice.valueColumn} onChange={(valueColumn) => s.setChoice({ valueColumn })} />
          {s.choice.cityName === s.detection.cityGuess && (
            <Decisions decisions={s.detection.decisions} matchedRows={s.detection.matchedRows} cityName={s.choice.cityName} picks={s.choice.picks} onPick={s.pickFor} />
          )}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={s.busy}>
              {t.runCheck}
            </Button>
          </div>
        </form>
      )}

      {s.phase === "result" && s.summary && (
        <>
          <div className={styles.counts} aria-live="polite">
            <span className={styles.count}>
              <CounterBadge count={s.summary.counts.met} color="brand" showZero aria-hidden /> {t.met} {s.summary.counts.met}
            </span>
            <span className={styles.count}>
              <CounterBadge count={s.summary.counts.missed} color="danger" showZero aria-hidden /> {t.missed} {s.summary.counts.missed}
            </span>
            <span className={styles.count}>
              <CounterBadge count={s.summary.counts.nodata} color="informative" showZero aria-hidden /> {t.nodata} {s.summary.counts.nodata}
            </span>
            {s.summary.counts.error > 0 && (
              <span className={styles.count}>
                <CounterBadge count={s.summary.counts.error} color="important" showZero aria-hidden /> {t.problems} {s.summary.counts.error}
              </span>
            )}
          </div>
          <Caption1>{t.autoRecheck}</Caption1>
          <div className={styles.actions}>
            <Button onClick={() => void s.mark()} disabled={s.busy || s.misses.length === 0}>
              {t.mark}
            </Button>
            <Button onClick={() => void s.clear()} disabled={s.busy}>
              {t.clearMarks}
            </Button>
          </div>
          <Body1Strong as="h2">{t.missList}</Body1Strong>
          {s.misses.length === 0 ? (
            <Caption1>{t.noMisses}</Caption1>
          ) : (
            <VirtualList
              items={s.misses}
              itemHeight={MISS_ROW_HEIGHT}
              height={LIST_HEIGHT}
              label={t.missList}
              className={styles.list}
              itemKey={(f) => `${f.sheet}!${f.address}`}
              renderItem={(f, virtual) => (
                <Button appearance="subtle" className={virtual ? `${styles.miss} ${styles.fixedRow}` : styles.miss} onClick={() => void s.select(f)} aria-label={t.goTo(f.indicatorName, f.address)}>
                  <span className={styles.missText}>
                    <span className={virtual ? styles.ellipsis : undefined}>{f.indicatorName}</span>
                    <Caption1 className={virtual ? `${styles.detail} ${styles.ellipsis}` : styles.detail}>{`${t.target} ${f.target} · ${t.actual} ${formatActual(f)} · ${t.gap} ${formatGap(f)} · ${f.address}`}</Caption1>
                  </span>
                </Button>
              )}
            />
          )}
          {s.summary.problems.length > 0 && (
            <>
              <Body1Strong as="h2">{t.problems}</Body1Strong>
              <VirtualList
                items={s.summary.problems}
                itemHeight={PROBLEM_ROW_HEIGHT}
                height={LIST_HEIGHT}
                label={t.problems}
                className={styles.list}
                itemKey={(p) => `${p.sheet}!${p.address}`}
                renderItem={(p, virtual) => <Caption1 className={virtual ? styles.ellipsis : undefined} title={virtual ? `${p.address} ${p.text}：${p.message}` : undefined}>{`${p.address} ${p.text}：${p.message}`}</Caption1>}
              />
            </>
          )}
        </>
      )}
      <Status message={s.message} />
    </section>
  );
}
