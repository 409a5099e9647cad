// The preview host: the add-in's task pane beside an in-browser workbook with a real formula
// engine on which the BUDGET functions are registered. No Excel needed. ?lang=da for Danish: the
// task pane, the formula bar (Danish function names, ";" and ",") and the functions' messages.

import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { languageOf } from "../taskpane/i18n";
import { createEngine } from "./engine";
import { Grid } from "./Grid";
import { PreviewGateway, PreviewWorkbook } from "./previewGateway";
import { sampleSheets } from "./sample";
import "./preview.css";

const language = languageOf(new URLSearchParams(location.search).get("lang") ?? navigator.language);
// the workbook keeps formulas in English, as Excel does and as the add-in writes them
const book = new PreviewWorkbook(createEngine(sampleSheets(), "enGB", language));
const heading = language === "da" ? "Budget – eksempelprojektmappe (forhåndsvisning uden Excel)" : "Budget – preview workbook (no Excel needed)";
// the page is in the display language, for screen readers and the browser's tab alike
document.documentElement.lang = language;
document.title = heading;

createRoot(document.getElementById("root") as HTMLElement).render(
  <div className="preview">
    <header className="preview-header">
      {heading}
    </header>
    <main className="preview-body">
      <Grid book={book} locale={language === "da" ? "da-DK" : "en-GB"} language={language} />
      <aside className="taskpane" data-testid="taskpane">
        <App gateway={new PreviewGateway(book)} language={language} />
      </aside>
    </main>
  </div>,
);
