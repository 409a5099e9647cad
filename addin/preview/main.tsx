// The preview host: the add-in's task pane beside an in-browser workbook with a real formula
// engine on which the BUDGET functions are registered. No Excel needed. ?lang=da for Danish: the
// task pane, the formula bar (Danish function names, ";" and ",") and the functions' messages.
// The header opens a copy of the user's own .xlsx workbook in place of the sample, and saves the
// preview workbook as .xlsx; the file never leaves the browser.

import { useRef, useSyncExternalStore, type DragEvent } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { languageOf } from "../taskpane/i18n";
import { createEngine } from "./engine";
import { Grid } from "./Grid";
import { PreviewGateway, PreviewWorkbook } from "./previewGateway";
import { sampleSheets } from "./sample";
import { WorkbookFileBar, type DropTarget } from "./WorkbookFileBar";
import { workbookFileStrings } from "./workbookFileTypes";
import "./preview.css";

const language = languageOf(new URLSearchParams(location.search).get("lang") ?? navigator.language);
// the workbook keeps formulas in English, as Excel does and as the add-in writes them
const book = new PreviewWorkbook(createEngine(sampleSheets(), "enGB", language));
// the page is in the display language, for screen readers and the browser's tab alike
document.documentElement.lang = language;
document.title = workbookFileStrings(language).heading;

// the pane's gateway is for the workbook as opened: work begun on one since replaced goes no further
let gateway = new PreviewGateway(book);
function gatewayNow(): PreviewGateway {
  if (gateway.generation !== book.generation) gateway = new PreviewGateway(book);
  return gateway;
}

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes("Files");

function Preview() {
  const generation = useSyncExternalStore(
    (listener) => book.subscribe(listener),
    () => book.generation,
  );
  const dropRef = useRef<DropTarget["current"]>(null);
  return (
    <div
      className="preview"
      // a file dropped anywhere else is not opened by the browser in place of the page (and its workbook)
      onDragOver={(e) => {
        if (hasFiles(e)) e.preventDefault();
      }}
      onDrop={(e) => {
        if (hasFiles(e)) e.preventDefault();
      }}
    >
      <header className="preview-header">
        <WorkbookFileBar book={book} language={language} dropRef={dropRef} />
      </header>
      <main className="preview-body">
        {/* a file dropped on the sheet opens as the Open button opens it */}
        <div
          className="workbook-drop"
          data-testid="workbook-drop"
          onDragOver={(e) => {
            if (hasFiles(e)) e.preventDefault();
          }}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0];
            if (file === undefined) return;
            e.preventDefault();
            dropRef.current?.(file);
          }}
        >
          {/* a workbook opened in place of another starts afresh: no edit, undo or panel state of the one before */}
          <Grid key={`grid-${generation}`} book={book} locale={language === "da" ? "da-DK" : "en-GB"} language={language} />
        </div>
        <aside className="taskpane" data-testid="taskpane">
          <App key={`pane-${generation}`} gateway={gatewayNow()} language={language} />
        </aside>
      </main>
    </div>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Preview />);
