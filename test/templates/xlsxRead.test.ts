// readBook on the files a department sends back: the template as written, filled in by another
// library (SheetJS), edited in place as Excel saves it, and a workbook from a minimal writer
// (inline strings, no styles part, formulas without cached values); values, text that stays text,
// formulas, array formulas, dates, errors, states.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReadBook, ReadCell, ReadSheet } from "../../core/templates/book";
import { readBook } from "../../addin/templates/xlsxRead";
import { writeBook } from "../../addin/templates/xlsxWrite";
import { fillInPlace, fillWithSheetJS, minimalXlsx, type Edit } from "./foreign";
import { equalMonths, sampleBook } from "./sampleBook";

/** The cell at an address ("F12") of a read sheet. */
function at(sheet: ReadSheet | undefined, address: string): ReadCell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return sheet?.rows[Number(match[2]) - 1]?.[column - 1];
}

const sheetOf = (book: ReadBook, name: string): ReadSheet | undefined => book.sheets.find((sheet) => sheet.name === name);

const EDITS: Edit[] = [
  { sheet: "Budget", cell: "D4", value: 1_250_000 },
  { sheet: "Budget", cell: "E4", value: "kalenderdage" },
  { sheet: "Budget", cell: "F4", value: "1.234,56" },
  { sheet: "Budget", cell: "D5", formula: "C5*1.02" },
  { sheet: "Budget", cell: "D6", formula: "1000*12", value: 12_000 },
  { sheet: "Budget", cell: "F6", value: "=ikke en formel" },
  // a cell outside the template's cells, on a row of its own
  { sheet: "Budget", cell: "B9", value: "Ny linje" },
];

let template: Uint8Array;

beforeAll(async () => {
  template = await writeBook(sampleBook(), { unitDecimals: 0 });
});

describe("readBook on the template as written", () => {
  let book: ReadBook;
  beforeAll(async () => {
    book = await readBook(template);
  });

  it("reads the sheets in order with their states", () => {
    expect(book.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Vejledning", "visible"],
      ["Budget", "visible"],
      ["Profiler", "visible"],
      ["Kontrol", "veryHidden"],
    ]);
  });

  it("reads a line as written: constants, an empty input, a formula with its cached value, a spill's master and members", () => {
    const budget = sheetOf(book, "Budget");
    const months = equalMonths(360_012);
    expect(budget?.rows[4]).toEqual([
      { value: "2210" },
      { value: "Medicin" },
      { value: 360_012 },
      undefined, // an empty input cell holds nothing, though it is styled
      { value: "lige" },
      undefined,
      { value: -1, formula: "IF(C5=0,0,D5/C5-1)" },
      undefined,
      undefined,
      undefined,
      { value: months[0], formula: "BUDGET.PERIODIZE(D5,E5)" },
      ...months.slice(1).map((value) => ({ value })),
    ]);
  });

  it("keeps text as text, a leading = included, and reads TRUE as true", () => {
    const guide = sheetOf(book, "Vejledning");
    expect(at(guide, "A3")).toEqual({ value: "=SUM(A1:A2) er tekst, ikke en formel" });
    expect(at(guide, "A4")).toEqual({ value: "1.234,56" });
    expect(at(sheetOf(book, "Kontrol"), "B5")).toEqual({ value: true });
    expect(at(sheetOf(book, "Kontrol"), "B3")).toEqual({ value: 1 });
  });

  it("leaves missing rows and cells empty", () => {
    const budget = sheetOf(book, "Budget");
    expect(budget?.rows.length).toBe(7);
    expect(at(budget, "Z1")).toBeUndefined();
    expect(at(budget, "A8")).toBeUndefined();
  });
});

describe.each([
  ["filled in and saved by SheetJS", (bytes: Uint8Array) => Promise.resolve(fillWithSheetJS(bytes, EDITS))],
  ["edited in place as Excel saves it", (bytes: Uint8Array) => fillInPlace(bytes, EDITS)],
])("readBook on the template %s", (_how, fill) => {
  let book: ReadBook;
  let budget: ReadSheet | undefined;
  beforeAll(async () => {
    book = await readBook(await fill(template));
    budget = sheetOf(book, "Budget");
  });

  it.each<[string, ReadCell]>([
    ["D4", { value: 1_250_000 }],
    ["E4", { value: "kalenderdage" }],
    ["F4", { value: "1.234,56" }],
    ["D5", { value: null, formula: "C5*1.02" }],
    ["D6", { value: 12_000, formula: "1000*12" }],
    ["F6", { value: "=ikke en formel" }],
    ["B9", { value: "Ny linje" }],
    ["C4", { value: 1_200_000 }],
    ["G4", { value: -1, formula: "IF(C4=0,0,D4/C4-1)" }],
    ["K4", { value: 100_000, formula: "BUDGET.PERIODIZE(D4,E4)" }],
    ["V4", { value: 100_000 }],
  ])("Budget!%s reads %j", (address, cell) => {
    expect(at(budget, address)).toEqual(cell);
  });

  it("keeps the control sheet very hidden and its values", () => {
    expect(book.sheets.map((sheet) => sheet.state)).toEqual(["visible", "visible", "visible", "veryHidden"]);
    expect(at(sheetOf(book, "Kontrol"), "B2")).toEqual({ value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" });
  });
});

describe("the test's fillers make what they say", () => {
  it("SheetJS's file is another writer's: texts as t=\"str\", no shared strings part", async () => {
    const zip = await JSZip.loadAsync(fillWithSheetJS(template, EDITS));
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toContain('<c r="F4" t="str"><v>1.234,56</v></c>');
  });

  it("the in-place edit changes the cells typed and the shared strings, and nothing else", async () => {
    const before = await JSZip.loadAsync(template);
    const after = await JSZip.loadAsync(await fillInPlace(template, EDITS));
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    const changed: string[] = [];
    for (const name of Object.keys(before.files)) {
      if (before.files[name].dir) continue;
      if ((await before.file(name)!.async("string")) !== (await after.file(name)!.async("string"))) changed.push(name);
    }
    expect(changed.sort()).toEqual(["xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"]);
    const sheet = await after.file("xl/worksheets/sheet2.xml")!.async("string");
    // the input cell keeps its style (unlocked, filled): only its content changed
    expect(sheet).toMatch(/<c r="D4" s="\d+"><v>1250000<\/v><\/c>/);
    expect(sheet).toContain('<row r="9"><c r="B9" t="s">');
  });
});

describe("readBook on a workbook from a minimal writer", () => {
  let book: ReadBook;
  beforeAll(async () => {
    const bytes = await minimalXlsx([
      {
        name: "Data",
        rowsXml:
          `<row r="1"><c r="A1" t="inlineStr"><is><t>Konto</t></is></c><c r="B1" t="inlineStr"><is><r><t>Bel</t></r><r><t>øb</t></r></is></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> 1.234,56 </t></is></c></row>` +
          `<row r="2"><c r="A2"><v>4101</v></c><c r="B2"><f>A2*2</f></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>` +
          `<row r="3"><c r="A3"><v>1.5</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v>3</v></c></row>` +
          `<row r="4"><c r="A4"><v>-2</v></c><c r="B4"><f t="shared" si="0"/><v>-4</v></c></row>` +
          `<row r="6"><c r="C6" t="inlineStr"><is><t>=A1</t></is></c></row>`,
      },
      { name: "Skjult", state: "hidden", rowsXml: `<row r="1"><c r="A1"><v>1</v></c></row>` },
      { name: "Meget skjult", state: "veryHidden", rowsXml: "" },
    ]);
    book = await readBook(bytes);
  });

  it.each<[string, ReadCell | undefined]>([
    ["A1", { value: "Konto" }],
    ["B1", { value: "Beløb" }],
    ["C1", { value: " 1.234,56 " }],
    ["A2", { value: 4101 }],
    ["B2", { value: null, formula: "A2*2" }],
    ["C2", { value: false }],
    ["D2", { value: { error: "#N/A" } }],
    ["E2", { value: "xy", formula: '"x"&"y"' }],
    ["A3", { value: 1.5 }],
    ["B3", { value: 3, formula: "A3*2" }],
    ["B4", { value: -4, formula: "A4*2" }],
    ["A5", undefined],
    ["C6", { value: "=A1" }],
  ])("Data!%s reads %j", (address, cell) => {
    expect(at(sheetOf(book, "Data"), address)).toEqual(cell);
  });

  it("reads hidden and very hidden sheets with their states, an empty sheet with no rows", () => {
    expect(book.sheets.map((sheet) => [sheet.name, sheet.state, sheet.rows.length])).toEqual([
      ["Data", "visible", 6],
      ["Skjult", "hidden", 1],
      ["Meget skjult", "veryHidden", 0],
    ]);
  });
});

describe("readBook on dates and on parts it has no use for", () => {
  it.each([false, true])("reads a date cell as its serial number (1904 date system: %s)", async (date1904) => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = date1904;
    const sheet = workbook.addWorksheet("Datoer");
    sheet.getCell("A1").value = new Date(Date.UTC(2027, 0, 1));
    sheet.getCell("A1").numFmt = "dd-mm-yyyy";
    sheet.getCell("A2").value = new Date(Date.UTC(2027, 2, 31, 12));
    sheet.getCell("A2").numFmt = "dd-mm-yyyy hh:mm";
    const book = await readBook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const serial = 46_388 - (date1904 ? 1462 : 0);
    expect(at(book.sheets[0], "A1")).toEqual({ value: serial });
    expect(at(book.sheets[0], "A2")).toEqual({ value: serial + 89.5 });
  });

  it("reads a sheet whose validation, merge and conditional format cover every cell, and names of whole sheets, at once", async () => {
    const everything = "A1:XFD1048576";
    const bytes = await minimalXlsx(
      [
        {
          name: "Ark",
          rowsXml: `<row r="1"><c r="A1" t="inlineStr"><is><t>hej</t></is></c><c r="B1"/></row>`,
          tailXml:
            `<mergeCells count="1"><mergeCell ref="B1:XFD1048576"/></mergeCells>` +
            `<conditionalFormatting sqref="${everything}"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>` +
            `<dataValidations count="1"><dataValidation type="list" sqref="${everything}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
        },
      ],
      `<definedNames><definedName name="alt">Ark!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Ark!$A:$XFD</definedName></definedNames>`,
    );
    const started = Date.now();
    const book = await readBook(bytes);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(book.sheets[0].rows).toEqual([[{ value: "hej" }]]);
  });
});
