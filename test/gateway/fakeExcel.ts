// A fake Excel for the Office.js gateway, on office-addin-mock: its proxies are OfficeMockObjects
// (so a property read before load + sync is an error value, and load of an unknown property
// throws), context.sync is counted, and requests and responses have a payload limit like Excel on
// the web. Cells hold constants (as Excel's values gives them) or formulas; a dynamic array spills
// from its anchor while the cells it spills into hold nothing, and is blocked (#SPILL!) otherwise.
// Sheet-scoped names and a sync that fails on purpose complete what the gateway needs.

import { OfficeMockObject } from "office-addin-mock";
import { columnName, parseBlock, parseRef, quoteSheet } from "../../addin/gateway/address";
import { OfficeGateway, type ExcelRun, type OfficeHost, type WireCell } from "../../addin/gateway/office";
/** A value as Office.js holds it: an error cell is its text ("#N/A"), told apart by its value type. */
type CellValue = number | string | boolean | null;

/** "A1:B2", or "A1" for one cell. */
function blockText(start: Cell, end: Cell): string {
  const name = (c: Cell) => `${columnName(c.column)}${c.row + 1}`;
  return start.row === end.row && start.column === end.column ? name(start) : `${name(start)}:${name(end)}`;
}

/** A sheet's cells; missing rows and cells are empty. */
export type Grid = CellValue[][];

interface Write {
  sheet: string;
  address: string;
  formulas: WireCell[][];
}

/** A chart as the fake keeps it: what the gateway set on it, once synced. */
interface Chart {
  sheet: string;
  type: string;
  name: string;
  title: { text: string };
  /** The value axis's number format, when the gateway set one. */
  valueFormat?: string;
  position?: string;
}

/** A conditional format as the fake keeps it. */
interface ConditionalFormat {
  sheet: string;
  address: string;
  type: string;
  formula: string;
  fill: string;
}

/** A number format and bold as set on a block, in one request. */
interface FormatWrite {
  sheet: string;
  address: string;
  numberFormat?: unknown;
  bold?: unknown;
}

/** What a *OrNullObject method gives: isNullObject is known only after a sync. */
interface Probe {
  isNullObject?: boolean;
}

interface Pending {
  mock: OfficeMockObject;
  loaded: string[];
  range?: { sheet: string; address: string; values: unknown[][] | null };
  /** Properties computed when they are loaded (so that an assignment to them is a write). */
  lazy?: Record<string, () => unknown>;
}

type Cell = { row: number; column: number };
const key = (row: number, column: number) => `${row}:${column}`;

export class ExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Excel's standard column width in points. */
export const STANDARD_WIDTH = 48;

export class FakeExcel {
  runs = 0;
  syncs = 0;
  /** Excel on the web's limit, applied to the request (formulas written) and the response (values read). */
  limitBytes = 5_000_000;
  readonly log: string[] = [];
  readonly writes: Write[] = [];
  readonly requestBytes: number[] = [];
  readonly charts: Chart[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly formats: FormatWrite[] = [];
  readonly context: OfficeMockObject;
  /** Formulas by sheet and cell ("row:column"); a cell with one shows its computed value. */
  readonly formulas: Record<string, Map<string, string>> = {};
  /** Number formats by sheet and cell; "General" where none is set. */
  readonly numberFormats: Record<string, Map<string, string>> = {};
  /** Dynamic arrays: the anchor's formula spills `values` from the anchor while the rest is empty. */
  readonly spills: { sheet: string; row: number; column: number; values: CellValue[][] }[] = [];
  /** Sheet-scoped names: block and comment. */
  readonly names: Record<string, Map<string, { start: { row: number; column: number }; end: { row: number; column: number }; comment: string }>> = {};
  /** The workbook's settings. */
  readonly settings = new Map<string, unknown>();
  /** Columns' widths in points by sheet and column, where one is set. */
  readonly columnWidths: Record<string, Map<number, number>> = {};
  /** Each sheet's AutoFilter: its block ("A4:M10"). */
  readonly autoFilters: Record<string, string> = {};
  /** The requirement sets the host has ("ExcelApi 1.9"); every one unless told otherwise. */
  missingSets = new Set<string>();
  /** The workbooks Excel.createWorkbook was asked to open (their Base64). */
  readonly opened: string[] = [];
  /** A formula's value where it is no dynamic array (the fake computes nothing). */
  evaluate: (formula: string) => CellValue = () => 0;
  /** When set, the sync with this number (1-based) fails with GeneralException, as a lost connection does. */
  failSync: number | null = null;
  private pending: Pending[] = [];
  /** Changes other than cell writes, made in order at the next sync. */
  private queued: (() => void)[] = [];
  private missingSheet = false;

  constructor(
    readonly sheets: Record<string, Grid>,
    public active: string,
    public selection = "Sheet1!A1",
  ) {
    this.context = new OfficeMockObject({
      workbook: {
        getSelectedRange: () => this.track(new OfficeMockObject({ address: this.selection })),
        getSelectedRanges: () => this.track(new OfficeMockObject({ address: this.selection, areaCount: this.selection.split(",").length })),
        settings: {
          add: (key: string, value: unknown) => {
            this.log.push(`settings add ${key}`);
            this.queued.push(() => this.settings.set(key, structuredClone(value)));
            return {};
          },
          getItemOrNullObject: (key: string) => {
            this.log.push(`settings getItemOrNullObject ${key}`);
            const setting = this.track(
              new OfficeMockObject({
                value: "",
                delete: () => {
                  this.log.push(`settings delete ${key}`);
                  this.queued.push(() => this.settings.delete(key));
                },
              }),
            );
            // known once synced: whether it exists, and its value as stored
            this.queued.push(() => Object.assign(setting, { isNullObject: !this.settings.has(key), value: structuredClone(this.settings.get(key)) }));
            return setting;
          },
        },
        worksheets: {
          getActiveWorksheet: () => {
            this.log.push("getActiveWorksheet");
            return this.worksheet(this.active);
          },
          getItem: (name: string) => {
            this.log.push(`getItem ${name}`);
            return this.worksheet(name);
          },
          getItemOrNullObject: (name: string) => {
            this.log.push(`getItemOrNullObject ${name}`);
            return this.probe(() => this.sheetNamed(name) !== undefined, {
              delete: () => {
                const sheet = this.sheetNamed(name) as string;
                this.log.push(`delete sheet ${sheet}`);
                this.queued.push(() => {
                  delete this.sheets[sheet];
                  delete this.names[sheet];
                });
              },
            });
          },
          add: (name: string) => {
            this.log.push(`add ${name}`);
            this.queued.push(() => {
              if (this.sheetNamed(name) !== undefined) throw new ExcelError("ItemAlreadyExists");
              this.sheets[name] = [];
            });
            return {};
          },
        },
      },
    });
    this.context.sync = () => this.sync();
    // worksheets.items: the sheets as they are when loaded
    const worksheets = (this.context as unknown as { workbook: { worksheets: Record<string, unknown> } }).workbook.worksheets;
    worksheets.load = () => {
      this.log.push("worksheets load");
      worksheets.items = Object.keys(this.sheets).map((name) => this.worksheet(name).load("name"));
    };
  }

  /** A dynamic array at a cell: the formula, and the values it spills while nothing is in the way. */
  spill(sheet: string, cell: string, formula: string, values: CellValue[][]): void {
    const at = parseBlock(cell)?.start as Cell;
    (this.formulas[sheet] ??= new Map()).set(key(at.row, at.column), formula);
    this.spills.push({ sheet, row: at.row, column: at.column, values });
  }

  /** The spill whose anchor is the cell, or whose area holds it; only while nothing blocks it. */
  private activeSpill(sheet: string, row: number, column: number) {
    return this.spills.find((spill) => {
      if (spill.sheet !== sheet || this.formulas[sheet]?.get(key(spill.row, spill.column)) === undefined) return false;
      const rows = spill.values.length;
      const columns = spill.values[0].length;
      const within = row >= spill.row && row < spill.row + rows && column >= spill.column && column < spill.column + columns;
      if (!within) return false;
      // blocked while any other cell of its area holds something
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          if (r === 0 && c === 0) continue;
          const v = this.sheets[sheet][spill.row + r]?.[spill.column + c];
          if ((v !== null && v !== undefined && v !== "") || this.formulas[sheet]?.has(key(spill.row + r, spill.column + c))) return false;
        }
      }
      return true;
    });
  }

  /** What Excel's values gives for a cell: a formula's value, a spilled value, or the constant. */
  valueAt(sheet: string, row: number, column: number): CellValue {
    const formula = this.formulas[sheet]?.get(key(row, column));
    const spill = this.activeSpill(sheet, row, column);
    if (spill) return spill.values[row - spill.row][column - spill.column];
    if (formula !== undefined) return this.spills.some((s) => s.sheet === sheet && s.row === row && s.column === column) ? "#SPILL!" : this.evaluate(formula);
    const value = this.sheets[sheet]?.[row]?.[column];
    return value === undefined ? null : value;
  }

  /** What Excel's formulas gives: the formula, else the value ("" for an empty cell). */
  formulaAt(sheet: string, row: number, column: number): CellValue {
    return this.formulas[sheet]?.get(key(row, column)) ?? this.valueAt(sheet, row, column) ?? "";
  }

  numberFormatAt(sheet: string, row: number, column: number): string {
    return this.numberFormats[sheet]?.get(key(row, column)) ?? "General";
  }

  readonly run: ExcelRun = (batch) => {
    this.runs++;
    return batch(this.context as unknown as Excel.RequestContext);
  };

  /** Excel's calls outside Excel.run: the requirement sets it has and the workbooks it opens. */
  readonly host: OfficeHost = {
    isSetSupported: (set, version) => !this.missingSets.has(`${set} ${version}`),
    createWorkbook: async (base64) => {
      this.log.push("createWorkbook");
      this.opened.push(base64);
    },
  };

  gateway(): OfficeGateway {
    return new OfficeGateway(this.run, this.host);
  }

  cell(sheet: string, row: number, column: number): CellValue {
    return this.sheets[sheet][row]?.[column] ?? null;
  }

  private track(mock: OfficeMockObject, range?: Pending["range"], lazy?: Pending["lazy"]): OfficeMockObject {
    const entry: Pending = { mock, loaded: [], range, lazy };
    const load = mock.load.bind(mock);
    mock.load = (what: string | string[]) => {
      const names = Array.isArray(what) ? what : what.split(",").map((name) => name.trim());
      for (const name of names) if (lazy?.[name]) (mock as unknown as { setValue(name: string, value: unknown): void }).setValue(name, lazy[name]());
      entry.loaded.push(...names);
      return load(what);
    };
    this.pending.push(entry);
    return mock;
  }

  /** Excel finds sheets whatever the case. */
  private sheetNamed(requested: string): string | undefined {
    return Object.keys(this.sheets).find((key) => key.toLowerCase() === requested.toLowerCase());
  }

  /** A *OrNullObject result, resolved at the next sync. */
  private probe<T extends object>(exists: () => boolean, methods?: T): Probe & T {
    const probe: Probe & T = Object.assign({}, methods) as Probe & T;
    this.queued.push(() => (probe.isNullObject = !exists()));
    return probe;
  }

  private worksheet(requested: string): OfficeMockObject {
    // Excel fails the sync when there is no such sheet.
    const name = this.sheetNamed(requested);
    if (name === undefined) this.missingSheet = true;
    const sheet = name ?? requested;
    return this.track(
      new OfficeMockObject({
        name: sheet,
        activate: () => this.log.push(`activate ${sheet}`),
        names: {
          getItemOrNullObject: (name: string) => {
            this.log.push(`names getItemOrNullObject ${sheet} ${name}`);
            const find = () => this.names[sheet]?.get(name);
            const item = this.track(
              new OfficeMockObject({
                comment: find()?.comment ?? "",
                delete: () => {
                  this.log.push(`name delete ${sheet} ${name}`);
                  this.queued.push(() => this.names[sheet]?.delete(name));
                },
                getRangeOrNullObject: () => {
                  const found = find();
                  const address = found ? `${quoteSheet(sheet)}!${blockText(found.start, found.end)}` : "";
                  return this.probe(() => found !== undefined, { load: () => undefined, address });
                },
              }),
            );
            this.queued.push(() => Object.assign(item, { isNullObject: find() === undefined }));
            return item;
          },
          add: (name: string, reference: OfficeMockObject, comment: string) => {
            const address = (reference as unknown as { fakeAddress: string }).fakeAddress;
            this.log.push(`names add ${sheet} ${name} ${address} ${comment}`);
            const block = parseBlock(address);
            if (!block) throw new Error("fake Excel: a name needs a range");
            this.queued.push(() => (this.names[sheet] ??= new Map()).set(name, { start: block.start, end: block.end, comment }));
            return {};
          },
        },
        getRange: (address: string) => this.range(sheet, address),
        autoFilter: {
          getRangeOrNullObject: () => {
            this.log.push(`autoFilter getRangeOrNullObject ${sheet}`);
            const current = this.autoFilters[sheet];
            return this.probe(() => current !== undefined, { load: () => undefined, address: current === undefined ? "" : `${quoteSheet(sheet)}!${current}` });
          },
          apply: (reference: OfficeMockObject) => {
            const address = (reference as unknown as { fakeAddress: string }).fakeAddress;
            this.log.push(`autoFilter apply ${sheet}!${address}`);
            this.queued.push(() => {
              if (this.autoFilters[sheet] !== undefined) throw new ExcelError("InvalidOperation");
              this.autoFilters[sheet] = address;
            });
          },
          remove: () => {
            this.log.push(`autoFilter remove ${sheet}`);
            this.queued.push(() => delete this.autoFilters[sheet]);
          },
          reapply: () => this.log.push(`autoFilter reapply ${sheet}`),
        },
        getUsedRangeOrNullObject: (valuesOnly: boolean) => {
          this.log.push(`getUsedRangeOrNullObject ${sheet} ${valuesOnly}`);
          const grid = this.sheets[sheet] ?? [];
          return this.usedOf(grid.flatMap((row, r) => row.map((v, c) => ({ row: r, column: c, v }))));
        },
        charts: {
          add: (type: string, _source: OfficeMockObject, seriesBy: string) => {
            this.log.push(`chart ${type} by ${seriesBy}`);
            const chart: Chart = { sheet, type, name: "", title: { text: "" } };
            this.queued.push(() => this.charts.push(chart));
            return {
              get name() {
                return chart.name;
              },
              set name(name: string) {
                chart.name = name;
              },
              title: chart.title,
              axes: {
                valueAxis: {
                  set numberFormat(format: string) {
                    chart.valueFormat = format;
                  },
                },
              },
              setPosition: (cell: string) => {
                this.log.push(`setPosition ${cell}`);
                chart.position = cell;
              },
            };
          },
          getItemOrNullObject: (name: string) => {
            this.log.push(`chart getItemOrNullObject ${name}`);
            const find = () => this.charts.find((chart) => chart.sheet === sheet && chart.name === name);
            const probe: Probe = this.probe(() => find() !== undefined, {
              delete: () => {
                // a null object, or one not known yet, cannot be deleted
                if (probe.isNullObject !== false) throw new Error(`fake Excel: delete of chart ${name}, not known to exist`);
                this.log.push(`chart delete ${name}`);
                this.queued.push(() => this.charts.splice(this.charts.indexOf(find() as Chart), 1));
              },
            });
            return probe;
          },
        },
      }),
    );
  }

  private range(sheet: string, address: string): OfficeMockObject {
    this.log.push(`getRange ${sheet} ${address}`);
    const ref = parseRef(address);
    if (ref.sheet !== null) throw new Error(`fake Excel: bad address ${address}`);
    const grid = this.sheets[sheet];
    // whole columns or rows: as far as the sheet has rows and columns
    const block =
      ref.whole === null
        ? ref
        : { ...ref, end: { row: Math.min(ref.end.row, (grid?.length ?? 1) - 1), column: Math.min(ref.end.column, Math.max(1, ...(grid ?? []).map((row) => row.length)) - 1) } };
    const cells = <T,>(of: (row: number, column: number) => T): T[][] =>
      Array.from({ length: block.end.row - block.start.row + 1 }, (_, r) =>
        Array.from({ length: block.end.column - block.start.column + 1 }, (_, c) => of(block.start.row + r, block.start.column + c)),
      );
    const values =
      grid === undefined
        ? null
        : cells((row, column) => {
            const value = this.valueAt(sheet, row, column);
            return value === null ? "" : value;
          });
    const type = (v: CellValue) =>
      v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : v.startsWith("#") ? "Error" : "String";
    const inSpill = cells((row, column) => this.activeSpill(sheet, row, column) !== undefined).flat();
    const lazy = {
      formulas: () => cells((row, column) => this.formulaAt(sheet, row, column)),
      valueTypes: () => cells((row, column) => type(this.valueAt(sheet, row, column))),
      numberFormat: () => cells((row, column) => this.numberFormatAt(sheet, row, column)),
      text: () => cells((row, column) => this.textAt(sheet, row, column)),
      hasSpill: () => (inSpill.every(Boolean) ? true : inSpill.some(Boolean) ? null : false),
    };
    const single = (what: string, answer: () => string | null) => {
      if (block.start.row !== block.end.row || block.start.column !== block.end.column) throw new Error(`fake Excel: ${what} of a block`);
      const found = answer();
      return this.probe(() => found !== null, { load: () => undefined, address: found ?? "" });
    };
    const mock = new OfficeMockObject({
      getSpillingToRangeOrNullObject: () =>
        single("getSpillingToRange", () => {
          const spill = this.activeSpill(sheet, block.start.row, block.start.column);
          if (!spill || spill.row !== block.start.row || spill.column !== block.start.column) return null;
          return `${quoteSheet(sheet)}!${blockText({ row: spill.row, column: spill.column }, { row: spill.row + spill.values.length - 1, column: spill.column + spill.values[0].length - 1 })}`;
        }),
      getSpillParentOrNullObject: () =>
        single("getSpillParent", () => {
          const spill = this.activeSpill(sheet, block.start.row, block.start.column);
          return spill ? `${quoteSheet(sheet)}!${blockText(spill, spill)}` : null;
        }),
      getUsedRangeOrNullObject: () => {
        this.log.push(`range getUsedRangeOrNullObject ${sheet}!${address}`);
        return this.usedOf(cells((row, column) => ({ row, column, v: this.valueAt(sheet, row, column) })).flat());
      },
      address: `${quoteSheet(sheet)}!${address}`,
      rowIndex: block.start.row,
      columnIndex: block.start.column,
      values: values ?? [],
      select: () => this.log.push(`select ${sheet}!${address}`),
      getColumn: (i: number) => ({ format: this.columnFormat(sheet, block.start.column + i) }),
      format: { font: {} },
      conditionalFormats: {
        clearAll: () => {
          this.log.push(`clearAll ${sheet}!${address}`);
          this.queued.push(() => {
            const kept = this.conditionalFormats.filter((format) => format.sheet !== sheet || format.address !== address);
            this.conditionalFormats.splice(0, this.conditionalFormats.length, ...kept);
          });
        },
        add: (type: string) => {
          this.log.push(`conditional ${type} ${sheet}!${address}`);
          const added = { custom: { rule: { formula: "" }, format: { fill: { color: "" } } } };
          this.queued.push(() =>
            this.conditionalFormats.push({ sheet, address, type, formula: added.custom.rule.formula, fill: added.custom.format.fill.color }),
          );
          return added;
        },
      },
    });
    Object.defineProperty(mock, "fakeAddress", { value: address });
    return this.track(mock, { sheet, address, values }, lazy);
  }

  /** A column's width in points: Excel's standard width where none is set. */
  widthOf(sheet: string, column: number): number {
    return this.columnWidths[sheet]?.get(column) ?? STANDARD_WIDTH;
  }

  /** A column's format as Excel's proxy has it: its width read after load and a sync, set at the next sync. */
  private columnFormat(sheet: string, column: number) {
    let read: number | undefined;
    const set = (width: number) => {
      this.log.push(`columnWidth ${sheet} ${column} ${width}`);
      this.queued.push(() => (this.columnWidths[sheet] ??= new Map()).set(column, width));
    };
    return {
      autofitColumns: () => {
        this.log.push(`autofitColumns ${sheet} ${column}`);
        this.queued.push(() => this.autofit(sheet, column));
      },
      load: (name: string) => {
        if (name !== "columnWidth") throw new Error(`fake Excel: a column's ${name}`);
        this.queued.push(() => (read = this.widthOf(sheet, column)));
      },
      get columnWidth(): number {
        if (read === undefined) throw new Error("fake Excel: columnWidth read before it was loaded and synced");
        return read;
      },
      set columnWidth(width: number) {
        set(width);
      },
    };
  }

  /** What a cell shows, with a stand-in for Excel's font metrics: its value as text at 7 points a character, plus 5. */
  private shownWidth(sheet: string, row: number, column: number): number {
    return String(this.valueAt(sheet, row, column) ?? "").length * 7 + 5;
  }

  /** A cell's text as Excel shows it: a number too wide for its column as "#" across the column. */
  private textAt(sheet: string, row: number, column: number): string {
    const value = this.valueAt(sheet, row, column);
    const text = value === null || value === undefined ? "" : String(value);
    const width = this.widthOf(sheet, column);
    return typeof value === "number" && this.shownWidth(sheet, row, column) > width ? "#".repeat(Math.max(1, Math.floor((width - 5) / 7))) : text;
  }

  /** Office's best fit: the column as wide as the widest thing it holds, in any row; it narrows as readily as it widens. */
  private autofit(sheet: string, column: number): void {
    const rows = this.sheets[sheet]?.length ?? 0;
    let widest = 0;
    for (let row = 0; row < rows; row++) widest = Math.max(widest, this.shownWidth(sheet, row, column));
    (this.columnWidths[sheet] ??= new Map()).set(column, widest);
  }

  /** A used range as Excel gives it: the block around every cell with a value, or a null object. */
  private usedOf(cells: { row: number; column: number; v: CellValue | undefined }[]) {
    const used = cells.filter((x) => x.v !== null && x.v !== undefined && x.v !== "");
    const rows = used.map((x) => x.row);
    const columns = used.map((x) => x.column);
    return this.probe(() => used.length > 0, {
      load: () => undefined,
      rowIndex: Math.min(...rows),
      columnIndex: Math.min(...columns),
      rowCount: Math.max(...rows) - Math.min(...rows) + 1,
      columnCount: Math.max(...columns) - Math.min(...columns) + 1,
    });
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const pending = this.pending;
    const queued = this.queued;
    this.pending = [];
    this.queued = [];
    if (this.syncs === this.failSync) throw new ExcelError("GeneralException");
    // a property loaded to be read is no write
    const written = (entry: Pending, name: "formulas" | "numberFormat"): unknown => (entry.loaded.includes(name) ? undefined : entry.mock[name]);
    if (this.missingSheet) {
      this.missingSheet = false;
      throw new ExcelError("ItemNotFound");
    }
    let request = 0;
    let response = 0;
    for (const entry of pending) {
      const formulas = written(entry, "formulas");
      if (entry.range && formulas !== undefined) request += JSON.stringify(formulas).length;
      const numberFormat = written(entry, "numberFormat");
      if (entry.range && numberFormat !== undefined) request += JSON.stringify(numberFormat).length;
      if (entry.range && entry.loaded.includes("values")) response += JSON.stringify(entry.range.values).length;
      for (const name of ["formulas", "valueTypes", "numberFormat"] as const) {
        if (entry.lazy && entry.loaded.includes(name)) response += JSON.stringify(entry.mock[name]).length;
      }
    }
    this.requestBytes.push(request);
    if (request > this.limitBytes) throw new ExcelError("RequestPayloadSizeLimitExceeded");
    if (response > this.limitBytes) throw new ExcelError("ResponsePayloadSizeLimitExceeded");
    for (const change of queued) change();
    for (const entry of pending) {
      const formulas = written(entry, "formulas") as WireCell[][] | undefined;
      if (entry.range && formulas !== undefined) this.apply(entry.range.sheet, entry.range.address, formulas);
      const numberFormat = written(entry, "numberFormat");
      if (entry.range && Array.isArray(numberFormat)) this.applyFormats(entry.range.sheet, entry.range.address, numberFormat as string[][]);
      const bold: unknown = entry.range && (entry.mock.format as OfficeMockObject).font.bold;
      if (entry.range && (numberFormat !== undefined || bold !== undefined)) {
        this.formats.push({
          sheet: entry.range.sheet,
          address: entry.range.address,
          ...(numberFormat !== undefined && { numberFormat }),
          ...(bold !== undefined && { bold }),
        });
      }
    }
    for (const entry of pending) await entry.mock.sync();
  }

  /**
   * Writes as Excel does: null leaves the cell as it is, "=..." is a formula, a leading
   * apostrophe makes the rest text (and is not kept), "" empties the cell.
   */
  private apply(sheet: string, address: string, formulas: WireCell[][]): void {
    this.writes.push({ sheet, address, formulas });
    const block = parseBlock(address);
    if (block === null) throw new Error(`fake Excel: bad address ${address}`);
    const grid = this.sheets[sheet];
    const sheetFormulas = (this.formulas[sheet] ??= new Map());
    formulas.forEach((line, r) => {
      const row = (grid[block.start.row + r] ??= []);
      line.forEach((value, c) => {
        if (value === null) return;
        const at = key(block.start.row + r, block.start.column + c);
        sheetFormulas.delete(at);
        if (typeof value === "string" && value.startsWith("=")) {
          sheetFormulas.set(at, value);
          row[block.start.column + c] = null;
        } else {
          row[block.start.column + c] = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
        }
      });
    });
  }

  private applyFormats(sheet: string, address: string, formats: string[][]): void {
    const block = parseBlock(address) as NonNullable<ReturnType<typeof parseBlock>>;
    const sheetFormats = (this.numberFormats[sheet] ??= new Map());
    formats.forEach((line, r) => line.forEach((code, c) => sheetFormats.set(key(block.start.row + r, block.start.column + c), code)));
  }
}

