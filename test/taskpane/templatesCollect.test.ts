// The Templates panel's collect, on the preview workbook after the sample's templates were built:
// the status sheet after each collect (the latest file per department, the one in the
// consolidation, the problems, the earlier returns), the consolidation with the core's totals
// against the frames, a department collected again replacing only its rows, Finance notes kept
// by department and line key wherever their rows move, a consolidated figure typed over
// stopping the write, and a follow-up return of no known template reported with the follow-ups. The files' checks are addin/templates' (a stand-in here reports them).

import { describe, expect, it } from "vitest";
import type { ConsolidatedLine, FileReport } from "../../core/templates/types";
import type { FollowUpTemplateLine } from "../../core/followupTemplates/types";
import { buildFollowUpTemplates } from "../../addin/templates";
import { followUpSender, initialSendForm, sendWrite } from "../../addin/taskpane/followUpSend";
import { MONTHS } from "../../core";
import { collectWrite, mergedLines, templateCollector, type Batch } from "../../addin/taskpane/templateCollect";
import { CONS, consPlacements } from "../../addin/taskpane/templateConsolidation";
import { CONSOLIDATION_MARK } from "../../addin/taskpane/templateSheets";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import { applyWrite } from "../../addin/gateway/journal";
import { BUILT_AT, built, fakeCollect, returnedLine, sample, sheetCells, strings, totalsOf, writeUnasked } from "./templatesFixture";

const line = (department: string, name: string, key: string, annual: number, extra: Partial<ConsolidatedLine> = {}) =>
  returnedLine(department, key, annual, { departmentName: name, parent: department < "4104" ? "Hospital Nord" : "Hospital Syd", ...extra });

const CARDIO = [line("4101", "Kardiologisk afd.", "1110", 47_000_000), line("4101", "Kardiologisk afd.", "2210", 6_500_000)];
const ORTHO = [line("4102", "Ortopædkirurgisk afd.", "1110", 40_000_000), line("4102", "Ortopædkirurgisk afd.", "2220", 15_000_000)];
const ORTHO_CORRECTED = [line("4102", "Ortopædkirurgisk afd.", "1110", 39_000_000), line("4102", "Ortopædkirurgisk afd.", "2220", 14_500_000)];
const MEDICINE = [line("4104", "Medicinsk afd.", "1110", 44_000_000, { justification: "2 nye overlæger" })];

const accepted = (fileName: string, department: string, extra: Partial<FileReport> = {}): FileReport => ({
  fileName,
  department,
  status: "accepted",
  problems: [],
  id: `2027-${department}-v1`,
  version: 1,
  ...extra,
});
const overFrame: FileReport["problems"][number] = {
  code: "RETURN_OVER_FRAME",
  severity: "remark",
  sheet: "Budget 2027",
  cell: "H20",
  message: "totalen 55.000.000 er 1.000.000 over rammen på 54.000.000",
};
const notOurs: FileReport = { fileName: "ferie.jpg", status: "rejected", problems: [{ code: "RETURN_NOT_XLSX", severity: "reject", message: "filen er ikke en Excel-projektmappe (.xlsx)" }] };

let batches = 0;
const batch = (received: string, day: number): Batch => ({ id: ++batches, files: [], received, today: new Date(2026, 8, day) });

/** Collects: the stand-in reports `files` and consolidates `lines`; the write is made unasked. */
async function collect(gateway: ReturnType<typeof sample>["gateway"], files: FileReport[], lines: ConsolidatedLine[], received: string, day: number, calls = { count: 0 } as { count: number; earlier?: unknown }) {
  const plan = await templateCollector(fakeCollect(files, lines, calls))({ gateway, t: strings("da"), language: "da" }, batch(received, day));
  return { plan, record: plan.error === null && plan.bad.length === 0 ? await writeUnasked(gateway, collectWrite(plan, strings("da"))) : null };
}

const statusRows = (book: ReturnType<typeof sample>["book"]) => sheetCells(book, "Skabelonstatus").slice(5, 11);
const section = (rows: unknown[][], heading: string) => {
  const at = rows.findIndex((r) => r[0] === heading);
  const end = rows.findIndex((r, i) => i > at + 1 && r.length === 0);
  return rows.slice(at + 2, end < 0 ? undefined : end);
};

describe("collecting the first returns", () => {
  it("writes every department's status, the problems, and the consolidation with its totals against the frames", async () => {
    const { gateway, book } = sample();
    await built(gateway, "da");
    const files = [accepted("2027 4101 Kardiologisk afd..xlsx", "4101"), accepted("4102 retur.xlsx", "4102", { status: "remarks", problems: [overFrame] }), notOurs];
    const { plan } = await collect(gateway, files, [...CARDIO, ...ORTHO], "2026-09-10 14:32", 10);
    expect(collectWrite(plan, strings("da"))?.done).toBe("3 filer indsamlet, 2 godkendt; status er skrevet på Skabelonstatus, 4 linjer på Konsolidering.");

    expect(statusRows(book)).toEqual([
      ["Godkendt", "4101", "Kardiologisk afd.", "Hospital Nord", 1, "15.09.2026", null, "2027 4101 Kardiologisk afd..xlsx", "2026-09-10 14:32", 0, 0, "2027 4101 Kardiologisk afd..xlsx", "2026-09-10 14:32"],
      ["Godkendt med bemærkninger", "4102", "Ortopædkirurgisk afd.", "Hospital Nord", 1, "15.09.2026", null, "4102 retur.xlsx", "2026-09-10 14:32", 0, 1, "4102 retur.xlsx", "2026-09-10 14:32"],
      // 5 days from 10 to 15 September
      ["Ikke returneret", "4103", "Akutmodtagelsen", "Hospital Nord", 1, "15.09.2026", 5],
      ["Ikke returneret", "4104", "Medicinsk afd.", "Hospital Syd", 1, "15.09.2026", 5],
      ["Ikke returneret", "4105", "Radiologisk afd.", "Hospital Syd", 1, "15.09.2026", 5],
      ["Ikke returneret", "4106", "Hospitalsledelse", "Hospital Syd", 1, "15.09.2026", 5],
    ]);
    const status = sheetCells(book, "Skabelonstatus");
    expect(status[1]).toEqual(["2 af 6 afdelinger har returneret · opdateret 2026-09-10 14:32"]);
    expect(section(status, "Problemer i de seneste filer")).toEqual([
      ["4102", "4102 retur.xlsx", "Budget 2027", "H20", "Bemærkning", "totalen 55.000.000 er 1.000.000 over rammen på 54.000.000", "RETURN_OVER_FRAME"],
      [null, "ferie.jpg", null, null, "Fejl", "filen er ikke en Excel-projektmappe (.xlsx)", "RETURN_NOT_XLSX"],
    ]);
    expect(section(status, "Tidligere returneringer")).toEqual([]);

    const cons = sheetCells(book, "Konsolidering");
    expect(cons.slice(0, 5).map((r) => r.slice(0, 12))).toEqual([
      ["Konsolideret budget 2027"],
      ["2 afdelinger · 4 linjer · opdateret 2026-09-10 14:32"],
      [],
      ["Linjer fra godkendte returneringer"],
      ["Afdeling", "Afdelingsnavn", "Hospital", "Linje", "Konto", "Tekst", "Budget 2026", "Budget 2027", "Profil", "Begrundelse", "jan 2027", "feb 2027"],
    ]);
    expect(cons[4][CONS.note]).toBe("Økonomiafdelingens note");
    // every line with its months as the core gave them
    expect(cons.slice(5, 9).map((r) => [r[0], r[3], r[CONS.annual], ...r.slice(CONS.firstMonth, CONS.firstMonth + MONTHS)])).toEqual(
      [...CARDIO, ...ORTHO].map((l) => [l.department, l.key, l.annual, ...l.months]),
    );
    // the totals are the core's, each department against its frame; 4102 is over it and flagged
    const totals = totalsOf([...CARDIO, ...ORTHO], 1, new Map([["4101", 57_600_000], ["4102", 54_000_000]]));
    const departments = section(cons, "I alt pr. afdeling");
    expect(departments.map((r) => [r[0], r[3], r[4] ?? "", r[CONS.annual], r[CONS.profile], r[CONS.justification], ...r.slice(CONS.firstMonth, CONS.firstMonth + MONTHS)])).toEqual(
      totals.departments.map((d) => [d.department, d.lines, d.department === "4102" ? "Over rammen" : "", d.annual, d.frame, d.overFrame, ...d.months]),
    );
    expect(departments.map((r) => r[CONS.justification])).toEqual([-4_100_000, 1_000_000]);
    const hospitals = section(cons, "I alt pr. hospital");
    expect(hospitals.map((r) => [r[0], r[3], r[CONS.annual], ...r.slice(CONS.firstMonth, CONS.firstMonth + MONTHS)])).toEqual([
      ["Hospital Nord", 2, totals.hospitals[0].annual, ...totals.hospitals[0].months],
      ["Regionen i alt", 2, totals.region.annual, ...totals.region.months],
    ]);
    expect(totals.region.annual).toBe(108_500_000);
    expect(book.highlights.map((h) => [h.block.sheet, h.block.start.row, h.block.end.row, h.flag, h.equals])).toEqual([["Konsolidering", 12, 13, 4, "Over rammen"]]);
    expect(book.formatAt("Konsolidering", { row: 5, column: CONS.annual }).numberFormat).toBe("#,##0");
    expect(book.formatAt("Konsolidering", { row: 5, column: CONS.lastBudget }).numberFormat).toBe("#,##0");
    expect(book.formatAt("Konsolidering", { row: 12, column: CONS.firstMonth + 11 }).numberFormat).toBe("#,##0");
    expect(book.formatAt("Konsolidering", { row: 18, column: 0 }).bold).toBe(true);
    expect(book.marks(CONSOLIDATION_MARK)).toEqual([{ sheet: "Konsolidering", address: "A1:W19", comment: "" }]);
  });

  it("says there is no register before templates are built, and writes nothing", async () => {
    const { gateway } = sample();
    const { plan, record } = await collect(gateway, [notOurs], [], "2026-09-10 14:32", 10);
    expect(plan.error).toBe("Der er intet register over skabeloner på Skabelonstatus; dan først skabelonerne (Dan og send).");
    expect(record).toBeNull();
  });
});

describe("collecting again", () => {
  async function twice() {
    const { gateway, book } = sample();
    await built(gateway, "da");
    await collect(gateway, [accepted("4101.xlsx", "4101"), accepted("4102.xlsx", "4102", { status: "remarks", problems: [overFrame] })], [...CARDIO, ...ORTHO], "2026-09-10 14:32", 10);
    // finance's notes: on a line of 4101, on a line and the total of 4102, on the region
    book.type("Konsolidering", { row: 5, column: CONS.note }, "aftalt med afdelingsledelsen");
    book.type("Konsolidering", { row: 8, column: CONS.note }, "proteser: nyt udbud");
    book.type("Konsolidering", { row: 13, column: CONS.note }, "rammen overskredet, tages op");
    book.type("Konsolidering", { row: 18, column: CONS.note }, "før budgetforlig");
    return { gateway, book };
  }

  it("replaces only the department collected again: the others' lines stay, every note stays with its row", async () => {
    const { gateway, book } = await twice();
    const calls: { count: number; earlier?: unknown } = { count: 0 };
    // 4102 sends a correction, 4104 returns for the first time
    const { plan } = await collect(gateway, [accepted("4102 rettet.xlsx", "4102"), accepted("4104.xlsx", "4104")], [...ORTHO_CORRECTED, ...MEDICINE], "2026-09-12 09:05", 12, calls);
    expect(plan.bad).toEqual([]);
    // the check is told which returns the new ones replace
    expect(calls.earlier).toEqual([
      { department: "4101", fileName: "4101.xlsx", received: "2026-09-10 14:32" },
      { department: "4102", fileName: "4102.xlsx", received: "2026-09-10 14:32" },
    ]);
    const cons = sheetCells(book, "Konsolidering");
    const lines = cons.slice(5, 10);
    expect(lines.map((r) => [r[0], r[3], r[CONS.annual], r[CONS.justification] ?? null, r[CONS.note] ?? null])).toEqual([
      ["4101", "1110", 47_000_000, null, "aftalt med afdelingsledelsen"],
      ["4101", "2210", 6_500_000, null, null],
      ["4102", "1110", 39_000_000, null, null],
      ["4102", "2220", 14_500_000, null, "proteser: nyt udbud"],
      ["4104", "1110", 44_000_000, "2 nye overlæger", null],
    ]);
    // 4101's months are read back exactly as they were written
    expect(lines[0].slice(CONS.firstMonth, CONS.firstMonth + MONTHS)).toEqual(CARDIO[0].months);
    const departments = section(cons, "I alt pr. afdeling");
    expect(departments.map((r) => [r[0], r[4] ?? "", r[CONS.annual], r[CONS.justification], r[CONS.note] ?? null])).toEqual([
      ["4101", "", 53_500_000, -4_100_000, null],
      ["4102", "", 53_500_000, -500_000, "rammen overskredet, tages op"],
      ["4104", "", 44_000_000, -14_200_000, null],
    ]);
    const hospitals = section(cons, "I alt pr. hospital");
    expect(hospitals.map((r) => [r[0], r[3], r[CONS.annual], r[CONS.note] ?? null])).toEqual([
      ["Hospital Nord", 2, 107_000_000, null],
      ["Hospital Syd", 1, 44_000_000, null],
      ["Regionen i alt", 3, 151_000_000, "før budgetforlig"],
    ]);

    const status = sheetCells(book, "Skabelonstatus");
    expect(statusRows(book).slice(0, 4).map((r) => r.slice(0, 13))).toEqual([
      ["Godkendt", "4101", "Kardiologisk afd.", "Hospital Nord", 1, "15.09.2026", null, "4101.xlsx", "2026-09-10 14:32", 0, 0, "4101.xlsx", "2026-09-10 14:32"],
      ["Godkendt", "4102", "Ortopædkirurgisk afd.", "Hospital Nord", 1, "15.09.2026", null, "4102 rettet.xlsx", "2026-09-12 09:05", 0, 0, "4102 rettet.xlsx", "2026-09-12 09:05"],
      ["Ikke returneret", "4103", "Akutmodtagelsen", "Hospital Nord", 1, "15.09.2026", 3],
      ["Godkendt", "4104", "Medicinsk afd.", "Hospital Syd", 1, "15.09.2026", null, "4104.xlsx", "2026-09-12 09:05", 0, 0, "4104.xlsx", "2026-09-12 09:05"],
    ]);
    // 4102's earlier file is kept in the history; its problem is gone with it
    expect(section(status, "Tidligere returneringer")).toEqual([["4102", "4102.xlsx", "2026-09-10 14:32", "Godkendt med bemærkninger", 1, 0, 1, "4102 rettet.xlsx"]]);
    expect(section(status, "Problemer i de seneste filer")).toEqual([]);
  });

  it("a rejected correction is the department's latest file, while the consolidation keeps its accepted return", async () => {
    const { gateway, book } = await twice();
    const rejected = accepted("4101 v2.xlsx", "4101", {
      status: "rejected",
      problems: [{ code: "RETURN_TAMPERED", severity: "reject", message: "det låste indhold er ikke det, der blev sendt" }],
    });
    await collect(gateway, [rejected], [], "2026-09-11 08:00", 11);
    expect(statusRows(book)[0]).toEqual(["Afvist", "4101", "Kardiologisk afd.", "Hospital Nord", 1, "15.09.2026", null, "4101 v2.xlsx", "2026-09-11 08:00", 1, 0, "4101.xlsx", "2026-09-10 14:32"]);
    const cons = sheetCells(book, "Konsolidering");
    expect(cons.slice(5, 9).map((r) => [r[0], r[3], r[CONS.annual], r[CONS.note] ?? null])).toEqual([
      ["4101", "1110", 47_000_000, "aftalt med afdelingsledelsen"],
      ["4101", "2210", 6_500_000, null],
      ["4102", "1110", 40_000_000, null],
      ["4102", "2220", 15_000_000, "proteser: nyt udbud"],
    ]);
    const status = sheetCells(book, "Skabelonstatus");
    expect(section(status, "Tidligere returneringer")).toEqual([["4101", "4101.xlsx", "2026-09-10 14:32", "Godkendt", 1, 0, 0, "4101 v2.xlsx"]]);
    expect(section(status, "Problemer i de seneste filer")).toEqual([
      ["4101", "4101 v2.xlsx", null, null, "Fejl", "det låste indhold er ikke det, der blev sendt", "RETURN_TAMPERED"],
      ["4102", "4102.xlsx", "Budget 2027", "H20", "Bemærkning", "totalen 55.000.000 er 1.000.000 over rammen på 54.000.000", "RETURN_OVER_FRAME"],
    ]);
  });

  it("a note whose row is gone is kept at the end, and comes back to its line when the line does", async () => {
    const { gateway, book } = await twice();
    // 4102 returns without line 2220
    await collect(gateway, [accepted("4102 kort.xlsx", "4102")], [ORTHO_CORRECTED[0]], "2026-09-12 09:05", 12);
    const cons = sheetCells(book, "Konsolidering");
    expect(section(cons, "Noter til rækker, der ikke længere er med")).toEqual([
      ["4102", "Linje", null, "2220", ...new Array(CONS.note - 4).fill(null), "proteser: nyt udbud"],
    ]);
    await collect(gateway, [accepted("4102 igen.xlsx", "4102")], ORTHO_CORRECTED, "2026-09-13 09:05", 13);
    const again = sheetCells(book, "Konsolidering");
    expect(again.slice(5, 9).map((r) => [r[0], r[3], r[CONS.note] ?? null])).toEqual([
      ["4101", "1110", "aftalt med afdelingsledelsen"],
      ["4101", "2210", null],
      ["4102", "1110", null],
      ["4102", "2220", "proteser: nyt udbud"],
    ]);
    expect(again.some((r) => r[0] === "Noter til rækker, der ikke længere er med")).toBe(false);
  });

  it("finds the consolidation by its mark after its rows were sorted, and keeps notes with their lines", async () => {
    const { gateway, book } = await twice();
    // the lines sorted by account: 4101/1110, 4102/1110, 4101/2210, 4102/2220
    const sheet = book.sheetId("Konsolidering");
    const rows = book.engine.getSheetSerialized(sheet).slice(5, 9);
    book.engine.setCellContents({ sheet, row: 5, col: 0 }, [rows[0], rows[2], rows[1], rows[3]]);
    const { plan } = await collect(gateway, [accepted("4104.xlsx", "4104")], MEDICINE, "2026-09-12 09:05", 12);
    expect(plan.bad).toEqual([]);
    const cons = sheetCells(book, "Konsolidering");
    expect(cons.slice(5, 10).map((r) => [r[0], r[3], r[CONS.note] ?? null])).toEqual([
      ["4101", "1110", "aftalt med afdelingsledelsen"],
      ["4101", "2210", null],
      ["4102", "1110", null],
      ["4102", "2220", "proteser: nyt udbud"],
      ["4104", "1110", null],
    ]);
  });

  it("a consolidated figure typed over stops the write, unless its department is collected again", async () => {
    const { gateway, book } = await twice();
    book.type("Konsolidering", { row: 6, column: CONS.annual }, "7000000");
    const { plan, record } = await collect(gateway, [accepted("4104.xlsx", "4104")], MEDICINE, "2026-09-12 09:05", 12);
    expect(record).toBeNull();
    expect(plan.bad).toEqual([
      {
        address: "Konsolidering!A7",
        label: "4101 · 2210",
        error: "linjen er ændret, siden den blev konsolideret; fortryd ændringen, eller indsaml afdelingens fil igen",
      },
    ]);
    const again = await templateCollector(fakeCollect([accepted("4101 igen.xlsx", "4101")], CARDIO))({ gateway, t: strings("da"), language: "da" }, batch("2026-09-12 09:10", 12));
    expect(again.bad).toEqual([]);
    // the figure typed over is a person's: the write asks before it puts the return's back
    const prepared = collectWrite(again, strings("da")) as NonNullable<ReturnType<typeof collectWrite>>;
    const examined = await examineWrite(gateway, prepared);
    expect(examined.losses).toEqual([{ address: "Konsolidering!H7", held: 7_000_000 }]);
    await applyWrite(gateway, prepared.steps, examined.before);
    expect(sheetCells(book, "Konsolidering")[6][CONS.annual]).toBe(6_500_000);
  });

  it("reads a heading with a note typed beside it as the heading, and leaves the note where it was typed", async () => {
    const { gateway, book } = await twice();
    const heading = sheetCells(book, "Konsolidering").findIndex((r) => r[0] === "I alt pr. afdeling");
    book.type("Konsolidering", { row: heading, column: CONS.note }, "tjekket 11/9");
    const plan = await templateCollector(fakeCollect([accepted("4104.xlsx", "4104")], MEDICINE))({ gateway, t: strings("da"), language: "da" }, batch("2026-09-12 09:05", 12));
    expect(plan.bad).toEqual([]);
    const prepared = collectWrite(plan, strings("da")) as NonNullable<ReturnType<typeof collectWrite>>;
    const examined = await examineWrite(gateway, prepared);
    expect(examined.losses).toEqual([]);
    await applyWrite(gateway, prepared.steps, examined.before);
    // every department once, its total as the core adds it: no total row read back as a line
    const cons = sheetCells(book, "Konsolidering");
    expect(section(cons, "I alt pr. afdeling").map((r) => [r[0], r[CONS.annual]])).toEqual([
      ["4101", 53_500_000],
      ["4102", 55_000_000],
      ["4104", 44_000_000],
    ]);
    // the note is a person's: the panel writes nothing over it, so it stays in its cell
    expect(cons[heading][CONS.note]).toBe("tjekket 11/9");
  });

  it("asks before overwriting what a person typed where the consolidation grows", async () => {
    const { gateway, book } = await twice();
    book.type("Konsolidering", { row: 20, column: 0 }, "husk: budgetseminar");
    const plan = await templateCollector(fakeCollect([accepted("4104.xlsx", "4104")], MEDICINE))({ gateway, t: strings("da"), language: "da" }, batch("2026-09-12 09:05", 12));
    const examined = await examineWrite(gateway, collectWrite(plan, strings("da")) as NonNullable<ReturnType<typeof collectWrite>>);
    expect(examined.losses).toEqual([{ address: "Konsolidering!A21", held: "husk: budgetseminar" }]);
  });
});

describe("the lines consolidated", () => {
  it("are the departments' in the register's order, each from its return now accepted or else from the sheet", () => {
    const merged = mergedLines(["4101", "4102", "4104"], [...MEDICINE, ...ORTHO_CORRECTED], [...CARDIO, ...ORTHO, line("4199", "Gammel afd.", "1110", 1)]);
    expect(merged.map((l) => [l.department, l.key, l.annual])).toEqual([
      ["4101", "1110", 47_000_000],
      ["4101", "2210", 6_500_000],
      ["4102", "1110", 39_000_000],
      ["4102", "2220", 14_500_000],
      ["4104", "1110", 44_000_000],
      ["4199", "1110", 1],
    ]);
  });
});

describe("the consolidation's number formats", () => {
  it("shows last year's budgets to the øre when one has øre, next year's in the unit", () => {
    const content = { rows: [], bold: [], amounts: { first: 5, count: 4 }, departments: { first: 0, count: 0 }, lastOre: true, carried: 0, orphans: 0 };
    const { formats } = consPlacements("Konsolidering", { row: 0, column: 0 }, content, 1, strings("da"));
    expect(formats.map((f) => [f.ref, f.numberFormat])).toEqual([
      ["Konsolidering!G6:G9", "#,##0.00"],
      ["Konsolidering!H6:H9", "#,##0"],
      ["Konsolidering!K6:V9", "#,##0"],
    ]);
  });
});

describe("a follow-up return of no template in the register", () => {
  it("goes to the follow-up status sheet by the kind its metadata records, not to the budget's", async () => {
    const { gateway, book } = sample();
    await built(gateway, "da");
    const line: FollowUpTemplateLine = {
      department: "4104",
      departmentName: "Medicinsk afd.",
      parent: "Hospital Nord",
      key: "1110",
      text: "Løn",
      actualToDate: 600_000,
      budgetToDate: 500_000,
      budget: 1_000_000,
      projection: 1_200_000,
      band: null,
      result: 200_000,
      material: true,
      method: "runrate",
    };
    const send = followUpSender(buildFollowUpTemplates, { actions: async () => [], forecasts: async () => [] }, () => BUILT_AT);
    const sent = await send({ gateway, t: strings("da"), language: "da" }, { lines: [line], year: 2027, month: 5, unit: 1, materialAmount: null, materialRate: null }, initialSendForm("da"));
    await writeUnasked(gateway, sendWrite(sent, strings("da")));
    const unknown: FileReport = {
      fileName: "4104 maj fra en anden mappe.xlsx",
      department: "4104",
      status: "rejected",
      problems: [{ code: "RETURN_UNKNOWN_TEMPLATE", severity: "reject", message: "skabelonen for 4104 er ikke i registret" }],
      id: "ukendt-id",
      version: 1,
      kind: "followup",
      month: 5,
    };
    const { plan } = await collect(gateway, [unknown], [], "2027-06-08 09:00", 8);
    expect([plan.error, plan.budget, plan.followUp?.statusSheet]).toEqual([null, false, "Opfølgningsstatus"]);
    const cells = sheetCells(book, "Opfølgningsstatus");
    expect(cells.some((r) => r.includes("4104 maj fra en anden mappe.xlsx"))).toBe(true);
    expect(sheetCells(book, "Skabelonstatus").some((r) => r.includes("4104 maj fra en anden mappe.xlsx"))).toBe(false);
  });
});
