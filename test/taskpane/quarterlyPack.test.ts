// The quarterly pack on the preview workbook: the new sheet's cells (per department grouped by
// hospital with the hospitals' totals and the total, the material lines with both explanations,
// the measures with their effect still to come), the charts' ranges, kinds and places, the mark; a
// pack never rewritten (refused by its mark, even on a renamed sheet); a sheet of its name taken;
// the history of the year's projected year-end read from the earlier packs' sheets, whichever
// language wrote them; the measures taken from the action-plan register sheet.

import { describe, expect, it } from "vitest";
import type { ActionRegisterRow } from "../../core/actionPlan";
import type { PackLine } from "../../core/quarterlyPack";
import type { Language } from "../../core";
import { actionRegisterWrite, prepareActionRegister } from "../../addin/taskpane/actionRegister";
import { PACK_MARK, packSheetName, packPeriod, packWrite, prepareQuarterlyPack, type PackRequest } from "../../addin/taskpane/quarterlyPack";
import { sample, sheetCells, strings, writeUnasked } from "./templatesFixture";
import { packLine as line } from "../fixtures/followUpTerms";

/** The lines as at June; `earlier` moves the first line's three year-ends up, as an earlier month had them. */
const lines = (earlier = 0): PackLine[] => [
  line("4101", "Hospital Nord", "1110", {
    budget: 1_000_000,
    actualToDate: 600_000,
    projection: 1_050_000 + earlier,
    departmentProjection: 1_040_000 + earlier,
    afterActions: 1_020_000 + earlier,
    result: 50_000,
    carryover: -50_000,
    material: true,
    explanation: "overtid",
    departmentExplanation: "sygdom i vinter",
  }),
  line("4101", "Hospital Nord", "2210", { budget: 200_000, actualToDate: 90_000, projection: 180_000, afterActions: 180_000, result: -20_000, carryover: 4_000 }),
  line("4104", "Hospital Syd", "1110", {
    budget: 2_000_000,
    actualToDate: 1_400_000,
    projection: 1_900_000,
    departmentProjection: 1_950_000,
    afterActions: 1_880_000,
    result: -100_000,
    carryover: 40_000,
    material: true,
    explanation: "ledige stillinger",
  }),
];

const measure = (id: string, department: string, status: ActionRegisterRow["status"], key: string | null, startMonth: number, effect: number): ActionRegisterRow => ({
  id,
  department,
  key,
  measure: `Tiltag ${id}`,
  owner: "Afdelingsledelsen",
  decided: status === "decided",
  startMonth,
  effect,
  status,
  firstMonth: 3,
  asAt: 3,
  note: "",
});
const REGISTER = [measure("4101-1", "4101", "decided", "2210", 7, 25_000), measure("4101-9", "4101", "dropped", null, 1, 1_000), measure("4104-1", "4104", "proposed", null, 9, 10_000)];

type Gateway = ReturnType<typeof sample>["gateway"];

/** Plans a pack with the measures given, or those of the action-plan register sheet ("sheet"). */
async function pack(gateway: Gateway, request: PackRequest, language: Language = "da", register: readonly ActionRegisterRow[] | "sheet" = REGISTER) {
  const plan = await prepareQuarterlyPack(gateway, request, strings(language), language, register === "sheet" ? undefined : register);
  return { plan, prepared: packWrite(plan, strings(language)) };
}

const june: PackRequest = { year: 2027, month: 6, lines: lines() };

describe("the pack for the second quarter", () => {
  it("is written on a new sheet: the departments by hospital with their totals, the material lines, the measures, the charts' data and the mark", async () => {
    const { gateway, book } = sample();
    const { plan, prepared } = await pack(gateway, june);
    await writeUnasked(gateway, prepared);
    expect([plan.sheet, prepared.done, plan.notice]).toEqual(["Kvartal 2 2027", "Pakken er skrevet på det nye ark Kvartal 2 2027: 2 afdelinger på 2 hospitaler.", null]);
    expect(sheetCells(book, "Kvartal 2 2027")).toEqual([
      ["Kvartalsrapport 2. kvartal 2027"],
      ["Opgjort pr. udgangen af juni 2027 (6 måneder bogført)"],
      [],
      ["Afdelinger og hospitaler"],
      [
        "Hospital",
        "Afdeling",
        "Navn",
        "Budget",
        "Forbrug til dato",
        "Beregnet fremskrivning",
        "Afdelingens prognose",
        "Efter besluttede tiltag",
        "Forventet resultat",
        "Overførsel",
        "Væsentlige linjer",
        "Besluttede tiltag, resterende",
        "Foreslåede tiltag, resterende",
      ],
      // 2210 has no department projection: the add-in's counts; 4101 is 30,000 over and carries it in full
      ["Hospital Nord", "4101", "Afd. 4101", 1_200_000, 690_000, 1_230_000, 1_220_000, 1_200_000, 30_000, -30_000, 1, 150_000, 0],
      ["I alt Hospital Nord", null, null, 1_200_000, 690_000, 1_230_000, 1_220_000, 1_200_000, 30_000, -30_000, 1, 150_000, 0],
      // 100,000 under, capped at 2 % of 2,000,000; September to December of 10,000 proposed
      ["Hospital Syd", "4104", "Afd. 4104", 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 0, 40_000],
      ["I alt Hospital Syd", null, null, 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 0, 40_000],
      // 70,000 under in all, capped at 2 % of 3,200,000
      ["I alt", null, null, 3_200_000, 2_090_000, 3_130_000, 3_170_000, 3_080_000, -70_000, 64_000, 2, 150_000, 40_000],
      [],
      ["Væsentlige afvigelser"],
      ["Hospital", "Afdeling", "Linje", "Tekst", "Budget", "Beregnet fremskrivning", "Afdelingens prognose", "Forventet resultat", "Økonomiafdelingens forklaring", "Afdelingens forklaring"],
      ["Hospital Nord", "4101", "1110", "Konto 1110", 1_000_000, 1_050_000, 1_040_000, 50_000, "overtid", "sygdom i vinter"],
      ["Hospital Syd", "4104", "1110", "Konto 1110", 2_000_000, 1_900_000, 1_950_000, -100_000, "ledige stillinger"],
      [],
      ["Handleplaner"],
      ["Hospital", "Afdeling", "Id", "Linje", "Tiltag", "Ansvarlig", "Status", "Startmåned", "Effekt pr. måned", "Resterende effekt"],
      // July to December of 25,000; the dropped measure is left out
      ["Hospital Nord", "4101", "4101-1", "2210", "Tiltag 4101-1", "Afdelingsledelsen", "Besluttet", 7, 25_000, 150_000],
      ["Hospital Syd", "4104", "4104-1", "Hele afdelingen", "Tiltag 4104-1", "Afdelingsledelsen", "Foreslået", 9, 10_000, 40_000],
      [],
      ["Forventet resultat pr. hospital"],
      ["Hospital", "Forventet resultat"],
      ["Hospital Nord", 30_000],
      ["Hospital Syd", -100_000],
      [],
      ["Årets forventede regnskab, pakke for pakke"],
      ["Pakke", "Beregnet fremskrivning", "Afdelingens prognose", "Efter besluttede tiltag"],
      ["K2", 3_130_000, 3_170_000, 3_080_000],
    ]);
    expect(book.charts).toEqual([
      { sheet: "Kvartal 2 2027", range: "'Kvartal 2 2027'!A23:B25", title: "Forventet resultat pr. hospital", kind: "column", anchor: "O4" },
      { sheet: "Kvartal 2 2027", range: "'Kvartal 2 2027'!A28:D29", title: "Forventet regnskab 2027, pakke for pakke", kind: "line", anchor: "O24" },
    ]);
    expect(book.marks(PACK_MARK)).toEqual([{ sheet: "Kvartal 2 2027", address: "A1:M29", comment: '{"year":2027,"month":6,"quarter":2}' }]);
    const format = (row: number, column: number) => book.formatAt("Kvartal 2 2027", { row, column });
    expect([format(0, 0), format(4, 12), format(5, 0), format(6, 3), format(9, 12), format(13, 0)].map((f) => f.bold === true)).toEqual([true, true, false, true, true, false]);
    expect([format(5, 3), format(9, 12), format(13, 7), format(18, 9), format(23, 1), format(28, 3)].map((f) => f.numberFormat)).toEqual(["#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0"]);
    // an explanation is text: no number format is set on it
    expect(format(13, 8).numberFormat).toBeUndefined();
  });

  it.each([
    [3, "da", "Kvartal 1 2027"],
    [12, "en", "Q4 2027"],
    [5, "da", "Prognose maj 2027"],
    [5, "en", "Forecast May 2027"],
  ] as const)("as at month %s is named in %s %s", (month, language, name) => {
    expect(packSheetName(packPeriod(2027, month), strings(language))).toBe(name);
  });

  it("on demand as at May: a forecast pack, titled for the month, its history labelled by the month", async () => {
    const { gateway, book } = sample();
    const { prepared } = await pack(gateway, { ...june, month: 5 }, "en");
    await writeUnasked(gateway, prepared);
    const cells = sheetCells(book, "Forecast May 2027");
    expect([cells[0], cells[1], cells.at(-1)]).toEqual([["Forecast pack May 2027"], ["As at the end of May 2027 (5 months booked)"], ["May", 3_130_000, 3_170_000, 3_080_000]]);
    expect(book.marks(PACK_MARK)[0].comment).toBe('{"year":2027,"month":5,"quarter":null}');
  });

  it("lists no material lines or measures as none", async () => {
    const { gateway, book } = sample();
    const quiet = lines().map((l) => ({ ...l, material: false }));
    await writeUnasked(gateway, (await pack(gateway, { ...june, lines: quiet }, "da", [])).prepared);
    const cells = sheetCells(book, "Kvartal 2 2027");
    expect(cells.slice(11, 20)).toEqual([["Væsentlige afvigelser"], expect.any(Array), ["Ingen."], [], ["Handleplaner"], expect.any(Array), ["Ingen."], [], ["Forventet resultat pr. hospital"]]);
  });
});

describe("a pack is written once", () => {
  it.each([
    ["da", "Pakken for Kvartal 2 2027 er allerede skrevet, på arket Kvartal 2 2027. En pakke skrives én gang og skrives aldrig om; slet først det ark, hvis pakken skal laves igen."],
    ["en", "The pack for Q2 2027 has been written already, on the sheet Kvartal 2 2027. A pack is written once and never rewritten; delete that sheet first if the pack must be made again."],
  ] as const)("refuses the same period again, in %s, and writes nothing", async (language, error) => {
    const { gateway } = sample();
    await writeUnasked(gateway, (await pack(gateway, june)).prepared);
    const { plan, prepared } = await pack(gateway, { ...june, lines: lines(5_000) }, language);
    expect([plan.error, prepared.steps]).toEqual([error, []]);
  });

  it("refuses it on the sheet renamed too: the mark follows the sheet", async () => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await pack(gateway, june)).prepared);
    book.renameSheet("Kvartal 2 2027", "Juni til bestyrelsen");
    const { plan } = await pack(gateway, june);
    expect(plan.error).toBe("Pakken for Kvartal 2 2027 er allerede skrevet, på arket Juni til bestyrelsen. En pakke skrives én gang og skrives aldrig om; slet først det ark, hvis pakken skal laves igen.");
  });

  it.each([
    ["da", "Kvartal 2 2027", "Der er allerede et ark ved navn Kvartal 2 2027, og det er ikke denne pakke; omdøb det, og lav så pakken."],
    ["en", "Q2 2027", "There is a sheet named Q2 2027 already, and it is not this pack; rename it, then make the pack."],
  ] as const)("refuses a sheet of its name that holds something, in %s", async (language, sheet, error) => {
    const { gateway } = sample();
    await gateway.ensureSheet(sheet);
    await gateway.writeRange(`'${sheet}'!B2`, [["mine noter"]]);
    expect((await pack(gateway, june, language)).plan.error).toBe(error);
  });

  it.each([
    ["da", "Opfølgningen har ingen linjer: skriv først rapporten i Prognose-panelet, og lav så pakken."],
    ["en", "The follow-up has no lines: make the Forecast report first, then the pack."],
  ] as const)("refuses a pack of no lines, in %s", async (language, error) => {
    const { gateway } = sample();
    expect((await pack(gateway, { ...june, lines: [] }, language)).plan.error).toBe(error);
  });

  it.each([
    ["da", "rapportens måned skal være et helt tal fra 1 til 12; fik 13"],
    ["en", "the report month must be a whole number from 1 to 12; got 13"],
  ] as const)("refuses a month that is none, in %s", async (language, error) => {
    const { gateway } = sample();
    expect((await pack(gateway, { ...june, month: 13 }, language)).plan.error).toBe(error);
  });
});

describe("the history of the year's estimate", () => {
  it("reads each earlier pack's total from its sheet, whichever language wrote it, and charts them with this one", async () => {
    const { gateway, book } = sample();
    // the first quarter in English, an on-demand pack for May in Danish; last year's pack is not this year's
    await writeUnasked(gateway, (await pack(gateway, { year: 2027, month: 3, lines: lines(20_000) }, "en")).prepared);
    await writeUnasked(gateway, (await pack(gateway, { year: 2027, month: 5, lines: lines(10_000) }, "da")).prepared);
    await writeUnasked(gateway, (await pack(gateway, { year: 2026, month: 3, lines: lines(90_000) }, "da")).prepared);
    const { plan, prepared } = await pack(gateway, june);
    await writeUnasked(gateway, prepared);
    const cells = sheetCells(book, "Kvartal 2 2027");
    expect(cells.slice(-4)).toEqual([
      ["Pakke", "Beregnet fremskrivning", "Afdelingens prognose", "Efter besluttede tiltag"],
      ["K1", 3_150_000, 3_190_000, 3_100_000],
      ["maj", 3_140_000, 3_180_000, 3_090_000],
      ["K2", 3_130_000, 3_170_000, 3_080_000],
    ]);
    expect(plan.history.map((p) => [p.sheet, p.period.month])).toEqual([
      ["Q1 2027", 3],
      ["Prognose maj 2027", 5],
      ["Kvartal 2 2027", 6],
    ]);
    expect(book.charts.filter((c) => c.sheet === "Kvartal 2 2027").map((c) => [c.kind, c.range])).toEqual([
      ["column", "'Kvartal 2 2027'!A23:B25"],
      ["line", "'Kvartal 2 2027'!A28:D31"],
    ]);
    expect(book.marks(PACK_MARK).find((m) => m.sheet === "Kvartal 2 2027")?.address).toBe("A1:M31");
  });

  it("finds an earlier pack's total wherever rows were inserted above it, and leaves out, and names, one whose total cannot be read", async () => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await pack(gateway, { year: 2027, month: 3, lines: lines(20_000) }, "da")).prepared);
    await writeUnasked(gateway, (await pack(gateway, { year: 2027, month: 5, lines: lines(10_000) }, "da")).prepared);
    book.shiftRows("Kvartal 1 2027", 2, 3);
    book.type("Prognose maj 2027", { row: 9, column: 5 }, "ukendt");
    const { plan } = await pack(gateway, june);
    expect(plan.history.map((p) => [p.sheet, p.projection])).toEqual([
      ["Kvartal 1 2027", 3_150_000],
      ["Kvartal 2 2027", 3_130_000],
    ]);
    expect(plan.notice).toBe("Totalen i en tidligere pakke kan ikke læses og er udeladt af udviklingen: Prognose maj 2027.");
  });
});

describe("the measures of the pack", () => {
  it("are the action-plan register's, read from its sheet by its mark", async () => {
    const { gateway, book } = sample();
    const actions = [
      { id: "4104-7", department: "4104", key: "1110", measure: "Lukning af sengeafsnit i juli", owner: "Centerchef", decided: true, startMonth: 7, effect: 40_000 },
    ];
    const returned = { department: "4104", departmentName: "Afd. 4104", parent: "Hospital Syd", year: 2027, month: 6, fileName: "4104.xlsx", lines: [], actions };
    const register = await prepareActionRegister(gateway, [returned], strings("da"), "da");
    await writeUnasked(gateway, actionRegisterWrite(register));
    await writeUnasked(gateway, (await pack(gateway, june, "da", "sheet")).prepared);
    const cells = sheetCells(book, "Kvartal 2 2027");
    expect(cells[7]).toEqual(["Hospital Syd", "4104", "Afd. 4104", 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 240_000, 0]);
    expect(cells[18]).toEqual(["Hospital Syd", "4104", "4104-7", "1110", "Lukning af sengeafsnit i juli", "Centerchef", "Besluttet", 7, 40_000, 240_000]);
  });

  it("are none of a register of another year", async () => {
    const { gateway, book } = sample();
    const actions = [{ id: "4104-7", department: "4104", key: "1110", measure: "Lukning", owner: "Centerchef", decided: true, startMonth: 7, effect: 40_000 }];
    const returned = { department: "4104", departmentName: "Afd. 4104", parent: "Hospital Syd", year: 2026, month: 6, fileName: "4104.xlsx", lines: [], actions };
    await writeUnasked(gateway, actionRegisterWrite(await prepareActionRegister(gateway, [returned], strings("da"), "da")));
    await writeUnasked(gateway, (await pack(gateway, june, "da", "sheet")).prepared);
    const cells = sheetCells(book, "Kvartal 2 2027");
    expect(cells[7]).toEqual(["Hospital Syd", "4104", "Afd. 4104", 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 0, 0]);
    expect(cells[18]).toEqual(["Ingen."]);
  });
});
