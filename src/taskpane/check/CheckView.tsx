import { Body1Strong, Button, Caption1, CounterBadge, Select, Spinner } from "@fluentui/react-components";
import { LabeledField } from "../LabeledField";
import { activeIndex } from "../../catalog/registry";
import type { Finding } from "../../excel";
import { Status } from "../Status";
import { useCheck } from "./useCheck";
import { useCheckStyles } from "./useCheckStyles";

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
        {s.busy && <Spinner size="tiny" label={t.checking} />}
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
          {s.detection.matches.length > 0 && s.choice.cityName === s.detection.cityGuess && (
            <div className={styles.matches} role="group" aria-label={t.matches}>
              <Body1Strong as="h3">{t.matches}</Body1Strong>
              {s.detection.matches.map((m) => {
                const city = index.cities().find((c) => c.name === s.choice!.cityName)!;
                const options = [...new Set([...(m.entryName ? [m.entryName] : []), ...m.candidates])];
                const picked = s.choice!.overrides[m.row];
                const current = picked ?? m.entryId ?? "";
                return (
                  <div key={m.row} className={styles.match}>
                    <Caption1>{m.text}</Caption1>
                    <Select
                      aria-label={`${m.text} ${t.matchedAs}`}
                      value={current}
                      onChange={(_, d) => s.pickFor(m.row, d.value)}
                    >
                      {!m.entryId && <option value="">{t.noMatch}</option>}
                      {options.map((name) => {
                        const e = index.indicators(city).find((x) => x.name === name);
                        return e ? (
                          <option key={e.id} value={e.id}>
                            {e.name}
                          </option>
                        ) : null;
                      })}
                    </Select>
                  </div>
                );
              })}
            </div>
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
            <ul className={styles.list} aria-label={t.missList}>
              {s.misses.map((f) => (
                <li key={`${f.sheet}!${f.address}`}>
                  <Button appearance="subtle" className={styles.miss} onClick={() => void s.select(f)} aria-label={t.goTo(f.indicatorName, f.address)}>
                    <span className={styles.missText}>
                      <span>{f.indicatorName}</span>
                      <Caption1 className={styles.detail}>{`${t.target} ${f.target} · ${t.actual} ${formatActual(f)} · ${t.gap} ${formatGap(f)} · ${f.address}`}</Caption1>
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {s.summary.problems.length > 0 && (
            <>
              <Body1Strong as="h2">{t.problems}</Body1Strong>
              <ul className={styles.list}>
                {s.summary.problems.map((p) => (
                  <li key={`${p.sheet}!${p.address}`}>
                    <Caption1>{`${p.address} ${p.text}：${p.message}`}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <Status message={s.message} />
    </section>
  );
}
