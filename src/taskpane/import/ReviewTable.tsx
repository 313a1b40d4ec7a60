import {
  Button,
  Caption1,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Fragment, type KeyboardEvent } from "react";
import { RowEditor } from "./RowEditor";
import { isLow, targetText, toTarget, type ReviewFilter, type ReviewRow } from "./review";
import type { ImportState } from "./useImport";
import { useReviewTable } from "./useReviewTable";

const useReviewTableStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  filter: { minWidth: 0, maxWidth: "100%" },
  search: { minWidth: 0, flex: "1 1 6rem" },
  // Fixed layout: the name column takes what the narrow ones leave, and long names are cut with "…".
  // Widths include the (reduced) cell padding, so a 320 px pane leaves the name about 9 characters.
  table: { tableLayout: "fixed", width: "100%" },
  colAccept: { width: "28px", boxSizing: "border-box" },
  colTarget: { width: "3.75rem", boxSizing: "border-box" },
  colDeadline: { width: "2.5rem", boxSizing: "border-box" },
  colConfidence: { width: "2.25rem", boxSizing: "border-box" },
  tight: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  cell: { overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", fontSize: tokens.fontSizeBase200 },
  nameButton: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
  nameText: { overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", textAlign: "start" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  low: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  manual: { color: tokens.colorNeutralForeground3 },
  editorCell: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

/** Up/Down move between the same control of neighbouring rows (the 采用 boxes, or the names). */
function moveBetweenRows(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const target = e.target as HTMLElement;
  const column = target.dataset.nav;
  if (!column) return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(`[data-nav="${column}"]`)];
  const next = all[all.indexOf(target) + (e.key === "ArrowDown" ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/**
 * The review at plan size: one dense row per candidate (采用, name, target, year, confidence),
 * filtered and paged; a row opens in place to edit it and to see its sentence in the plan.
 */
export function ReviewTable({ s }: { s: ImportState }) {
  const styles = useReviewTableStyles();
  const { t, ti } = s;
  const v = useReviewTable(s.rows, s.expanded, s.setExpanded);
  const idBase = useId("review");
  const nameId = (key: number) => `${idBase}-name-${key}`;
  const filterId = `${idBase}-filter`;

  /** Keys on a row's controls: Up/Down to the neighbouring row, PageDown/PageUp to the next or previous page. */
  const onRowKeys = (e: KeyboardEvent<HTMLElement>) => {
    const column = (e.target as HTMLElement).dataset.nav;
    if (!column || (e.key !== "PageDown" && e.key !== "PageUp")) return moveBetweenRows(e);
    const to = v.page + (e.key === "PageDown" ? 1 : -1);
    if (to < 0 || to >= v.pageCount) return;
    e.preventDefault();
    const body = e.currentTarget;
    v.setPage(to);
    // The focus goes to the same control in the first row of the new page.
    requestAnimationFrame(() => body.querySelector<HTMLElement>(`[data-nav="${column}"]`)?.focus());
  };

  const collapse = (key: number) => {
    s.setExpanded(null);
    // Back to the row's name, so the keyboard user continues where they were.
    requestAnimationFrame(() => document.getElementById(nameId(key))?.focus());
  };

  return (
    <section className={styles.root} aria-label={ti.reviewTitle}>
      <div className={styles.toolbar}>
        <label htmlFor={filterId}>{ti.filterLabel}</label>
        <Select id={filterId} className={styles.filter} size="small" value={v.filter} onChange={(_, d) => v.setFilter(d.value as ReviewFilter)}>
          <option value="all">{ti.filterAll(v.counts.total)}</option>
          <option value="low">{ti.filterLow(v.counts.low)}</option>
          <option value="pending">{ti.filterPending(v.counts.pending)}</option>
        </Select>
        <Input className={styles.search} size="small" type="search" value={v.query} placeholder={ti.searchHint} aria-label={ti.search} onChange={(_, d) => v.setQuery(d.value)} />
        <Caption1 role="status">{ti.counts(v.counts.total, v.counts.accepted, v.counts.low)}</Caption1>
      </div>

      <Table size="extra-small" className={styles.table} aria-label={ti.reviewTitle}>
        <TableHeader>
          <TableRow>
            <TableSelectionCell
              className={styles.colAccept}
              checked={v.selectAllState}
              onClick={() => s.accept(v.matching.map((r) => r.key), v.selectAllState !== true)}
              checkboxIndicator={{ "aria-label": ti.selectAll(v.matching.length), disabled: v.matching.length === 0 }}
            />
            <TableHeaderCell className={styles.tight}>{t.name}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.colTarget, styles.tight)}>{ti.colTarget}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.colDeadline, styles.tight)}>{ti.colDeadline}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.colConfidence, styles.tight)}>{ti.colConfidence}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody onKeyDown={onRowKeys}>
          {v.pageRows.map((r) => {
            const open = s.expanded === r.key;
            const problem = r.accepted ? toTarget(r, ti.problems) : null;
            const why = typeof problem === "string" ? problem : null;
            return (
              <Fragment key={r.key}>
                <TableRow>
                  <TableSelectionCell
                    checked={r.accepted}
                    onClick={() => s.accept([r.key], !r.accepted)}
                    // data-* attributes reach the checkbox's input, though the slot's type does not list them.
                    checkboxIndicator={{ "aria-label": ti.acceptRow(r.name), "data-nav": "accept" } as never}
                  />
                  <TableCell className={styles.tight}>
                    <Button
                      id={nameId(r.key)}
                      data-nav="name"
                      className={mergeClasses(styles.nameButton, why !== null && styles.problem)}
                      appearance="transparent"
                      size="small"
                      icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
                      aria-expanded={open}
                      title={why !== null ? ti.problemHint(why) : r.quote}
                      onClick={() => s.setExpanded(open ? null : r.key)}
                    >
                      <span className={styles.nameText}>{r.name || "—"}</span>
                    </Button>
                  </TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.tight)} title={targetText(r)}>
                    {targetText(r)}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.tight)}>{r.deadline}</TableCell>
                  <TableCell
                    className={mergeClasses(styles.cell, styles.tight, isLow(r) && styles.low, r.confidence === null && styles.manual)}
                    title={r.confidence === null ? ti.manualHint : isLow(r) ? ti.lowHint : undefined}
                  >
                    {r.confidence === null ? ti.manual : r.confidence.toFixed(2)}
                  </TableCell>
                </TableRow>
                {open && (
                  <TableRow>
                    <TableCell colSpan={5} className={styles.editorCell}>
                      <RowEditor s={s} row={r} problem={why} onClose={() => collapse(r.key)} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
      {v.pageRows.length === 0 && <Caption1>{ti.emptyFilter}</Caption1>}

      {v.pageCount > 1 && (
        <nav className={styles.pager} aria-label={ti.pagination}>
          <Button size="small" disabled={v.page === 0} onClick={() => v.setPage(v.page - 1)}>
            {ti.prevPage}
          </Button>
          <Caption1 aria-live="polite">{ti.page(v.page + 1, v.pageCount)}</Caption1>
          <Button size="small" disabled={v.page >= v.pageCount - 1} onClick={() => v.setPage(v.page + 1)}>
            {ti.nextPage}
          </Button>
        </nav>
      )}
    </section>
  );
}
