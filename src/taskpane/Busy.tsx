import { makeStyles, tokens } from "@fluentui/react-components";

/** A small busy indicator with its words (for screen readers and sighted users alike). */
const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  ring: {
    width: "14px",
    height: "14px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
});

export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root} role="status">
      <span className={styles.ring} aria-hidden />
      {label}
    </span>
  );
}
