import { Badge, Body1, Body1Strong, Button, Caption1, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { LabeledField } from "../LabeledField";
import { useState } from "react";
import { activeIndex } from "../../catalog/registry";
import type { ProgressFinding } from "../../excel";
import { usePane } from "../context";
import { Status } from "../Status";
import { useAction } from "../useAction";
import { Sparkline } from "./Sparkline";

const useProgressStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { width: "100%", justifyContent: "space-between", height: "auto", textAlign: "left" },
});

/** A value in the target's unit as people read it: 98%, 56dB(A), 500件 (at most three decimals). */
export function withUnit(value: number, unit: string): string {
  return `${Number(value.toFixed(3))}${unit}`;
}

/** The caption under an indicator: target, where the path stands, the projection, and a missing deadline-year value. */
function caption(f: ProgressFinding, t: ReturnType<typeof usePane>["t"]): string {
  const parts = [`${t.target} ${f.target}`];
  if (f.pathValue !== null) parts.push(`${t.pathValue} ${withUnit(f.pathValue, f.unit)}`);
  if (f.projected !== null) parts.push(`${t.projected} ${withUnit(f.projected, f.unit)}`);
  const asOf = f.series[f.series.length - 1]?.year;
  if (f.missingYear !== null && asOf !== undefined) parts.push(t.missingYear(f.missingYear, asOf));
  return parts.join(" · ");
}

const COLOR: Record<string, "success" | "informative" | "warning" | "danger" | "subtle"> = { met: "success", onTrack: "informative", behind: "warning", overdue: "danger", nodata: "subtle" };
const ORDER = ["overdue", "behind", "onTrack", "met", "nodata"];

/** 进度: insert a progress sheet, grade it, see each indicator's trend, mark behind and overdue cells. */
export function ProgressView() {
  const { ops, t } = usePane();
  const styles = useProgressStyles();
  const { busy, message, act } = useAction();
  const cities = activeIndex().cities();
  const [city, setCity] = useState(cities[0]?.name ?? "");
  const [result, setResult] = useState<{ sheetName: string; findings: ProgressFinding[] } | null>(null);
  const targetOf = (f: ProgressFinding) => {
    const e = activeIndex().catalog.indicators.find((x) => x.id === f.indicatorId);
    return e && typeof e.value === "number" ? (e.unit === "%" ? e.value / 100 : e.value) : null;
  };
  const shown = result ? [...result.findings].filter((f) => f.status !== "nodata").sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)) : [];
  const count = (s: string) => result?.findings.filter((f) => f.status === s).length ?? 0;
  return (
    <section className={styles.root} aria-label={t.tabProgress}>
      <Body1>{t.progressHelp}</Body1>
      <div className={styles.row}>
        <LabeledField label={t.city}>
          {(id) => (
            <Select id={id} value={city} onChange={(_, d) => setCity(d.value)}>
              {cities.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </Select>
          )}
        </LabeledField>
        <Button onClick={() => void act(() => ops.insertProgress(city), (r) => t.inserted(r.sheetName, activeIndex().indicators(cities.find((c) => c.name === city)!).length))} disabled={busy}>
          {t.insertProgress}
        </Button>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void act(async () => setResult(await ops.checkProgress()))} disabled={busy}>
          {t.checkProgress}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
      </div>
      {result && (
        <>
          <div className={styles.row} aria-live="polite">
            {ORDER.map((s) => (
              <Badge key={s} color={COLOR[s]} appearance="tint">{`${t.progressStatus[s]} ${count(s)}`}</Badge>
            ))}
          </div>
          <Button
            onClick={() =>
              void act(
                () => ops.markProgress(result.sheetName, result.findings.filter((f) => f.status === "behind").map((f) => f.address), result.findings.filter((f) => f.status === "overdue").map((f) => f.address)),
                (n) => t.marked(n),
              )
            }
            disabled={busy || !result.findings.some((f) => f.status === "behind" || f.status === "overdue")}
          >
            {t.markProgress}
          </Button>
          <Body1Strong as="h2">{result.sheetName}</Body1Strong>
          <ul className={styles.list}>
            {shown.map((f) => (
              <li key={f.address}>
                <Button appearance="subtle" className={styles.item} onClick={() => void act(() => ops.select(f.sheet, f.address))} aria-label={t.goTo(f.indicatorName, f.address)}>
                  <span>
                    <span>{f.indicatorName}</span>
                    <br />
                    <Caption1>{caption(f, t)}</Caption1>
                  </span>
                  <span>
                    <Sparkline series={f.series} target={targetOf(f)} label={`${f.indicatorName} ${t.progressStatus[f.status]}`} />
                    <Badge color={COLOR[f.status]} appearance="tint">{t.progressStatus[f.status]}</Badge>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Status message={message} />
    </section>
  );
}
