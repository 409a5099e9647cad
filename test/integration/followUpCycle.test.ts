// The monthly follow-up cycle end to end on the preview workbook, as central finance runs it from
// the Forecast panel: the report as at May, one follow-up template per department built from it
// and its register written, the files filled in by the departments with other software (SheetJS,
// and in place as Excel saves) and collected in one batch, the kept sheets (status, action-plan
// register, department forecasts) written, the report written again with the departments'
// projections and the decided measures; then June: the report keeps the controller's explanation,
// June's templates carry the open measures and May's explanations, a June return changes a
// measure, and the register keeps finance's note.
//
// The add-in's projection is the budget method's: the actuals booked plus the budget of the
// months still to come plus the known adjustment (the sample's one column, counted in December),
// computed here from the sample table. A decided measure lowers the projection by its effect in
// each month after the report month from its start month; a proposed one is only listed, with
// what it would save in those months.

import * as XLSX from "xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { decidedAdjustments } from "../../core";
import type { CellValue } from "../../addin/gateway/types";
import { sampleSheets } from "../../addin/preview/sample";
import { buildFollowUpTemplates, collectReturns, type BuildResult } from "../../addin/templates";
import { loadActionRegister } from "../../addin/taskpane/actionRegister";
import { loadDepartmentForecasts } from "../../addin/taskpane/departmentForecasts";
import { followUpSender, initialSendForm, sendWrite, type FollowUpSendPlan } from "../../addin/taskpane/followUpSend";
import { forecastChoices, type ForecastForm } from "../../addin/taskpane/forecastForm";
import { COLUMN } from "../../addin/taskpane/forecastLayout";
import { followUpTemplateLines, type ForecastPlan } from "../../addin/taskpane/forecastPlan";
import { forecastWrite, KEPT_RETURN_READERS, readForecast } from "../../addin/taskpane/forecastReport";
import { da } from "../../addin/taskpane/i18n/da";
import { collectWrite, templateCollector, type Batch, type ReturnedFile } from "../../addin/taskpane/templateCollect";
import { fillInPlace, fillWithSheetJS } from "../templates/foreign";
import { sample, sheetCells, writeUnasked } from "../taskpane/templatesFixture";

const YEAR = 2026;
const TABLE_REF = "Opfølgning!A1:AD9";
const REPORT = "Prognose";
const MONTHS = 12;

// the sample's follow-up table: key, text, 12 actuals (booked January to June), 12 budgets, the adjustment, department, its name, hospital
const SAMPLE = sampleSheets();
const TABLE = (SAMPLE["Opfølgning"] as (string | number | null)[][]).slice(1);
const KEYS = TABLE.map((r) => String(r[0]));
/** June's actual, from the first actual's column. */
const JUNE = 5;
const actualsOf = (key: string) => TABLE.find((r) => r[0] === key)!.slice(2, 14) as number[];
const budgetsOf = (key: string) => TABLE.find((r) => r[0] === key)!.slice(14, 26) as number[];
const adjustmentOf = (key: string) => (TABLE.find((r) => r[0] === key)![26] as number | null) ?? 0;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The budget method's year-end as at month m (whole kroner: exact in integers). */
const yearEnd = (key: string, m: number) => sum(actualsOf(key).slice(0, m)) + sum(budgetsOf(key).slice(m)) + adjustmentOf(key);
/** What a measure of `effect` a month from `start` changes the year-end by as at month m: minus its effect in each month from max(start, m + 1). */
const measureAdjustments = (effect: number, start: number, m: number) => Array.from({ length: MONTHS }, (_, i) => (i + 1 >= Math.max(start, m + 1) ? -effect : 0));

const form = (month: number): ForecastForm => ({
  keyColumn: 0,
  actualColumn: 2,
  budgetColumn: 14,
  adjustmentColumn: 26,
  adjustmentMonths: "one",
  departmentColumn: 27,
  departmentNameColumn: 28,
  hospitalColumn: 29,
  textColumn: 1,
  capBaseColumn: null,
  year: String(YEAR),
  month,
  method: "budget",
  unit: 1,
  // material: at least 200,000 kr and 3 % of the annual budget: 4101's medicine and 4103's agency nurses
  materialAmount: "200000",
  materialRate: "3",
  capRate: "2",
  capShare: "100",
  reportSheet: REPORT,
  chartLine: null,
});

// what the departments do in May
const MEDICINE = "4101-2210";
const IMPLANTS = "4102-2220";
const EXPLAINED = "Færre dyre behandlinger efter sommerferien";
const DECIDED = { id: "4101-2026-05-1", measure: "Skift til biosimilært lægemiddel", owner: "Overlæge Berg", startMonth: 7, effect: 10_000 };
const PROPOSED = { id: "4101-2026-05-2", measure: "Fælles indkøb af forbrugsvarer", owner: "Afdelingsledelsen", startMonth: 9, effect: 5_000 };
/** The departments' own year-ends in May where they differ from the add-in's. */
const DEPARTMENT_MAY = new Map([
  [MEDICINE, 6_700_000],
  [IMPLANTS, 13_300_000],
]);
const RETURNED_MAY = new Set(["4101", "4102", "4105"]);
const departmentOf = (key: string) => key.split("-")[0];
const CONTROLLER = "Aftalt med afdelingen: ny indkøbsaftale fra juli";
const NOTE = "Følges op i kvartalsrapporten";

const { book, gateway } = (() => {
  // in May, June is not booked yet
  const sheets = sampleSheets();
  for (const row of (sheets["Opfølgning"] as (string | number | null)[][]).slice(1)) row[2 + JUNE] = null;
  return sample(sheets);
})();
const context = { gateway, t: da, language: "da" as const };
/** When the templates are built: 3 June for May's, 3 July for June's. */
let clock = new Date(2026, 5, 3, 9, 0);
const sender = followUpSender(buildFollowUpTemplates, { actions: loadActionRegister, forecasts: loadDepartmentForecasts }, () => clock);
const collector = templateCollector(collectReturns);

const choices = (month: number) => forecastChoices(form(month), da, "da");

async function report(month: number): Promise<ForecastPlan> {
  const plan = await readForecast(gateway, TABLE_REF, "", choices(month), da, "da", KEPT_RETURN_READERS);
  expect([plan.error, plan.bad]).toEqual([null, []]);
  return plan;
}

async function send(plan: ForecastPlan): Promise<FollowUpSendPlan> {
  const lines = followUpTemplateLines(plan);
  const { year, month, unit, materialAmount, materialRate } = choices(plan.month);
  const sent = await sender(
    context,
    { lines, year, month, unit, materialAmount, materialRate },
    { ...initialSendForm("da"), deadline: plan.month === 5 ? "2026-06-10" : "2026-07-10", contact: "Økonomiafdelingen" },
  );
  expect([sent.error, sent.bad]).toEqual([null, []]);
  await writeUnasked(gateway, sendWrite(sent, da));
  return sent;
}

async function collect(batch: Batch) {
  const plan = await collector(context, batch);
  expect([plan.error, plan.bad]).toEqual([null, []]);
  await writeUnasked(gateway, collectWrite(plan, da));
  return plan;
}

const fileOf = (built: BuildResult | null, department: string) => {
  const file = built?.files.find((f) => f.department === department);
  if (file === undefined) throw new Error(`no template for ${department}`);
  return file.bytes;
};

/** A kept sheet's rows below its title, information line, blank row and header, as a person sees them. */
const rowsOf = (sheet: string) => sheetCells(book, sheet).slice(4);
/** A section of the status sheet: the rows below its heading and column headers, to the blank row. */
function section(heading: string): unknown[][] {
  const rows = sheetCells(book, "Opfølgningsstatus");
  const at = rows.findIndex((r) => r[0] === heading);
  const end = rows.findIndex((r, i) => i > at + 1 && r.length === 0);
  return rows.slice(at + 2, end < 0 ? undefined : end);
}

/** The report's row of a line (or the total, or a label below it), 0-based on the report sheet. */
function reportRow(key: string): number {
  const r = sheetCells(book, REPORT).findIndex((row) => row[0] === key);
  if (r < 0) throw new Error(`no row for ${key}`);
  return r;
}
const reportCells = (key: string) => sheetCells(book, REPORT)[reportRow(key)] as (CellValue | undefined)[];

/** Per line and the total as the report sheet shows them: the three projections and both explanations. */
const projections = (keys: readonly string[]) =>
  keys.map((key) => {
    const row = reportCells(key);
    return [key, row[COLUMN.yearEnd], row[COLUMN.departmentYearEnd] ?? null, row[COLUMN.actionsYearEnd], row[COLUMN.departmentExplanation] ?? null, row[COLUMN.explanation] ?? null];
  });

/** A built template read back with SheetJS: a cell's value, null when empty. */
function cellOf(bytes: Uint8Array, sheet: string, cell: string): unknown {
  const workbook = XLSX.read(bytes, { type: "array" });
  const found = workbook.Sheets[sheet];
  if (found === undefined) throw new Error(`no sheet ${sheet}`);
  return found[cell]?.v ?? null;
}

describe("the monthly follow-up cycle on the preview workbook", () => {
  let may: ForecastPlan;
  let sent: FollowUpSendPlan;

  beforeAll(async () => {
    may = await report(5);
    await writeUnasked(gateway, forecastWrite(may, da));
    sent = await send(may);
  });

  it("reports May by the budget method, 4101's medicine and 4103's agency nurses material", () => {
    expect(may.lines.map((l) => [l.key, l.department, l.yearEnd, l.material])).toEqual(
      KEYS.map((key) => [key, departmentOf(key), yearEnd(key, 5), key === MEDICINE || key === "4103-1130"]),
    );
  });

  it("sends one template per department and registers them, version 1 of May", () => {
    expect(sent.departments.map((d) => [d.department, d.lines, d.measures, d.explanations, d.version, d.fileName])).toEqual([
      ["4101", 3, 0, 0, 1, "2026-05 4101 Kardiologisk afd.xlsx"],
      ["4102", 2, 0, 0, 1, "2026-05 4102 Ortopædkirurgisk afd.xlsx"],
      ["4103", 2, 0, 0, 1, "2026-05 4103 Akutmodtagelsen.xlsx"],
      ["4105", 1, 0, 0, 1, "2026-05 4105 Radiologisk afd.xlsx"],
    ]);
    expect(section("Register over dannede skabeloner").map((r) => [r[0], r[1], r[2], r[3], r[11], r[13]])).toEqual(
      (sent.built?.register ?? []).map((e) => [e.id, "Opfølgning", 1, e.department, e.fileName, 5]),
    );
    // the department's year-end is prefilled with the add-in's projection
    const bytes = fileOf(sent.built, "4101");
    expect(["A10", "F10", "J10", "L10", "M10"].map((cell) => cellOf(bytes, "Opfølgning maj 2026", cell))).toEqual([MEDICINE, yearEnd(MEDICINE, 5), "Ja", yearEnd(MEDICINE, 5), null]);
  });

  describe("the departments' returns, collected in one batch", () => {
    const S = "Opfølgning maj 2026";
    const A = "Handleplan";
    let collected: Awaited<ReturnType<typeof collect>>;

    beforeAll(async () => {
      const files: ReturnedFile[] = [
        // 4101 disagrees on its medicine and explains it; a decided measure on that line, a proposed one for the whole department
        {
          fileName: "4101 maj.xlsx",
          bytes: fillWithSheetJS(fileOf(sent.built, "4101"), [
            { sheet: S, cell: "L10", value: DEPARTMENT_MAY.get(MEDICINE) },
            { sheet: S, cell: "M10", value: EXPLAINED },
            ...measureCells(A, 4, { ...DECIDED, line: MEDICINE, decided: "Ja" }),
            ...measureCells(A, 5, { ...PROPOSED, line: "Hele afdelingen", decided: "Nej" }),
          ]),
        },
        // 4102 expects 444,971 more on implants (beyond 200,000 and 3 % of 12,640,000) and says nothing
        { fileName: "4102 maj.xlsx", bytes: await fillInPlace(fileOf(sent.built, "4102"), [{ sheet: S, cell: "L10", value: DEPARTMENT_MAY.get(IMPLANTS) }]) },
        // 4105 agrees: opened and saved unchanged by another program
        { fileName: "4105 maj.xlsx", bytes: fillWithSheetJS(fileOf(sent.built, "4105"), []) },
        // 4103 does not return its template
      ];
      collected = await collect({ id: 1, files, received: "2026-06-09 14:30", today: new Date(2026, 5, 9) });
    });

    it("accepts 4101 and 4105, 4102 with a remark on the line it did not explain", () => {
      expect(collected.report?.files.map((f) => [f.fileName, f.department, f.kind, f.month, f.status, f.problems.map((p) => [p.code, p.cell, p.message])])).toEqual([
        ["4101 maj.xlsx", "4101", "followup", 5, "accepted", []],
        [
          "4102 maj.xlsx",
          "4102",
          "followup",
          5,
          "remarks",
          [["FOLLOWUP_FAR_FROM_PROJECTION", "M10", "det forventede årsresultat 13.300.000 for linje 4102-2220 afviger 444.971 fra fremskrivningen 12.855.029 og skal forklares"]],
        ],
        ["4105 maj.xlsx", "4105", "followup", 5, "accepted", []],
      ]);
      expect(collectWrite(collected, da)?.done).toBe(
        "3 filer indsamlet, 3 godkendt. 3 opfølgninger tæller; deres status er skrevet på Opfølgningsstatus. Handleplanregistret på Handleplaner har 2 tiltag: 2 nye, 0 udgået. Afdelingsprognoserne på Afdelingsprognoser har 6 linjer.",
      );
    });

    it("writes each department's status, 4103 not returned a day before the deadline, and 4102's remark", () => {
      const returned = (department: string, name: string, hospital: string, status: string, remarks: number) => [
        status,
        department,
        name,
        hospital,
        1,
        "10.06.2026",
        null,
        `${department} maj.xlsx`,
        "2026-06-09 14:30",
        0,
        remarks,
        `${department} maj.xlsx`,
        "2026-06-09 14:30",
      ];
      expect(sheetCells(book, "Opfølgningsstatus").slice(0, 2)).toEqual([["Opfølgning 2026: status pr. maj"], ["3 af 4 afdelinger har returneret · opdateret 2026-06-09 14:30"]]);
      expect(section("Status pr. afdeling")).toEqual([
        returned("4101", "Kardiologisk afd.", "Hospital Nord", "Godkendt", 0),
        returned("4102", "Ortopædkirurgisk afd.", "Hospital Nord", "Godkendt med bemærkninger", 1),
        ["Ikke returneret", "4103", "Akutmodtagelsen", "Hospital Nord", 1, "10.06.2026", 1],
        returned("4105", "Radiologisk afd.", "Hospital Syd", "Godkendt", 0),
      ]);
      expect(section("Problemer i de seneste filer")).toEqual([
        ["4102", "4102 maj.xlsx", S, "M10", "Bemærkning", "det forventede årsresultat 13.300.000 for linje 4102-2220 afviger 444.971 fra fremskrivningen 12.855.029 og skal forklares", "FOLLOWUP_FAR_FROM_PROJECTION"],
      ]);
    });

    it("registers both measures with their ids, status and effect still to come after May", () => {
      expect(sheetCells(book, "Handleplaner").slice(0, 2)).toEqual([["Handleplaner 2026"], ["2 tiltag: 1 besluttet, 1 foreslået, 0 udgået · opgjort pr. udgangen af maj"]]);
      expect(rowsOf("Handleplaner")).toEqual([
        // June to December: 7 months, from July: 6 x 10,000; from September: 4 x 5,000
        [DECIDED.id, "4101", MEDICINE, DECIDED.measure, DECIDED.owner, "Ja", 7, 10_000, 6 * 10_000, "Besluttet", 5, 5],
        [PROPOSED.id, "4101", "Hele afdelingen", PROPOSED.measure, PROPOSED.owner, "Nej", 9, 5_000, 4 * 5_000, "Foreslået", 5, 5],
      ]);
    });

    it("keeps each returned line's projection, the department's year-end and its explanation", () => {
      expect(rowsOf("Afdelingsprognoser")).toEqual(
        KEYS.filter((key) => RETURNED_MAY.has(departmentOf(key))).map((key) => {
          const own = DEPARTMENT_MAY.get(key) ?? yearEnd(key, 5);
          return key === MEDICINE ? [departmentOf(key), 5, key, yearEnd(key, 5), own, EXPLAINED] : [departmentOf(key), 5, key, yearEnd(key, 5), own];
        }),
      );
    });
  });

  describe("the report written again with the returns", () => {
    let again: ForecastPlan;

    beforeAll(async () => {
      again = await report(5);
      await writeUnasked(gateway, forecastWrite(again, da));
    });

    it("shows per line and in total the add-in's projection, the department's and after decided actions, with the department's explanation", () => {
      const lines = KEYS.map((key) => [
        key,
        yearEnd(key, 5),
        RETURNED_MAY.has(departmentOf(key)) ? (DEPARTMENT_MAY.get(key) ?? yearEnd(key, 5)) : null,
        yearEnd(key, 5) + (key === MEDICINE ? sum(measureAdjustments(DECIDED.effect, DECIDED.startMonth, 5)) : 0),
        key === MEDICINE ? EXPLAINED : null,
        null,
      ]);
      const total = sum(KEYS.map((key) => yearEnd(key, 5)));
      // the total's department projection: the department's where it returned, else the add-in's
      const department = sum(KEYS.map((key) => (RETURNED_MAY.has(departmentOf(key)) ? (DEPARTMENT_MAY.get(key) ?? yearEnd(key, 5)) : yearEnd(key, 5))));
      expect(projections([...KEYS, "I alt"])).toEqual([...lines, ["I alt", total, department, total - 6 * 10_000, null, null]]);
      expect(again.lines.find((l) => l.key === MEDICINE)?.actions).toBe(-6 * 10_000);
    });

    it("adds the decided measure's adjustment in every month from July, and lists the proposed one's potential below the total", async () => {
      // the monthly adjustments are not on the report: the core's, from the register as the report reads it
      const adjustments = decidedAdjustments(await loadActionRegister(gateway, YEAR), 5);
      expect([...adjustments.lines]).toEqual([[MEDICINE, measureAdjustments(DECIDED.effect, DECIDED.startMonth, 5)]]);
      expect([...adjustments.department]).toEqual([]);
      expect(measureAdjustments(DECIDED.effect, DECIDED.startMonth, 5)).toEqual([0, 0, 0, 0, 0, 0, -10_000, -10_000, -10_000, -10_000, -10_000, -10_000]);
      expect(again.proposed).toEqual([{ id: PROPOSED.id, department: "4101", key: null, measure: PROPOSED.measure, potential: 4 * 5_000 }]);
      expect([da.outsideActionsLabel, da.proposedLabel].map((label) => [label, reportCells(label)[COLUMN.adjustment]])).toEqual([
        [da.outsideActionsLabel, 0],
        [da.proposedLabel, 4 * 5_000],
      ]);
    });
  });

  describe("June", () => {
    let june: ForecastPlan;
    let juneSent: FollowUpSendPlan;
    const S6 = "Opfølgning juni 2026";

    beforeAll(async () => {
      // the controller explains the medicine line in the report; finance notes the decided measure in the register
      book.type(REPORT, { row: reportRow(MEDICINE), column: COLUMN.explanation }, CONTROLLER);
      const noteRow = sheetCells(book, "Handleplaner").findIndex((r) => r[0] === DECIDED.id);
      book.type("Handleplaner", { row: noteRow, column: 12 }, NOTE);
      // June is booked
      TABLE.forEach((row, i) => book.type("Opfølgning", { row: 1 + i, column: 2 + JUNE }, String(row[2 + JUNE])));
      june = await report(6);
      await writeUnasked(gateway, forecastWrite(june, da));
      clock = new Date(2026, 6, 3, 9, 0);
      juneSent = await send(june);
    });

    it("reports June keeping the controller's explanation beside May's department explanation", () => {
      expect(june.kept).toBe(1);
      const row = reportCells(MEDICINE);
      expect([row[0], row[COLUMN.yearEnd], row[COLUMN.departmentExplanation] ?? null, row[COLUMN.explanation]]).toEqual([MEDICINE, yearEnd(MEDICINE, 6), null, CONTROLLER]);
    });

    it("sends June's templates with the open measures, their ids, and May's explanations", () => {
      expect(juneSent.departments.map((d) => [d.department, d.measures, d.explanations, d.version, d.fileName])).toEqual([
        ["4101", 2, 1, 1, "2026-06 4101 Kardiologisk afd.xlsx"],
        ["4102", 0, 0, 1, "2026-06 4102 Ortopædkirurgisk afd.xlsx"],
        ["4103", 0, 0, 1, "2026-06 4103 Akutmodtagelsen.xlsx"],
        ["4105", 0, 0, 1, "2026-06 4105 Radiologisk afd.xlsx"],
      ]);
      const cardio = fileOf(juneSent.built, "4101");
      const measures = [4, 5, 6].map((r) => ["A", "B", "C", "D", "E", "F", "G"].map((c) => cellOf(cardio, "Handleplan", `${c}${r}`)));
      expect(measures).toEqual([
        [DECIDED.id, DECIDED.measure, MEDICINE, DECIDED.owner, "Ja", 7, 10_000],
        [PROPOSED.id, PROPOSED.measure, "Hele afdelingen", PROPOSED.owner, "Nej", 9, 5_000],
        [null, null, null, null, null, null, null],
      ]);
      // the lines as at June, the year-end prefilled with June's projection, the explanation with May's
      expect([9, 10, 11].map((r) => ["A", "F", "L", "M"].map((c) => cellOf(cardio, S6, `${c}${r}`)))).toEqual(
        KEYS.filter((key) => departmentOf(key) === "4101").map((key) => [key, yearEnd(key, 6), yearEnd(key, 6), key === MEDICINE ? EXPLAINED : null]),
      );
      const ortho = fileOf(juneSent.built, "4102");
      expect([cellOf(ortho, "Handleplan", "A4"), cellOf(ortho, S6, "M9"), cellOf(ortho, S6, "M10")]).toEqual([null, null, null]);
    });

    describe("4101's June return, changing the decided measure", () => {
      beforeAll(async () => {
        const bytes = await fillInPlace(fileOf(juneSent.built, "4101"), [{ sheet: "Handleplan", cell: "G4", value: 12_000 }]);
        await collect({ id: 2, files: [{ fileName: "4101 juni.xlsx", bytes }], received: "2026-07-08 11:00", today: new Date(2026, 6, 8) });
      });

      it("shows 4101 returned for June, the others not yet", () => {
        // status, department, version, deadline, days left, latest file, received
        expect(section("Status pr. afdeling").map((r) => [r[0], r[1], r[4], r[5], r[6] ?? null, r[7] ?? null, r[8] ?? null])).toEqual([
          ["Godkendt", "4101", 1, "10.07.2026", null, "4101 juni.xlsx", "2026-07-08 11:00"],
          ["Ikke returneret", "4102", 1, "10.07.2026", 2, null, null],
          ["Ikke returneret", "4103", 1, "10.07.2026", 2, null, null],
          ["Ikke returneret", "4105", 1, "10.07.2026", 2, null, null],
        ]);
      });

      it("updates the measure as at June and keeps finance's note", () => {
        expect(sheetCells(book, "Handleplaner")[1]).toEqual(["2 tiltag: 1 besluttet, 1 foreslået, 0 udgået · opgjort pr. udgangen af juni"]);
        expect(rowsOf("Handleplaner")).toEqual([
          // July to December: 6 x 12,000; September to December: 4 x 5,000
          [DECIDED.id, "4101", MEDICINE, DECIDED.measure, DECIDED.owner, "Ja", 7, 12_000, 6 * 12_000, "Besluttet", 5, 6, NOTE],
          [PROPOSED.id, "4101", "Hele afdelingen", PROPOSED.measure, PROPOSED.owner, "Nej", 9, 5_000, 4 * 5_000, "Foreslået", 5, 6],
        ]);
      });

      it("keeps May's department forecasts beside 4101's June lines", () => {
        const may = (key: string) => {
          const own = DEPARTMENT_MAY.get(key) ?? yearEnd(key, 5);
          return key === MEDICINE ? [departmentOf(key), 5, key, yearEnd(key, 5), own, EXPLAINED] : [departmentOf(key), 5, key, yearEnd(key, 5), own];
        };
        // June's lines were left as prefilled: the projection, and May's explanation
        const juneLine = (key: string) => (key === MEDICINE ? ["4101", 6, key, yearEnd(key, 6), yearEnd(key, 6), EXPLAINED] : ["4101", 6, key, yearEnd(key, 6), yearEnd(key, 6)]);
        const cardio = KEYS.filter((key) => departmentOf(key) === "4101");
        const others = KEYS.filter((key) => departmentOf(key) === "4102" || departmentOf(key) === "4105");
        expect(rowsOf("Afdelingsprognoser")).toEqual([...cardio.map(may), ...cardio.map(juneLine), ...others.map(may)]);
      });

      it("reports the three projections as at June", async () => {
        const final = await report(6);
        await writeUnasked(gateway, forecastWrite(final, da));
        // as at June only 4101 has returned; the decided measure now saves 12,000 a month from July
        const lines = KEYS.map((key) => [
          key,
          yearEnd(key, 6),
          departmentOf(key) === "4101" ? yearEnd(key, 6) : null,
          yearEnd(key, 6) + (key === MEDICINE ? sum(measureAdjustments(12_000, DECIDED.startMonth, 6)) : 0),
          key === MEDICINE ? EXPLAINED : null,
          key === MEDICINE ? CONTROLLER : null,
        ]);
        const total = sum(KEYS.map((key) => yearEnd(key, 6)));
        expect(projections([...KEYS, "I alt"])).toEqual([...lines, ["I alt", total, total, total - 6 * 12_000, null, null]]);
        expect(final.potential).toBe(4 * 5_000);
      });
    });
  });
});

/** The cells of a measure typed in a row of the action plan: what, line, owner, decided, start month, effect. */
function measureCells(sheet: string, row: number, m: { measure: string; line: string; owner: string; decided: string; startMonth: number; effect: number }) {
  return [m.measure, m.line, m.owner, m.decided, m.startMonth, m.effect].map((value, i) => ({ sheet, cell: `${"BCDEFG"[i]}${row}`, value }));
}
