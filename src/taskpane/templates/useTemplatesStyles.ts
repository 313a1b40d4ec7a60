import { makeStyles, tokens } from "@fluentui/react-components";

export const useTemplatesStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  categories: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  plan: { color: tokens.colorNeutralForeground3 },
});
