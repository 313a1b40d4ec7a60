import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

/**
 * The pane's tab bar, in Fluent's look: an ARIA tablist with one tab stop (the selected tab), arrow
 * keys / Home / End moving between tabs and selecting them, as Fluent's TabList does. Written here
 * because Fluent's TabList brings its focus-management library (tabster) into the first load — about
 * a quarter of it — for what these few lines do.
 */
const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: "relative",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

export function tabId(value: string): string {
  return `qc-tab-${value}`;
}

export function panelId(value: string): string {
  return `qc-panel-${value}`;
}

export function Tabs<T extends string>({ tabs, selected, onSelect, label }: { tabs: TabItem<T>[]; selected: T; onSelect: (value: T) => void; label: string }) {
  const styles = useStyles();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (e: KeyboardEvent, from: number) => {
    const last = tabs.length - 1;
    const to = e.key === "ArrowRight" || e.key === "ArrowDown" ? (from === last ? 0 : from + 1) : e.key === "ArrowLeft" || e.key === "ArrowUp" ? (from === 0 ? last : from - 1) : e.key === "Home" ? 0 : e.key === "End" ? last : -1;
    if (to < 0) return;
    e.preventDefault();
    const next = tabs[to]!.value;
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => void (el ? refs.current.set(tab.value, el) : refs.current.delete(tab.value))}
          type="button"
          role="tab"
          id={tabId(tab.value)}
          aria-selected={tab.value === selected}
          aria-controls={panelId(tab.value)}
          tabIndex={tab.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
