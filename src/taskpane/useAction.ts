import { useCallback, useContext, useState } from "react";
import { Pane } from "./context";
import { describeError } from "./errors";
import { stringsFor, type Strings } from "./i18n";

export type Message = { intent: "success" | "error" | "info" | "warning"; text: string };

/**
 * One user action at a time: busy while it runs, its message or error afterwards. Errors are put
 * into words by describeError (never Office's raw text), in the pane's language (from the Pane
 * context, or `strings` where the caller sits above the provider).
 */
export function useAction(strings?: Strings) {
  const pane = useContext(Pane);
  const t = strings ?? pane?.t ?? stringsFor(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const fail = useCallback((e: unknown) => setMessage({ intent: "error", text: describeError(e, t) }), [t]);
  const act = useCallback(
    async <T,>(f: () => Promise<T>, success?: (r: T) => string | null): Promise<T | undefined> => {
      setBusy(true);
      setMessage(null);
      try {
        const r = await f();
        const text = success?.(r);
        if (text) setMessage({ intent: "success", text });
        return r;
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );
  return { busy, message, setMessage, fail, act };
}
