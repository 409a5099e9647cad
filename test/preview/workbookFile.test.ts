// "Try it on your own workbook": an .xlsx file opened as the preview workbook and the preview
// workbook saved as .xlsx. Files written by another library (SheetJS) and by hand (shared and
// array formulas, defined names) are opened and checked cell by cell in the engine; the saved
// file is read back by SheetJS, a reader that is not ours, and checked exactly; marks and the
// add-in's settings survive a save and an open.

import * as XLSX from "xlsx";
import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import { parseBlock } from "../../addin/gateway/address";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { sampleSheets } from "../../addin/preview/sample";
import { bookToSave, excelQuoting, openBook } from "../../addin/preview/workbookContent";
import { readWorkbookFile, toFile, writeWorkbookFile } from "../../addin/preview/xlsxFile";
import { minimalXlsx } from "../templates/foreign";

const emptyBook = () => new PreviewWorkbook(createEngine({ Ark: [[1]] }));

async function opened(bytes: Uint8Array): Promise<PreviewWorkbook> {
  const book = emptyBook();
  openBook(book, await readWorkbookFile(bytes), "en");
  return book;
}

/** A cell as the engine holds it: the value (an error as its code), and the formula or the content typed. */
function cellOf(book: PreviewWorkbook, sheet: string, ref: string) {
  const block = parseBlock(ref)!;
  const address = { sheet: book.sheetId(sheet), row: block.start.row, col: block.start.column };
  const value = book.engine.getCellValue(address);
  return {
    value: value instanceof DetailedCellError ? value.value : value,
    // a cell an array spills into holds nothing of its own
    content: book.spilledInto(sheet, block.start) ? null : book.engine.getCellSerialized(address),
    ...book.formatAt(sheet, block.start),
  };
}

/** A workbook as SheetJS writes it: texts that look like formulas and numbers, a date, an error, two sheets. */
function foreignWorkbook(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  const budget: XLSX.WorkSheet = {
    A1: { t: "s", v: "Konto" },
    B1: { t: "n", v: 1234.5, z: "#,##0.00" },
    C1: { t: "n", v: 0, f: "B1*2" },
    D1: { t: "n", v: 0, f: "'2027'!A1*2" },
    A2: { t: "s", v: "=1+1" },
    B2: { t: "s", v: "00123" },
    C2: { t: "b", v: true },
    D2: { t: "e", v: 0x2a },
    A3: { t: "n", v: 46023, z: "dd-mm-yyyy" },
    B3: { t: "n", v: 0, f: "SUM(B1:B2)" },
    C3: { t: "s", v: "TRUE" },
    D3: { t: "s", v: "'quoted" },
    "!ref": "A1:D3",
  };
  XLSX.utils.book_append_sheet(workbook, budget, "Budget 2027");
  // a sheet named like a number stays second
  XLSX.utils.book_append_sheet(workbook, { A1: { t: "n", v: 0, f: "'Budget 2027'!B1+1" }, "!ref": "A1" }, "2027");
  return new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "xlsx" }));
}

describe("a workbook written by SheetJS, opened as the preview workbook", () => {
  it("keeps every sheet in order, its values, text as text, formulas evaluated, dates and number formats", async () => {
    const book = await opened(foreignWorkbook());
    expect(book.engine.getSheetNames()).toEqual(["Budget 2027", "2027"]);
    expect(book.selection).toEqual({ sheet: "Budget 2027", anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
    const cells: [string, string, ReturnType<typeof cellOf>][] = [
      ["Budget 2027", "A1", { value: "Konto", content: "'Konto" }],
      ["Budget 2027", "B1", { value: 1234.5, content: 1234.5, numberFormat: "#,##0.00" }],
      ["Budget 2027", "C1", { value: 2469, content: "=B1*2" }],
      ["Budget 2027", "D1", { value: 2471, content: "=2027!A1*2" }],
      // a text that looks like a formula or a number stays that text
      ["Budget 2027", "A2", { value: "=1+1", content: "'=1+1" }],
      ["Budget 2027", "B2", { value: "00123", content: "'00123" }],
      ["Budget 2027", "C2", { value: true, content: true }],
      ["Budget 2027", "D2", { value: "#N/A", content: "#N/A" }],
      // a date: Excel's serial number with its format
      ["Budget 2027", "A3", { value: 46023, content: 46023, numberFormat: "dd-mm-yyyy" }],
      ["Budget 2027", "B3", { value: 1234.5, content: "=SUM(B1:B2)" }],
      ["Budget 2027", "C3", { value: "TRUE", content: "'TRUE" }],
      ["Budget 2027", "D3", { value: "'quoted", content: "''quoted" }],
      ["2027", "A1", { value: 1235.5, content: "='Budget 2027'!B1+1" }],
    ];
    for (const [sheet, ref, expected] of cells) expect(cellOf(book, sheet, ref), `${sheet}!${ref}`).toEqual(expected);
    expect(book.hasUnsavedChanges).toBe(false);
  });
});


/** A workbook as Excel writes it, by hand: a shared formula, array formulas, defined names, a filter. */
function excelLikeWorkbook(): Promise<Uint8Array> {
  const rows =
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c>' +
    '<c r="C1"><f t="array" ref="C1:C3">A1:A3*10</f><v>10</v></c><c r="D1"><f t="array" ref="D1:D2">_xlfn.SEQUENCE(2)</f><v>1</v></c>' +
    '<c r="E1"><f>A1*Rate</f><v>0.25</v></c></row>' +
    '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><v>20</v></c><c r="D2"><v>2</v></c></row>' +
    '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><v>30</v></c><c r="D3" t="inlineStr"><is><t>=A1</t></is></c></row>';
  const names =
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Ark!$A$1:$E$3</definedName>' +
    '<definedName name="BUDGET_MARK" localSheetId="1" comment="run &amp; 7">Andet!$A$1:$B$2</definedName>' +
    "<definedName name=\"Rate\">0.25</definedName></definedNames>";
  return minimalXlsx(
    [
      { name: "Ark", rowsXml: rows, tailXml: '<autoFilter ref="A1:E3"/>' },
      { name: "Andet", rowsXml: '<row r="1"><c r="A1"><v>5</v></c></row>' },
    ],
    names,
  );
}

describe("a workbook written as Excel writes it, opened as the preview workbook", () => {
  it("gives each cell of a shared formula its own formula, spills an array formula over its range and reads the names", async () => {
    const book = await opened(await excelLikeWorkbook());
    const column = (ref: string) => [1, 2, 3].map((row) => cellOf(book, "Ark", `${ref}${row}`));
    expect(column("B")).toEqual([
      { value: 2, content: "=A1*2" },
      { value: 4, content: "=A2*2" },
      { value: 6, content: "=A3*2" },
    ]);
    // the array formula is one formula again; its cached values are left for it to spill into
    expect(column("C")).toEqual([
      { value: 10, content: "=A1:A3*10" },
      { value: 20, content: null },
      { value: 30, content: null },
    ]);
    expect(book.spilledInto("Ark", { row: 1, column: 2 })).toBe(true);
    // a function newer than the file format loses the prefix the file gives it
    expect(column("D")).toEqual([
      { value: 1, content: "=SEQUENCE(2)" },
      { value: 2, content: null },
      { value: "=A1", content: "'=A1" },
    ]);
    // a workbook name is there for the formulas; a sheet's own is a mark with its comment
    expect(cellOf(book, "Ark", "E1")).toEqual({ value: 0.25, content: "=A1*Rate" });
    expect(book.marks("BUDGET_MARK")).toEqual([{ sheet: "Andet", address: "A1:B2", comment: "run & 7" }]);
    expect(book.filters.get("Ark")).toEqual({ sheet: "Ark", start: { row: 0, column: 0 }, end: { row: 2, column: 4 } });
  });
});

describe("function names as a file holds them", () => {
  it.each([
    ["SEQUENCE(2,2)", "_xlfn.SEQUENCE(2,2)"],
    ["SUM(FILTER(A1:A9,B1:B9>0))", "SUM(_xlfn._xlws.FILTER(A1:A9,B1:B9>0))"],
    ['BUDGET.PERIODIZE(D2:D17,"equal",2026,1)', '_xldudf_BUDGET_PERIODIZE(D2:D17,"equal",2026,1)'],
    ['IF(A1="SEQUENCE(1)",BUDGET.FORECAST(B1:M1,N1:Y1),0)', 'IF(A1="SEQUENCE(1)",_xldudf_BUDGET_FORECAST(B1:M1,N1:Y1),0)'],
    ["MYSEQUENCE(2)+SUM(A1)", "MYSEQUENCE(2)+SUM(A1)"],
  ])("%s is saved as %s", (shown, saved) => {
    expect(toFile(shown)).toBe(saved);
  });

  it("reads the add-in's functions as Excel saved them, and the newer functions' prefixes away", async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1200</v></c><c r="B1"><f>_xldudf_BUDGET_PERIODIZE(A1,"equal",2026,1)</f><v>100</v></c><c r="N1"><f>_xlfn.IFNA(NA(),7)</f><v>7</v></c></row>';
    const book = await opened(await minimalXlsx([{ name: "Ark", rowsXml: rows }]));
    // the engine computes the months again: a twelfth of 1,200 in each
    expect(cellOf(book, "Ark", "B1")).toEqual({ value: 100, content: '=BUDGET.PERIODIZE(A1,"equal",2026,1)' });
    expect(cellOf(book, "Ark", "M1")).toEqual({ value: 100, content: null });
    expect(cellOf(book, "Ark", "N1")).toEqual({ value: 7, content: "=IFNA(NA(),7)" });
  });
});

describe("the preview workbook saved as .xlsx, read back by SheetJS", () => {
  it("holds every sheet, value, formula with its cached result, number format and name exactly", async () => {
    const book = await opened(foreignWorkbook());
    new PreviewGateway(book).formatRange("'Budget 2027'!A1:B1", { bold: true });
    book.type("2027", { row: 1, column: 0 }, "=SEQUENCE(2,2)");
    book.setMark("2027", "BUDGET_MARK", { sheet: "2027", start: { row: 0, column: 0 }, end: { row: 2, column: 1 } }, "run 3");
    const bytes = await writeWorkbookFile(bookToSave(book));
    // xlfn: the prefixes of newer functions as the file holds them
    const read = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, xlfn: true });
    expect(read.SheetNames).toEqual(["Budget 2027", "2027"]);
    const cell = (sheet: string, ref: string) => {
      const found = read.Sheets[sheet][ref] as XLSX.CellObject | undefined;
      if (found === undefined) return undefined;
      const { t, v, f, F, z } = found;
      return { t, v, ...(f === undefined ? {} : { f }), ...(F === undefined ? {} : { F }), ...(z === undefined || z === "General" ? {} : { z }) };
    };
    expect(read.Sheets["Budget 2027"]["!ref"]).toBe("A1:D3");
    const expected: [string, string, ReturnType<typeof cell>][] = [
      ["Budget 2027", "A1", { t: "s", v: "Konto" }],
      ["Budget 2027", "B1", { t: "n", v: 1234.5, z: "#,##0.00" }],
      ["Budget 2027", "C1", { t: "n", v: 2469, f: "B1*2" }],
      ["Budget 2027", "D1", { t: "n", v: 2471, f: "'2027'!A1*2" }],
      ["Budget 2027", "A2", { t: "s", v: "=1+1" }],
      ["Budget 2027", "B2", { t: "s", v: "00123" }],
      ["Budget 2027", "C2", { t: "b", v: true }],
      ["Budget 2027", "D2", { t: "e", v: 0x2a }],
      ["Budget 2027", "A3", { t: "n", v: 46023, z: "dd-mm-yyyy" }],
      ["Budget 2027", "B3", { t: "n", v: 1234.5, f: "SUM(B1:B2)" }],
      ["Budget 2027", "C3", { t: "s", v: "TRUE" }],
      ["Budget 2027", "D3", { t: "s", v: "'quoted" }],
      ["2027", "A1", { t: "n", v: 1235.5, f: "'Budget 2027'!B1+1" }],
      // a formula that spills is saved as an array formula over its result, each cell cached; a
      // function newer than the file format with the prefix Excel gives it
      ["2027", "A2", { t: "n", v: 1, f: "_xlfn.SEQUENCE(2,2)", F: "A2:B3" }],
      ["2027", "B2", { t: "n", v: 2, F: "A2:B3" }],
      ["2027", "A3", { t: "n", v: 3, F: "A2:B3" }],
      ["2027", "B3", { t: "n", v: 4, F: "A2:B3" }],
    ];
    for (const [sheet, ref, value] of expected) expect(cell(sheet, ref), `${sheet}!${ref}`).toEqual(value);
    // a sheet named like a number is quoted, as Excel requires; the mark is the sheet's own name
    expect(read.Workbook?.Names).toEqual([{ Name: "BUDGET_MARK", Ref: "'2027'!$A$1:$B$3", Sheet: 1, Comment: "run 3" }]);
    // bold, which SheetJS does not read, comes back through the preview's own reader
    const again = await opened(bytes);
    expect(cellOf(again, "Budget 2027", "A1")).toEqual({ value: "Konto", content: "'Konto", bold: true });
    expect(cellOf(again, "Budget 2027", "B1")).toEqual({ value: 1234.5, content: 1234.5, numberFormat: "#,##0.00", bold: true });
    expect(cellOf(again, "2027", "A2")).toEqual({ value: 1, content: "=SEQUENCE(2,2)" });
  });

  it("keeps the sample workbook whole: every sheet, value, formula, format and mark, and the add-in's settings", async () => {
    const book = new PreviewWorkbook(createEngine(sampleSheets()));
    const gateway = new PreviewGateway(book);
    await gateway.writeRange("Budget!E1", [[{ formula: 'BUDGET.PERIODIZE(D2:D17,"equal",2026,1)' }]]);
    await gateway.formatRange("Budget!A1:D1", { bold: true, numberFormat: "@" });
    await gateway.setMark("Budget", "BUDGET_PERIODS", "A1:P17", '{"run":"r-1"}');
    await gateway.writeSetting("budget.memory", { runs: [{ id: "r-1", months: 12 }], note: "æøå <&>" });
    await gateway.setFilter("Budget!A1:D17");
    const again = await opened(await writeWorkbookFile(bookToSave(book)));
    const names = book.engine.getSheetNames();
    expect(again.engine.getSheetNames()).toEqual(names);
    for (const sheet of names) {
      const [from, to] = [book, again].map((b) => b.sheetId(sheet));
      expect(again.engine.getSheetValues(to), sheet).toEqual(book.engine.getSheetValues(from));
      expect(again.engine.getSheetFormulas(to), sheet).toEqual(book.engine.getSheetFormulas(from));
      expect(again.formatEntries(sheet), sheet).toEqual(book.formatEntries(sheet));
    }
    expect(again.marks("BUDGET_PERIODS")).toEqual([{ sheet: "Budget", address: "A1:P17", comment: '{"run":"r-1"}' }]);
    expect(await new PreviewGateway(again).readSetting("budget.memory")).toEqual({ runs: [{ id: "r-1", months: 12 }], note: "æøå <&>" });
    expect(again.filters.get("Budget")).toEqual({ sheet: "Budget", start: { row: 0, column: 0 }, end: { row: 16, column: 3 } });
  });
});

describe("replacing the preview workbook", () => {
  it("starts afresh: no charts, highlights or earlier sheets, a new generation, and no change to lose", async () => {
    const book = new PreviewWorkbook(createEngine(sampleSheets()));
    const gateway = new PreviewGateway(book);
    expect(book.hasUnsavedChanges).toBe(false);
    book.select({ sheet: "Budget", anchor: { row: 3, column: 3 }, focus: { row: 3, column: 3 } });
    // a new selection loses nothing
    expect(book.hasUnsavedChanges).toBe(false);
    await gateway.addChart({ range: "Budget!A1:D5", title: "Budget", kind: "column" });
    await gateway.highlight({ range: "Budget!A1:D5", flagColumn: 0, equals: "x", fill: "#FFC7CE" });
    book.type("Budget", { row: 20, column: 0 }, "typed");
    expect(book.hasUnsavedChanges).toBe(true);
    openBook(book, await readWorkbookFile(foreignWorkbook()), "en");
    expect([book.engine.getSheetNames(), book.charts, book.highlights, book.generation, book.hasUnsavedChanges]).toEqual([["Budget 2027", "2027"], [], [], 1, false]);
    book.markSaved();
    expect(book.hasUnsavedChanges).toBe(false);
  });

  it("keeps a change made while the file was being made as unsaved, and counts a setting kept as a change", async () => {
    const book = new PreviewWorkbook(createEngine(sampleSheets()));
    const edits = book.edits;
    book.type("Budget", { row: 20, column: 0 }, "typed while saving");
    book.markSaved(edits);
    expect(book.hasUnsavedChanges).toBe(true);
    book.markSaved();
    await new PreviewGateway(book).writeSetting("budget.memory", { run: 1 });
    expect(book.hasUnsavedChanges).toBe(true);
  });

  it("stops work begun on the workbook before: a write waiting between its batches writes nothing into the file opened", async () => {
    const book = new PreviewWorkbook(createEngine(sampleSheets()));
    const gateway = new PreviewGateway(book);
    const file = await readWorkbookFile(foreignWorkbook());
    // 3,000 rows of 12: three batches of 20,000 cells; the file is opened while the first is told
    const cells = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 12 }, (_, c) => r * 12 + c));
    const write = gateway.writeRange("Budget!A30", cells, () => void openBook(book, file, "en"));
    await expect(write).rejects.toThrow("the preview workbook was replaced by a file opened; this work goes no further");
    expect(cellOf(book, "Budget 2027", "A1")).toEqual({ value: "Konto", content: "'Konto" });
    expect(book.engine.getSheetDimensions(book.sheetId("Budget 2027"))).toEqual({ width: 4, height: 3 });
    await expect(gateway.readRange("'Budget 2027'!A1")).rejects.toThrow("the preview workbook was replaced");
    expect((await new PreviewGateway(book).readRange("'Budget 2027'!A1")).values).toEqual([["Konto"]]);
  });
});

describe("sheet names in a saved formula", () => {
  const sheets = ["2027", "A1", "Budget", "Løn", "R1C1"];
  it.each([
    ["2027!A1+1", "'2027'!A1+1"],
    ["SUM(2027!A1:B2)*A1!C3", "SUM('2027'!A1:B2)*'A1'!C3"],
    ["r1c1!A1", "'r1c1'!A1"],
    ["Budget!A1+Løn!B2", "Budget!A1+Løn!B2"],
    ["'2027'!A1", "'2027'!A1"],
    ['"see 2027!A1"&2027!A1', "\"see 2027!A1\"&'2027'!A1"],
    ["X2027!A1", "X2027!A1"],
  ])("%s is saved as %s", (formula, saved) => {
    expect(excelQuoting(formula, sheets)).toBe(saved);
  });
});
