import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  count: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  miss: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  missText: { display: "flex", flexDirection: "column" },
  detail: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  matches: { maxHeight: "16rem", overflowY: "auto" },
  match: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "center", marginBottom: tokens.spacingVerticalXS },
});
