// The preview's workbook gateway: the same interface as the Office.js one, on the in-browser
// workbook (HyperFormula). The workbook state (sheets, active sheet, selection, charts, highlight
// rules, formats, marks) lives in PreviewWorkbook so the grid and the task pane see the same thing.

import { DetailedCellError, type ExportedChange, type HyperFormula, type RawCellContent } from "hyperformula";
import { BudgetError } from "../../core";
import { blockAddress, parseBlock, parseRef, quoteSheet, withSheet, type BlockRef, type CellRef } from "../gateway/address";
import { checkCells, checkChartTitle, checkHighlight, checkOnSheet, checkSheetName, parseAnchor } from "../gateway/checks";
import { asCellText } from "../gateway/sanitize";
import {
  isFormula,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type ColumnWidths,
  type HighlightRule,
  type Mark,
  type RangeData,
  PartialWriteError,
  type RangeFormat,
  type RowsWritten,
  type Snapshot,
  type WorkbookGateway,
  type WorkbookOpening,
} from "../gateway/types";
import { BlockedSpills, type Written } from "./spills";

export interface Selection {
  sheet: string;
  anchor: CellRef;
  focus: CellRef;
}

/** A chart on a sheet (the sheet as the engine spells it). */
export interface PreviewChart extends ChartSpec {
  sheet: string;
}

/** A block on a sheet (the sheet as the engine spells it). */
export type SheetBlock = BlockRef & { sheet: string };

/** A highlight rule as the grid evaluates it: `flag` is the flag's sheet column. */
export interface PreviewHighlight {
  block: SheetBlock;
  flag: number;
  equals: string;
  fill: string;
}

/** How many cells the preview writes as one change of the engine, as Excel takes a large write in several requests. */
const CELLS_PER_BATCH = 20_000;

/** What the preview keeps beside the engine when the workbook is replaced; markComments by "sheet id:name". */
export interface ReplacedState {
  formats: ReadonlyMap<string, readonly [CellRef, RangeFormat][]>;
  markComments: ReadonlyMap<string, string>;
  settings: ReadonlyMap<string, unknown>;
  filters: ReadonlyMap<string, SheetBlock>;
}

/** Why work begun on a workbook since replaced goes no further. */
const REPLACED = "the preview workbook was replaced by a file opened; this work goes no further";

/** Excel's number format of a cell that has none set. */
const GENERAL = "General";

function contains(outer: SheetBlock, inner: SheetBlock): boolean {
  return (
    outer.sheet === inner.sheet &&
    outer.start.row <= inner.start.row &&
    outer.start.column <= inner.start.column &&
    outer.end.row >= inner.end.row &&
    outer.end.column >= inner.end.column
  );
}

function inside(cell: CellRef, block: BlockRef): boolean {
  return cell.row >= block.start.row && cell.row <= block.end.row && cell.column >= block.start.column && cell.column <= block.end.column;
}

const cellKey = (cell: CellRef) => `${cell.row}:${cell.column}`;

/** Every cell of a block, row by row. */
function* cellsOf(block: BlockRef): Generator<CellRef> {
  for (let row = block.start.row; row <= block.end.row; row++) {
    for (let column = block.start.column; column <= block.end.column; column++) yield { row, column };
  }
}

/** The preview workbook: the engine plus what the user has selected; notifies on every change. */
export class PreviewWorkbook {
  private listeners = new Set<() => void>();
  selection: Selection;
  readonly charts: PreviewChart[] = [];
  readonly highlights: PreviewHighlight[] = [];
  /** Formats by sheet, then by cell ("row:column"), as Excel keeps one format per cell. */
  private readonly formats = new Map<string, Map<string, RangeFormat>>();
  /** What each mark stores, by "sheet id:name" (the marks themselves are the engine's named expressions). */
  private readonly markComments = new Map<string, string>();
  /** The workbook's settings: values the add-in keeps, seen by no one. */
  readonly settings = new Map<string, unknown>();
  /** Each sheet's AutoFilter, by sheet: its block, the first row the headers with filter buttons. */
  readonly filters = new Map<string, SheetBlock>();
  version = 0;
  /** How many times the whole workbook has been replaced (a file opened): what shows it starts afresh. */
  generation = 0;
  /** How many changes that a replacement would lose have been made (a new selection is none). */
  edits = 0;
  /** `edits` when the workbook was opened or last saved. */
  private savedAt = 0;
  private spills: BlockedSpills;

  constructor(public engine: HyperFormula) {
    this.spills = new BlockedSpills(engine);
    const first = engine.getSheetNames()[0];
    this.selection = { sheet: first, anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; `edit` false for a change that loses nothing when the workbook is replaced. */
  changed(edit = true): void {
    this.version++;
    if (edit) this.edits++;
    for (const listener of this.listeners) listener();
  }

  /** Whether replacing the workbook now would lose a change made since it was opened or saved. */
  get hasUnsavedChanges(): boolean {
    return this.edits !== this.savedAt;
  }

  /**
   * The workbook as it was after `edits` changes has been saved to a file: changes made while the
   * file was being made are not in it, and still count as unsaved.
   */
  markSaved(edits = this.edits): void {
    this.savedAt = edits;
    this.changed(false);
  }

  /**
   * Replaces the whole workbook: the engine (its sheets, values, formulas and names) and all the
   * preview keeps beside it. Charts and highlight rules go; the selection goes to A1 of the first sheet.
   */
  replace(engine: HyperFormula, kept: ReplacedState): void {
    this.engine = engine;
    this.spills = new BlockedSpills(engine);
    this.formats.clear();
    for (const [sheet, cells] of kept.formats) this.formats.set(sheet, new Map(cells.map(([cell, format]) => [cellKey(cell), { ...format }])));
    this.markComments.clear();
    for (const [key, comment] of kept.markComments) this.markComments.set(key, comment);
    this.settings.clear();
    for (const [name, value] of kept.settings) this.settings.set(name, value);
    this.filters.clear();
    for (const [sheet, block] of kept.filters) this.filters.set(sheet, block);
    this.charts.splice(0, this.charts.length);
    this.highlights.splice(0, this.highlights.length);
    this.selection = { sheet: engine.getSheetNames()[0], anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };
    this.generation++;
    this.savedAt = this.edits;
    this.changed(false);
  }

  /** Every cell of a sheet with a format set, and the format. */
  formatEntries(sheet: string): [CellRef, RangeFormat][] {
    return [...(this.formats.get(sheet) ?? new Map<string, RangeFormat>())].map(([key, format]) => {
      const [row, column] = key.split(":").map(Number);
      return [{ row, column }, { ...format }];
    });
  }

  /** What the sheet's mark (a name scoped to the sheet of that id) stores, or "" for none. */
  markComment(sheetId: number, name: string): string {
    return this.markComments.get(`${sheetId}:${name}`) ?? "";
  }

  sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new BudgetError("SHEET_MISSING", { name });
    return id;
  }

  /** A sheet's name as the engine spells it (names match ignoring case, as in Excel). */
  sheetName(name: string): string {
    return this.engine.getSheetName(this.sheetId(name)) as string;
  }

  /**
   * The fill a cell has under the highlight rules, evaluated on the current values, or null. The
   * newest rule wins, as in Excel, where a rule added goes to the top.
   */
  highlightAt(sheet: string, cell: CellRef): string | null {
    for (let i = this.highlights.length - 1; i >= 0; i--) {
      const rule = this.highlights[i];
      if (rule.block.sheet !== sheet || !inside(cell, rule.block)) continue;
      const flag = this.engine.getCellValue({ sheet: this.sheetId(sheet), row: cell.row, col: rule.flag });
      // Excel's = on text ignores case; an empty cell equals ""; numbers, booleans and errors are no text
      const text = flag === null || flag === "" ? "" : typeof flag === "string" ? flag : null;
      if (text !== null && text.toLowerCase() === rule.equals.toLowerCase()) return rule.fill;
    }
    return null;
  }

  /** A cell's format: the number format and bold set on it, if any. */
  formatAt(sheet: string, cell: CellRef): RangeFormat {
    return { ...this.formats.get(sheet)?.get(cellKey(cell)) };
  }

  /** Sets the properties `format` gives on every cell of the block; the others stay as they are. */
  setFormat(block: SheetBlock, format: RangeFormat): void {
    for (const cell of cellsOf(block)) this.formatCell(block.sheet, cell, format);
    this.changed();
  }

  /** Sets each cell's number format from a grid of them, the top-left cell at `at`. */
  setNumberFormats(sheet: string, at: CellRef, numberFormats: readonly (readonly string[])[]): void {
    numberFormats.forEach((row, r) => row.forEach((numberFormat, c) => this.formatCell(sheet, { row: at.row + r, column: at.column + c }, { numberFormat })));
    this.changed();
  }

  private formatCell(sheetName: string, cell: CellRef, format: RangeFormat): void {
    const sheet = this.formats.get(sheetName) ?? new Map<string, RangeFormat>();
    this.formats.set(sheetName, sheet);
    const next = { ...sheet.get(cellKey(cell)) };
    if (format.numberFormat !== undefined) {
      if (format.numberFormat === GENERAL) delete next.numberFormat;
      else next.numberFormat = format.numberFormat;
    }
    if (format.bold !== undefined) next.bold = format.bold;
    if (Object.keys(next).length === 0) sheet.delete(cellKey(cell));
    else sheet.set(cellKey(cell), next);
  }

  /** Puts a rule on its block, replacing a rule on exactly that block. */
  addHighlight(rule: PreviewHighlight): void {
    const same = (other: PreviewHighlight) => contains(rule.block, other.block) && contains(other.block, rule.block);
    const kept = this.highlights.filter((other) => !same(other));
    this.highlights.splice(0, this.highlights.length, ...kept, rule);
    this.changed();
  }

  /** Puts the sheet's AutoFilter on a block, in place of the sheet's one elsewhere. */
  setFilter(block: SheetBlock): void {
    this.filters.set(block.sheet, block);
    this.changed();
  }

  /** Whether the cell is a header of its sheet's AutoFilter (it shows a filter button). */
  filterHeaderAt(sheet: string, cell: CellRef): boolean {
    const filter = this.filters.get(sheet);
    return filter !== undefined && cell.row === filter.start.row && cell.column >= filter.start.column && cell.column <= filter.end.column;
  }

  /** Adds a chart, replacing one of the same title on the same sheet; true when it replaced one. */
  addChart(chart: PreviewChart): boolean {
    const kept = this.charts.filter((other) => other.sheet !== chart.sheet || other.title !== chart.title);
    const replaced = kept.length < this.charts.length;
    this.charts.splice(0, this.charts.length, ...kept, chart);
    this.changed();
    return replaced;
  }

  deleteChart(sheet: string, title: string): void {
    const kept = this.charts.filter((other) => other.sheet !== sheet || other.title !== title);
    this.charts.splice(0, this.charts.length, ...kept);
    this.changed();
  }

  /** Removes a sheet and everything the preview keeps about it. */
  removeSheet(name: string): void {
    const sheet = this.sheetName(name);
    const id = this.sheetId(sheet);
    this.engine.removeSheet(id);
    this.spills.forgetSheet(id);
    this.formats.delete(sheet);
    for (const key of [...this.markComments.keys()]) if (key.startsWith(`${id}:`)) this.markComments.delete(key);
    this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== sheet));
    this.highlights.splice(0, this.highlights.length, ...this.highlights.filter((h) => h.block.sheet !== sheet));
    this.filters.delete(sheet);
    if (this.selection.sheet === sheet) this.selection = { sheet: this.engine.getSheetNames()[0], anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };
    this.changed();
  }

  /** Renames a sheet as a person does in Excel: its charts, rules, formats and marks go along. */
  renameSheet(name: string, to: string): void {
    checkSheetName(to);
    const from = this.sheetName(name);
    this.engine.renameSheet(this.sheetId(from), to);
    const formats = this.formats.get(from);
    this.formats.delete(from);
    if (formats) this.formats.set(to, formats);
    for (const chart of this.charts) {
      if (chart.sheet !== from) continue;
      chart.sheet = to;
      const block = parseBlock(chart.range) as BlockRef;
      chart.range = withSheet(to, blockAddress(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1));
    }
    for (const rule of this.highlights) if (rule.block.sheet === from) rule.block = { ...rule.block, sheet: to };
    const filter = this.filters.get(from);
    this.filters.delete(from);
    if (filter) this.filters.set(to, { ...filter, sheet: to });
    if (this.selection.sheet === from) this.selection = { ...this.selection, sheet: to };
    this.changed();
  }

  /**
   * Inserts rows (count > 0) before `at`, or deletes rows from `at` on (count < 0), as a person
   * does in Excel: formulas and marks adjust (the engine), and formats, highlight rules and chart
   * ranges on the sheet move with their cells.
   */
  shiftRows(name: string, at: number, count: number): void {
    const sheet = this.sheetName(name);
    const id = this.sheetId(sheet);
    if (count > 0) this.engine.addRows(id, [at, count]);
    else this.engine.removeRows(id, [at, -count]);
    const move = (row: number): number | null => (row < at ? row : count > 0 ? row + count : row < at - count ? null : row + count);
    const formats = this.formats.get(sheet);
    if (formats) {
      const moved = new Map<string, RangeFormat>();
      for (const [key, format] of formats) {
        const [row, column] = key.split(":").map(Number);
        const to = move(row);
        if (to !== null) moved.set(cellKey({ row: to, column }), format);
      }
      this.formats.set(sheet, moved);
    }
    const moveBlock = <T extends BlockRef>(block: T): T | null => {
      const start = move(block.start.row) ?? at;
      const end = move(block.end.row) ?? at - 1;
      return end < start ? null : { ...block, start: { ...block.start, row: start }, end: { ...block.end, row: end } };
    };
    const rules = this.highlights.flatMap((rule) => {
      if (rule.block.sheet !== sheet) return [rule];
      const block = moveBlock(rule.block);
      return block === null ? [] : [{ ...rule, block }];
    });
    this.highlights.splice(0, this.highlights.length, ...rules);
    for (const chart of this.charts) {
      if (chart.sheet !== sheet) continue;
      const block = moveBlock(parseBlock(chart.range) as BlockRef);
      if (block) chart.range = withSheet(sheet, blockAddress(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1));
    }
    this.changed();
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.changed(false);
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

  /**
   * What a cell holds, to be put back exactly: its formula, "" when it is empty or a dynamic array
   * spills into it, or its constant (an error typed as a constant kept as what was typed).
   */
  held(sheet: string, cell: CellRef): CellInput {
    const address = { sheet: this.sheetId(sheet), row: cell.row, col: cell.column };
    const formula = this.engine.getCellFormula(address);
    if (formula !== undefined) return { formula };
    if (this.engine.isCellPartOfArray(address)) return "";
    const value = this.engine.getCellValue(address);
    if (value === null || value === undefined) return "";
    if (value instanceof DetailedCellError) return { formula: String(this.engine.getCellSerialized(address)) };
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
    return String(value);
  }

  /** Whether a dynamic array spills into the cell (it holds no formula of its own). */
  spilledInto(sheet: string, cell: CellRef): boolean {
    const address = { sheet: this.sheetId(sheet), row: cell.row, col: cell.column };
    return this.engine.getCellFormula(address) === undefined && this.engine.isCellPartOfArray(address);
  }

  /** Sets one cell as a person typing into it would. */
  type(sheet: string, cell: CellRef, text: string): void {
    this.typeBlock(sheet, cell, [[text]]);
  }

  /** Sets a block of cells from its top left as a person typing (or pasting) into each would, as one change. */
  typeBlock(sheet: string, at: CellRef, texts: readonly (readonly string[])[]): void {
    if (texts.length === 0 || texts[0].length === 0) return;
    const typed = (text: string): RawCellContent => {
      const trimmed = text.trim();
      return trimmed === "" ? null : /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
    };
    const id = this.sheetId(sheet);
    const written = { sheet: id, lastRow: at.row + texts.length - 1, lastColumn: at.column + texts[0].length - 1 };
    this.edit(written, () => this.engine.setCellContents({ sheet: id, row: at.row, col: at.column }, texts.map((row) => row.map(typed))));
  }

  /**
   * Writes to the engine as one change, then lets every spill the write blocked or freed show as
   * in Excel: a formula whose spill range the write emptied spills again.
   */
  edit(written: Written, write: () => void): void {
    const changes: ExportedChange[] = this.engine.batch(write);
    this.spills.record(changes);
    this.spills.respill(written);
    this.changed();
  }

  /** The marks of that name on every sheet whose block still exists. */
  marks(name: string): Mark[] {
    return this.engine.getSheetNames().flatMap((sheet) => {
      const id = this.sheetId(sheet);
      const formula = this.engine.getNamedExpressionFormula(name, id);
      const block = formula === undefined ? null : parseBlock(formula.replace(/^=/, ""));
      if (block === null) return [];
      const address = blockAddress(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
      return [{ sheet, address, comment: this.markComments.get(`${id}:${name}`) ?? "" }];
    });
  }

  setMark(sheet: string, name: string, block: BlockRef | null, comment: string): void {
    const id = this.sheetId(sheet);
    if (this.engine.getNamedExpressionFormula(name, id) !== undefined) this.engine.removeNamedExpression(name, id);
    this.markComments.delete(`${id}:${name}`);
    if (block !== null) {
      const fixed = (c: CellRef) => `$${blockAddress(c, 1, 1).replace(/(\d+)$/, "$$$1")}`;
      this.engine.addNamedExpression(name, `=${quoteSheet(this.sheetName(sheet))}!${fixed(block.start)}:${fixed(block.end)}`, id);
      this.markComments.set(`${id}:${name}`, comment);
    }
    this.changed();
  }
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof DetailedCellError) return { error: value.value };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** What a cell to write becomes in the engine: text as text, "" as empty, null as what is there. */
function engineContent(cell: CellInput, current: () => RawCellContent): RawCellContent {
  if (cell === null) return current();
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return cell === "" ? null : asCellText(cell);
  return cell;
}

export class PreviewGateway implements WorkbookGateway {
  /** The workbook's generation this gateway works on. */
  readonly generation: number;

  /**
   * A gateway for the workbook as it is now: once a file has been opened in its place, every call
   * is refused, so that work begun on the workbook before (a write waiting between its batches)
   * goes no further and never writes into the file opened.
   */
  constructor(private readonly book: PreviewWorkbook) {
    this.generation = book.generation;
    return new Proxy(this, {
      get(target, key, receiver) {
        const member: unknown = Reflect.get(target, key, receiver);
        if (typeof member !== "function") return member;
        return (...args: unknown[]) => {
          // every call but workbookOpening is asynchronous: refused, it is a rejected promise
          if (target.replaced() && key !== "workbookOpening") return Promise.reject(new Error(REPLACED));
          return (member as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  /** Whether a file opened has replaced the workbook this gateway works on. */
  private replaced(): boolean {
    return this.book.generation !== this.generation;
  }

  /** A block on a sheet that exists, the sheet as the engine spells it; whole columns and rows are refused. */
  private resolve(ref: string): SheetBlock {
    const parsed = parseRef(ref);
    if (parsed.whole !== null) throw new BudgetError("ADDRESS_INVALID", { text: ref });
    return { sheet: this.book.sheetName(parsed.sheet ?? this.book.selection.sheet), start: parsed.start, end: parsed.end };
  }

  private values(block: SheetBlock): CellValue[][] {
    const values: CellValue[][] = [];
    for (let r = block.start.row; r <= block.end.row; r++) {
      const row: CellValue[] = [];
      for (let c = block.start.column; c <= block.end.column; c++) row.push(this.book.value(block.sheet, { row: r, column: c }));
      values.push(row);
    }
    return values;
  }

  async getSelection(): Promise<string> {
    const block = this.book.selectedBlock();
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    return withSheet(block.sheet, blockAddress(block.start, rows, columns));
  }

  async readRange(ref: string): Promise<RangeData> {
    const parsed = parseRef(ref);
    const sheet = this.book.sheetName(parsed.sheet ?? this.book.selection.sheet);
    let block: SheetBlock = { sheet, start: parsed.start, end: parsed.end };
    if (parsed.whole !== null) {
      // whole columns or rows stand for the part of them that holds values, as Excel's used range
      const used = this.usedBlock(sheet, block);
      if (used === null) throw new BudgetError("RANGE_EMPTY", { text: ref.trim() });
      block = used;
    }
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    checkOnSheet(block.start, rows, columns);
    return { sheet, address: blockAddress(block.start, rows, columns), row: block.start.row, column: block.start.column, values: this.values(block) };
  }

  /** The smallest block within `within` holding every value in it, or null when it holds none. */
  private usedBlock(sheet: string, within: SheetBlock): SheetBlock | null {
    const size = this.book.engine.getSheetDimensions(this.book.sheetId(sheet));
    const bounds: SheetBlock = {
      sheet,
      start: within.start,
      end: { row: Math.min(within.end.row, size.height - 1), column: Math.min(within.end.column, size.width - 1) },
    };
    if (bounds.end.row < bounds.start.row || bounds.end.column < bounds.start.column) return null;
    let used: SheetBlock | null = null;
    for (const cell of cellsOf(bounds)) {
      const value = this.book.value(sheet, cell);
      if (value === null || value === "") continue;
      used =
        used === null
          ? { sheet, start: cell, end: cell }
          : {
              sheet,
              start: { row: Math.min(used.start.row, cell.row), column: Math.min(used.start.column, cell.column) },
              end: { row: Math.max(used.end.row, cell.row), column: Math.max(used.end.column, cell.column) },
            };
    }
    return used;
  }

  async readUsed(sheet: string): Promise<RangeData | null> {
    checkSheetName(sheet);
    if (!this.book.engine.doesSheetExist(sheet)) return null;
    const name = this.book.sheetName(sheet);
    const used = this.usedBlock(name, { sheet: name, start: { row: 0, column: 0 }, end: { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER } });
    if (used === null) return null;
    return this.readRange(withSheet(name, blockAddress({ row: 0, column: 0 }, used.end.row + 1, used.end.column + 1)));
  }

  /**
   * Writes the block in batches of rows, as Excel takes a large write in several requests, each
   * one change of the engine; after each batch `progress` is told and waited for.
   */
  async writeRange(topLeft: string, cells: CellInput[][], progress?: RowsWritten): Promise<void> {
    const block = this.resolve(topLeft);
    const width = cells.length === 0 ? 0 : cells[0].length;
    if (cells.some((row) => row.length !== width)) throw new Error("rows must have equal length");
    if (width === 0) return;
    checkOnSheet(block.start, cells.length, width);
    checkCells(cells, block.start);
    const sheet = this.book.sheetId(block.sheet);
    const batch = Math.max(1, Math.floor(CELLS_PER_BATCH / width));
    for (let offset = 0; offset < cells.length; offset += batch) {
      const rows = cells.slice(offset, offset + batch);
      const at = { row: block.start.row + offset, column: block.start.column };
      try {
        const kept = (r: number, c: number) => () => this.kept(block.sheet, { row: at.row + r, column: at.column + c });
        const contents = rows.map((row, r) => row.map((cell, c) => engineContent(cell, kept(r, c))));
        const empties = rows.some((row) => row.includes(""));
        const emptiedFirst = empties ? rows.map((row, r) => row.map((cell, c) => (cell === "" ? null : kept(r, c)()))) : null;
        this.writeBlock(sheet, at, emptiedFirst, contents);
      } catch (error) {
        throw new PartialWriteError(withSheet(block.sheet, blockAddress(block.start, cells.length, width)), offset, cells.length, error);
      }
      await progress?.(offset + rows.length);
      if (this.replaced()) throw new Error(REPLACED);
    }
  }

  /** What a cell left as it is holds, as it holds it (a spilled cell stays free for its formula). */
  private kept(sheet: string, cell: CellRef): RawCellContent {
    if (this.book.spilledInto(sheet, cell)) return null;
    return this.book.engine.getCellSerialized({ sheet: this.book.sheetId(sheet), row: cell.row, col: cell.column }) as RawCellContent;
  }

  /**
   * Writes a block as one change, as Excel writes a request: the cells it empties are emptied
   * first, so that a formula written beside them spills into them (the engine would otherwise
   * find them taken and not spill). A write that empties nothing is written once.
   */
  private writeBlock(sheet: number, at: CellRef, first: RawCellContent[][] | null, contents: RawCellContent[][]): void {
    const address = { sheet, row: at.row, col: at.column };
    const written = { sheet, lastRow: at.row + contents.length - 1, lastColumn: at.column + contents[0].length - 1 };
    this.book.edit(written, () => {
      if (first !== null) this.book.engine.setCellContents(address, first);
      this.book.engine.setCellContents(address, contents);
    });
  }

  async snapshot(ref: string): Promise<Snapshot | null> {
    const parsed = parseRef(ref);
    if (parsed.whole !== null) throw new BudgetError("ADDRESS_INVALID", { text: ref });
    const named = parsed.sheet ?? this.book.selection.sheet;
    if (!this.book.engine.doesSheetExist(named)) return null;
    const block: SheetBlock = { sheet: this.book.sheetName(named), start: parsed.start, end: parsed.end };
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    checkOnSheet(block.start, rows, columns);
    const grid = <T,>(of: (cell: CellRef) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => of({ row: block.start.row + r, column: block.start.column + c })));
    return {
      sheet: block.sheet,
      address: blockAddress(block.start, rows, columns),
      row: block.start.row,
      column: block.start.column,
      cells: grid((cell) => this.book.held(block.sheet, cell)),
      numberFormats: grid((cell) => this.book.formatAt(block.sheet, cell).numberFormat ?? GENERAL),
      spilled: grid((cell) => this.book.spilledInto(block.sheet, cell)),
    };
  }

  async restore(snapshot: Snapshot, rows = snapshot.cells.length): Promise<void> {
    const count = Math.min(rows, snapshot.cells.length);
    if (count <= 0 || snapshot.cells[0].length === 0) return;
    const sheet = this.book.sheetId(snapshot.sheet);
    const cells = snapshot.cells.slice(0, count);
    const at = { row: snapshot.row, column: snapshot.column };
    const kept = (r: number, c: number) => () => this.kept(snapshot.sheet, { row: at.row + r, column: at.column + c });
    const contents = cells.map((row, r) => row.map((cell, c) => engineContent(cell, kept(r, c))));
    this.writeBlock(sheet, at, cells.map((row, r) => row.map((cell, c) => (cell === null ? kept(r, c)() : null))), contents);
    this.book.setNumberFormats(snapshot.sheet, { row: snapshot.row, column: snapshot.column }, snapshot.numberFormats.slice(0, count));
  }

  /** The preview keeps the anchor but draws charts below the grid. */
  async addChart(chart: ChartSpec): Promise<boolean> {
    const block = this.resolve(chart.range);
    checkChartTitle(chart.title);
    if (chart.anchor !== undefined) parseAnchor(chart.anchor);
    return this.book.addChart({ ...chart, sheet: block.sheet });
  }

  async deleteChart(sheet: string, title: string): Promise<void> {
    this.book.deleteChart(this.book.sheetName(sheet), title);
  }

  async ensureSheet(name: string): Promise<boolean> {
    checkSheetName(name);
    if (this.book.engine.doesSheetExist(name)) return false;
    this.book.engine.addSheet(name);
    this.book.changed();
    return true;
  }

  async deleteSheet(name: string): Promise<void> {
    if (this.book.engine.doesSheetExist(name)) this.book.removeSheet(name);
  }

  async highlight(rule: HighlightRule): Promise<void> {
    const block = this.resolve(rule.range);
    checkHighlight(rule, block);
    this.book.addHighlight({ block, flag: block.start.column + rule.flagColumn, equals: rule.equals, fill: rule.fill });
  }

  async formatRange(ref: string, format: RangeFormat): Promise<void> {
    const block = this.resolve(ref);
    const { numberFormat, bold } = format;
    if (numberFormat === undefined && bold === undefined) return;
    this.book.setFormat(block, { numberFormat, bold });
  }

  /** The preview's grid draws every column as wide as what it holds: none is ever too narrow, none is widened. */
  async fitColumns(ref: string): Promise<ColumnWidths> {
    const block = this.resolve(ref);
    checkOnSheet(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
    return { sheet: block.sheet, column: block.start.column, widths: [] };
  }

  /** The preview keeps no widths (see fitColumns). */
  async setColumnWidths(): Promise<void> {}

  /** The preview shows the filter buttons; it filters nothing. */
  async setFilter(ref: string): Promise<void> {
    const block = this.resolve(ref);
    checkOnSheet(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
    this.book.setFilter(block);
  }

  workbookOpening(): WorkbookOpening {
    return { available: false, reason: "preview" };
  }

  async createWorkbook(): Promise<void> {
    throw new Error("the preview workbook opens no other workbook; download the file and open it in Excel");
  }

  async selectRange(ref: string): Promise<void> {
    const block = this.resolve(ref);
    this.book.select({ sheet: block.sheet, anchor: block.start, focus: block.end });
  }

  async readSetting(name: string): Promise<unknown> {
    return this.book.settings.get(name);
  }

  async writeSetting(name: string, value: unknown): Promise<void> {
    if (value === undefined) this.book.settings.delete(name);
    else this.book.settings.set(name, structuredClone(value));
    // saved with the workbook: a change a replacement would lose
    this.book.changed();
  }

  async findMarks(name: string): Promise<Mark[]> {
    return this.book.marks(name);
  }

  async setMark(sheet: string, name: string, ref: string | null, comment = ""): Promise<void> {
    this.book.setMark(sheet, name, ref === null ? null : this.resolve(withSheet(this.book.sheetName(sheet), ref)), comment);
  }
}
