import { makeStyles } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

/** Lists up to this long render every item; longer ones render only the rows in view. */
export const VIRTUALIZE_FROM = 100;
/** Rows rendered above and below the visible window (smooth scrolling, keyboard focus nearby). */
const OVERSCAN = 8;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  scroller: { overflowY: "auto", position: "relative" },
  item: { boxSizing: "border-box", overflow: "hidden" },
});

export interface VirtualListProps<T> {
  items: readonly T[];
  /** The height of every row in px (rows are laid out at this height when virtualized). */
  itemHeight: number;
  /** The scroll box's height in px. */
  height: number;
  label: string;
  itemKey: (item: T) => string;
  renderItem: (item: T, virtual: boolean) => ReactNode;
  className?: string;
}

/**
 * A list (ul/li, so screen readers count it as one) that stays fast with tens of thousands of rows:
 * past VIRTUALIZE_FROM items only the rows in view are in the DOM, between spacers that keep the
 * scroll height true; each row says its position in the whole list (aria-posinset/setsize).
 */
export function VirtualList<T>({ items, itemHeight, height, label, itemKey, renderItem, className }: VirtualListProps<T>) {
  const styles = useStyles();
  const [scrollTop, setScrollTop] = useState(0);
  const listClass = className ? `${styles.list} ${className}` : styles.list;
  if (items.length <= VIRTUALIZE_FROM) {
    return (
      <ul className={listClass} aria-label={label}>
        {items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item, false)}</li>
        ))}
      </ul>
    );
  }
  const first = Math.max(0, Math.floor(scrollTop / itemHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / itemHeight) + OVERSCAN);
  return (
    <div className={styles.scroller} style={{ height }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} tabIndex={0} role="region" aria-label={label}>
      <ul className={listClass} aria-label={label} style={{ paddingTop: first * itemHeight, paddingBottom: (items.length - last) * itemHeight, rowGap: 0 }}>
        {items.slice(first, last).map((item, i) => (
          <li key={itemKey(item)} className={styles.item} style={{ height: itemHeight }} aria-setsize={items.length} aria-posinset={first + i + 1}>
            {renderItem(item, true)}
          </li>
        ))}
      </ul>
    </div>
  );
}
