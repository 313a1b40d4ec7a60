import { useEffect, useMemo, useState } from "react";
import { countRows, filterRows, type ReviewFilter, type ReviewRow } from "./review";

/** Rows per page: a 十四五 plan's 150 targets are 8 pages, and a page fits a task pane's height. */
export const PAGE_SIZE = 20;

/**
 * What the review table shows: the filter, the page, and the rows on it. Paging keeps 150+ rows fast
 * (only one page is in the DOM) and works with the keyboard like any button.
 */
export function useReviewTable(rows: readonly ReviewRow[], expanded: number | null, setExpanded: (key: number | null) => void) {
  const [filter, setFilterState] = useState<ReviewFilter>("all");
  const [page, setPage] = useState(0);
  const [query, setQueryState] = useState("");

  const counts = useMemo(() => countRows(rows), [rows]);
  // The rows the filter selects (select-all works on these) …
  const matching = useMemo(() => filterRows(rows, filter, null, query), [rows, filter, query]);
  // … and the rows shown: the same, plus the row being edited, which never vanishes under the user.
  const shown = useMemo(() => filterRows(rows, filter, expanded, query), [rows, filter, expanded, query]);

  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pageCount - 1);

  // A row opened from elsewhere (added from a selection, split off, merged into, the first to fix
  // before saving) is brought into view: its page is turned to.
  useEffect(() => {
    if (expanded === null) return;
    const i = shown.findIndex((r) => r.key === expanded);
    if (i >= 0) setPage(Math.floor(i / PAGE_SIZE));
    // Only when the opened row changes: edits inside it must not turn the page.
  }, [expanded]);

  const allAccepted = matching.length > 0 && matching.every((r) => r.accepted);
  const someAccepted = matching.some((r) => r.accepted);

  return {
    filter,
    setFilter: (f: ReviewFilter) => {
      setFilterState(f);
      setPage(0);
      setExpanded(null);
    },
    query,
    setQuery: (q: string) => {
      setQueryState(q);
      setPage(0);
    },
    counts,
    matching,
    pageRows: shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE),
    page: current,
    pageCount,
    setPage: (p: number) => setPage(Math.max(0, Math.min(pageCount - 1, p))),
    /** The header checkbox: every filtered row used, some, or none. */
    selectAllState: allAccepted ? true : someAccepted ? ("mixed" as const) : false,
  };
}
