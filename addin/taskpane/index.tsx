// The task pane's entry in Excel: waits for Office, picks the language Office displays, and
// renders the panels on the Office.js gateway. The custom functions are registered from this same
// bundle (shared runtime): the page parses every module once.

import "../functions/functions";
import { createRoot } from "react-dom/client";
import { OfficeGateway } from "../gateway/office";
import { App } from "./App";
import { languageOf } from "./i18n";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App gateway={new OfficeGateway()} language={languageOf(Office.context.displayLanguage)} />);
});
