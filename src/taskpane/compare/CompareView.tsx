import { Body1, Button, Caption1, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Busy } from "../Busy";
import { LabeledField } from "../LabeledField";
import { useState } from "react";
import { CONCEPTS, compareConcept } from "../../catalog";
import { activeIndex } from "../../catalog/registry";
import { usePane } from "../context";
import { Status } from "../Status";
import { useAction } from "../useAction";

const useCompareStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left", verticalAlign: "top" },
  warn: { color: tokens.colorPaletteMarigoldForeground2 },
});

/** 对比: one measure's targets across cities, differences stated, insertable as a sheet with a chart. */
export function CompareView() {
  const { ops, t } = usePane();
  const styles = useCompareStyles();
  const { busy, message, act } = useAction();
  const [key, setKey] = useState(CONCEPTS[0]!.key);
  const concept = CONCEPTS.find((c) => c.key === key)!;
  const c = compareConcept(activeIndex(), concept);
  return (
    <section className={styles.root} aria-label={t.tabCompare}>
      <Body1>{t.compareHelp}</Body1>
      <LabeledField label={t.concept}>
        {(id) => (
          <Select id={id} value={key} onChange={(_, d) => setKey(d.value)}>
            {CONCEPTS.map((x) => (
              <option key={x.key} value={x.key}>
                {x.label}
              </option>
            ))}
          </Select>
        )}
      </LabeledField>
      <table className={styles.table}>
        <thead>
          <tr>
            {[t.city, t.name, t.target, t.deadline].map((h) => (
              <th key={h} className={styles.cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r) => (
            <tr key={r.id}>
              <td className={styles.cell}>{r.city}</td>
              <td className={styles.cell}>{r.name}</td>
              <td className={styles.cell}>{r.target}</td>
              <td className={styles.cell}>{r.deadline ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.warnings.map((w) => (
        <Caption1 key={w} className={styles.warn}>
          {w}
        </Caption1>
      ))}
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void act(() => ops.insertComparison(key), (r) => t.compared(r.sheetName, r.charted))}>
          {t.insertCompare}
        </Button>
        {busy && <Busy label={t.busy} />}
      </div>
      <Status message={message} />
    </section>
  );
}
