import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckSummary, Finding, UserSheetDetection } from "../../excel";
import { activeIndex } from "../../catalog/registry";
import { usePane } from "../context";
import type { UserChoice } from "../ops";
import { useAction } from "../useAction";

export type CheckPhase = "idle" | "confirm" | "result";

/** Re-checks wait for a pause in typing. */
const RECHECK_DELAY_MS = 600;

/** State of the 检查 view: detection, the user's confirmation, the result, marks, and re-checks on edits. */
export function useCheck() {
  const { ops, t } = usePane();
  const action = useAction();
  const [phase, setPhase] = useState<CheckPhase>("idle");
  const [detection, setDetection] = useState<UserSheetDetection | null>(null);
  const [choice, setChoice] = useState<UserChoice | null>(null);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  const last = useRef<{ kind: "template"; sheet: string } | { kind: "user"; choice: UserChoice } | null>(null);
  const stopWatching = useRef<(() => Promise<void>) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const unwatch = useCallback(async () => {
    const stop = stopWatching.current;
    stopWatching.current = null;
    if (timer.current) clearTimeout(timer.current);
    if (stop) await stop().catch(() => undefined);
  }, []);

  useEffect(() => () => void unwatch(), [unwatch]);

  const runLast = useCallback(async (): Promise<CheckSummary | null> => {
    const l = last.current;
    if (!l) return null;
    return l.kind === "template" ? ops.checkTemplate(l.sheet) : ops.checkUser(l.choice);
  }, [ops]);

  const watch = useCallback(
    async (sheet: string) => {
      await unwatch();
      stopWatching.current = await ops.watch(sheet, () => {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          void runLast().then((s) => s && setSummary(s)).catch((e: unknown) => action.setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) }));
        }, RECHECK_DELAY_MS);
      });
    },
    [ops, unwatch, runLast, action],
  );

  const showResult = useCallback(
    async (s: CheckSummary) => {
      setSummary(s);
      setPhase("result");
      await watch(s.sheet);
    },
    [watch],
  );

  const start = () =>
    action.act(async () => {
      await unwatch();
      const d = await ops.detect();
      setDetection(d);
      if (d.isTemplate) {
        last.current = { kind: "template", sheet: d.sheetName };
        await showResult(await ops.checkTemplate(d.sheetName));
        return;
      }
      if (!d.table) {
        setPhase("idle");
        throw new Error(t.noTable);
      }
      setChoice({
        sheetName: d.sheetName,
        cityName: d.cityGuess ?? activeIndex().cities()[0]!.name,
        headerRow: d.table.headerRow,
        nameColumn: d.table.nameColumn,
        valueColumn: d.table.valueColumn,
        overrides: {},
      });
      setPhase("confirm");
    });

  const confirm = () =>
    action.act(async () => {
      if (!choice) return;
      last.current = { kind: "user", choice };
      await showResult(await ops.checkUser(choice));
    });

  const misses: Finding[] = summary?.findings.filter((f) => f.status === "missed") ?? [];

  return {
    t,
    phase,
    detection,
    choice,
    setChoice: (patch: Partial<UserChoice>) => setChoice((c) => (c ? { ...c, ...patch, ...(patch.cityName && patch.cityName !== c.cityName ? { overrides: {} } : {}) } : c)),
    pickFor: (row: number, id: string) => setChoice((c) => (c ? { ...c, overrides: { ...c.overrides, [row]: id } } : c)),
    summary,
    misses,
    ...action,
    start,
    confirm,
    select: (f: Finding) => action.act(() => ops.select(f.sheet, f.address)),
    mark: () => action.act(() => ops.highlight(summary!.sheet, misses.map((f) => f.address)), (n) => t.marked(n)),
    clear: () => action.act(() => ops.clearMarks(), (n) => t.cleared(n)),
  };
}
