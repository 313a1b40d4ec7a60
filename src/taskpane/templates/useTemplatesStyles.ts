import { makeStyles, tokens } from "@fluentui/react-components";

export const useTemplatesStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  categories: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  // A native checkbox in the brand colour (Fluent's Checkbox would add its own package to the first load).
  check: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  box: { width: "16px", height: "16px", margin: 0, accentColor: tokens.colorCompoundBrandBackground, cursor: "pointer" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  plan: { color: tokens.colorNeutralForeground3 },
});
