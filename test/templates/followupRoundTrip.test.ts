// Follow-up templates end to end in Node: the Forecast panel's follow-up lines as at May built into
// .xlsx templates, filled in as departments would with other software (SheetJS, and in place as
// Excel saves), collected back: statuses, problems and every field of the accepted returns. Then
// June's templates built with May's measures and explanations: they carry them, ids locked, and a
// June return keeps the ids.

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFollowUpTemplates, collectReturns, type BuildResult, type CollectReport, type FollowUpReturn } from "../../addin/templates";
import { readBook } from "../../addin/templates/xlsxRead";
import { FOLLOWUP_MASTER, FOLLOWUP_NOW, FOLLOWUP_OPTIONS } from "../fixtures/followupMaster";
import { fillInPlace, fillWithSheetJS, type Edit } from "./foreign";

const S = "Opfølgning maj 2027";
const A = "Handleplan";

/** 4102 disagrees on two lines, explained, keeps April's measure and adds a decided measure on a line and an undecided one for the whole department. */
const FILL_4102: Edit[] = [
  { sheet: S, cell: "L9", value: 49_000_000 },
  { sheet: S, cell: "M9", value: "Vikarforbruget falder fra juni" },
  { sheet: S, cell: "L10", value: 13_000_000 },
  { sheet: S, cell: "M10", value: "Færre hofteoperationer i efteråret" },
  { sheet: A, cell: "B5", value: "Lukning af 4 senge i juli" },
  { sheet: A, cell: "C5", value: "1110 Løn" },
  { sheet: A, cell: "D5", value: "Oversygeplejerske Hansen" },
  { sheet: A, cell: "E5", value: "Ja" },
  { sheet: A, cell: "F5", value: 7 },
  { sheet: A, cell: "G5", value: 60_000 },
  { sheet: A, cell: "B6", value: "Fælles indkøb med 4101" },
  { sheet: A, cell: "C6", value: "Hele afdelingen" },
  { sheet: A, cell: "D6", value: "Afdelingsledelsen" },
  { sheet: A, cell: "E6", value: "Nej" },
  { sheet: A, cell: "F6", value: 9 },
  { sheet: A, cell: "G6", value: 15_000 },
];
/** 4201 expects its salaries beyond the band and says nothing; it gives up April's measure (the row emptied, its id left). */
const FILL_4201: Edit[] = [{ sheet: S, cell: "L9", value: 58_500_000 }, ...["B", "C", "D", "E", "F", "G"].map((c): Edit => ({ sheet: A, cell: `${c}4` }))];

let built: BuildResult;
const file = (b: BuildResult, department: string) => {
  const f = b.files.find((x) => x.department === department);
  if (!f) throw new Error(department);
  return f.bytes;
};

beforeAll(async () => {
  built = await buildFollowUpTemplates(FOLLOWUP_MASTER, FOLLOWUP_OPTIONS, { now: FOLLOWUP_NOW });
});

const line = (department: string, key: string, text: string, projection: number, yearEnd: number, explanation = "", material = false) => ({
  department,
  key,
  text,
  projection,
  yearEnd,
  explanation,
  material,
});

const MAY: FollowUpReturn[] = [
  {
    department: "4101",
    departmentName: "Kardiologisk afd.",
    parent: "Hospital Nord",
    year: 2027,
    month: 5,
    fileName: "4101 maj.xlsx",
    lines: [
      line("4101", "1110 Løn", "Fast løn, læger og sygeplejersker", 48_360_000, 48_360_000),
      line("4101", "2210 Medicin", "Medicin og infusionsvæsker", 6_600_000, 6_600_000),
      line("4101", "2290 Øvrig drift", "Kurser, rejser og småanskaffelser", 950_000, 950_000),
      line("4101", "7110 Indtægter", "Salg af ydelser til andre regioner", -2_400_000, -2_400_000, "Flere patienter fra Region Sjælland"),
    ],
    actions: [],
  },
  {
    department: "4102",
    departmentName: "Ortopædkirurgisk afd.",
    parent: "Hospital Nord",
    year: 2027,
    month: 5,
    fileName: "4102 maj.xlsx",
    lines: [
      line("4102", "1110 Løn", "Fast løn", 49_900_000, 49_000_000, "Vikarforbruget falder fra juni", true),
      line("4102", "2220 Implantater", "Hofte- og knæproteser", 13_100_000, 13_000_000, "Færre hofteoperationer i efteråret"),
      line("4102", "2230 Forbrugsvarer", "Sterile engangsartikler", 3_100_000, 3_100_000),
      line("4102", "7110 Indtægter", "Privathospitalsaftaler", -1_950_000, -1_950_000),
    ],
    actions: [
      { id: "4102-2027-04-1", department: "4102", key: "1110 Løn", measure: "Færre vikartimer i weekenden", owner: "Afdelingssygeplejerske Jensen", decided: true, startMonth: 4, effect: 50_000 },
      { id: "4102-2027-05-1", department: "4102", key: "1110 Løn", measure: "Lukning af 4 senge i juli", owner: "Oversygeplejerske Hansen", decided: true, startMonth: 7, effect: 60_000 },
      { id: "4102-2027-05-2", department: "4102", key: null, measure: "Fælles indkøb med 4101", owner: "Afdelingsledelsen", decided: false, startMonth: 9, effect: 15_000 },
    ],
  },
  {
    department: "4201",
    departmentName: "Akutmodtagelsen",
    parent: "Hospital Syd",
    year: 2027,
    month: 5,
    fileName: "4201 maj.xlsx",
    lines: [
      line("4201", "1110 Løn", "Fast løn og vagttillæg", 57_600_000, 58_500_000),
      line("4201", "2210 Medicin", "Akutmedicin", 2_150_000, 2_150_000),
      line("4201", "2410 Transport", "Patienttransport", 1_460_000, 1_460_000),
      line("4201", "7110 Indtægter", "Mellemregional afregning", -720_000, -720_000),
    ],
    actions: [],
  },
];

describe("follow-up templates filled in by departments with other software and collected", () => {
  let report: CollectReport;
  beforeAll(async () => {
    report = await collectReturns(built.register, [
      { fileName: "4101 maj.xlsx", bytes: fillWithSheetJS(file(built, "4101"), []) },
      { fileName: "4102 maj.xlsx", bytes: fillWithSheetJS(file(built, "4102"), FILL_4102) },
      { fileName: "4201 maj.xlsx", bytes: await fillInPlace(file(built, "4201"), FILL_4201) },
    ]);
  });

  it("builds one file per department, named by the month, each in the register as a follow-up of May", () => {
    expect(built.files.map((f) => f.fileName)).toEqual(["2027-05 4101 Kardiologisk afd.xlsx", "2027-05 4102 Ortopædkirurgisk afd.xlsx", "2027-05 4201 Akutmodtagelsen.xlsx"]);
    expect(built.register.map((e) => [e.department, e.kind, e.month, e.version, e.frame, e.deadline, /^[0-9a-f]{64}$/.test(e.checksum)])).toEqual([
      ["4101", "followup", 5, 1, 53_160_000, "2027-06-10", true],
      ["4102", "followup", 5, 1, 62_140_000, "2027-06-10", true],
      ["4201", "followup", 5, 1, 60_100_000, "2027-06-10", true],
    ]);
  });

  it("accepts the agreeing and the explaining department, and 4201 with a remark where its year-end left the band unexplained", () => {
    expect(report.files.map((f) => [f.fileName, f.department, f.kind, f.month, f.status, f.problems])).toEqual([
      ["4101 maj.xlsx", "4101", "followup", 5, "accepted", []],
      ["4102 maj.xlsx", "4102", "followup", 5, "accepted", []],
      [
        "4201 maj.xlsx",
        "4201",
        "followup",
        5,
        "remarks",
        [
          {
            code: "FOLLOWUP_OUTSIDE_BAND",
            severity: "remark",
            sheet: S,
            cell: "M9",
            message: "det forventede årsresultat 58.500.000 for linje 1110 Løn ligger uden for intervallet fra 57.000.000 til 58.200.000 og skal forklares",
          },
        ],
      ],
    ]);
    expect(report.consolidated).toEqual([]);
  });

  it("gives every accepted return's lines and measures: a new measure an id from its template and row, the given-up one dropped", () => {
    expect(report.followUps).toEqual(MAY);
  });

  it("gives the same ids when the same file is collected again", async () => {
    const again = await collectReturns(built.register, [{ fileName: "4102 maj.xlsx", bytes: fillWithSheetJS(file(built, "4102"), FILL_4102) }]);
    expect(again.followUps.map((f) => f.actions.map((a) => a.id))).toEqual([["4102-2027-04-1", "4102-2027-05-1", "4102-2027-05-2"]]);
  });
});

describe("June's follow-up built with May's measures and explanations", () => {
  const JUNE = "Opfølgning juni 2027";
  let june: BuildResult;
  beforeAll(async () => {
    june = await buildFollowUpTemplates(
      {
        lines: FOLLOWUP_MASTER.lines,
        actions: MAY.flatMap((r) => r.actions),
        explanations: MAY.flatMap((r) => r.lines.map((l) => ({ department: l.department, key: l.key, explanation: l.explanation }))),
      },
      { ...FOLLOWUP_OPTIONS, month: 6 },
      { now: FOLLOWUP_NOW, earlier: built.register },
    );
  });

  it("is version 1 of June, named by June", () => {
    expect(june.register.map((e) => [e.fileName, e.month, e.version])).toEqual([
      ["2027-06 4101 Kardiologisk afd.xlsx", 6, 1],
      ["2027-06 4102 Ortopædkirurgisk afd.xlsx", 6, 1],
      ["2027-06 4201 Akutmodtagelsen.xlsx", 6, 1],
    ]);
  });

  it("carries the measures prefilled, their ids locked, and the explanations prefilled", async () => {
    const book = await readBook(file(june, "4102"));
    const sheet = (name: string) => book.sheets.find((s) => s.name === name);
    const actions = sheet(A)?.rows.slice(3, 7).map((r) => (r ?? []).slice(0, 7).map((c) => c?.value ?? null));
    expect(actions).toEqual([
      ["4102-2027-04-1", "Færre vikartimer i weekenden", "1110 Løn", "Afdelingssygeplejerske Jensen", "Ja", 4, 50_000],
      ["4102-2027-05-1", "Lukning af 4 senge i juli", "1110 Løn", "Oversygeplejerske Hansen", "Ja", 7, 60_000],
      ["4102-2027-05-2", "Fælles indkøb med 4101", "Hele afdelingen", "Afdelingsledelsen", "Nej", 9, 15_000],
      Array(7).fill(null),
    ]);
    expect(sheet(JUNE)?.rows.slice(8, 12).map((r) => r?.[12]?.value ?? null)).toEqual(["Vikarforbruget falder fra juni", "Færre hofteoperationer i efteråret", null, null]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file(june, "4102") as unknown as ArrayBuffer);
    const plan = workbook.getWorksheet(A);
    expect(["A4", "A6", "A7", "B4", "G6"].map((cell) => plan?.getCell(cell).protection?.locked !== false)).toEqual([true, true, true, false, false]);
  });

  it("collected back, keeps every measure's id and adds a new one with June's", async () => {
    const bytes = fillWithSheetJS(file(june, "4102"), [
      { sheet: JUNE, cell: "L9", value: 49_000_000 },
      { sheet: A, cell: "B7", value: "Sommerlukning af ambulatoriet" },
      { sheet: A, cell: "C7", value: "Hele afdelingen" },
      { sheet: A, cell: "E7", value: "Ja" },
      { sheet: A, cell: "F7", value: 7 },
      { sheet: A, cell: "G7", value: 25_000 },
    ]);
    const report = await collectReturns([...built.register, ...june.register], [{ fileName: "4102 juni.xlsx", bytes }], { month: 6 });
    expect(report.files.map((f) => [f.status, f.problems])).toEqual([["accepted", []]]);
    expect(report.followUps.map((f) => [f.month, f.actions.map((a) => [a.id, a.startMonth, a.owner])])).toEqual([
      [
        6,
        [
          ["4102-2027-04-1", 4, "Afdelingssygeplejerske Jensen"],
          ["4102-2027-05-1", 7, "Oversygeplejerske Hansen"],
          ["4102-2027-05-2", 9, "Afdelingsledelsen"],
          ["4102-2027-06-1", 7, ""],
        ],
      ],
    ]);
  });
});
