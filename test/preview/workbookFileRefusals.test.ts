// The bad files a person may open in the preview, each refused with its message in both
// languages, naming the file, quickly and in little memory: nothing empty, renamed, encrypted,
// damaged, bombed or past Excel's rows and columns reaches the workbook.

import { describe, expect, it } from "vitest";
import { zipFiles } from "../../addin/templates/zip";
import { OpenProblem, openProblemText, type OpenProblemCode } from "../../addin/preview/workbookFileTypes";
import { readWorkbookFile } from "../../addin/preview/xlsxFile";
import { craftZip, deflateRepeated, honestEntry } from "../templates/badFiles";
import { minimalXlsx } from "../templates/foreign";

const MB = 1024 * 1024;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function problemOf(bytes: Uint8Array): Promise<OpenProblemCode> {
  try {
    await readWorkbookFile(bytes);
  } catch (error) {
    if (error instanceof OpenProblem) return error.code;
    throw error;
  }
  throw new Error("the file was opened");
}

/**
 * A workbook whose shared strings declare `megabytes` (inflating one that large is the guard's
 * own test; the limit is met here as the part's header states it, without the work).
 */
async function declaredLarge(megabytes: number): Promise<Uint8Array> {
  const { deflated, crc } = await deflateRepeated(`<sst xmlns="${MAIN}"><si><t>`, "x", 1000, "</t></si></sst>");
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return craftZip([
    await honestEntry("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    await honestEntry("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${rel}"><sheets><sheet name="Ark" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    await honestEntry("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`),
    { name: "xl/sharedStrings.xml", deflated, declaredSize: megabytes * MB, crc },
  ]);
}

const ole = new Uint8Array(4096);
ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let good: Uint8Array;
const goodFile = async () => (good ??= await minimalXlsx([{ name: "Ark", rowsXml: Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>linje ${i}</t></is></c></row>`).join("") }]));

describe("a file the preview cannot open is refused, saying why in Danish and English", () => {
  it.each<[string, () => Promise<Uint8Array>, OpenProblemCode, string, string]>([
    ["an empty file", async () => new Uint8Array(0), "FILE_EMPTY", '"Budget.xlsx" cannot be opened: the file is empty.', "»Budget.xlsx« kan ikke åbnes: filen er tom."],
    [
      "a .csv renamed .xlsx",
      async () => new TextEncoder().encode("Konto;Beløb\n4101;1.234,56\n"),
      "FILE_NOT_XLSX",
      '"Budget.xlsx" cannot be opened: the file is not an Excel workbook (.xlsx).',
      "»Budget.xlsx« kan ikke åbnes: filen er ikke en Excel-projektmappe (.xlsx).",
    ],
    [
      "a zip that holds no workbook",
      () => zipFiles([{ fileName: "læs mig.txt", bytes: new TextEncoder().encode("hej") }]),
      "FILE_NOT_XLSX",
      '"Budget.xlsx" cannot be opened: the file is not an Excel workbook (.xlsx).',
      "»Budget.xlsx« kan ikke åbnes: filen er ikke en Excel-projektmappe (.xlsx).",
    ],
    [
      "a password-protected workbook (an OLE compound file, as is an old .xls)",
      async () => ole,
      "FILE_ENCRYPTED",
      '"Budget.xlsx" cannot be opened: the file is protected with a password or saved in the old .xls format; save a copy as .xlsx without a password and open that.',
      "»Budget.xlsx« kan ikke åbnes: filen er beskyttet med adgangskode eller gemt i det gamle .xls-format; gem en kopi som .xlsx uden adgangskode, og åbn den.",
    ],
    [
      "a truncated file (a corrupt zip)",
      async () => (await goodFile()).slice(0, Math.floor((await goodFile()).length * 0.6)),
      "FILE_UNREADABLE",
      '"Budget.xlsx" cannot be opened: the file is damaged and cannot be read as a workbook.',
      "»Budget.xlsx« kan ikke åbnes: filen er beskadiget og kan ikke læses som en projektmappe.",
    ],
    [
      "a part of 110 MB",
      () => declaredLarge(110),
      "FILE_TOO_LARGE",
      '"Budget.xlsx" cannot be opened: the file holds more than 100 MB of data or more than 1,000,000 cells, more than the preview holds.',
      "»Budget.xlsx« kan ikke åbnes: filen rummer mere end 100 MB data eller mere end 1.000.000 celler, mere end forhåndsvisningen kan rumme.",
    ],
    [
      "a row past Excel's last row",
      () => minimalXlsx([{ name: "Ark", rowsXml: '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' }]),
      "FILE_TOO_MANY_ROWS",
      "\"Budget.xlsx\" cannot be opened: a sheet has rows past row 1,048,576, Excel's last row.",
      "»Budget.xlsx« kan ikke åbnes: et ark har rækker efter række 1.048.576, Excels sidste række.",
    ],
    [
      "a cell past Excel's last column",
      () => minimalXlsx([{ name: "Ark", rowsXml: '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>' }]),
      "FILE_TOO_MANY_COLUMNS",
      "\"Budget.xlsx\" cannot be opened: a sheet has cells past column 16,384 (XFD), Excel's last column.",
      "»Budget.xlsx« kan ikke åbnes: et ark har celler efter kolonne 16.384 (XFD), Excels sidste kolonne.",
    ],
    [
      "a workbook without a worksheet",
      () => minimalXlsx([]),
      "FILE_NO_SHEETS",
      '"Budget.xlsx" cannot be opened: the workbook has no worksheet.',
      "»Budget.xlsx« kan ikke åbnes: projektmappen har intet regneark.",
    ],
  ])("%s", async (_what, make, code, english, danish) => {
    const bytes = await make();
    const started = Date.now();
    expect(await problemOf(bytes)).toBe(code);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect([openProblemText(code, "Budget.xlsx", "en"), openProblemText(code, "Budget.xlsx", "da")]).toEqual([english, danish]);
  });

  it("refuses a file whose name is not .xlsx before reading it", () => {
    expect([openProblemText("FILE_NOT_XLSX_NAME", "Budget.xls", "en"), openProblemText("FILE_NOT_XLSX_NAME", "Budget.xls", "da")]).toEqual([
      '"Budget.xls" cannot be opened: only Excel workbooks (.xlsx) can be opened.',
      "»Budget.xls« kan ikke åbnes: kun Excel-projektmapper (.xlsx) kan åbnes.",
    ]);
  });

  it("opens the good file the damaged one was cut from", async () => {
    const opened = await readWorkbookFile(await goodFile());
    expect([opened.sheets.length, opened.sheets[0].cells.length, opened.sheets[0].cells[199]]).toEqual([1, 200, ["'linje 199"]]);
  });
});
