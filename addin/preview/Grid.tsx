// The preview workbook on screen: sheet tabs, a formula bar and a grid of cells. Click to select,
// drag or shift-click to select a block, type in the formula bar and press Enter to change a cell.
// Error cells show their message on hover. The formula bar shows and reads formulas as Excel in
// the user's language does (Danish names, ";" and "," in Danish); the workbook keeps them in English.

import { cellText, type Language } from "../../core";
import { DetailedCellError, ErrorType } from "hyperformula";
import { useEffect, useState, useSyncExternalStore } from "react";
import { cellName, columnName, type CellRef } from "../gateway/address";
import type { RangeFormat } from "../gateway/types";
import { Charts } from "./Charts";
import { readFromFormulaBar, shownInFormulaBar } from "./formulaText";
import type { PreviewWorkbook } from "./previewGateway";

const MIN_ROWS = 30;
const MIN_COLUMNS = 18;

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
 * How a number shows: "#,##0", "#,##0.00", "0" (a year, a count) and "0.0%" as Excel shows them,
 * any other format as without one.
 */
function numberDisplay(locale: string): (value: number, numberFormat: RangeFormat["numberFormat"]) => string {
  // amounts to the øre; small numbers (rates, weights) to 6 decimals, so 0.018724 is not "0.02"
  const amounts = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const small = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const formats: Record<string, Intl.NumberFormat> = {
    "#,##0": new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    "#,##0.00": new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    "0": new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }),
    "0.0%": new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
  return (value, numberFormat) => ((numberFormat === undefined ? undefined : formats[numberFormat]) ?? (Math.abs(value) < 1 ? small : amounts)).format(value);
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
  const { sheet, anchor, focus } = book.selection;
  // what the user is typing, tied to the cell and workbook state it was typed against
  const key = `${sheet}!${cellName(focus)}@${book.version}`;
  const [typing, setTyping] = useState<{ key: string; text: string } | null>(null);
  const draft = typing?.key === key ? typing.text : shownInFormulaBar(book.content(sheet, focus), language);

  const id = book.sheetId(sheet);
  const size = book.engine.getSheetDimensions(id);
  const rows = Math.max(size.height + 5, MIN_ROWS);
  const columns = Math.max(size.width + 2, MIN_COLUMNS);
  const number = numberDisplay(locale);

  const select = (cell: CellRef, extend: boolean) =>
    book.select({ sheet, anchor: extend ? anchor : cell, focus: cell });

  return (
    <div className="workbook">
      <div className="formula-bar">
        <span className="name-box" data-testid="name-box">
          {cellName(focus)}
        </span>
        <input
          aria-label="formula bar"
          data-testid="formula-bar"
          value={draft}
          onChange={(e) => setTyping({ key, text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter") book.type(sheet, focus, readFromFormulaBar(draft, language));
          }}
        />
      </div>
      <div className="grid-scroll">
        <table className="grid" data-sheet={sheet}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c}>{columnName(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
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
                        setDragging(true);
                        select(cell, e.shiftKey);
                      }}
                      // only while the button is really held: Chrome also sends mouse events when the page moves
                      // under a still cursor (a dialog closing), and those must not move the selection
                      onMouseEnter={(e) => dragging && (e.buttons & 1) === 1 && select(cell, true)}
                    >
                      {typeof value === "number" ? number(value, format.numberFormat) : cellText(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
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
            onClick={() => book.select({ sheet: name, anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } })}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
