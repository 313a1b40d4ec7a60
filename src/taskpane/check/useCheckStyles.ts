import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  count: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  miss: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  missText: { display: "flex", flexDirection: "column", minWidth: 0, maxWidth: "100%" },
  detail: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  decisions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  match: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "center", height: "100%" },
  fixedRow: { height: "100%", overflow: "hidden" },
  ellipsis: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", display: "block", maxWidth: "100%" },
});
