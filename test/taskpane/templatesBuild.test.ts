// The Templates panel's build, on the preview workbook with the sample's master (Skabelonlinjer)
// and frames (Rammer): the lines table's columns guessed, one template per department, the
// register written to the status sheet (found again by its mark, not its place), the build kept
// for the fields it was made from, and every bad input with its exact message in both languages.

import { describe, expect, it } from "vitest";
import { BudgetError } from "../../core";
import { withSheet } from "../../addin/gateway/address";
import { guessColumns } from "../../addin/taskpane/columnGuess";
import { ChoiceError } from "../../addin/taskpane/planner";
import { templateOptions, type TemplateBuildForm } from "../../addin/taskpane/templateBuild";
import { FRAME_COLUMNS, TEMPLATE_COLUMNS } from "../../addin/taskpane/templateInput";
import { STATUS_MARK } from "../../addin/taskpane/templateSheets";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import { BUILT_AT, built, fakeBuild, planBuild, sample, sheetCells, strings, writeUnasked } from "./templatesFixture";

const DEPARTMENTS: [string, string, string, number, number][] = [
  ["4101", "Kardiologisk afd.", "Hospital Nord", 6, 57_600_000],
  ["4102", "Ortopædkirurgisk afd.", "Hospital Nord", 5, 54_000_000],
  ["4103", "Akutmodtagelsen", "Hospital Nord", 4, 63_400_000],
  ["4104", "Medicinsk afd.", "Hospital Syd", 5, 58_200_000],
  ["4105", "Radiologisk afd.", "Hospital Syd", 5, 26_500_000],
  ["4106", "Hospitalsledelse", "Hospital Syd", 4, 12_800_000],
];

const FORM: TemplateBuildForm = {
  year: "2027",
  unit: 1,
  deadline: "",
  contact: "",
  instructions: "",
  freeRows: 5,
  justifyAmount: "",
  justifyRate: "",
  language: "da",
  framesRef: "",
  framesHeaders: [],
  frameUnitColumn: 0,
  frameColumn: 1,
  librarySheet: "",
};

describe("the lines table and the frames table", () => {
  it("are guessed from their headers", async () => {
    const { gateway } = sample();
    const lines = await gateway.readRange("Skabelonlinjer!A1:H30");
    expect(guessColumns(lines.values, TEMPLATE_COLUMNS)).toEqual({ department: 0, departmentName: 1, parent: 2, account: 3, text: 4, lastBudget: 5, lastActual: 6, profile: 7 });
    const frames = await gateway.readRange("Rammer!A1:C7");
    expect(guessColumns(frames.values, FRAME_COLUMNS)).toEqual({ unit: 0, frame: 2 });
    // a Requirement panel's output: the unit's name, and its budget after the requirement
    const requirement = [["Enhed", "Overordnet", "Budget", "Enhed", "Effektiv sats", "Krav", "Budget efter krav"]];
    expect(guessColumns(requirement, FRAME_COLUMNS)).toEqual({ unit: 0, frame: 6 });
    expect(guessColumns([["Unit", "Effective rate", "Requirement", "Budget after"]], FRAME_COLUMNS)).toEqual({ unit: 0, frame: 3 });
  });

  it("a frames table that names its units (a Requirement panel's) gives each department its frame by name", async () => {
    const { gateway, book } = sample();
    book.engine.setSheetContent(book.sheetId("Rammer"), [
      ["Enhed", "Budget efter krav"],
      ["Hospital Nord", 1e9],
      ...DEPARTMENTS.map(([, name, , , frame]) => [name, frame]),
    ]);
    const { plan } = await planBuild(gateway, "en", { framesRef: "Rammer!A1:B8", frameUnitColumn: 0, frameColumn: 1 });
    expect(plan.departments.map((d) => [d.department, d.frame])).toEqual(DEPARTMENTS.map(([d, , , , frame]) => [d, frame]));
  });
});

describe("building the sample's templates", () => {
  it("previews every department with its lines and frame, builds once and writes the register to the status sheet", async () => {
    const { gateway, book } = sample();
    const calls = { count: 0 };
    const { planner, plan } = await planBuild(gateway, "da", {}, fakeBuild(calls));
    expect(plan.error).toBeNull();
    expect(plan.bad).toEqual([]);
    expect(plan.departments.map((d) => [d.department, d.departmentName, d.parent, d.lines, d.frame])).toEqual(DEPARTMENTS);
    expect(plan.built?.files.map((f) => f.fileName)).toEqual(DEPARTMENTS.map(([d, name]) => `2027 ${d} ${name}.xlsx`));
    const prepared = planner.write(plan, strings("da"));
    expect(prepared.done).toBe("6 skabeloner dannet; registret er skrevet på Skabelonstatus. Hent eller åbn filerne herunder.");
    await writeUnasked(gateway, prepared);
    expect(calls.count).toBe(1);

    const cells = sheetCells(book, "Skabelonstatus");
    expect(cells.slice(0, 5)).toEqual([
      ["Budgetskabeloner 2027: status"],
      ["0 af 6 afdelinger har returneret · opdateret 2026-09-01 10:15"],
      [],
      ["Status pr. afdeling"],
      ["Status", "Afdeling", "Afdelingsnavn", "Hospital", "Version", "Frist", "Dage til frist", "Seneste fil", "Modtaget", "Fejl", "Bemærkninger", "Konsolideret fra", "Konsolideret, modtaget"],
    ]);
    // 14 days from 1 to 15 September
    expect(cells.slice(5, 11)).toEqual(DEPARTMENTS.map(([d, name, parent]) => ["Ikke returneret", d, name, parent, 1, "15.09.2026", 14]));
    expect(cells.slice(11, 19)).toEqual([
      [],
      ["Problemer i de seneste filer"],
      ["Afdeling", "Fil", "Ark", "Celle", "Art", "Problem", "Kode"],
      [],
      ["Tidligere returneringer"],
      ["Afdeling", "Fil", "Modtaget", "Status", "Version", "Fejl", "Bemærkninger", "Erstattet af"],
      [],
      ["Register over dannede skabeloner"],
    ]);
    expect(cells[20]).toEqual([
      "2027-4101-v1",
      "Budget",
      1,
      "4101",
      "Kardiologisk afd.",
      "Hospital Nord",
      2027,
      1,
      57_600_000,
      "2026-09-15",
      BUILT_AT.toISOString(),
      "2027 4101 Kardiologisk afd..xlsx",
      "ab".repeat(32),
    ]);
    expect(cells).toHaveLength(26);
    // the status column filters; the block is marked; headers are bold, frames are amounts
    expect(book.filters.get("Skabelonstatus")).toMatchObject({ start: { row: 4, column: 0 }, end: { row: 10, column: 12 } });
    expect(book.marks(STATUS_MARK)).toEqual([{ sheet: "Skabelonstatus", address: "A1:N26", comment: "" }]);
    expect(book.formatAt("Skabelonstatus", { row: 4, column: 3 }).bold).toBe(true);
    expect(book.formatAt("Skabelonstatus", { row: 20, column: 8 }).numberFormat).toBe("#,##0");
  });

  it("keeps a build for the fields it was made from: Preview and Build send the same templates", async () => {
    const { gateway } = sample();
    const calls = { count: 0 };
    const { planner, plan } = await planBuild(gateway, "en", {}, fakeBuild(calls));
    const request = { gateway, t: strings("en"), language: "en" as const };
    const { buildRequest } = await import("./templatesFixture");
    const again = await planner.plan(request, await buildRequest(gateway, "en"));
    expect(calls.count).toBe(1);
    expect(again.plan.built).toBe(plan.built);
    await planner.plan(request, await buildRequest(gateway, "en", { contact: "Økonomi, tlf. 1234" }));
    expect(calls.count).toBe(2);
  });

  it("builds again as version 2, found by its mark after rows were inserted above it and the sheet renamed, rewriting its own cells without asking", async () => {
    const { gateway, book } = sample();
    await built(gateway, "en");
    book.shiftRows("Template status", 0, 2);
    book.renameSheet("Template status", "Sendt");
    const { planner, plan } = await planBuild(gateway, "en");
    expect(plan.statusSheet).toBe("Sendt");
    expect(plan.departments.map((d) => d.version)).toEqual([2, 2, 2, 2, 2, 2]);
    await writeUnasked(gateway, planner.write(plan, strings("en")));
    const cells = sheetCells(book, "Sendt");
    expect(cells.slice(0, 2)).toEqual([[], []]);
    expect(cells[2]).toEqual(["Budget templates 2027: status"]);
    expect(cells.slice(7, 13).map((r) => r.slice(0, 5))).toEqual(DEPARTMENTS.map(([d, name, parent]) => ["Not returned", d, name, parent, 2]));
    // the register holds both builds
    const ids = cells.map((r) => r[0]).filter((v) => typeof v === "string" && v.startsWith("2027-"));
    expect(ids).toEqual([...DEPARTMENTS.map(([d]) => `2027-${d}-v1`), ...DEPARTMENTS.map(([d]) => `2027-${d}-v2`)]);
    expect(book.marks(STATUS_MARK)).toEqual([{ sheet: "Sendt", address: "A3:N34", comment: "" }]);
  });

  it("leaves a note a person typed where the sheet has nothing, and asks before overwriting one where it needs the cell", async () => {
    const { gateway, book } = sample();
    await built(gateway, "en");
    book.type("Template status", { row: 7, column: 7 }, "ring til 4103");
    book.type("Template status", { row: 27, column: 0 }, "sendt pr. mail 1/9");
    const { planner, plan } = await planBuild(gateway, "en");
    const examined = await examineWrite(gateway, planner.write(plan, strings("en")));
    // the register's new rows need A28
    expect(examined.losses).toEqual([{ address: "'Template status'!A28", held: "sendt pr. mail 1/9" }]);
    expect(examined.prepared.steps[1]).toMatchObject({ kind: "cells" });
    const cells = (examined.prepared.steps[1] as { cells: unknown[][] }).cells;
    // the note in the row of 4103 is left as it is
    expect(cells[7][7]).toBeNull();
  });
});

describe("bad input stops the build, with the cell and the message", () => {
  it.each(["en", "da"] as const)("a register row changed by hand (%s): returns are checked against the register, so it is never read as changed", async (language) => {
    const { gateway, book } = sample();
    await built(gateway, language);
    const sheet = strings(language).templates.statusSheet;
    book.type(sheet, { row: 20, column: 8 }, "57500000");
    const { plan } = await planBuild(gateway, language);
    expect(plan.built).toBeNull();
    expect(plan.bad).toEqual([
      {
        address: withSheet(sheet, "A21"),
        label: "4101",
        error:
          language === "en"
            ? "the register's row of template 2027-4101-v1 has been changed since it was written; put back what it held (Undo last write), since a returned file is checked against it"
            : "registrets række for skabelon 2027-4101-v1 er ændret, siden den blev skrevet; sæt den tilbage (Fortryd seneste skrivning), for en returneret fil kontrolleres mod registret",
      },
    ]);
  });

  it.each(["en", "da"] as const)("in %s", async (language) => {
    const { gateway, book } = sample();
    book.type("Skabelonlinjer", { row: 2, column: 5 }, "abc");
    book.engine.setCellContents({ sheet: book.sheetId("Skabelonlinjer"), row: 3, col: 6 }, "1.234,56");
    book.engine.setCellContents({ sheet: book.sheetId("Rammer"), row: 2, col: 2 }, "mange");
    book.engine.setCellContents({ sheet: book.sheetId("Rammer"), row: 3, col: 0 }, 4101);
    const calls = { count: 0 };
    const { plan } = await planBuild(gateway, language, {}, fakeBuild(calls));
    expect(calls.count).toBe(0);
    expect(plan.built).toBeNull();
    expect(plan.bad).toEqual(
      language === "en"
        ? [
            { address: "Skabelonlinjer!F3", label: "4101 · 1130", error: 'current year\'s budget is text ("abc"); a number is needed' },
            { address: "Skabelonlinjer!G4", label: "4101 · 2210", error: 'latest actual "1.234,56" is text in Danish number format; convert it to a number' },
            { address: "Rammer!C3", label: "4102", error: 'the frame of department 4102 must be a number; got "mange"' },
            { address: "Rammer!C4", label: "4101", error: "department 4101 also has a frame in Rammer!C2; a department has one frame" },
          ]
        : [
            { address: "Skabelonlinjer!F3", label: "4101 · 1130", error: 'indeværende års budget er tekst ("abc"); der skal stå et tal' },
            { address: "Skabelonlinjer!G4", label: "4101 · 2210", error: 'seneste regnskab "1.234,56" er tekst i dansk talformat; konvertér den til et tal' },
            { address: "Rammer!C3", label: "4102", error: 'rammen for afdeling 4102 skal være et tal; fik "mange"' },
            { address: "Rammer!C4", label: "4101", error: "afdeling 4101 har også en ramme i Rammer!C2; en afdeling har én ramme" },
          ],
    );
  });

  it("a line the build refuses is shown at its row", async () => {
    const { gateway } = sample();
    const refuse = async () => {
      throw new BudgetError("TEMPLATE_LINE_PROFILE", { line: 3, text: "sæson" });
    };
    const { plan } = await planBuild(gateway, "en", {}, refuse);
    expect(plan.bad).toEqual([{ address: "Skabelonlinjer!A4", label: "", error: 'line 3: unknown profile "sæson"; use equal, days, workdays or a profile of the library' }]);
  });

  it("a problem of the whole build is the plan's error", async () => {
    const { gateway } = sample();
    const refuse = async () => {
      throw new BudgetError("TEMPLATE_NO_FRAME", { department: "4107" });
    };
    expect((await planBuild(gateway, "da", {}, refuse)).plan.error).toBe("afdeling 4107 har ingen ramme i rammetabellen; tilføj afdelingens ramme der");
  });

  it.each([
    ["en", { framesRef: " " }, "Choose the frames table first (department and frame)."],
    ["da", { framesRef: "" }, "Vælg først rammetabellen (afdeling og ramme)."],
    ["en", { frameColumn: 5 }, "The frames table no longer has the columns chosen; choose it again."],
    ["en", { librarySheet: "Profilbibliotek" }, "There is no sheet named Profilbibliotek with profiles; correct the name, or leave the field blank."],
  ] as const)("a choice that cannot be made (%s, %o)", async (language, patch, text) => {
    const { gateway } = sample();
    await expect(planBuild(gateway, language, patch)).rejects.toEqual(new ChoiceError(text));
  });
});

describe("the options, read from the fields in the pane's language", () => {
  const read = (patch: Partial<TemplateBuildForm>, language: "en" | "da") => templateOptions({ ...FORM, ...patch }, language);

  it("gives the core what was typed", () => {
    expect(read({ justifyAmount: "100.000", justifyRate: "12,5", deadline: " 2026-09-15 ", contact: " Økonomi ", freeRows: 10, unit: 1000, language: "en" }, "da")).toEqual({
      year: 2027,
      unit: 1000,
      deadline: "2026-09-15",
      contact: "Økonomi",
      instructions: "",
      freeRows: 10,
      justifyFrom: { amount: 100_000, rate: 0.125 },
      language: "en",
    });
    // one threshold left blank: the other alone decides; both blank: no justification is required
    expect(read({ justifyAmount: "250,000", justifyRate: "" }, "en").justifyFrom).toEqual({ amount: 250_000, rate: 0 });
    expect(read({ justifyAmount: "", justifyRate: "" }, "en").justifyFrom).toBeUndefined();
  });

  it.each([
    [{ year: "27" }, "en", 'year must be a whole number from 1900 to 9999; got "27"'],
    [{ year: "2027/28" }, "da", 'år skal være et helt tal fra 1900 til 9999; fik "2027/28"'],
    [{ justifyAmount: "1,5,0" }, "en", 'justification amount "1,5,0" has misplaced thousands separators; write e.g. 1,234,567.89 or 1234567.89'],
    [{ justifyAmount: "1,234.56" }, "da", 'beløbsgrænse for begrundelse "1,234.56" er skrevet i engelsk format; på dansk skrives 1.234,56'],
    [{ justifyRate: "120" }, "en", "justification rate is 120 %; use a percentage from 0 to 100"],
  ] as const)("refuses %o (%s)", (patch, language, text) => {
    expect(() => read(patch, language)).toThrow(BudgetError);
    try {
      read(patch, language);
    } catch (error) {
      expect((error as BudgetError).describe(language)).toBe(text);
    }
  });
});
