// The preview's workbook gateway: the same interface as the Office.js one, on the in-browser
// workbook (HyperFormula). The workbook state (sheets, active sheet, selection) lives in
// PreviewWorkbook so the grid and the task pane see the same thing.

import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { blockAddress, parseBlock, withSheet, type BlockRef, type CellRef } from "../gateway/address";
import { asCellText } from "../gateway/sanitize";
import { isFormula, type CellInput, type CellValue, type ChartSpec, type RangeData, type WorkbookGateway } from "../gateway/types";

export interface Selection {
  sheet: string;
  anchor: CellRef;
  focus: CellRef;
}

/** The preview workbook: the engine plus what the user has selected; notifies on every change. */
export interface PreviewChart extends ChartSpec {
  sheet: string;
}

export class PreviewWorkbook {
  private listeners = new Set<() => void>();
  selection: Selection;
  readonly charts: PreviewChart[] = [];
  version = 0;

  constructor(readonly engine: HyperFormula) {
    const first = engine.getSheetNames()[0];
    this.selection = { sheet: first, anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named "${name}"`);
    return id;
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.changed();
  }

  selectedBlock(): BlockRef {
    const { anchor, focus, sheet } = this.selection;
    return {
      sheet,
      start: { row: Math.min(anchor.row, focus.row), column: Math.min(anchor.column, focus.column) },
      end: { row: Math.max(anchor.row, focus.row), column: Math.max(anchor.column, focus.column) },
    };
  }

  /** A cell's value as read through the gateway: errors as their text ("#VALUE!"), empty as null. */
  value(sheet: string, cell: CellRef): CellValue {
    return toCellValue(this.engine.getCellValue({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column }));
  }

  /** What the user typed: a formula with its "=", or the value. */
  content(sheet: string, cell: CellRef): string {
    const raw = this.engine.getCellSerialized({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column });
    return raw === null || raw === undefined ? "" : String(raw);
  }

  /** Sets one cell as a person typing into it would. */
  type(sheet: string, cell: CellRef, text: string): void {
    const trimmed = text.trim();
    const content: RawCellContent = trimmed === "" ? null : /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
    this.engine.setCellContents({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column }, content);
    this.changed();
  }
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export class PreviewGateway implements WorkbookGateway {
  constructor(private readonly book: PreviewWorkbook) {}

  private resolve(ref: string): BlockRef & { sheet: string } {
    const block = parseBlock(ref);
    if (!block) throw new Error(`"${ref}" is not a range address`);
    return { ...block, sheet: block.sheet ?? this.book.selection.sheet };
  }

  async getSelection(): Promise<string> {
    const block = this.book.selectedBlock();
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    return withSheet(block.sheet, blockAddress(block.start, rows, columns));
  }

  async readRange(ref: string): Promise<RangeData> {
    const block = this.resolve(ref);
    const values: CellValue[][] = [];
    for (let r = block.start.row; r <= block.end.row; r++) {
      const row: CellValue[] = [];
      for (let c = block.start.column; c <= block.end.column; c++) row.push(this.book.value(block.sheet, { row: r, column: c }));
      values.push(row);
    }
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    return { sheet: block.sheet, address: blockAddress(block.start, rows, columns), row: block.start.row, column: block.start.column, values };
  }

  async writeRange(topLeft: string, cells: CellInput[][]): Promise<void> {
    const block = this.resolve(topLeft);
    const sheet = this.book.sheetId(block.sheet);
    const contents: RawCellContent[][] = cells.map((row, r) =>
      row.map((cell, c): RawCellContent => {
        if (cell === null) return this.book.engine.getCellSerialized({ sheet, row: block.start.row + r, col: block.start.column + c }) as RawCellContent;
        if (isFormula(cell)) return cell.formula;
        if (typeof cell === "string") return cell === "" ? null : asCellText(cell);
        return cell;
      }),
    );
    this.book.engine.setCellContents({ sheet, row: block.start.row, col: block.start.column }, contents);
    this.book.changed();
  }

  async addChart(chart: ChartSpec): Promise<void> {
    const block = this.resolve(chart.range);
    this.book.sheetId(block.sheet); // the sheet must exist, as in Excel
    this.book.charts.push({ ...chart, sheet: block.sheet });
    this.book.changed();
  }

  async selectRange(ref: string): Promise<void> {
    const block = this.resolve(ref);
    this.book.select({ sheet: block.sheet, anchor: block.start, focus: block.end });
  }
}
