// A corpus of bad, foreign and tampered returns, each collected in Danish and in English: the
// status, and every problem with its code, sheet, cell and exact message in both languages. A bad
// file is a status, never a crash.

import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { random } from "../../bench/harness";
import { buildTemplates, collectReturns, type BuildResult, type RegisterEntry } from "../../addin/templates";
import { MASTER, NOW, OPTIONS } from "../fixtures/templateMaster";
import { fillInPlace, fillWithSheetJS } from "./foreign";

type Edit = { sheet: string; cell: string; value?: number | string; formula?: string };
const S = "Budget 2027";
const FILLED: Edit[] = [
  { sheet: S, cell: "F9", value: 51_000_000 },
  { sheet: S, cell: "H9", value: "Ny overenskomst" },
  { sheet: S, cell: "F10", value: 6_600_000 },
  { sheet: S, cell: "F11", value: -2_400_000 },
];
const replace = (edits: Edit[]): Edit[] => [...FILLED.filter((f) => !edits.some((e) => e.sheet === f.sheet && e.cell === f.cell)), ...edits];

let built: BuildResult;
let template: Uint8Array;
let register: RegisterEntry[];

beforeAll(async () => {
  built = await buildTemplates(MASTER, OPTIONS, { now: NOW });
  template = built.files[0].bytes;
  register = built.register;
});

async function zipOf(entries: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A workbook with one sheet of `rows` rows, packed small: a million rows of one cell. */
async function manyRows(rows: number): Promise<Uint8Array> {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["x"]]), "Ark1");
  const small = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
  const zip = await JSZip.loadAsync(small);
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

type Case = [string, () => Promise<Uint8Array>, "rejected" | "remarks", [string, string | null, string | null, string, string][]];

const bytes = (text: string) => new TextEncoder().encode(text);
const p = (code: string, sheet: string | null, cell: string | null, en: string, da: string): [string, string | null, string | null, string, string] => [code, sheet, cell, en, da];

const CASES: Case[] = [
  ["an empty file", async () => new Uint8Array(0), "rejected", [p("RETURN_FILE_EMPTY", null, null, "the file is empty", "filen er tom")]],
  ["a .csv renamed to .xlsx", async () => bytes("Konto;Beløb\r\n1110 Løn;51.000.000\r\n"), "rejected", [
    p("RETURN_NOT_XLSX", null, null, "the file is not an Excel workbook (.xlsx)", "filen er ikke en Excel-projektmappe (.xlsx)"),
  ]],
  ["random bytes", async () => { const next = random(7); return Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256)); }, "rejected", [
    p("RETURN_NOT_XLSX", null, null, "the file is not an Excel workbook (.xlsx)", "filen er ikke en Excel-projektmappe (.xlsx)"),
  ]],
  ["a password-protected workbook", async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]), "rejected", [
    p("RETURN_ENCRYPTED", null, null, "the file is protected with a password or saved in the old .xls format; save it as .xlsx without a password", "filen er beskyttet med adgangskode eller gemt i det gamle .xls-format; gem den som .xlsx uden adgangskode"),
  ]],
  ["a zip that expands to gigabytes", async () => zipOf({ "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": new Uint8Array(60_000_000) }), "rejected", [
    p("RETURN_TOO_LARGE", null, null, "the file holds more than 50 MB of data, far more than a template; it is not read", "filen rummer mere end 50 MB data, langt mere end en skabelon; den læses ikke"),
  ]],
  ["a sheet of a million rows", () => manyRows(1_000_000), "rejected", [
    p("RETURN_TOO_MANY_ROWS", null, null, "a sheet of the file has more than 20,000 rows, far more than a template; it is not read", "et ark i filen har mere end 20.000 rækker, langt mere end en skabelon; den læses ikke"),
  ]],
  ["a workbook that is no template", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Konto", "Budget"], ["1110 Løn", 51_000_000]]), "Budget 2027");
    return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  }, "rejected", [
    p("RETURN_NOT_OURS", null, null, "the file is not a budget template of this add-in (it has no template metadata)", "filen er ikke en budgetskabelon fra dette tilføjelsesprogram (den har ingen skabelondata)"),
  ]],
  ["a template cut short", async () => template.slice(0, Math.floor(template.length / 2)), "rejected", [
    p("RETURN_UNREADABLE", null, null, "the file is damaged and cannot be read as a workbook", "filen er beskadiget og kan ikke læses som en projektmappe"),
  ]],
  ["another budget year", async () => {
    const other = await buildTemplates(MASTER, { ...OPTIONS, year: 2026 }, { now: NOW });
    return fillWithSheetJS(other.files[0].bytes, []);
  }, "rejected", [p("RETURN_YEAR_OTHER", null, null, "the template is for budget year 2026, not 2027", "skabelonen er til budgetår 2026, ikke 2027")]],
  ["a template not in the register", async () => {
    const other = await buildTemplates(MASTER, OPTIONS, { now: NOW });
    return fillWithSheetJS(other.files[0].bytes, FILLED);
  }, "rejected", [
    p("RETURN_UNKNOWN_TEMPLATE", null, null, "the template of department 4101 is not in the register of templates sent", "skabelonen for afdeling 4101 findes ikke i registret over udsendte skabeloner"),
  ]],
  ["a locked text changed", async () => fillWithSheetJS(template, replace([{ sheet: S, cell: "C10", value: "Medicin" }])), "rejected", [
    p("RETURN_LOCKED_CHANGED", S, "C10", "a locked cell was changed from Medicin og infusionsvæsker to Medicin", "en låst celle er ændret fra Medicin og infusionsvæsker til Medicin"),
  ]],
  ["the very hidden metadata edited", async () => fillWithSheetJS(template, replace([{ sheet: "BudgetMeta", cell: "B16", value: 99_000_000 }])), "rejected", [
    p("RETURN_TAMPERED", null, null, "the locked content (lines, budget and actual figures, frame or profiles) is not what was sent: the checksum does not match; send the department the template again", "det låste indhold (linjer, budget- og regnskabstal, ramme eller profiler) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen skabelonen igen"),
  ]],
  ["a line deleted", async () => fillWithSheetJS(template, [...FILLED.slice(0, 3), ...[..."ABCDEFGHIJKLMNOPQRSTUV"].map((c): Edit => ({ sheet: S, cell: `${c}11` }))]), "rejected", [
    p("RETURN_LINE_DELETED", S, "A11", "line 7110 Indtægter (Salg af ydelser til andre regioner) has been deleted", "linje 7110 Indtægter (Salg af ydelser til andre regioner) er slettet"),
  ]],
  ["a line added below the total", async () => fillInPlace(template, replace([{ sheet: S, cell: "B19", value: "2290 Øvrig drift" }, { sheet: S, cell: "F19", value: 10_000 }])), "rejected", [
    p("RETURN_EXTRA_LINE", S, "B19", "a line outside the template's lines and free rows; move it to a free row", "en linje uden for skabelonens linjer og frie rækker; flyt den til en fri række"),
  ]],
  ["the metadata's line count made huge", async () => fillInPlace(template, replace([{ sheet: "BudgetMeta", cell: "B20", value: 1e12 }])), "rejected", [
    p("RETURN_META_DAMAGED", "BudgetMeta", "B20", "the template's hidden metadata has been changed; send the department a new template", "skabelonens skjulte data er ændret; send afdelingen en ny skabelon"),
  ]],
  ["a Danish amount stored as text", async () => fillWithSheetJS(template, replace([{ sheet: S, cell: "F10", value: "6.600.000,00" }])), "rejected", [
    p("RETURN_INPUT_TEXT", S, "F10", 'the budget of line 2210 Medicin is text in Danish number format ("6.600.000,00"), not a number; type it as a number', 'budgettet for linje 2210 Medicin er tekst i dansk talformat ("6.600.000,00"), ikke et tal; skriv det som et tal'),
  ]],
  ["a formula where an amount is expected", async () => fillInPlace(template, replace([{ sheet: S, cell: "F10", formula: "6600000*1" }])), "rejected", [
    p("RETURN_INPUT_FORMULA", S, "F10", "a formula (=6600000*1) where a value is expected; type the value", "en formel (=6600000*1), hvor der skal stå en værdi; skriv værdien"),
  ]],
  ["an unknown profile", async () => fillWithSheetJS(template, replace([{ sheet: S, cell: "G10", value: "sommer" }])), "rejected", [
    p("RETURN_PROFILE_UNKNOWN", S, "G10", 'line 2210 Medicin: unknown profile "sommer"; pick one from the list', 'linje 2210 Medicin: ukendt profil "sommer"; vælg en på listen'),
  ]],
  ["a blank amount", async () => fillWithSheetJS(template, FILLED.slice(0, 3)), "rejected", [
    p("RETURN_ANNUAL_MISSING", S, "F11", "line 7110 Indtægter has no budget amount; enter 0 if there is none", "linje 7110 Indtægter har intet budgetbeløb; skriv 0, hvis der ikke er noget"),
  ]],
  ["a required justification missing", async () => fillWithSheetJS(template, FILLED.filter((e) => e.cell !== "H9")), "remarks", [
    p("RETURN_JUSTIFICATION_MISSING", S, "H9", "line 1110 Løn changes by 2,784,700 from last year and needs a justification", "linje 1110 Løn ændres med 2.784.700 fra sidste år og skal begrundes"),
  ]],
  ["the total over the frame", async () => fillInPlace(template, replace([{ sheet: S, cell: "F9", value: 51_900_000 }])), "remarks", [
    p("RETURN_OVER_FRAME", S, "F15", "the total 56,100,000 is 100,000 over the frame of 56,000,000", "summen 56.100.000 er 100.000 over rammen på 56.000.000"),
  ]],
];

const shape = (problems: { code: string; sheet?: string; cell?: string; message: string }[], other: { message: string }[]) =>
  problems.map((x, i) => [x.code, x.sheet ?? null, x.cell ?? null, x.message, other[i]?.message]);

describe("a bad or tampered return", () => {
  it.each(CASES)("%s", async (_name, make, status, expected) => {
    const files = [{ fileName: "retur.xlsx", bytes: await make() }];
    const [en, da] = await Promise.all([collectReturns(register, files, { language: "en" }), collectReturns(register, files, { language: "da" })]);
    expect(en.files[0].status).toBe(status);
    const problems = shape(en.files[0].problems, da.files[0].problems).map(([code, sheet, cell, english, danish]) => [code, sheet, cell, english, danish]);
    expect(problems).toEqual(expected);
    expect(en.consolidated).toHaveLength(status === "rejected" ? 0 : 3);
  });

  it("of an older version is rejected once the department has been sent a newer one", async () => {
    const again = await buildTemplates(MASTER, OPTIONS, { now: NOW, earlier: register });
    const report = await collectReturns([...register, ...again.register], [{ fileName: "gammel.xlsx", bytes: await fillWithSheetJS(template, FILLED) }], { language: "en" });
    expect(report.files[0].problems.map((x) => [x.code, x.message])).toEqual([["RETURN_OLDER_VERSION", "the file is version 1 of the template; version 2 has been sent since"]]);
  });

  it("sent twice in one collect: the later replaces the earlier, both listed, one consolidated", async () => {
    const first = await fillWithSheetJS(template, FILLED);
    const second = await fillWithSheetJS(template, replace([{ sheet: S, cell: "F10", value: 6_500_000 }]));
    const report = await collectReturns(register, [{ fileName: "første.xlsx", bytes: first }, { fileName: "anden.xlsx", bytes: second }], {
      language: "da",
      earlier: [{ department: "4101", fileName: "juli.xlsx", received: "2026-07-30 10:12" }],
    });
    expect(report.files.map((f) => [f.fileName, f.status, f.replacedBy ?? null, f.problems.map((x) => [x.severity, x.message])])).toEqual([
      ["første.xlsx", "accepted", "anden.xlsx", [["note", 'erstattet af "anden.xlsx", indsamlet efter den']]],
      ["anden.xlsx", "accepted", null, [["note", 'erstatter afleveringen indsamlet tidligere fra "juli.xlsx" (2026-07-30 10:12)']]],
    ]);
    expect(report.consolidated.map((l) => l.annual)).toEqual([51_000_000, 6_500_000, -2_400_000]);
  });
});
