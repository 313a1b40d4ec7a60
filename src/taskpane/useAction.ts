import { useCallback, useState } from "react";

/** One user action at a time: busy while it runs, its message or error afterwards. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string } | null>(null);
  const act = useCallback(async <T,>(f: () => Promise<T>, success?: (r: T) => string | null): Promise<T | undefined> => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await f();
      const text = success?.(r);
      if (text) setMessage({ intent: "success", text });
      return r;
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, message, setMessage, act };
}
