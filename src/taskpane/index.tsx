/**
 * The task pane entry. In the shared runtime this page also hosts the custom functions (the
 * functions bundle is loaded first by taskpane.html), so both use one catalogue.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeOps } from "./ops";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(<App ops={officeOps} displayLanguage={Office.context?.displayLanguage} />);
});
