import { useCallback, useEffect, useMemo, useState } from "react";
import { BUILTIN_CATALOG, COMPARATORS, type Comparator } from "../../catalog";
import { buildImported, parseStored, serializeStored, type ReviewedTarget, type StoredCatalog } from "../../catalog/custom";
import { setImportedCatalogs } from "../../catalog/registry";
import { MAX_TEXT_CHARS } from "../../extract/document";
import { extract } from "../../extract/extract";
import { usePane } from "../context";
import { useAction } from "../useAction";

/** One row of the review table: a candidate the user accepts, edits, splits, merges or deletes. */
export interface ReviewRow {
  key: number;
  accepted: boolean;
  name: string;
  category: string;
  comparator: Comparator;
  value: string;
  valueMax: string;
  unit: string;
  deadline: string;
  quote: string;
  offset: number;
  confidence: number | null;
}

let nextKey = 1;

/** The first "…市/县/区" followed by 人民政府/质量/创建… near the start of a plan names its city. */
export function guessCity(text: string): string {
  const m = /([\u4e00-\u9fff]{2,4}?)(?:市|县|区)(?:人民政府|质量|创建|关于|委员会)/.exec(text.slice(0, 400));
  return m?.[1] ?? "";
}

export function guessTitle(text: string): string {
  return (text.split("\n").map((l) => l.trim()).find((l) => l.length >= 6) ?? "").slice(0, 80);
}

function rowsFrom(text: string): ReviewRow[] {
  return extract(text).map((c) => ({
    key: nextKey++,
    accepted: c.confidence >= 0.6,
    name: c.name,
    category: c.category,
    comparator: c.comparator,
    value: String(c.value),
    valueMax: c.valueMax === null ? "" : String(c.valueMax),
    unit: c.unit,
    deadline: c.deadline === null ? "" : String(c.deadline),
    quote: c.quote,
    offset: c.offset,
    confidence: c.confidence,
  }));
}

/** A review row as a catalogue target, or the reason it is not one yet. */
export function toTarget(r: ReviewRow): ReviewedTarget | string {
  if (r.name.trim() === "") return "名称为空";
  const qualitative = r.comparator === "qualitative";
  const value = qualitative ? r.value.trim() : Number(r.value);
  if (qualitative ? value === "" : !Number.isFinite(value)) return `“${r.name}”的目标值无效`;
  const valueMax = r.comparator === "range" ? Number(r.valueMax) : null;
  if (r.comparator === "range" && !Number.isFinite(valueMax)) return `“${r.name}”的上限无效`;
  const deadline = r.deadline.trim() === "" ? null : Number(r.deadline);
  if (deadline !== null && !Number.isInteger(deadline)) return `“${r.name}”的期限应为年份`;
  return { name: r.name.trim(), category: r.category.trim(), comparator: r.comparator, value, valueMax, unit: r.unit.trim(), deadline, quote: r.quote, offset: r.offset };
}

/** State of the 导入 view: the document, the review table, and the catalogues stored in the workbook. */
export function useImport() {
  const { ops, t } = usePane();
  const action = useAction();
  const [text, setText] = useState("");
  const [format, setFormat] = useState("");
  const [city, setCity] = useState("");
  const [title, setTitle] = useState("");
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [focus, setFocus] = useState<number | null>(null);
  const [stored, setStored] = useState<StoredCatalog[]>([]);

  const refreshStored = useCallback(async () => {
    const r = await ops.readCatalogs();
    setStored(r.catalogs);
    setImportedCatalogs(r.catalogs);
    return r;
  }, [ops]);

  useEffect(() => {
    void refreshStored().catch(() => undefined);
  }, [refreshStored]);

  const useText = (value: string, fmt: string) => {
    if (value.length > MAX_TEXT_CHARS) throw new Error(`文本有 ${value.length} 个字符，超过 ${MAX_TEXT_CHARS}，不像是一份规划文本`);
    setText(value);
    setFormat(fmt);
    setCity((c) => c || guessCity(value));
    setTitle((x) => x || guessTitle(value));
    setRows([]);
    setFocus(null);
  };

  const builtin = useMemo(() => new Set(BUILTIN_CATALOG.cities.map((c) => c.name)), []);

  return {
    t,
    text,
    format,
    city,
    setCity,
    title,
    setTitle,
    rows,
    focus,
    setFocus,
    stored,
    ...action,
    comparators: COMPARATORS,
    setPasted: (value: string) => {
      try {
        useText(value, "paste");
      } catch (e) {
        action.setMessage({ intent: "error", text: (e as Error).message });
      }
    },
    openFile: (file: File) =>
      action.act(async () => {
        const { readPlanDocument } = await import(/* webpackChunkName: "document" */ "../../extract/document");
        const doc = await readPlanDocument(new Uint8Array(await file.arrayBuffer()), file.name);
        useText(doc.text, doc.format);
      }),
    extractNow: () =>
      action.act(async () => {
        const found = rowsFrom(text);
        setRows(found);
        return found.length;
      }, (n) => t.extracted(n)),
    update: (key: number, patch: Partial<ReviewRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r))),
    remove: (key: number) => setRows((rs) => rs.filter((r) => r.key !== key)),
    split: (key: number) =>
      setRows((rs) => rs.flatMap((r) => (r.key === key ? [r, { ...r, key: nextKey++, name: `${r.name}（2）`, confidence: null }] : [r]))),
    mergeUp: (key: number) =>
      setRows((rs) => {
        const i = rs.findIndex((r) => r.key === key);
        if (i <= 0) return rs;
        const a = rs[i - 1]!;
        const b = rs[i]!;
        const start = Math.min(a.offset, b.offset);
        const end = Math.max(a.offset + a.quote.length, b.offset + b.quote.length);
        const merged = { ...a, quote: text.slice(start, end), offset: start, confidence: null };
        return [...rs.slice(0, i - 1), merged, ...rs.slice(i + 1)];
      }),
    /** Adds what the user selected in the document: the targets read from it, or one row to fill in. */
    addSelection: (start: number, end: number) => {
      if (end <= start) return;
      const piece = text.slice(start, end);
      const found = rowsFrom(piece).map((r) => ({ ...r, offset: r.offset + start, accepted: true }));
      const added: ReviewRow[] = found.length
        ? found
        : [{ key: nextKey++, accepted: true, name: piece.slice(0, 30), category: "其他", comparator: "qualitative", value: "", valueMax: "", unit: "", deadline: "", quote: piece, offset: start, confidence: null }];
      setRows((rs) => [...rs, ...added].sort((x, y) => x.offset - y.offset));
      setFocus(added[0]!.key);
    },
    save: () =>
      action.act(async () => {
        const name = city.trim().replace(/市$/, "");
        if (!name) throw new Error(t.needCity);
        if (builtin.has(name)) throw new Error(t.builtinCity(name));
        const accepted = rows.filter((r) => r.accepted);
        if (accepted.length === 0) throw new Error(t.nothingAccepted);
        const targets = accepted.map(toTarget);
        const bad = targets.filter((x): x is string => typeof x === "string");
        if (bad.length) throw new Error(bad.slice(0, 3).join("；"));
        const built = buildImported(name, { title: title.trim() || `${name}质量规划` }, targets as ReviewedTarget[]);
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
