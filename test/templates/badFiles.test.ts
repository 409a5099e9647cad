// The bad files a collect meets, each turned into its FileProblem code, quickly and in little
// memory: nothing empty, renamed, random, encrypted, bombed, huge, truncated or foreign reaches
// ExcelJS as it is.

import { beforeAll, describe, expect, it } from "vitest";
import { FileProblem, readBook, type FileProblemCode } from "../../addin/templates/xlsxRead";
import { readDirectory } from "../../addin/templates/xlsxGuard";
import { writeBook } from "../../addin/templates/xlsxWrite";
import { zipFiles } from "../../addin/templates/zip";
import { craftZip, deflateRepeated, honestEntry, type RawEntry } from "./badFiles";
import { minimalXlsx } from "./foreign";
import { sampleBook } from "./sampleBook";

const MB = 1024 * 1024;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The parts of a one-sheet workbook but its sheet, honestly stored. */
async function workbookParts(): Promise<RawEntry[]> {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return Promise.all([
    honestEntry(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    honestEntry("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    honestEntry("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${rel}"><sheets><sheet name="Ark" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    honestEntry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ]);
}

/** A workbook whose one sheet repeats a row `times` times (deflated as it streams: a million rows are some 30 KB). */
async function sheetOfRows(piece: string, times: number, declare?: (size: number) => number): Promise<Uint8Array> {
  const { deflated, size, crc } = await deflateRepeated(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`, piece, times, "</sheetData></worksheet>");
  const sheet: RawEntry = { name: "xl/worksheets/sheet1.xml", deflated, declaredSize: declare ? declare(size) : size, crc };
  return craftZip([...(await workbookParts()), sheet]);
}

/** A workbook with a shared strings part of `size` bytes inflated, declaring `declared`. */
async function largeStrings(megabytes: number, declared: "honest" | "lying"): Promise<Uint8Array> {
  const { deflated, size, crc } = await deflateRepeated(`<sst xmlns="${MAIN}"><si><t>`, "x", megabytes * MB, "</t></si></sst>");
  const strings: RawEntry = { name: "xl/sharedStrings.xml", deflated, declaredSize: declared === "honest" ? size : 1000, crc };
  return craftZip([...(await workbookParts()), await honestEntry("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`), strings]);
}

/** Bytes from a fixed seed, so the run repeats. */
function pseudoRandom(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function problemOf(bytes: Uint8Array, limits?: Parameters<typeof readBook>[1]): Promise<FileProblem> {
  try {
    await readBook(bytes, limits);
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error("the file was read");
}

let template: Uint8Array;
beforeAll(async () => {
  template = await writeBook(sampleBook(), { unitDecimals: 0 });
});

describe("readBook refuses a bad file with its code", () => {
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it.each<[string, () => Promise<Uint8Array>, FileProblemCode]>([
    ["an empty file", async () => new Uint8Array(0), "FILE_EMPTY"],
    ["a .csv renamed .xlsx", async () => new TextEncoder().encode("Konto;Beløb\n4101;1.234,56\n"), "FILE_NOT_XLSX"],
    ["random bytes", async () => pseudoRandom(8192, 17), "FILE_NOT_XLSX"],
    ["one byte", async () => new Uint8Array([0x50]), "FILE_NOT_XLSX"],
    // Excel saves a password-protected workbook as an OLE compound file; an old .xls is one too
    ["an OLE compound file (encrypted .xlsx or .xls)", async () => ole, "FILE_ENCRYPTED"],
    ["a zip that holds no workbook", () => zipFiles([{ fileName: "læs mig.txt", bytes: new TextEncoder().encode("hej") }]), "FILE_NOT_XLSX"],
    ["an empty zip", async () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]), "FILE_NOT_XLSX"],
    ["a truncated template", async () => template.slice(0, Math.floor(template.length * 0.6)), "FILE_UNREADABLE"],
    ["a template cut just before its end record", async () => template.slice(0, template.length - 10), "FILE_UNREADABLE"],
    [
      "a zip whose data is corrupt",
      async () => {
        const bytes = template.slice();
        // overwrite the middle of the package, inside some part's deflated data
        bytes.fill(0xff, Math.floor(bytes.length * 0.3), Math.floor(bytes.length * 0.35));
        return bytes;
      },
      "FILE_UNREADABLE",
    ],
    ["a workbook part that is not XML", () => minimalXlsx([{ name: "Ark", rowsXml: "<row r='1'><c r='A1'><v>1</v></row>" }]), "FILE_UNREADABLE"],
    [
      "an XML entity bomb (a billion laughs)",
      async () => {
        const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
        const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "ha">${levels}]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`;
        return craftZip([...(await workbookParts()), await honestEntry("xl/worksheets/sheet1.xml", xml)]);
      },
      "FILE_UNREADABLE",
    ],
    ["a zip bomb: a part that declares 1,000 bytes and inflates to 60 MB", () => largeStrings(60, "lying"), "FILE_TOO_LARGE"],
    ["an honestly large file: a part of 60 MB", () => largeStrings(60, "honest"), "FILE_TOO_LARGE"],
    ["a sheet of a million rows", () => sheetOfRows('<row><c r="A1"><v>1</v></c></row>', 1_000_000), "FILE_TOO_MANY_ROWS"],
    ["a sheet whose one row is row 1,048,576", () => minimalXlsx([{ name: "Ark", rowsXml: '<row r="1048576"><c r="A1048576"><v>1</v></c></row>' }]), "FILE_TOO_MANY_ROWS"],
  ])("%s", async (_what, make, code) => {
    const bytes = await make();
    const started = Date.now();
    expect((await problemOf(bytes)).code).toBe(code);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("stops inflating a million-row sheet soon after the row limit", async () => {
    const bytes = await sheetOfRows('<row><c r="A1"><v>1</v></c></row>', 1_000_000);
    expect(bytes.length).toBeLessThan(200_000);
    const started = Date.now();
    const problem = await problemOf(bytes);
    expect(problem.code).toBe("FILE_TOO_MANY_ROWS");
    expect(problem.message).toContain("xl/worksheets/sheet1.xml has rows past row 20000");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a lying header is caught while inflating, not by what it declares", async () => {
    const bytes = await largeStrings(60, "lying");
    const declared = readDirectory(bytes).reduce((sum, entry) => sum + entry.declaredSize, 0);
    expect(declared).toBeLessThan(10_000);
    expect((await problemOf(bytes)).message).toContain("expand beyond");
    expect((await problemOf(await largeStrings(60, "honest"))).message).toContain("declare");
  });

  it("a part that inflates to more than it declares, within the limit, is damaged", async () => {
    expect((await problemOf(await largeStrings(1, "lying"))).code).toBe("FILE_UNREADABLE");
  });

  it("honours the limits it is given", async () => {
    expect((await problemOf(template, { maxExpandedBytes: 10_000 })).code).toBe("FILE_TOO_LARGE");
    expect((await problemOf(template, { maxRows: 6 })).code).toBe("FILE_TOO_MANY_ROWS");
    expect((await problemOf(template, { maxCells: 50 })).code).toBe("FILE_TOO_LARGE");
    await expect(readBook(template, { maxRows: 7, maxExpandedBytes: 200_000 })).resolves.toBeDefined();
    // a sheet of exactly maxRows rows is read
    const rows = await minimalXlsx([{ name: "Ark", rowsXml: Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("") }]);
    await expect(readBook(rows, { maxRows: 100 })).resolves.toBeDefined();
    expect((await problemOf(rows, { maxRows: 99 })).code).toBe("FILE_TOO_MANY_ROWS");
  });

  it("says what is wrong in its message and is an Error", async () => {
    const problem = await problemOf(ole);
    expect(problem).toBeInstanceOf(Error);
    expect(problem.name).toBe("FileProblem");
    expect(problem.message).toBe("FILE_ENCRYPTED: the file is an OLE compound file: a password-protected workbook or an old .xls");
  });
});
