// The preview workbook on screen: sheet tabs, a formula bar and a grid of cells. Click to select,
// drag or shift-click to select a block, type in the formula bar and press Enter to change a cell.
// From the keyboard as in Excel (gridKeys.ts): arrows, Shift+arrows, typing, F2, Enter, Tab,
// Escape, Delete, Ctrl+C/Ctrl+V as tab-separated text and Ctrl+Z for the grid's own edits. The
// active cell is where the selection began; the Name Box and the formula bar show it.
// Only the rows in view are drawn (rows are of one height; spacers stand for the rows above and
// below), so a sheet of tens of thousands of rows scrolls and selects as fast as a small one; the
// column letters and row numbers stay in view. Dragging a selection past the grid's edge scrolls
// and extends it, and each sheet keeps where it was scrolled to and what was selected on it.
// Numbers show under their number format as Excel shows them (numberDisplay.ts).
// Error cells show their message on hover. The formula bar shows and reads formulas as Excel in
// the user's language does (Danish names, ";" and "," in Danish); the workbook keeps them in English.

import { cellText, type Language } from "../../core";
import { DetailedCellError, ErrorType } from "hyperformula";
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type UIEvent } from "react";
import { blockAddress, cellName, columnName, quoteSheet, type CellRef } from "../gateway/address";
import type { Snapshot } from "../gateway/types";
import { Charts } from "./Charts";
import { readFromFormulaBar, shownInFormulaBar } from "./formulaText";
import { copiedText, editorAction, gridAction, moved, pastedCells, shifted, type EditMode, type GridKey } from "./gridKeys";
import { columnAt, dragStep, DRAG_TICK, drawnRows, reveal, ROW_HEIGHT, UNMEASURED_HEIGHT } from "./gridView";
import { numberText } from "./numberDisplay";
import { PreviewGateway, type PreviewWorkbook } from "./previewGateway";

const MIN_ROWS = 30;
const MIN_COLUMNS = 18;
/** How many grid edits Ctrl+Z can take back, newest first. */
const UNDO_LEVELS = 100;

const LABELS = {
  en: { formulaBar: "formula bar", grid: "worksheet", editor: "cell" },
  da: { formulaBar: "formellinje", grid: "regneark", editor: "celle" },
} as const;

const keyOf = (e: KeyboardEvent): GridKey => ({ key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey });

/** A grid edit to take back: the cells as they were, and as the edit left them. */
interface GridEdit {
  before: Snapshot;
  after: Snapshot;
}

function inBlock(cell: CellRef, a: CellRef, b: CellRef): boolean {
  return (
    cell.row >= Math.min(a.row, b.row) &&
    cell.row <= Math.max(a.row, b.row) &&
    cell.column >= Math.min(a.column, b.column) &&
    cell.column <= Math.max(a.column, b.column)
  );
}

/**
 * The message Excel shows on hovering an error cell: only #VALUE! and #N/A carry one; any other
 * error shows none, whatever the engine says about it.
 */
function errorMessage(raw: unknown): string | undefined {
  if (!(raw instanceof DetailedCellError) || !raw.message) return undefined;
  return raw.type === ErrorType.VALUE || raw.type === ErrorType.NA ? raw.message : undefined;
}

/**
 * A cell's value as the clipboard takes it: as the formula bar shows a constant (a Danish decimal
 * comma in Danish), text as it is, an error as its text.
 */
function copied(value: unknown, language: Language): string {
  return typeof value === "number" ? shownInFormulaBar(String(value), language) : cellText(value);
}

/** Where a sheet was scrolled to and what was selected on it, to come back to. */
interface SheetView {
  top: number;
  left: number;
  anchor: CellRef;
  focus: CellRef;
}

export function Grid({ book, locale, language = "en" }: { book: PreviewWorkbook; locale: string; language?: Language }) {
  const version = () => book.version;
  useSyncExternalStore((l) => book.subscribe(l), version, version);
  const [dragging, setDragging] = useState(false);
  // a drag ends wherever the button is let go, inside the grid or not
  useEffect(() => {
    const stop = () => setDragging(false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);
  const labels = LABELS[language];
  const gateway = useMemo(() => new PreviewGateway(book), [book]);
  const undo = useRef<GridEdit[]>([]);
  const gridRef = useRef<HTMLTableElement>(null);
  const { sheet, anchor, focus } = book.selection;
  // the active cell: where the selection began, as Excel's Name Box and formula bar show it
  const active = anchor;
  // what the user is typing, tied to the cell and workbook state it was typed against; "bar" is
  // typing in the formula bar, the other modes are editing in the cell, which stays open, whatever
  // else changes in the workbook, until committed or cancelled
  const cellKey = `${sheet}!${cellName(active)}`;
  const key = `${cellKey}@${book.version}`;
  const [typing, setTyping] = useState<{ key: string; text: string; mode: EditMode | "bar" } | null>(null);
  const current = typing !== null && typing.key === (typing.mode === "bar" ? key : cellKey) ? typing : null;
  const draft = current?.text ?? shownInFormulaBar(book.content(sheet, active), language);
  const inCell = current !== null && current.mode !== "bar" ? current.mode : null;
  // the edit in a cell, by the cell it began in: committed wherever the focus goes, so nothing typed is lost
  const pending = useRef<{ sheet: string; cell: CellRef; text: string } | null>(null);

  const id = book.sheetId(sheet);
  const size = book.engine.getSheetDimensions(id);
  // the selection is always on the sheet drawn, however far the keyboard took it
  const rows = Math.max(size.height + 5, MIN_ROWS, anchor.row + 2, focus.row + 2);
  const columns = Math.max(size.width + 2, MIN_COLUMNS, anchor.column + 2, focus.column + 2);

  // what is in view: the first row scrolled to and the grid's height, on the sheet they were taken on
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableRowElement>(null);
  const views = useRef(new Map<string, SheetView>());
  const [view, setView] = useState({ sheet, first: 0, height: UNMEASURED_HEIGHT });
  // each sheet's column widths as far as it has been seen: a column is as wide as the widest of
  // its cells drawn so far and stays so, so the columns do not change width as the rows scroll by
  const [widths, setWidths] = useState<Readonly<Record<string, readonly number[]>>>({});
  const widthsNow = widths[sheet] ?? [];
  // just switched to another sheet, it is drawn from the top until it is scrolled back to where it was, before it shows
  const first = view.sheet === sheet ? view.first : 0;
  const { from, to } = drawnRows(first, view.height, rows);

  /** Takes in what the grid shows now (after a scroll, a resize); draws again only when the rows in view change. */
  function seen(el: HTMLDivElement) {
    const kept = views.current.get(sheet);
    if (kept) views.current.set(sheet, { ...kept, top: el.scrollTop, left: el.scrollLeft });
    const next = { sheet, first: Math.floor(el.scrollTop / ROW_HEIGHT), height: el.clientHeight || UNMEASURED_HEIGHT };
    setView((now) => (now.sheet === next.sheet && now.first === next.first && now.height === next.height ? now : next));
  }

  // the grid's height, as the window and the panes beside it change it
  const resized = useEffectEvent(() => {
    if (scrollRef.current !== null) seen(scrollRef.current);
  });
  useEffect(() => {
    const el = scrollRef.current;
    if (el === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => resized());
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // on another sheet the grid is where that sheet was scrolled to; on the same sheet, the cell the
  // keyboard (or a drag) moved the selection to comes into view, drawn or not
  const shown = useRef({ sheet, focus });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const head = headRef.current;
    const before = shown.current;
    shown.current = { sheet, focus };
    const kept = views.current.get(sheet);
    views.current.set(sheet, { top: kept?.top ?? 0, left: kept?.left ?? 0, anchor, focus });
    if (el === null || head === null) return;
    const same = (a: CellRef, b: CellRef) => a.row === b.row && a.column === b.column;
    if (before.sheet !== sheet) {
      el.scrollTop = kept?.top ?? 0;
      el.scrollLeft = kept?.left ?? 0;
      // a selection made there from elsewhere (a panel selecting a block) comes into view
      if (kept === undefined || !same(kept.focus, focus)) reveal(el, head, focus);
    } else if (!same(before.focus, focus)) {
      reveal(el, head, focus);
    } else return;
    seen(el);
  });

  /** Takes in the columns' widths as drawn; draws again only when one of them grew (so this ends). */
  function measured(head: HTMLTableRowElement) {
    const now = [...head.children].slice(1).map((letter) => Math.ceil(letter.getBoundingClientRect().width));
    setWidths((all) => {
      const was = all[sheet] ?? [];
      // a pixel's difference is the rounding of the measure, not a wider cell
      if (now.every((w, c) => w <= (was[c] ?? 0) + 1)) return all;
      return { ...all, [sheet]: now.map((w, c) => Math.max(w, was[c] ?? 0)) };
    });
  }
  useLayoutEffect(() => {
    if (headRef.current !== null) measured(headRef.current);
  });

  // a drag held at or past the grid's edge scrolls it and takes the selection along, a tick at a
  // time, faster the further out the pointer is; the button let go anywhere ends it
  const pointer = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (!dragging) return;
    const track = (e: MouseEvent) => {
      if ((e.buttons & 1) === 0) setDragging(false);
      else pointer.current = { x: e.clientX, y: e.clientY };
    };
    const tick = window.setInterval(() => {
      const el = scrollRef.current;
      const head = headRef.current;
      const at = pointer.current;
      if (el === null || head === null || at === null || book.selection.sheet !== sheet) return;
      const box = el.getBoundingClientRect();
      const corner = (head.firstElementChild as HTMLElement | null)?.offsetWidth ?? 0;
      const down = dragStep(at.y - (box.top + el.clientHeight - 1)) - dragStep(box.top + head.offsetHeight - at.y);
      const right = dragStep(at.x - (box.left + el.clientWidth - 1)) - dragStep(box.left + corner - at.x);
      if (down === 0 && right === 0) return;
      const selection = book.selection;
      const stepped = shifted(selection.focus, down, right);
      // scrolling up or down, the selection's column follows the pointer while it is over one
      const column = right === 0 ? columnAt(head, at.x) : null;
      book.select({ ...selection, focus: column === null ? stepped : { ...stepped, column } });
    }, DRAG_TICK);
    window.addEventListener("mousemove", track);
    return () => {
      window.clearInterval(tick);
      window.removeEventListener("mousemove", track);
      pointer.current = null;
    };
  }, [dragging, book, sheet]);

  const select = (cell: CellRef, extend: boolean) =>
    book.select({ sheet, anchor: extend ? anchor : cell, focus: cell });

  /** Writes a block from its top left as typed, and keeps what it held for Ctrl+Z. */
  async function write(at: CellRef, texts: string[][], on = sheet): Promise<void> {
    if (texts.length === 0 || texts[0].length === 0) return;
    const address = `${quoteSheet(on)}!${blockAddress(at, texts.length, texts[0].length)}`;
    const before = await gateway.snapshot(address);
    book.typeBlock(on, at, texts);
    const after = await gateway.snapshot(address);
    if (before !== null && after !== null) undo.current = [{ before, after }, ...undo.current].slice(0, UNDO_LEVELS);
  }

  /**
   * Takes back the last grid edit and selects its cells. Only while they still hold what the edit
   * left: once the add-in has written over them, they are not put back (Excel forgets its undo then too).
   */
  async function undoLast(): Promise<void> {
    const last = undo.current[0];
    if (last === undefined) return;
    undo.current = undo.current.slice(1);
    const now = await gateway.snapshot(`${quoteSheet(last.after.sheet)}!${last.after.address}`);
    if (now === null || JSON.stringify(now.cells) !== JSON.stringify(last.after.cells)) {
      undo.current = [];
      return;
    }
    await gateway.restore(last.before);
    const rowsBack = last.before.cells.length;
    const columnsBack = last.before.cells[0].length;
    const start = { row: last.before.row, column: last.before.column };
    book.select({ sheet: last.before.sheet, anchor: start, focus: { row: start.row + rowsBack - 1, column: start.column + columnsBack - 1 } });
  }

  const block = book.selectedBlock();
  const blockTexts = (of: (cell: CellRef) => string) =>
    Array.from({ length: block.end.row - block.start.row + 1 }, (_, r) =>
      Array.from({ length: block.end.column - block.start.column + 1 }, (_, c) => of({ row: block.start.row + r, column: block.start.column + c })),
    );

  function startEdit(text: string, mode: EditMode) {
    pending.current = { sheet, cell: active, text };
    setTyping({ key: cellKey, text, mode });
  }

  /** Writes the edit in a cell, if one is under way, into the cell it began in. */
  function finishEdit(): { sheet: string; cell: CellRef } | null {
    const edit = pending.current;
    pending.current = null;
    setTyping(null);
    if (edit === null) return null;
    void write(edit.cell, [[readFromFormulaBar(edit.text, language)]], edit.sheet);
    return edit;
  }

  /**
   * A cell being edited that scrolls out of the rows drawn is committed, as leaving it commits it,
   * and the grid keeps the keyboard: nothing typed is lost with the editor.
   */
  function commitScrolledAway(el: HTMLDivElement) {
    const drawn = drawnRows(Math.floor(el.scrollTop / ROW_HEIGHT), el.clientHeight || UNMEASURED_HEIGHT, rows);
    if (inCell !== null && (active.row < drawn.from || active.row >= drawn.to) && finishEdit() !== null) gridRef.current?.focus({ preventScroll: true });
  }

  /** Commits what is typed into the cell, then moves from it. */
  function commit(rowsDown: number, columnsRight: number) {
    const edit = finishEdit();
    if (edit !== null) {
      book.select({ sheet: edit.sheet, ...moved({ anchor: edit.cell, focus: edit.cell }, { rows: rowsDown, columns: columnsRight, extend: false }) });
    }
    gridRef.current?.focus();
  }

  function onGridKey(e: KeyboardEvent<HTMLTableElement>) {
    if (e.target !== e.currentTarget) return;
    const action = gridAction(keyOf(e));
    if (action.kind === "none") return;
    e.preventDefault();
    if (action.kind === "move") book.select({ sheet, ...moved({ anchor, focus }, action) });
    else if (action.kind === "page") page(action.direction, action.extend);
    else if (action.kind === "edit") startEdit(action.text ?? shownInFormulaBar(book.content(sheet, active), language), action.text === null ? "edit" : "enter");
    else if (action.kind === "clear") void write(block.start, blockTexts(() => ""));
    else void undoLast();
  }

  /**
   * A screen down or up, as Excel's PageDown and PageUp: the grid scrolls by the rows it shows and
   * the active cell (extending, the selection's other end) moves as many rows, keeping its place on screen.
   */
  function page(direction: 1 | -1, extend: boolean) {
    const el = scrollRef.current;
    const head = headRef.current;
    const shownRows = el === null || head === null ? Math.floor(UNMEASURED_HEIGHT / ROW_HEIGHT) : Math.max(1, Math.floor((el.clientHeight - head.offsetHeight) / ROW_HEIGHT));
    if (el !== null) el.scrollTop = Math.max(0, el.scrollTop + direction * shownRows * ROW_HEIGHT);
    book.select({ sheet, ...moved({ anchor, focus }, { rows: direction * shownRows, columns: 0, extend }) });
  }

  function onEditorKey(e: KeyboardEvent<HTMLInputElement>, mode: EditMode) {
    const action = editorAction(keyOf(e), mode);
    if (action.kind === "none") return;
    e.preventDefault();
    if (action.kind === "commit") commit(action.rows, action.columns);
    else {
      pending.current = null;
      setTyping(null);
      gridRef.current?.focus();
    }
  }

  return (
    <div className="workbook">
      <div className="formula-bar">
        <span className="name-box" data-testid="name-box">
          {cellName(active)}
        </span>
        <input
          aria-label={labels.formulaBar}
          data-testid="formula-bar"
          value={draft}
          onChange={(e) => setTyping({ key, text: e.target.value, mode: "bar" })}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              setTyping(null);
              void write(active, [[readFromFormulaBar(draft, language)]]);
            } else if (e.key === "Escape") setTyping(null);
          }}
        />
      </div>
      <div className="grid-scroll" ref={scrollRef} onScroll={(e: UIEvent<HTMLDivElement>) => {
          seen(e.currentTarget);
          commitScrolledAway(e.currentTarget);
        }}>
        <table
          className="grid"
          data-sheet={sheet}
          data-testid="grid"
          aria-label={labels.grid}
          tabIndex={0}
          ref={gridRef}
          onKeyDown={onGridKey}
          onCopy={(e) => {
            if (e.target instanceof HTMLInputElement) return;
            e.preventDefault();
            e.clipboardData.setData("text/plain", copiedText(blockTexts((cell) => copied(book.value(sheet, cell), language))));
          }}
          onPaste={(e) => {
            if (e.target instanceof HTMLInputElement) return;
            e.preventDefault();
            const cells = pastedCells(e.clipboardData.getData("text/plain")).map((row) => row.map((text) => readFromFormulaBar(text, language)));
            if (cells.length === 0 || cells[0].length === 0) return;
            void write(active, cells).then(() =>
              book.select({ sheet, anchor: active, focus: { row: active.row + cells.length - 1, column: active.column + cells[0].length - 1 } }),
            );
          }}
        >
          <thead>
            <tr ref={headRef}>
              <th />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} style={widthsNow[c] === undefined ? undefined : { minWidth: widthsNow[c] }}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {from > 0 && (
              <tr className="spacer" style={{ height: from * ROW_HEIGHT }} aria-hidden="true">
                <td colSpan={columns + 1} />
              </tr>
            )}
            {Array.from({ length: to - from }, (_, i) => from + i).map((r) => (
              <tr key={r}>
                <th>{r + 1}</th>
                {Array.from({ length: columns }, (_, c) => {
                  const cell = { row: r, column: c };
                  const value = book.value(sheet, cell);
                  const raw = book.engine.getCellValue({ sheet: id, row: r, col: c });
                  const message = errorMessage(raw);
                  const fill = book.highlightAt(sheet, cell);
                  const format = book.formatAt(sheet, cell);
                  const filter = book.filterHeaderAt(sheet, cell);
                  const classes = [
                    filter ? "filter" : "",
                    typeof value === "number" ? "num" : "",
                    raw instanceof DetailedCellError ? "error" : "",
                    inBlock(cell, anchor, focus) ? "selected" : "",
                  ];
                  return (
                    <td
                      key={c}
                      data-cell={cellName(cell)}
                      data-value={cellText(value)}
                      className={classes.join(" ").trim()}
                      title={message}
                      style={{ backgroundColor: fill ?? undefined, fontWeight: format.bold ? "bold" : undefined }}
                      data-highlight={fill !== null ? "true" : undefined}
                      data-filter={filter ? "true" : undefined}
                      onMouseDown={(e) => {
                        if (e.target instanceof HTMLInputElement) return;
                        finishEdit();
                        setDragging(true);
                        select(cell, e.shiftKey);
                      }}
                      // only while the button is really held: Chrome also sends mouse events when the page moves
                      // under a still cursor (a dialog closing), and those must not move the selection
                      onMouseEnter={(e) => dragging && (e.buttons & 1) === 1 && select(cell, true)}
                    >
                      {inCell !== null && r === active.row && c === active.column ? (
                        <input
                          className="cell-editor"
                          aria-label={`${labels.editor} ${cellName(cell)}`}
                          data-testid="cell-editor"
                          autoFocus
                          value={draft}
                          onFocus={(e) => e.currentTarget.setSelectionRange(draft.length, draft.length)}
                          onChange={(e) => {
                            if (pending.current !== null) pending.current.text = e.target.value;
                            setTyping({ key: cellKey, text: e.target.value, mode: inCell });
                          }}
                          onKeyDown={(e) => onEditorKey(e, inCell)}
                          onBlur={finishEdit}
                        />
                      ) : typeof value === "number" ? (
                        numberText(value, format.numberFormat, locale)
                      ) : (
                        cellText(value)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {to < rows && (
              <tr className="spacer" style={{ height: (rows - to) * ROW_HEIGHT }} aria-hidden="true">
                <td colSpan={columns + 1} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Charts book={book} sheet={sheet} />
      <div className="sheet-tabs">
        {book.engine.getSheetNames().map((name) => (
          <button
            key={name}
            className={name === sheet ? "active" : ""}
            data-testid={`sheet-${name}`}
            onClick={() => {
              // back on a sheet, its selection is as it was left, as in Excel
              const back = views.current.get(name);
              book.select({ sheet: name, anchor: back?.anchor ?? { row: 0, column: 0 }, focus: back?.focus ?? { row: 0, column: 0 } });
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
