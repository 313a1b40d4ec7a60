import { Label, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/**
 * A label above a control, tied by id. Fluent's Field does the same and more (validation messages
 * with their icons); the pane needs none of that, and Field with its icons weighs more than the rest
 * of the pane's own code.
 */
export function LabeledField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId("field");
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      {children(id)}
    </div>
  );
}
