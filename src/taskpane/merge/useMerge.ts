import { useCallback, useState } from "react";
import type { Report } from "../../report/consolidate";
import { usePane } from "../context";
import { useAction } from "../useAction";
import { mergeStringsFor } from "./strings";

/** The returns picked, the reading progress, and the report once inserted. Host work goes through ops. */
export function useMerge() {
  const { ops, t } = usePane();
  const m = mergeStringsFor(t);
  const action = useAction();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);

  const choose = useCallback((picked: readonly File[]) => {
    const xlsx = picked.filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith("~$"));
    setSkipped(picked.filter((f) => !xlsx.includes(f)).map((f) => f.name));
    // Adding more keeps those chosen before; the same name is taken once.
    setFiles((before) => [...before.filter((b) => !xlsx.some((x) => x.name === b.name)), ...xlsx]);
    setReport(null);
  }, []);

  const clear = useCallback(() => {
    setFiles([]);
    setSkipped([]);
    setReport(null);
    action.setMessage(null);
  }, [action]);

  const merge = useCallback(
    () =>
      action.act(
        async () => {
          setReport(null);
          const inputs: { name: string; bytes: Uint8Array }[] = [];
          for (const f of files) inputs.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
          setProgress({ done: 0, total: inputs.length });
          if (!ops.consolidate || !ops.insertReport) throw new Error(m.nothing);
          const r = await ops.consolidate(inputs, (done, total) => setProgress({ done, total }));
          setProgress(null);
          if (r.rows.length === 0) throw new Error(m.nothing);
          const inserted = await ops.insertReport(r);
          setReport(r);
          return { r, inserted };
        },
        ({ r, inserted }) => m.done(inserted.sheets.join("、"), r.files, r.rows.length),
      ).finally(() => setProgress(null)),
    [action, files, m, ops],
  );

  return { m, t, files, skipped, progress, report, busy: action.busy, message: action.message, choose, clear, merge };
}
