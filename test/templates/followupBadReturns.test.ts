// A corpus of bad follow-up returns, each collected in Danish and in English: the status, and every
// problem with its code, sheet, cell and exact message in both languages. The problems a follow-up
// shares with a budget template (a file that is no workbook, not ours, damaged ...) are
// badReturns.test.ts'; here are the lines' year-ends and explanations and the action plan. Then
// both kinds of return collected in one call.

import { beforeAll, describe, expect, it } from "vitest";
import { buildFollowUpTemplates, buildTemplates, collectReturns, type BuildResult, type RegisterEntry } from "../../addin/templates";
import { FOLLOWUP_MASTER, FOLLOWUP_NOW, FOLLOWUP_OPTIONS } from "../fixtures/followupMaster";
import { MASTER, NOW, OPTIONS } from "../fixtures/templateMaster";
import { fillInPlace, fillWithSheetJS, type Edit } from "./foreign";

const S = "Opfølgning maj 2027";
const A = "Handleplan";
/** 4102 filled in as asked: its material line explained. */
const FILLED: Edit[] = [{ sheet: S, cell: "M9", value: "Vikarforbruget falder fra juni" }];
const replace = (edits: Edit[]): Edit[] => [...FILLED.filter((f) => !edits.some((e) => e.sheet === f.sheet && e.cell === f.cell)), ...edits];

/** A new measure in the first empty row (row 5), with the fields given changed. */
function measure(fields: Partial<Record<"B" | "C" | "D" | "E" | "F" | "G", number | string | null>> = {}): Edit[] {
  const row = { B: "Lukning af 4 senge i juli", C: "1110 Løn", D: "Oversygeplejerske Hansen", E: "Ja", F: 7, G: 60_000, ...fields };
  return Object.entries(row).map(([column, value]): Edit => ({ sheet: A, cell: `${column}5`, ...(value === null ? {} : { value }) }));
}

let built: BuildResult;
let template: Uint8Array;
let register: RegisterEntry[];

beforeAll(async () => {
  built = await buildFollowUpTemplates(FOLLOWUP_MASTER, FOLLOWUP_OPTIONS, { now: FOLLOWUP_NOW });
  template = built.files[1].bytes;
  register = built.register;
});

type Problem = [string, string | null, string | null, string, string];
type Case = [string, () => Promise<Uint8Array>, "rejected" | "remarks", Problem[]];
const p = (code: string, sheet: string | null, cell: string | null, en: string, da: string): Problem => [code, sheet, cell, en, da];
const sheetJS = (edits: Edit[]) => async () => fillWithSheetJS(template, replace(edits));
const inPlace = (edits: Edit[]) => () => fillInPlace(template, replace(edits));

const CASES: Case[] = [
  ["a year-end emptied", sheetJS([{ sheet: S, cell: "L10" }]), "rejected", [
    p("FOLLOWUP_YEAR_END_MISSING", S, "L10", "line 2220 Implantater has no expected year-end; leave the projection if you agree with it", "linje 2220 Implantater har intet forventet årsresultat; lad fremskrivningen stå, hvis I er enige i den"),
  ]],
  ["a year-end as Danish text", sheetJS([{ sheet: S, cell: "L10", value: "13.000.000" }]), "rejected", [
    p("FOLLOWUP_YEAR_END_TEXT", S, "L10", 'the expected year-end of line 2220 Implantater is text in Danish number format ("13.000.000"), not a number; type it as a number', 'det forventede årsresultat for linje 2220 Implantater er tekst i dansk talformat ("13.000.000"), ikke et tal; skriv det som et tal'),
  ]],
  ["a formula where the year-end belongs", inPlace([{ sheet: S, cell: "L10", formula: "13000000*1", value: 13_000_000 }]), "rejected", [
    p("RETURN_INPUT_FORMULA", S, "L10", "a formula (=13000000*1) where a value is expected; type the value", "en formel (=13000000*1), hvor der skal stå en værdi; skriv værdien"),
  ]],
  ["a projection changed", sheetJS([{ sheet: S, cell: "F10", value: 13_000_000 }]), "rejected", [
    p("RETURN_LOCKED_CHANGED", S, "F10", "a locked cell was changed from 13100000 to 13000000", "en låst celle er ændret fra 13100000 til 13000000"),
  ]],
  ["a line added below the total", inPlace([{ sheet: S, cell: "A15", value: "2290 Øvrig drift" }, { sheet: S, cell: "L15", value: 10_000 }]), "rejected", [
    p("FOLLOWUP_EXTRA_LINE", S, "A15", "a line outside the template's lines; a follow-up takes no new lines (a measure goes in the action plan)", "en linje uden for skabelonens linjer; en opfølgning tager ikke nye linjer (et tiltag skrives i handleplanen)"),
  ]],
  ["the metadata edited", sheetJS([{ sheet: "BudgetMeta", cell: "F23", value: 40_000_000 }]), "rejected", [
    p("FOLLOWUP_RETURN_TAMPERED", null, null, "the locked content (lines, figures to date, projections, bands or the measures sent) is not what was sent: the checksum does not match; send the department the follow-up again", "det låste indhold (linjer, tal til dato, fremskrivninger, intervaller eller de udsendte tiltag) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen opfølgningen igen"),
  ]],
  ["the metadata's month made 13", inPlace([{ sheet: "BudgetMeta", cell: "B9", value: 13 }]), "rejected", [
    p("RETURN_META_DAMAGED", "BudgetMeta", "B9", "the template's hidden metadata has been changed; send the department a new template", "skabelonens skjulte data er ændret; send afdelingen en ny skabelon"),
  ]],
  ["the metadata's kind made budget", inPlace([{ sheet: "BudgetMeta", cell: "B3", value: "budget" }]), "rejected", [
    p("RETURN_META_DAMAGED", "BudgetMeta", "A9", "the template's hidden metadata has been changed; send the department a new template", "skabelonens skjulte data er ændret; send afdelingen en ny skabelon"),
  ]],
  ["a measure without a start month", sheetJS(measure({ F: null })), "rejected", [
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "F5", "the measure in row 5 has no start month", "tiltaget i række 5 mangler startmåned"),
  ]],
  ["a measure without an effect or a line", sheetJS(measure({ C: null, G: null })), "rejected", [
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "C5", "the measure in row 5 has no line", "tiltaget i række 5 mangler linje"),
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "G5", "the measure in row 5 has no effect", "tiltaget i række 5 mangler effekt"),
  ]],
  ["an effect without a measure", sheetJS([{ sheet: A, cell: "G6", value: 20_000 }]), "rejected", [
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "B6", "the measure in row 6 has no description", "tiltaget i række 6 mangler beskrivelse"),
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "C6", "the measure in row 6 has no line", "tiltaget i række 6 mangler linje"),
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "E6", "the measure in row 6 has no decided (yes or no)", "tiltaget i række 6 mangler besluttet (ja eller nej)"),
    p("FOLLOWUP_ACTION_INCOMPLETE", A, "F6", "the measure in row 6 has no start month", "tiltaget i række 6 mangler startmåned"),
  ]],
  ["a measure on a line the template lacks", sheetJS(measure({ C: "9999 Andet" })), "rejected", [
    p("FOLLOWUP_ACTION_KEY_UNKNOWN", A, "C5", 'the measure in row 5 is on "9999 Andet", which is not a line of the template; pick a line or "Hele afdelingen" from the list', 'tiltaget i række 5 er på "9999 Andet", som ikke er en linje i skabelonen; vælg en linje eller "Hele afdelingen" på listen'),
  ]],
  ["decided neither yes nor no", sheetJS(measure({ E: "Måske" })), "rejected", [
    p("FOLLOWUP_ACTION_DECIDED", A, "E5", 'the measure in row 5: decided must be Ja or Nej; got "Måske"', 'tiltaget i række 5: besluttet skal være Ja eller Nej; fik "Måske"'),
  ]],
  ["a start month 13", sheetJS(measure({ F: 13 })), "rejected", [
    p("FOLLOWUP_ACTION_START_MONTH", A, "F5", "the measure in row 5: the start month must be a whole number from 1 to 12; got 13", "tiltaget i række 5: startmåneden skal være et helt tal fra 1 til 12; fik 13"),
  ]],
  ["a new measure starting in a month booked", sheetJS(measure({ F: 5 })), "rejected", [
    p("FOLLOWUP_ACTION_START_PAST", A, "F5", "the measure in row 5 starts in month 5, which is booked already; a new effect falls in the months to come, from month 6", "tiltaget i række 5 starter i måned 5, som allerede er bogført; en ny effekt falder i de kommende måneder, fra måned 6"),
  ]],
  ["a measure sent moved to an earlier month", sheetJS([{ sheet: A, cell: "F4", value: 3 }]), "rejected", [
    p("FOLLOWUP_ACTION_START_PAST", A, "F4", "the measure in row 4 starts in month 3, which is booked already; a new effect falls in the months to come, from month 6", "tiltaget i række 4 starter i måned 3, som allerede er bogført; en ny effekt falder i de kommende måneder, fra måned 6"),
  ]],
  ["an effect as Danish text", sheetJS(measure({ G: "25.000" })), "rejected", [
    p("FOLLOWUP_ACTION_EFFECT_TEXT", A, "G5", 'the effect of the measure in row 5 is text in Danish number format ("25.000"), not a number; type it as a number', 'effekten af tiltaget i række 5 er tekst i dansk talformat ("25.000"), ikke et tal; skriv den som et tal'),
  ]],
  ["a measure sent with its id changed", sheetJS([{ sheet: A, cell: "A4", value: "4102-1" }]), "rejected", [
    p("FOLLOWUP_ACTION_ID_CHANGED", A, "A4", "the id of the measure in row 4 was changed from 4102-2027-04-1 to 4102-1; the id is locked, it tells the measure from month to month", "id'et for tiltaget i række 4 er ændret fra 4102-2027-04-1 til 4102-1; id'et er låst, det kender tiltaget fra måned til måned"),
  ]],
  ["a measure listed twice", inPlace([{ sheet: A, cell: "A6", value: "4102-2027-04-1" }, { sheet: A, cell: "B6", value: "Færre vikartimer i weekenden" }]), "rejected", [
    p("FOLLOWUP_ACTION_TWICE", A, "A6", "the measure 4102-2027-04-1 is listed twice (rows 4 and 6)", "tiltaget 4102-2027-04-1 står to gange (række 4 og 6)"),
  ]],
  ["a measure below the action plan's rows", inPlace([{ sheet: A, cell: "B11", value: "Ekstra tiltag" }]), "rejected", [
    p("FOLLOWUP_ACTION_EXTRA_ROW", A, "B11", "a measure below the action plan's rows; move it to an empty row", "et tiltag under handleplanens rækker; flyt det til en tom række"),
  ]],
  ["a material line unexplained", sheetJS([{ sheet: S, cell: "M9" }]), "remarks", [
    p("FOLLOWUP_EXPLANATION_MISSING", S, "M9", "line 1110 Løn is material (expected result 1,400,000 against the budget) and needs an explanation", "linje 1110 Løn er væsentlig (forventet afvigelse 1.400.000 mod budgettet) og skal forklares"),
  ]],
  ["a year-end far from the projection unexplained", sheetJS([{ sheet: S, cell: "L11", value: 3_700_000 }]), "remarks", [
    p("FOLLOWUP_FAR_FROM_PROJECTION", S, "M11", "the expected year-end 3,700,000 of line 2230 Forbrugsvarer differs from the projection 3,100,000 by 600,000 and needs an explanation", "det forventede årsresultat 3.700.000 for linje 2230 Forbrugsvarer afviger 600.000 fra fremskrivningen 3.100.000 og skal forklares"),
  ]],
  ["amounts with øre at a unit of 1 kr.", sheetJS([{ sheet: S, cell: "L11", value: 3_150_000.5 }, ...measure({ G: 2_500.4 })]), "remarks", [
    p("FOLLOWUP_YEAR_END_ROUNDED", S, "L11", "the expected year-end of line 2230 Forbrugsvarer (3,150,000.5) is taken rounded to 3,150,001", "det forventede årsresultat for linje 2230 Forbrugsvarer (3.150.000,5) er taget afrundet til 3.150.001"),
    p("FOLLOWUP_EFFECT_ROUNDED", A, "G5", "the effect of the measure in row 5 (2,500.4) is taken rounded to 2,500", "effekten af tiltaget i række 5 (2.500,4) er taget afrundet til 2.500"),
  ]],
];

const shape = (problems: { code: string; sheet?: string; cell?: string; message: string }[], other: { message: string }[]) =>
  problems.map((x, i) => [x.code, x.sheet ?? null, x.cell ?? null, x.message, other[i]?.message]);

describe("a bad follow-up return", () => {
  it.each(CASES)("%s", async (_name, make, status, expected) => {
    const files = [{ fileName: "retur.xlsx", bytes: await make() }];
    const [en, da] = await Promise.all([collectReturns(register, files, { language: "en" }), collectReturns(register, files, { language: "da" })]);
    expect(en.files[0].status).toBe(status);
    expect(shape(en.files[0].problems, da.files[0].problems)).toEqual(expected);
    expect(en.followUps).toHaveLength(status === "rejected" ? 0 : 1);
  });

  it("sent twice in one collect: the later replaces the earlier of the same month, both listed, one counted", async () => {
    const first = fillWithSheetJS(template, FILLED);
    const second = fillWithSheetJS(template, replace([{ sheet: S, cell: "L10", value: 13_050_000 }]));
    const report = await collectReturns(register, [{ fileName: "første.xlsx", bytes: first }, { fileName: "anden.xlsx", bytes: second }], {
      language: "da",
      earlier: [
        { department: "4102", fileName: "budget.xlsx", received: "2026-09-10 10:12" },
        { department: "4102", fileName: "april.xlsx", received: "2027-05-06 09:00", kind: "followup", month: 4 },
        { department: "4102", fileName: "maj.xlsx", received: "2027-06-05 11:30", kind: "followup", month: 5 },
      ],
    });
    expect(report.files.map((f) => [f.fileName, f.status, f.replacedBy ?? null, f.problems.map((x) => [x.severity, x.message])])).toEqual([
      ["første.xlsx", "accepted", "anden.xlsx", [["note", 'erstattet af "anden.xlsx", indsamlet efter den']]],
      ["anden.xlsx", "accepted", null, [["note", 'erstatter afleveringen indsamlet tidligere fra "maj.xlsx" (2027-06-05 11:30)']]],
    ]);
    expect(report.followUps.map((f) => [f.fileName, f.lines[1].yearEnd])).toEqual([["anden.xlsx", 13_050_000]]);
  });
});

describe("budget and follow-up returns collected in one call", () => {
  it("checks each file as the kind its metadata records and reports both", async () => {
    const budget = await buildTemplates(MASTER, OPTIONS, { now: NOW });
    const budgetFile = fillWithSheetJS(budget.files[2].bytes, [{ sheet: "Budget 2027", cell: "F9", value: 57_900_000 }, { sheet: "Budget 2027", cell: "H9", value: "Flere vagter" }]);
    const report = await collectReturns(
      [...budget.register, ...register],
      [
        { fileName: "budget 4201.xlsx", bytes: budgetFile },
        { fileName: "opfølgning 4102.xlsx", bytes: fillWithSheetJS(template, FILLED) },
      ],
      { language: "en" },
    );
    expect(report.files.map((f) => [f.fileName, f.department, f.kind ?? null, f.month ?? null, f.status, f.problems])).toEqual([
      ["budget 4201.xlsx", "4201", null, null, "accepted", []],
      ["opfølgning 4102.xlsx", "4102", "followup", 5, "accepted", []],
    ]);
    expect(report.consolidated.map((l) => [l.department, l.key, l.annual])).toEqual([["4201", "1110 Løn", 57_900_000]]);
    expect(report.followUps.map((f) => [f.department, f.month, f.lines.length, f.actions.map((a) => a.id)])).toEqual([["4102", 5, 4, ["4102-2027-04-1"]]]);
  });

  it("rejects a follow-up of another month than the one collected, and one built for a budget year not collected", async () => {
    const files = [{ fileName: "maj.xlsx", bytes: fillWithSheetJS(template, FILLED) }];
    const june = await collectReturns(register, files, { language: "en", month: 6 });
    expect(june.files[0].problems.map((x) => [x.code, x.message])).toEqual([["FOLLOWUP_MONTH_OTHER", "the follow-up is as at month 5, not month 6"]]);
    const other = await collectReturns(register, files, { language: "da", year: 2028 });
    expect(other.files[0].problems.map((x) => [x.code, x.message])).toEqual([["RETURN_YEAR_OTHER", "skabelonen er til budgetår 2027, ikke 2028"]]);
  });
});
