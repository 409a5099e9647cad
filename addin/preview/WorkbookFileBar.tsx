// The preview header's file buttons: open an .xlsx file (picked, or dropped on the sheet) as the
// preview workbook, and save the preview workbook as .xlsx. The file is read and made in this
// browser and sent nowhere; the reader and writer load only when first used. Opening over changes
// not yet saved asks first, naming that they would be lost.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Language } from "../../core";
import type { PreviewWorkbook } from "./previewGateway";
import { bookToSave, openBook } from "./workbookContent";
import { isXlsxName, OpenProblem, openProblemText, workbookFileStrings } from "./workbookFileTypes";

/** The reader and writer, with ExcelJS, in the templates layer's chunk: loaded on first use. */
const loadXlsxFile = () => import(/* webpackChunkName: "templates" */ "./xlsxFile");

type Status = { kind: "info" | "error"; text: string } | null;

/** A download of the bytes under that name, made in the page (a blob of its own origin). */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The name of the file opened, without ".xlsx", for the name it is saved under. */
const stem = (fileName: string) => fileName.replace(/\.xlsx$/i, "").trim() || null;

/** Where the page puts a file dropped on the sheet: opened as the button would open it. */
export type DropTarget = { current: ((file: File) => void) | null };

export function WorkbookFileBar({ book, language, dropRef }: { book: PreviewWorkbook; language: Language; dropRef: DropTarget }) {
  const t = workbookFileStrings(language);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<File | null>(null);
  const [openedName, setOpenedName] = useState<string | null>(null);

  /**
   * Reads the file and opens it in place of the workbook; `agreed` is the workbook's edits when the
   * user said yes to losing them (null: there were none). A change made while the file was read
   * is asked about first.
   */
  async function read(file: File, agreed: number | null): Promise<void> {
    setBusy(true);
    setStatus({ kind: "info", text: t.opening(file.name) });
    try {
      const { readWorkbookFile } = await loadXlsxFile();
      const opened = await readWorkbookFile(new Uint8Array(await file.arrayBuffer()));
      if (book.hasUnsavedChanges && book.edits !== agreed) {
        setStatus(null);
        setAsking(file);
        return;
      }
      openBook(book, opened, language);
      setOpenedName(stem(file.name));
      setStatus({ kind: "info", text: t.opened(file.name, opened.sheets.length) });
    } catch (error) {
      const code = error instanceof OpenProblem ? error.code : "FILE_UNREADABLE";
      setStatus({ kind: "error", text: openProblemText(code, file.name, language) });
    } finally {
      setBusy(false);
    }
  }

  /** Opens a file, asking first when the workbook has changes that opening would lose. */
  function open(file: File): void {
    // one file at a time: a file dropped while another is opening or saving is ignored
    if (busy) return;
    if (!isXlsxName(file.name)) {
      setStatus({ kind: "error", text: openProblemText("FILE_NOT_XLSX_NAME", file.name, language) });
      return;
    }
    // what is being typed in a cell is written first (leaving the cell commits it), so it is asked about
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    if (book.hasUnsavedChanges) setAsking(file);
    else void read(file, null);
  }

  useEffect(() => {
    dropRef.current = open;
  });

  async function save(): Promise<void> {
    setBusy(true);
    const fileName = t.fileName(openedName);
    try {
      const { writeWorkbookFile } = await loadXlsxFile();
      // the workbook as it is now; what is changed while the file is made is not in it
      const edits = book.edits;
      download(await writeWorkbookFile(bookToSave(book)), fileName);
      book.markSaved(edits);
      setStatus({ kind: "info", text: t.saved(fileName) });
    } catch (error) {
      setStatus({ kind: "error", text: t.saveFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <FluentProvider theme={webLightTheme} className="file-bar">
      <span className="preview-title">{t.heading}</span>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="open-xlsx-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) open(file);
        }}
      />
      <Button size="small" disabled={busy} title={t.openHint} onClick={() => input.current?.click()} data-testid="open-xlsx">
        {t.open}
      </Button>
      <Button size="small" disabled={busy} title={t.saveHint} onClick={() => void save()} data-testid="save-xlsx">
        {t.save}
      </Button>
      <span className={status?.kind === "error" ? "file-status error" : "file-status"} role={status?.kind === "error" ? "alert" : "status"} data-testid="file-status">
        {status?.text ?? ""}
      </span>
      <Dialog open={asking !== null} onOpenChange={(_, d) => !d.open && setAsking(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.replaceTitle}</DialogTitle>
            <DialogContent data-testid="replace-text">{asking ? t.replaceText(asking.name) : ""}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAsking(null)} data-testid="replace-cancel">
                {t.replaceCancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const file = asking;
                  setAsking(null);
                  if (file) void read(file, book.edits);
                }}
                data-testid="replace-confirm"
              >
                {t.replaceConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}
