import { createContext, useContext } from "react";
import { stringsFor, type Strings } from "./i18n";
import type { ExcelOps } from "./ops";

/** What every view needs: the workbook operations and the words in the user's language. */
export interface PaneContext {
  ops: ExcelOps;
  t: Strings;
}

export const Pane = createContext<PaneContext | null>(null);

export function usePane(): PaneContext {
  const p = useContext(Pane);
  if (!p) throw new Error("usePane outside <Pane.Provider>");
  return p;
}

export { stringsFor };
