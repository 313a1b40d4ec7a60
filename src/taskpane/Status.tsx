import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Message } from "./useAction";

/**
 * The outcome of the last action, announced to screen readers: an error as an alert, anything else
 * as a status; with `onDismiss`, the user can close it. Drawn in the colours of Fluent's message bar
 * (without its animation and icon packages, which the first load does not need).
 */
const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "pre-line",
    overflowWrap: "anywhere",
  },
  text: { flexGrow: 1 },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...shorthands.borderColor(tokens.colorStatusSuccessBorder1) },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...shorthands.borderColor(tokens.colorStatusDangerBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.borderColor(tokens.colorStatusWarningBorder1) },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
});

export function Status({ message, onDismiss, dismissLabel }: { message: Message | null; onDismiss?: () => void; dismissLabel?: string }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <div className={mergeClasses(styles.bar, styles[message.intent])} role={message.intent === "error" ? "alert" : "status"}>
      <span className={styles.text}>{message.text}</span>
      {onDismiss && (
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {dismissLabel ?? "×"}
        </Button>
      )}
    </div>
  );
}
