import { Button, Caption1, Select } from "@fluentui/react-components";
import { Busy } from "../Busy";
import { LabeledField } from "../LabeledField";
import { Status } from "../Status";
import { useTemplates } from "./useTemplates";
import { useTemplatesStyles } from "./useTemplatesStyles";

/** 模板: pick a city (and categories), insert its indicator sheet or download it as .xlsx. */
export function TemplatesView() {
  const s = useTemplates();
  const styles = useTemplatesStyles();
  return (
    <section className={styles.root} aria-label={s.t.tabTemplates}>
      <LabeledField label={s.t.city}>
        {(id) => (
          <Select id={id} value={s.cityName} onChange={(_, d) => s.setCityName(d.value)} disabled={s.busy}>
            {s.cities.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </LabeledField>
      {s.city && <Caption1 className={styles.plan}>{`${s.city.plan.title}（${s.city.plan.issued}）`}</Caption1>}
      <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>{s.t.categories}</legend>
        <div className={styles.categories}>
          {s.available.map((c) => (
            <label key={c} className={styles.check}>
              <input type="checkbox" className={styles.box} checked={s.categories.includes(c)} onChange={(e) => s.toggleCategory(c, e.currentTarget.checked)} disabled={s.busy} />
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void s.insert()} disabled={s.busy || s.count === 0}>
          {`${s.t.insert}（${s.count}）`}
        </Button>
        <Button onClick={() => void s.download()} disabled={s.busy}>
          {s.t.download}
        </Button>
        {s.busy && <Busy label={s.t.busy} />}
      </div>
      <Status message={s.message} />
    </section>
  );
}
