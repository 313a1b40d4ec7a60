import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckSummary, Finding, UserSheetDetection } from "../../excel";
import { SheetGoneError } from "../../excel/errors";
import { activeIndex } from "../../catalog/registry";
import { usePane } from "../context";
import type { UserChoice } from "../ops";
import { useAction } from "../useAction";

export type CheckPhase = "idle" | "confirm" | "result";

/** Re-checks wait for a pause in typing. */
const RECHECK_DELAY_MS = 600;

/** What was checked last, by the sheet's id in this session (a rename keeps it). */
type Checked = { kind: "template"; sheetId: string } | { kind: "user"; choice: UserChoice };

/**
 * State of the 检查 view: detection, the user's confirmation, the result, marks, and re-checks on
 * edits. The checked sheet is followed by its id, so a rename changes nothing; when it is deleted
 * the results are cleared and the user is told which sheet went.
 */
export function useCheck() {
  const { ops, t } = usePane();
  const action = useAction();
  const [phase, setPhase] = useState<CheckPhase>("idle");
  const [detection, setDetection] = useState<UserSheetDetection | null>(null);
  const [choice, setChoice] = useState<UserChoice | null>(null);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  const last = useRef<Checked | null>(null);
  /** The checked sheet's name as last seen (a re-check after a rename brings the new one). */
  const sheetName = useRef("");
  const stopWatching = useRef<(() => Promise<void>) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { setMessage, fail } = action;

  const unwatch = useCallback(async () => {
    const stop = stopWatching.current;
    stopWatching.current = null;
    if (timer.current) clearTimeout(timer.current);
    if (stop) await stop().catch(() => undefined);
  }, []);

  useEffect(() => () => void unwatch(), [unwatch]);

  /** The checked sheet is gone: nothing shown may still point into it. */
  const forget = useCallback(
    (sheet: string) => {
      last.current = null;
      void unwatch();
      setSummary(null);
      setDetection(null);
      setChoice(null);
      setPhase("idle");
      setMessage({ intent: "warning", text: t.sheetGone(sheet) });
    },
    [unwatch, setMessage, t],
  );

  /** Runs a workbook call; if it finds the checked sheet gone, forgets the results before reporting. */
  const guard = useCallback(
    async <T,>(f: () => Promise<T>): Promise<T> => {
      try {
        return await f();
      } catch (e) {
        if (e instanceof SheetGoneError) forget(e.sheet);
        throw e;
      }
    },
    [forget],
  );

  const runLast = useCallback(async (): Promise<CheckSummary | null> => {
    const l = last.current;
    if (!l) return null;
    return l.kind === "template" ? ops.checkTemplate(l.sheetId) : ops.checkUser(l.choice);
  }, [ops]);

  const show = useCallback((s: CheckSummary) => {
    sheetName.current = s.sheet;
    setSummary(s);
  }, []);

  const recheck = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void guard(runLast)
        .then((s) => s && show(s))
        .catch((e: unknown) => {
          if (!(e instanceof SheetGoneError)) fail(e);
        });
    }, RECHECK_DELAY_MS);
  }, [guard, runLast, fail, show]);

  const showResult = useCallback(
    async (s: CheckSummary) => {
      show(s);
      setPhase("result");
      await unwatch();
      stopWatching.current = await ops.watch(s.sheetId ?? s.sheet, recheck, () => forget(sheetName.current));
    },
    [ops, unwatch, recheck, forget, show],
  );

  const start = () =>
    action.act(async () => {
      await unwatch();
      const d = await ops.detect();
      setDetection(d);
      if (d.isTemplate) {
        const s = await guard(() => ops.checkTemplate(d.sheetId ?? d.sheetName));
        last.current = { kind: "template", sheetId: s.sheetId ?? d.sheetName };
        await showResult(s);
        return;
      }
      if (!d.table) {
        setPhase("idle");
        throw new Error(t.noTable);
      }
      setChoice({
        sheetName: d.sheetName,
        sheetId: d.sheetId,
        cityName: d.cityGuess ?? activeIndex().cities()[0]!.name,
        headerRow: d.table.headerRow,
        nameColumn: d.table.nameColumn,
        valueColumn: d.table.valueColumn,
        picks: {},
      });
      setPhase("confirm");
    });

  const confirm = () =>
    action.act(async () => {
      if (!choice) return;
      last.current = { kind: "user", choice };
      await showResult(await guard(() => ops.checkUser(choice)));
    });

  const misses: Finding[] = useMemo(() => summary?.findings.filter((f) => f.status === "missed") ?? [], [summary]);
  const sheetKey = summary ? (summary.sheetId ?? summary.sheet) : "";

  return {
    t,
    phase,
    detection,
    choice,
    setChoice: (patch: Partial<UserChoice>) => setChoice((c) => (c ? { ...c, ...patch, ...(patch.cityName && patch.cityName !== c.cityName ? { picks: {} } : {}) } : c)),
    pickFor: (name: string, id: string) => setChoice((c) => (c ? { ...c, picks: { ...c.picks, [name]: id } } : c)),
    summary,
    misses,
    ...action,
    start,
    confirm,
    select: (f: Finding) => action.act(() => guard(() => ops.select(sheetKey, f.address, summary?.sheet ?? f.sheet))),
    mark: () => action.act(() => guard(() => ops.highlight(sheetKey, misses.map((f) => f.address))), (n) => t.marked(n)),
    clear: () => action.act(() => ops.clearMarks(), (n) => t.cleared(n)),
  };
}
