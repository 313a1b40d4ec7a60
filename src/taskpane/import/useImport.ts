import { useCallback, useEffect, useMemo, useState } from "react";
import { BUILTIN_CATALOG } from "../../catalog";
import { buildImported, parseStored, serializeStored, type ReviewedTarget, type StoredCatalog } from "../../catalog/custom";
import { setImportedCatalogs } from "../../catalog/registry";
import { MAX_TEXT_CHARS } from "../../extract/document";
import { extract, type Candidate } from "../../extract/extract";
import type { PlanDocument } from "../../extract/model";
import { usePane } from "../context";
import { useAction } from "../useAction";
import { guessCity, guessTitle, titleOf } from "./guess";
import { blankRow, insertRows, mergeWithPrevious, removeRow, rowFromCandidate, setAccepted, splitRow, toTarget, updateRow, type ReviewRow } from "./review";
import { importStringsFor } from "./strings";

/** The plan being reviewed: its text (every row's offset points into it), and what the reader said. */
interface Source {
  text: string;
  format: string;
  /** The reader's notes (an encoding fallback, pages read, …), shown to the user. */
  notes: string[];
  /** The document model when a reader produced one (a file); null for pasted text. */
  model: PlanDocument | null;
}

const EMPTY: Source = { text: "", format: "", notes: [], model: null };

/** The extractor reads the document model a reader produced (tables, headings), or pasted text. */
function candidatesOf(source: Source): Candidate[] {
  return extract(source.model ?? source.text);
}

/** A review in progress: what the view needs to come back exactly as the user left it. */
interface Review {
  source: Source;
  city: { value: string; edited: boolean };
  title: { value: string; edited: boolean };
  rows: ReviewRow[];
  expanded: number | null;
}

/**
 * Reviews in progress, by workbook connection. The pane shows one tab at a time, so the 导入 view
 * unmounts when the user looks at 模板 or 检查; an hour's review of 150 targets must still be there
 * when they come back.
 */
const reviews = new WeakMap<object, Review>();

/** State of the 导入 view: the document, the review rows, and the catalogues stored in the workbook. */
export function useImport() {
  const { ops, t } = usePane();
  const ti = importStringsFor(t);
  const action = useAction();
  const kept = reviews.get(ops);
  const [source, setSource] = useState<Source>(kept?.source ?? EMPTY);
  // City and title follow the text until the user types their own.
  const [city, setCity] = useState(kept?.city ?? { value: "", edited: false });
  const [title, setTitle] = useState(kept?.title ?? { value: "", edited: false });
  const [rows, setRows] = useState<ReviewRow[]>(kept?.rows ?? []);
  const [expanded, setExpanded] = useState<number | null>(kept?.expanded ?? null);
  const [stored, setStored] = useState<StoredCatalog[]>([]);

  useEffect(() => {
    reviews.set(ops, { source, city, title, rows, expanded });
  }, [ops, source, city, title, rows, expanded]);

  const refreshStored = useCallback(async () => {
    const r = await ops.readCatalogs();
    setStored(r.catalogs);
    setImportedCatalogs(r.catalogs);
    return r;
  }, [ops]);

  useEffect(() => {
    void refreshStored().catch(() => undefined);
  }, [refreshStored]);

  const load = (next: Source, guessedTitle: string) => {
    if (next.text.length > MAX_TEXT_CHARS) throw new Error(ti.tooLong(next.text.length, MAX_TEXT_CHARS));
    setSource(next);
    setCity((c) => (c.edited ? c : { value: guessCity(next.text), edited: false }));
    setTitle((x) => (x.edited ? x : { value: guessedTitle, edited: false }));
    setRows([]);
    setExpanded(null);
  };

  const builtin = useMemo(() => new Set(BUILTIN_CATALOG.cities.map((c) => c.name)), []);

  const say = (text: string, intent: "info" | "error" = "info") => action.setMessage({ intent, text });

  return {
    t,
    ti,
    text: source.text,
    format: source.format,
    notes: source.notes,
    city: city.value,
    setCity: (value: string) => setCity({ value, edited: true }),
    title: title.value,
    setTitle: (value: string) => setTitle({ value, edited: true }),
    rows,
    expanded,
    setExpanded,
    stored,
    ...action,
    setPasted: (value: string) => {
      try {
        load({ text: value, format: "paste", notes: [], model: null }, guessTitle(value));
      } catch (e) {
        say((e as Error).message, "error");
      }
    },
    openFile: (file: File) =>
      action.act(async () => {
        const { readPlanDocument } = await import(/* webpackChunkName: "document" */ "../../extract/document");
        // The reader gives the document model: text, blocks, format, the title it can tell, its notes.
        const doc: Pick<PlanDocument, "text" | "format"> & Partial<PlanDocument> = await readPlanDocument(new Uint8Array(await file.arrayBuffer()), file.name);
        const model = Array.isArray(doc.blocks) ? (doc as PlanDocument) : null;
        load({ text: doc.text, format: doc.format, notes: doc.notes ?? [], model }, titleOf(doc));
        return file.name;
      }),
    /** Starts over with another plan: the review is dropped only on this explicit request. */
    reset: () => {
      setSource(EMPTY);
      setRows([]);
      setExpanded(null);
      setCity((c) => (c.edited ? c : { value: "", edited: false }));
      setTitle((x) => (x.edited ? x : { value: "", edited: false }));
      action.setMessage(null);
    },
    extractNow: () =>
      action.act(async () => {
        const found = candidatesOf(source).map((c) => rowFromCandidate(c));
        setRows(found);
        setExpanded(null);
        return found.length;
      }, (n) => t.extracted(n)),
    update: (key: number, patch: Partial<ReviewRow>) => setRows((rs) => updateRow(rs, key, patch)),
    accept: (keys: readonly number[], accepted: boolean) => setRows((rs) => setAccepted(rs, new Set(keys), accepted)),
    remove: (key: number) => {
      setRows((rs) => removeRow(rs, key));
      setExpanded((k) => (k === key ? null : k));
    },
    split: (key: number) => {
      const r = splitRow(rows, key);
      setRows(r.rows);
      setExpanded(r.added);
    },
    mergeUp: (key: number) => {
      const r = mergeWithPrevious(rows, key, source.text);
      if (!r) return say(ti.nothingAbove, "error");
      setRows(r.rows);
      setExpanded(r.kept);
    },
    /**
     * Adds what the user selected in the document: the targets the extractor reads there in the
     * document's context (so a heading's year still gives the deadline), else those it reads in the
     * selection alone, else one row for the user to fill in. A target already listed is opened, not
     * added twice.
     */
    addSelection: (range: [number, number] | null) => {
      if (!range || range[1] <= range[0]) return say(ti.selectFirst, "error");
      const [start, end] = range;
      const inside = (c: Candidate) => c.offset >= start && c.offset + c.quote.length <= end;
      const listed = (c: Candidate) => rows.some((r) => r.offset === c.offset && r.quote === c.quote);
      let found = candidatesOf(source).filter(inside);
      if (found.length === 0) found = extract(source.text.slice(start, end)).map((c) => ({ ...c, offset: c.offset + start }));
      const fresh = found.filter((c) => !listed(c));
      if (found.length > 0 && fresh.length === 0) {
        const existing = rows.find((r) => r.offset === found[0]!.offset && r.quote === found[0]!.quote)!;
        setExpanded(existing.key);
        return say(ti.alreadyListed(existing.name));
      }
      const added = fresh.length ? fresh.map((c) => ({ ...rowFromCandidate(c), accepted: true })) : [blankRow(source.text.slice(start, end), start)];
      setRows((rs) => insertRows(rs, added));
      setExpanded(added[0]!.key);
      say(ti.addedFromSelection(fresh.length));
    },
    save: () =>
      action.act(async () => {
        const name = city.value.trim().replace(/市$/, "");
        if (!name) throw new Error(t.needCity);
        // The title heads every sheet made from this plan: asked for, never made up.
        const planTitle = title.value.trim();
        if (!planTitle) throw new Error(ti.needTitle);
        if (builtin.has(name)) throw new Error(t.builtinCity(name));
        const accepted = rows.filter((r) => r.accepted);
        if (accepted.length === 0) throw new Error(t.nothingAccepted);
        const checked = accepted.map((r) => ({ row: r, target: toTarget(r, ti.problems) }));
        const bad = checked.filter((x): x is { row: ReviewRow; target: string } => typeof x.target === "string");
        if (bad.length) {
          setExpanded(bad[0]!.row.key);
          throw new Error(ti.fixBeforeSave(bad.length, bad[0]!.target));
        }
        const targets = checked.map((x) => x.target as ReviewedTarget);
        const built = buildImported(name, { title: planTitle }, targets);
        if (built.problems.length) throw new Error(built.problems.slice(0, 3).join("；"));
        await ops.saveCatalog(built.catalog);
        await refreshStored();
        return { city: name, count: built.catalog.indicators.length };
      }, (r) => t.saved(r.city, r.count)),
    exportJson: (c: StoredCatalog) => ops.saveFile(new TextEncoder().encode(serializeStored(c)), `qc-catalog-${c.city.name}.json`, "application/json"),
    importJson: (file: File) =>
      action.act(async () => {
        const parsed = parseStored(await file.text(), [...builtin]);
        if (!parsed.ok) throw new Error(`${file.name}：${parsed.problems.slice(0, 3).join("；")}`);
        await ops.saveCatalog(parsed.catalog);
        await refreshStored();
        return parsed.catalog.city.name;
      }, (name) => t.imported(name)),
    removeStored: (name: string) =>
      action.act(async () => {
        await ops.removeCatalog(name);
        await refreshStored();
        return name;
      }, (name) => t.removed(name)),
  };
}

export type ImportState = ReturnType<typeof useImport>;
