// The Forecast panel's plan: every cell of the report sheet, explanations kept by line key when it
// runs again, what counts as overwriting, and the bad inputs with their exact messages.

import { isCellError, type ActionRegisterRow } from "../../core";
import { describe, expect, it } from "vitest";
import type { CellInput, CellValue, RangeData, Snapshot } from "../../addin/gateway/types";
import { forecastChoices, forecastFieldProblems, monthlyAdjustmentHeaders, type ForecastChoices, type ForecastForm, type ForecastProblems } from "../../addin/taskpane/forecastForm";
import { headerRow } from "../../addin/taskpane/forecastLayout";
import { bookedMonths } from "../../addin/taskpane/forecastLines";
import { followUpTemplateLines, forecastSteps, NO_RETURNS, planForecast, type FollowUpReturns, type ForecastPlan } from "../../addin/taskpane/forecastPlan";
import { lossesOf } from "../../addin/taskpane/writeFlow";
import { failure } from "../core/failure";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { EARLIER_LAYOUT_CELLS, EARLIER_LAYOUT_MARK, EARLIER_LAYOUT_MEMORY } from "../fixtures/forecastReportV1";
import { forecastChoicesWith } from "../fixtures/forecastChoices";

const blanks = (n: number) => new Array<null>(n).fill(null);
const twelve = (v: number) => new Array<number>(12).fill(v);
const booked = (v: number, m: number): (number | null)[] => [...new Array<number>(m).fill(v), ...blanks(12 - m)];
const HEADER: CellValue[] = ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`), "Korrektion"];
type Line = [string | null, CellValue[], CellValue[], number | string | null];

function table(lines: Line[]): RangeData {
  return {
    sheet: "Opfølgning",
    address: `A1:AA${lines.length + 1}`,
    row: 0,
    column: 0,
    values: [HEADER, ...lines.map(([key, actuals, budget, adjustment]) => [key, "tekst", ...actuals, ...budget, adjustment])],
  };
}

// A: 5 x 1,100 against 1,000 a month; B: 5 x 900; C: income as budgeted, -300 still to come
const A: Line = ["A", booked(1100, 5), twelve(1000), null];
const B: Line = ["B", booked(900, 5), twelve(1000), null];
const C: Line = ["C", booked(-1000, 5), twelve(-1000), -300];
const TABLE = table([A, B, C]);

const choices = (overrides: Partial<ForecastChoices> = {}): ForecastChoices => forecastChoicesWith({ adjustmentColumn: 26, ...overrides });

/** The report block A-R of a plan (the chart's columns cut off). */
const report = (plan: ForecastPlan) => plan.cells.map((row) => row.slice(0, 18));
/** A line's row in the report: the figures up to the year-end, the three projections and the results, the carry-over, MAPE, flag and both explanations. */
type Row = [string, string, number, number, number, number, number, number, number, number | "", number, number, number, number, number | "", string, string, string];
const row = (...cells: Row): CellInput[] => cells;
/** What a workbook holds after the plan is written on an empty sheet: its cells as read back. */
const asRead = (cells: CellInput[][]): CellValue[][] => cells.map((row) => row.map((c) => (c === "" || c === null ? null : (c as CellValue))));
/** A report compared as a workbook would show it once written: a blank written and a cell left alone look alike. */
const expectReport = (rows: CellInput[][], expected: CellInput[][]) => expect(asRead(rows)).toEqual(asRead(expected));

/** The report sheet as read, with no mark: a report written before reports were marked, or none. */
const sheetFrom = (values: CellValue[][]) => ({ used: { sheet: "Forecast", address: `A1:W${values.length}`, row: 0, column: 0, values } as RangeData, mark: null });

/** The cells the write would overwrite that are not the earlier report's own, as the write flow finds them. */
function overwrites(plan: ForecastPlan, sheet: { used: RangeData } | null): string[] {
  const steps = forecastSteps(plan);
  const values = sheet?.used.values ?? [];
  const before = steps.map((step): Snapshot | null =>
    step.kind !== "cells"
      ? null
      : {
          sheet: "Forecast",
          address: "A1",
          row: 0,
          column: 0,
          cells: step.cells.map((row, r) => row.map((_, c) => { const v = values[r]?.[c]; return v === undefined || v === null || isCellError(v) ? "" : v; })),
          numberFormats: step.cells.map((row) => row.map(() => "General")),
          spilled: step.cells.map((row) => row.map(() => false)),
        },
  );
  return lossesOf(steps, before, (_, r, c) => plan.owned(r, c)).map((loss) => loss.address);
}

describe("planForecast", () => {
  it("writes the report: every line as at the month, the total, the flags and the chart's data", () => {
    const plan = planForecast(TABLE, null, null, choices(), en, "en");
    expect(plan.error).toBeNull();
    expect(plan.bad).toEqual([]);
    const none = (n: number) => new Array<null>(n).fill(null);
    // nothing is written beside the title and the settings: a note typed there stays
    expect([plan.cells[0].slice(1), plan.cells[1].slice(1)]).toEqual([none(22), none(22)]);
    expectReport(report(plan), [
      ["Projected year-end as at May (month 5)", ...none(17)],
      ["Method: budget · Year: 2026 · Material: at least 400 kr and at least 4% of the annual budget · Carry-over cap: 2% · Share carried: 100% · Source: 'Opfølgning'!A1:AA4", ...none(17)],
      headerRow(en, "May"),
      // 5,500 + 7 x 1,000 = 12,500: +500, carried in full; material (500 >= 400 and >= 480); no
      // return, no measures: no department's projection, after actions the add-in's
      row("A", "budget", 5500, 5000, 100, 500, 12000, 0, 12500, "", 12500, 500, 500, -500, "", "Yes", "", ""),
      // 11,500: -500, carried up to 2 % = 240; material
      row("B", "budget", 4500, 5000, -100, -500, 12000, 0, 11500, "", 11500, -500, -500, 240, "", "Yes", "", ""),
      // income -5,000 - 7,000 - 300 = -12,300: 300 better than budgeted, capped at 240; 300 < 400
      row("C", "budget", -5000, -5000, 0, 0, -12000, -300, -12300, "", -12300, -300, -300, 240, "", "", "", ""),
      // the total: 11,700 against 12,000; the cap on the total: 240
      row("Total", "", 5000, 5000, 0, 0, 12000, -300, 11700, "", 11700, -300, -300, 240, "", "", "", ""),
      // below the report, down to the chart's last row: nothing written
      ...new Array(8).fill(new Array<null>(18).fill(null)),
    ]);
    expect(plan.cells.every((row) => row.length === 23 && row[18] === null)).toBe(true);
    // cumulative, all lines: budget 1,000 a month; actuals 1,000 a month to May; the forecast adds C's -300 in December
    expect(plan.cells.slice(2, 15).map((row) => row.slice(19))).toEqual([
      ["Month", "Budget, cumulative", "Actual, cumulative", "Forecast, cumulative"],
      ...en.months.map((name, m) => [name, 1000 * (m + 1), m < 5 ? 1000 * (m + 1) : null, m < 11 ? 1000 * (m + 1) : 11700]),
    ]);
    expect(plan.target).toBe("Forecast!A1:W15");
    expect(overwrites(plan, null)).toEqual([]);
    expect(plan.mark).toEqual({ ref: "A1:W15", comment: '{"month":5,"year":2026,"run":1,"layout":2}' });
    expect(plan.chart).toEqual({ range: "Forecast!T3:W15", title: "Budget, actual and forecast, cumulative: Total", kind: "line", anchor: "T17" });
    expect(plan.highlight).toEqual({ range: "Forecast!A4:R7", flagColumn: 15, equals: "Yes", fill: "#F8CBAD" });
    expect(plan.formats).toEqual([
      { ref: "Forecast!A1", bold: true },
      { ref: "Forecast!A3:W3", bold: true },
      { ref: "Forecast!A7:R7", bold: true },
      { ref: "Forecast!C4:N7", numberFormat: "#,##0" },
      { ref: "Forecast!O4:O7", numberFormat: "0.0%" },
      { ref: "Forecast!U4:W15", numberFormat: "#,##0" },
    ]);
  });

  it("charts one line when chosen, and writes Danish", () => {
    const plan = planForecast(TABLE, null, null, choices({ chartLine: "C" }), da, "da");
    expect(plan.chart.title).toBe("Budget, forbrug og prognose, akkumuleret: C");
    expect(plan.cells[14].slice(19)).toEqual(["dec", -12000, null, -12300]);
    expect(report(plan)[0][0]).toBe("Forventet årsresultat pr. maj (måned 5)");
    expect(report(plan)[1][0]).toBe("Metode: budget · År: 2026 · Væsentlig: mindst 400 kr. og mindst 4\u00a0% af årsbudgettet · Loft for overførsel: 2\u00a0% · Andel overført: 100\u00a0% · Kilde: 'Opfølgning'!A1:AA4");
    expectReport([report(plan)[3]], [row("A", "budget", 5500, 5000, 100, 500, 12000, 0, 12500, "", 12500, 500, 500, -500, "", "Ja", "", "")]);
    expect(report(plan)[6][0]).toBe("I alt");
  });

  it.each([
    ["profile", "da", "Metode: profil ·"],
    ["runrate", "da", "Metode: løbende gns. ·"],
    ["budget", "en", "Method: budget ·"],
    ["runrate", "en", "Method: run rate ·"],
  ] as const)("names the method %s in the settings line in %s", (method, language, lead) => {
    const plan = planForecast(TABLE, null, null, choices({ method }), language === "da" ? da : en, language);
    expect(String(report(plan)[1][0]).startsWith(lead)).toBe(true);
  });

  it("shows the backtest's method and error with auto", () => {
    const history: RangeData = {
      sheet: "Historik",
      address: "A1:N3",
      row: 0,
      column: 0,
      values: [["Nøgle", "År", ...en.months], ["A", 2025, ...twelve(1000)], ["A", 2024, ...twelve(1000)]],
    };
    // two equal years: every method tested is exact; the tie goes to run rate: 5,500 / 5 x 12 = 13,200
    const plan = planForecast(table([A]), history, null, choices({ method: "auto" }), en, "en");
    expectReport([report(plan)[3]], [row("A", "run rate", 5500, 5000, 100, 500, 12000, 0, 13200, "", 13200, 1200, 1200, -1200, 0, "Yes", "", "")]);
  });

  it("keeps typed explanations by line key when run again next month, and never drops one", () => {
    const first = planForecast(TABLE, null, null, choices(), en, "en");
    const typed = asRead(first.cells);
    typed[3][17] = "Extra shifts in May"; // A
    typed[5][17] = "Income as planned"; // C
    typed[6][17] = "Overall on track"; // the total
    // next month: June booked; lines in another order; C has left the table
    const june = table([
      ["B", booked(900, 6), twelve(1000), null],
      ["A", booked(1100, 6), twelve(1000), null],
    ]);
    const plan = planForecast(june, null, sheetFrom(typed), choices({ month: 6 }), en, "en");
    expect(plan.isReport).toBe(true);
    expect(plan.kept).toBe(3);
    expect(overwrites(plan, sheetFrom(typed))).toEqual([]);
    const e = (n: number) => new Array<string>(n).fill("");
    expectReport(report(plan).slice(2, 8), [
      headerRow(en, "Jun"),
      // B: 5,400 + 6,000 = 11,400; the row was A's: A's explanation moves with A
      row("B", "budget", 5400, 6000, -100, -600, 12000, 0, 11400, "", 11400, -600, -600, 240, "", "Yes", "", ""),
      row("A", "budget", 6600, 6000, 100, 600, 12000, 0, 12600, "", 12600, 600, 600, -600, "", "Yes", "", "Extra shifts in May"),
      // the total moved up a row; its explanation with it
      row("Total", "", 12000, 12000, 0, 0, 24000, 0, 24000, "", 24000, 0, 0, 0, "", "", "", "Overall on track"),
      ["Explanations of lines no longer in the table", ...new Array<null>(17).fill(null)],
      ["C", ...e(16), "Income as planned"],
    ]);
  });

  it("leaves an explanation that is already in its line's row untouched", () => {
    const first = planForecast(TABLE, null, null, choices(), en, "en");
    const typed = asRead(first.cells);
    typed[4][17] = "=see note"; // B, text that looks like a formula
    const plan = planForecast(TABLE, null, sheetFrom(typed), choices(), en, "en");
    expect(plan.cells[4][17]).toBeNull();
    expect(plan.kept).toBe(1);
  });

  it("clears the rest of a longer earlier report, but not what the user typed below it", () => {
    const first = planForecast(TABLE, null, null, choices(), en, "en");
    const old = asRead(first.cells);
    old[7] = ["My own note", ...blanks(22)];
    const plan = planForecast(table([A]), null, sheetFrom(old), choices(), en, "en");
    // rows: title, settings, headers, A, Total; the earlier B, C and Total rows are cleared, their blanks left
    const cleared = (row: CellValue[]) => row.map((v) => (v === null ? null : ""));
    expect(report(plan)[5]).toEqual(cleared(old[5].slice(0, 18)));
    expect(report(plan)[6]).toEqual(cleared(old[6].slice(0, 18)));
    expect(report(plan)[7]).toEqual(new Array<null>(18).fill(null));
    expect(overwrites(plan, sheetFrom(old))).toEqual([]);
  });

  it("asks before overwriting the user's cells: a sheet that is no report, or below an earlier report", () => {
    const notes = sheetFrom([["Notes"], [null, null, null, null, "x"]]);
    const plan = planForecast(TABLE, null, notes, choices(), en, "en");
    expect(plan.isReport).toBe(false);
    // the title needs A1; the settings line needs only A2, so the note in E2 stays where it is
    expect(overwrites(plan, notes)).toEqual(["Forecast!A1"]);
    // an earlier report with a note right below its total: an orphaned explanation needs that row
    const first = planForecast(TABLE, null, null, choices(), en, "en");
    const old = asRead(first.cells);
    old[5][17] = "Income as planned";
    old[7] = ["My own note", ...blanks(22)];
    expect(overwrites(planForecast(table([A, B]), null, sheetFrom(old), choices(), en, "en"), sheetFrom(old))).toEqual(["Forecast!A8"]);
  });

  it("reads the months booked from the table", () => {
    expect(bookedMonths(table([A, ["D", booked(1, 7), twelve(1), null]]), 2)).toBe(7);
    expect(bookedMonths(table([["D", blanks(12), twelve(1), null]]), 2)).toBe(0);
  });

  it.each<[string, CellValue[], number]>([
    ["3 months, then blanks", booked(1, 3), 3],
    ["3 months, then empty text", [...booked(1, 3).slice(0, 3), "", ...blanks(8)], 3],
    ["3 months, then a cell of spaces", [...booked(1, 3).slice(0, 3), "   ", 1, ...blanks(7)], 3],
    ["a cell of spaces in January", ["  ", ...booked(1, 11)], 0],
    ["12 months", twelve(1), 12],
  ])("counts the months booked from January to the first blank: %s", (_, actuals, months) => {
    expect(bookedMonths(table([["D", actuals, twelve(1), null]]), 2)).toBe(months);
  });

  it.each<[string, number | string | null]>([
    ["blank", null],
    ["empty text", ""],
    ["a cell of spaces", "   "],
  ])("takes an adjustment cell that is %s as no adjustment", (_, adjustment) => {
    const plan = planForecast(table([A, ["C", booked(-1000, 5), twelve(-1000), adjustment]]), null, null, choices(), en, "en");
    expect(plan.bad).toEqual([]);
    // C: -5,000 booked, -7,000 still budgeted, nothing more to come: -12,000, as budgeted
    expect(report(plan)[4].slice(0, 9)).toEqual(["C", "budget", -5000, -5000, 0, 0, -12000, 0, -12000]);
  });
});

describe("planForecast refuses bad input with a clear message and plans nothing to write", () => {
  const history = (rows: CellValue[][]): RangeData => ({ sheet: "Historik", address: "A1:N9", row: 0, column: 0, values: [["Nøgle", "År", ...en.months], ...rows] });
  const cases: { name: string; lines?: Line[]; history?: RangeData; choices?: Partial<ForecastChoices>; bad?: [string, string][]; error?: string }[] = [
    { name: "a blank key", lines: [A, [null, booked(1, 5), twelve(1), null]], bad: [["'Opfølgning'!A3", "The line key is blank; every line needs a key, so its explanation can be found next month."]] },
    { name: "a key twice", lines: [A, B, ["A", booked(1, 5), twelve(1), null]], bad: [["'Opfølgning'!A4", `The key "A" is also the key of 'Opfølgning'!A2; keys must be unique, so explanations can be matched.`]] },
    { name: "text in an actual", lines: [["A", ["abc", ...booked(1, 4)], twelve(1), null]], bad: [["'Opfølgning'!A2", 'actual for month 1 is text ("abc"); a number is needed']] },
    { name: "Danish number text", lines: [["A", booked(1, 5), ["1.234,56", ...twelve(1).slice(1)], null]], bad: [["'Opfølgning'!A2", 'budget for month 1 "1.234,56" is text in Danish number format; convert it to a number']] },
    { name: "a blank budget month", lines: [["A", booked(1, 5), [...twelve(1).slice(1), null], null]], bad: [["'Opfølgning'!A2", "budget for month 12 is blank; enter 0 if there is none"]] },
    { name: "TRUE as budget", lines: [["A", booked(1, 5), [true, ...twelve(1).slice(1)], null]], bad: [["'Opfølgning'!A2", "budget for month 1 is TRUE; a number is needed"]] },
    { name: "an error value", lines: [["A", [{ error: "#N/A" }, ...booked(1, 4)], twelve(1), null]], bad: [["'Opfølgning'!A2", "actual for month 1 is an error (#N/A); fix that cell first"]] },
    { name: "an error's text", lines: [["A", ["#N/A", ...booked(1, 4)], twelve(1), null]], bad: [["'Opfølgning'!A2", 'actual for month 1 is text ("#N/A"); a number is needed']] },
    { name: "actuals after a blank", lines: [["A", [1, null, 3, 4, 5, ...blanks(7)], twelve(1), null]], bad: [["'Opfølgning'!A2", "month 3 is booked but month 2 is blank; book the months in order"]] },
    {
      name: "the month not booked",
      lines: [A],
      choices: { month: 6 },
      bad: [["'Opfølgning'!A2", "the actual for month 6 is blank, but the report is as at month 6; enter 0 if nothing was booked, or report as at month 5"]],
    },
    { name: "a huge amount", lines: [["A", booked(1e16, 5), twelve(1), null]], bad: [["'Opfølgning'!A2", "actual for month 1 10000000000000000 is too large; the limit is 1e15"]] },
    { name: "text adjustment", lines: [["A", booked(1, 5), twelve(1), "soon"]], bad: [["'Opfølgning'!A2", 'adjustment is text ("soon"); a number is needed']] },
    {
      name: "prior year without history",
      lines: [A],
      choices: { method: "prioryear" },
      bad: [["'Opfølgning'!A2", "the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0"]],
    },
    {
      name: "an all-zero history",
      lines: [A],
      history: history([["A", 2025, ...twelve(0)]]),
      choices: { method: "prioryear" },
      bad: [["'Opfølgning'!A2", "the history is 0 in months 1-5, the months booked so far, so the actual to date cannot be scaled up; use another method"]],
    },
    { name: "a history year as text", lines: [A], history: history([["A", "i fjor", ...twelve(1)]]), error: 'The year in Historik!B2 is "i fjor"; a whole year such as 2025 is needed.' },
    { name: "a history year twice", lines: [A], history: history([["A", 2025, ...twelve(1)], ["A", 2025, ...twelve(1)]]), error: 'The history has 2025 twice for "A".' },
    { name: "a short history row", lines: [A], history: history([["A", 2025, 1, 2, 3]]), error: "The history needs 14 columns: key, year and 12 months." },
    { name: "text in the history", lines: [A], history: history([["A", 2025, "x", ...twelve(1).slice(1)]]), error: 'history of "A" 2025, month 1 is text ("x"); a number is needed' },
    { name: "month columns off the table", lines: [A], choices: { budgetColumn: 20 }, error: "The table needs 12 actual and 12 budget month columns from the chosen January columns on." },
    { name: "no lines", lines: [], error: "The selection needs a header row and at least one line." },
  ];
  it.each(cases)("$name", (c) => {
    const plan = planForecast(table(c.lines ?? [A]), c.history ?? null, null, choices(c.choices), en, "en");
    expect({ error: plan.error, bad: plan.bad.map((b) => [b.address, b.error]), cells: plan.cells }).toEqual({ error: c.error ?? null, bad: c.bad ?? [], cells: [] });
  });

  it("says it in Danish", () => {
    const plan = planForecast(table([A, ["A", ["abc", ...booked(1, 4)], twelve(1), null]]), null, null, choices(), da, "da");
    expect(plan.bad.map((b) => b.error)).toEqual([`Nøglen "A" er også nøgle for 'Opfølgning'!A2; nøgler skal være entydige, så forklaringerne kan matches.`]);
    const text = planForecast(table([["A", ["abc", ...booked(1, 4)], twelve(1), null]]), null, null, choices(), da, "da");
    expect(text.bad.map((b) => b.error)).toEqual(['forbrug for måned 1 er tekst ("abc"); der skal stå et tal']);
    const history: RangeData = { sheet: "Historik", address: "A1:N2", row: 0, column: 0, values: [["Nøgle", "År", ...en.months], ["A", 2025, true, ...twelve(1).slice(1)]] };
    expect(planForecast(table([A]), history, null, choices(), da, "da").error).toBe('historik for "A" 2025, måned 1 er SAND; der skal stå et tal');
  });
});

describe("forecastChoices reads the panel's fields exactly, and refuses bad ones", () => {
  const form = (overrides: Partial<ForecastForm> = {}): ForecastForm => ({
    ...choices(),
    materialAmount: "100000",
    materialRate: "5",
    year: "2026",
    capRate: "0,5 %",
    capShare: "100",
    ...overrides,
  });

  it("reads amounts and percentages as typed", () => {
    // the form's fields as a Danish user types them ("0,5 %"); in English the same field reads "0.5 %"
    expect(forecastChoices(form(), en, "da")).toEqual(choices({ materialAmount: 100000, materialRate: 0.05, capRate: 0.005 }));
    expect(forecastChoices(form({ year: " 2027 ", capShare: "50 %" }), en, "da")).toMatchObject({ year: 2027, capShare: 0.5 });
    expect(forecastChoices(form({ capShare: "12,5" }), en, "da").capShare).toBe(0.125);
    expect(forecastChoices(form({ materialAmount: "100.000" }), en, "da").materialAmount).toBe(100000);
    expect(forecastChoices(form({ materialAmount: "100,000", capRate: "0.5 %" }), en, "en")).toEqual(choices({ materialAmount: 100000, materialRate: 0.05, capRate: 0.005 }));
    expect(forecastChoices(form({ materialAmount: " ", materialRate: "", reportSheet: " Prognose " }), en, "da")).toEqual(
      choices({ materialAmount: null, materialRate: null, capRate: 0.005, reportSheet: "Prognose" }),
    );
  });

  const bad: { name: string; field: Partial<ForecastForm>; en: string; da: string }[] = [
    { name: "text amount", field: { materialAmount: "mange" }, en: 'materiality amount "mange" is not a number', da: 'væsentlighedsbeløb "mange" er ikke et tal' },
    { name: "Danish thousands", field: { materialAmount: "100.000,00" }, en: 'materiality amount "100.000,00" is written in Danish format; in English write 100,000.00', da: 'væsentlighedsbeløb "100.000,00" er skrevet i dansk format; på engelsk skrives 100,000.00' },
    { name: "negative amount", field: { materialAmount: "-5" }, en: "materiality amount is negative (-5); use 0 or more", da: "væsentlighedsbeløb er under 0 (-5); brug 0 eller mere" },
    { name: "rate above 100", field: { materialRate: "150" }, en: "materiality rate is 150 %; use a percentage from 0 to 100", da: "væsentlighedsprocent er 150 %; brug en procent fra 0 til 100" },
    { name: "negative cap", field: { capRate: "-2 %" }, en: "carry-over cap is -2 %; use a percentage from 0 to 100", da: "loft for overførsel er -2 %; brug en procent fra 0 til 100" },
    { name: "blank cap", field: { capRate: "" }, en: "carry-over cap is blank; enter a number", da: "loft for overførsel er tomt; skriv et tal" },
    { name: "a two-digit year", field: { year: "26" }, en: 'year must be a whole number from 1900 to 9999; got "26"', da: 'år skal være et helt tal fra 1900 til 9999; fik "26"' },
    { name: "a blank year", field: { year: " " }, en: 'year must be a whole number from 1900 to 9999; got ""', da: 'år skal være et helt tal fra 1900 til 9999; fik ""' },
    { name: "a share above 100", field: { capRate: "2", capShare: "150" }, en: "share of an underspend carried is 150 %; use a percentage from 0 to 100", da: "andel af mindreforbrug, der overføres er 150 %; brug en procent fra 0 til 100" },
    { name: "a share as text", field: { capRate: "2", capShare: "halvdelen" }, en: 'share of an underspend carried "halvdelen" is not a number', da: 'andel af mindreforbrug, der overføres "halvdelen" er ikke et tal' },
    { name: "a blank share", field: { capRate: "2", capShare: "" }, en: "share of an underspend carried is blank; enter a number", da: "andel af mindreforbrug, der overføres er tom; skriv et tal" },
  ];
  it.each(bad)("$name", ({ field, en: english, da: danish }) => {
    expect(failure(() => forecastChoices(form(field), en, "en"))).toMatchObject({ en: english, da: danish });
  });

  const none: ForecastProblems = { year: null, materialAmount: null, materialRate: null, capRate: null, capShare: null, reportSheet: null };

  it.each(bad)("$name: the same message under its field in English, the others none", ({ field, en: english }) => {
    // the field at fault is the last one the case sets; the cap as an English user types it
    const at = Object.keys(field).at(-1) as keyof ForecastProblems;
    expect(forecastFieldProblems(form({ capRate: "0.5 %", ...field }), "en")).toEqual({ ...none, [at]: english });
  });

  it.each<[string, Partial<ForecastForm>, ForecastProblems]>([
    ["every field reads", {}, none],
    ["a two-digit year", { year: "26" }, { ...none, year: 'år skal være et helt tal fra 1900 til 9999; fik "26"' }],
    ["an English amount", { materialAmount: "100,000.00" }, { ...none, materialAmount: 'væsentlighedsbeløb "100,000.00" er skrevet i engelsk format; på dansk skrives 100.000,00' }],
    [
      "a blank cap, a share as text and a sheet name with a colon",
      { capRate: "", capShare: "halvdelen", reportSheet: "Rapport: maj" },
      {
        ...none,
        capRate: "loft for overførsel er tomt; skriv et tal",
        capShare: 'andel af mindreforbrug, der overføres "halvdelen" er ikke et tal',
        reportSheet: 'arknavnet "Rapport: maj" indeholder ":"; et arknavn må ikke indeholde : \\ / ? * [ ]',
      },
    ],
  ])("in Danish, %s", (_, field, expected) => {
    expect(forecastFieldProblems(form(field), "da")).toEqual(expected);
  });

  it.each([
    { name: "", code: "SHEET_NAME_LENGTH" },
    { name: "Rapport: maj", code: "SHEET_NAME_CHARACTER" },
    { name: "'Rapport", code: "SHEET_NAME_APOSTROPHE" },
    { name: "history", code: "SHEET_NAME_RESERVED" },
    { name: "x".repeat(32), code: "SHEET_NAME_LENGTH" },
    { name: "Rapport\tmaj", code: "SHEET_NAME_CONTROL" },
  ])("refuses the sheet name $name with the gateway's message", ({ name, code }) => {
    expect(failure(() => forecastChoices(form({ reportSheet: name }), en, "en")).code).toBe(code);
  });
});

// A table with the department's columns, a cap base and 12 monthly adjustment columns: key A-E,
// actuals G-R, budget S-AD, adjustments AE-AP
const WIDE_HEADER: CellValue[] = [
  "Nøgle",
  "Afdeling",
  "Afdelingsnavn",
  "Hospital",
  "Tekst",
  "Loftgrundlag",
  ...da.months.map((m) => `Forbrug ${m}`),
  ...da.months.map((m) => `Budget ${m}`),
  ...da.months.map((m) => `Korrektion ${m}`),
];
type WideLine = [string, string, string, number | null, CellValue[], number[], CellValue[]];
function wide(lines: WideLine[]): RangeData {
  return {
    sheet: "Opfølgning",
    address: `A1:AP${lines.length + 1}`,
    row: 0,
    column: 0,
    values: [WIDE_HEADER, ...lines.map(([key, department, name, capBase, actuals, budget, adjustments]) => [key, department, name, "Hospital Nord", `tekst ${key}`, capBase, ...actuals, ...budget, ...adjustments])],
  };
}
const wideChoices = (overrides: Partial<ForecastChoices> = {}) =>
  choices({ actualColumn: 6, budgetColumn: 18, adjustmentColumn: 30, adjustmentMonths: "twelve", departmentColumn: 1, departmentNameColumn: 2, hospitalColumn: 3, textColumn: 4, capBaseColumn: 5, ...overrides });
const inMonths = (amounts: Record<number, number>) => Array.from({ length: 12 }, (_, i) => amounts[i + 1] ?? null);
// A: 100 adjusted in March (booked: nothing), 300 in December; B: its cap on a base of 5,000; C: as budgeted
const WIDE = wide([
  ["A", "4101", "Kardiologi", null, booked(1100, 5), twelve(1000), inMonths({ 3: 100, 12: 300 })],
  ["B", "4101", "Kardiologi", 5000, booked(900, 5), twelve(1000), inMonths({})],
  ["C", "4102", "Ortopædi", null, booked(1000, 5), twelve(1000), inMonths({})],
]);
const action = (over: Partial<ActionRegisterRow>): ActionRegisterRow => ({
  id: "H1",
  department: "4101",
  key: "A",
  measure: "Færre vikarer",
  owner: "Afdelingsledelsen",
  decided: true,
  startMonth: 3,
  effect: 100,
  status: "decided",
  firstMonth: 4,
  asAt: 5,
  note: "",
  ...over,
});
const RETURNS: FollowUpReturns = {
  departments: [
    { department: "4101", key: "A", month: 5, yearEnd: 12600, projection: 12800, explanation: "Vikarerne stopper i oktober" },
    // another month's return, and another department's for B: neither is B's as at May
    { department: "4101", key: "B", month: 4, yearEnd: 99999, projection: 0, explanation: "april" },
    { department: "4102", key: "B", month: 5, yearEnd: 88888, projection: 0, explanation: "ikke B's" },
  ],
  actions: [
    // on A, from March: as at May, June-December 7 x -100
    action({}),
    // the whole of 4101 from October, 3 x 50; and a line not in the table, December's 20: the total only
    action({ id: "H2", key: null, startMonth: 10, effect: 50 }),
    action({ id: "H3", department: "4102", key: "Z", startMonth: 12, effect: 20 }),
    // proposed: listed with its potential, July-December 6 x 1,000
    action({ id: "H4", department: "4102", key: "C", decided: false, status: "proposed", startMonth: 7, effect: 1000 }),
    // dropped: nothing, though once decided
    action({ id: "H5", key: "B", status: "dropped", effect: 5000 }),
  ],
};

describe("planForecast with the departments' returns and action plans", () => {
  it("writes the three projections, both explanations, and the measures below the total", () => {
    const plan = planForecast(WIDE, null, null, wideChoices(), en, "en", null, 1, RETURNS);
    expect([plan.error, plan.bad]).toEqual([null, []]);
    expectReport(report(plan).slice(2, 10), [
      headerRow(en, "May"),
      // 12,500 + 300 = 12,800 (+800, carried in full); the department's 12,600; after H1 12,100, +100
      row("A", "budget", 5500, 5000, 100, 500, 12000, 300, 12800, 12600, 12100, 800, 100, -800, "", "Yes", "Vikarerne stopper i oktober", ""),
      // 500 under budget, capped at 2 % of its base 5,000: 100; the dropped measure counts for nothing
      row("B", "budget", 4500, 5000, -100, -500, 12000, 0, 11500, "", 11500, -500, -500, 100, "", "Yes", "", ""),
      row("C", "budget", 5000, 5000, 0, 0, 12000, 0, 12000, "", 12000, 0, 0, 0, "", "", "", ""),
      // the department's: 12,600 + B's and C's own 11,500 + 12,000; after actions 36,300 - 700 - 150 - 20;
      // the cap base 12,000 + 5,000 + 12,000 = 29,000; +300 is carried in full
      row("Total", "", 15000, 15000, 0, 0, 36000, 300, 36300, 36100, 35430, 300, -570, -300, "", "", "", ""),
      [en.outsideActionsLabel, "", "", "", "", "", "", 170, ...new Array<string>(10).fill("")],
      [en.proposedLabel, "", "", "", "", "", "", 6000, ...new Array<string>(10).fill("")],
      new Array<null>(18).fill(null),
    ]);
    expect([plan.outsideActions, plan.potential, plan.proposed]).toEqual([170, 6000, [{ id: "H4", department: "4102", key: "C", measure: "Færre vikarer", potential: 6000 }]]);
    // the amounts below the total take the number format; the highlight stays on the lines and the total
    expect(plan.formats[3]).toEqual({ ref: "Forecast!C4:N9", numberFormat: "#,##0" });
    expect(plan.highlight.range).toBe("Forecast!A4:R7");
    expect(plan.lines.map((l) => [l.key, l.department, l.departmentName, l.hospital, l.text, l.capBase])).toEqual([
      ["A", "4101", "Kardiologi", "Hospital Nord", "tekst A", 12000],
      ["B", "4101", "Kardiologi", "Hospital Nord", "tekst B", 5000],
      ["C", "4102", "Ortopædi", "Hospital Nord", "tekst C", 12000],
    ]);
  });

  it("keeps an explanation typed beside a measures row, by its label", () => {
    const first = planForecast(WIDE, null, null, wideChoices(), en, "en", null, 1, RETURNS);
    const typed = asRead(first.cells);
    typed[7][17] = "Besluttet i direktionen";
    const again = planForecast(WIDE, null, sheetFrom(typed), wideChoices(), en, "en", null, 1, RETURNS);
    expect([again.kept, again.orphans, again.cells[7][17]]).toEqual([1, [], null]);
    // with no action plans the rows are gone: the explanation is kept below the report
    const without = planForecast(WIDE, null, sheetFrom(typed), wideChoices(), en, "en", null, 1, NO_RETURNS);
    expect(without.orphans).toEqual([{ key: en.outsideActionsLabel, explanation: "Besluttet i direktionen" }]);
  });

  it("takes the adjustments from one column as December's, or from 12 columns month by month", () => {
    // as one column, only January's (AE, 0) counts, in December: A's 12,500 as budgeted
    const one = planForecast(WIDE, null, null, wideChoices({ adjustmentMonths: "one" }), en, "en");
    expect(one.lines.map((l) => [l.adjustment, l.yearEnd])).toEqual([[0, 12500], [0, 11500], [0, 12000]]);
    // as at February, March's 100 is still to come: 400 for A
    const feb = planForecast(WIDE, null, null, wideChoices({ month: 2 }), en, "en");
    expect(feb.lines[0].adjustment).toBe(400);
    // 12 columns chosen where the table has fewer from the adjustment column on
    expect(planForecast(WIDE, null, null, wideChoices({ adjustmentColumn: 31 }), en, "en").error).toBe("The known adjustments need 12 month columns from the chosen adjustment column on.");
    expect(planForecast(WIDE, null, null, wideChoices({ adjustmentColumn: 31 }), da, "da").error).toBe("De kendte korrektioner skal have 12 månedskolonner fra den valgte korrektionskolonne.");
    // a month's text is named by its month
    const text = wide([["A", "4101", "K", null, booked(1, 5), twelve(1), [...inMonths({}).slice(0, 6), "snart", ...inMonths({}).slice(7)]]]);
    expect(planForecast(text, null, null, wideChoices(), en, "en").bad.map((b) => b.error)).toEqual(['adjustment for month 7 is text ("snart"); a number is needed']);
  });

  it.each<[string, CellValue[], number | null, "one" | "twelve"]>([
    ["the months, Danish", WIDE_HEADER, 30, "twelve"],
    ["the months, English long names", ["Key", ...en.monthsLong.map((m) => `Adjustment ${m}`)], 1, "twelve"],
    ["one column", HEADER, 26, "one"],
    ["months out of order", ["Key", ...da.months.map((m, i) => `Korrektion ${da.months[(i + 1) % 12]}`)], 1, "one"],
    ["no adjustment column", WIDE_HEADER, null, "one"],
    // "Marts" names March, "Martsbudget" does not
    ["a month inside a word", ["Key", "Korrektion jan", "Korrektion feb", "Martsbudget", ...da.months.slice(3).map((m) => `Korrektion ${m}`)], 1, "one"],
  ])("offers 12 adjustment columns when their headers name the months in order: %s", (_, header, column, expected) => {
    expect(monthlyAdjustmentHeaders({ sheet: "S", address: "A1", row: 0, column: 0, values: [header] }, column)).toBe(expected);
  });

  it("carries the share of an underspend chosen", () => {
    // B: 500 under, half is 250, below its cap of 10 % of 5,000; C's 0; A's overspend of 800 in full
    const plan = planForecast(WIDE, null, null, wideChoices({ capShare: 0.5, capRate: 0.1 }), en, "en");
    expect(plan.lines.map((l) => l.carryover)).toEqual([-800, 250, 0]);
    expect(String(report(plan)[1][0])).toContain("· Carry-over cap: 10% · Share carried: 50% ·");
  });

  it("counts a measure of another department than its line's in the total only", () => {
    // H9 is 4102's, on A, which is 4101's: as at May, June-December 7 x 100, on no line of the table
    const returns = { departments: [], actions: [action({ id: "H9", department: "4102", startMonth: 6, effect: 100 })] };
    const plan = planForecast(WIDE, null, null, wideChoices(), en, "en", null, 1, returns);
    expect(plan.lines.map((l) => [l.key, l.actions, l.actionsYearEnd])).toEqual([["A", 0, 12800], ["B", 0, 11500], ["C", 0, 12000]]);
    expect([plan.outsideActions, plan.total?.actions, plan.total?.actionsYearEnd]).toEqual([700, -700, 35600]);
  });

  it("counts no measure of a department with no line in the table, as the quarterly pack sums them nowhere", () => {
    const others = [action({ id: "H7", department: "4999", key: null, startMonth: 6, effect: 100 }), action({ id: "H8", department: "4999", key: "A", decided: false, status: "proposed", startMonth: 6, effect: 100 })];
    const plan = planForecast(WIDE, null, null, wideChoices(), en, "en", null, 1, { departments: [], actions: [action({}), ...others] });
    // H1 only: A's June-December 7 x 100
    expect([plan.lines[0].actionsYearEnd, plan.outsideActions, plan.total?.actionsYearEnd, plan.potential, plan.proposed]).toEqual([12100, 0, 35600, 0, []]);
    // without a department column no line tells its department: every measure counts
    const unknown = planForecast(WIDE, null, null, wideChoices({ departmentColumn: null }), en, "en", null, 1, { departments: [], actions: [action({}), ...others] });
    expect([unknown.outsideActions, unknown.total?.actionsYearEnd, unknown.potential]).toEqual([700, 34900, 700]);
  });

  it("refuses a bad measure in the register with its message", () => {
    const plan = planForecast(WIDE, null, null, wideChoices(), da, "da", null, 1, { departments: [], actions: [action({ id: "H9", startMonth: 0 })] });
    expect([plan.error, plan.cells]).toEqual(['startmåneden for tiltaget "H9" skal være et helt tal fra 1 til 12; fik 0', []]);
  });
});

describe("followUpTemplateLines", () => {
  it("gives each line with its department and the add-in's projection", () => {
    const plan = planForecast(WIDE, null, null, wideChoices(), en, "en", null, 1, RETURNS);
    expect(followUpTemplateLines(plan)).toEqual([
      { department: "4101", departmentName: "Kardiologi", parent: "Hospital Nord", key: "A", text: "tekst A", actualToDate: 5500, budgetToDate: 5000, budget: 12000, projection: 12800, band: null, result: 800, material: true, method: "budget" },
      { department: "4101", departmentName: "Kardiologi", parent: "Hospital Nord", key: "B", text: "tekst B", actualToDate: 4500, budgetToDate: 5000, budget: 12000, projection: 11500, band: null, result: -500, material: true, method: "budget" },
      { department: "4102", departmentName: "Ortopædi", parent: "Hospital Nord", key: "C", text: "tekst C", actualToDate: 5000, budgetToDate: 5000, budget: 12000, projection: 12000, band: null, result: 0, material: false, method: "budget" },
    ]);
  });

  it("gives the backtest's band with auto", () => {
    // history 1,000 a month, then 2,000 in months 1-5: run rate's MAPE 7/34; A's 13,200 + 300 = 13,500,
    // band 13,500 -/+ 2,779.41: 10,721 to 16,279
    const history: RangeData = {
      sheet: "Historik",
      address: "A1:N3",
      row: 0,
      column: 0,
      values: [["Nøgle", "År", ...en.months], ["A", 2024, ...twelve(1000)], ["A", 2025, ...booked(2000, 5).slice(0, 5), ...twelve(1000).slice(5)]],
    };
    const plan = planForecast(wide([["A", "4101", "K", null, booked(1100, 5), twelve(1000), inMonths({ 12: 300 })]]), history, null, wideChoices({ method: "auto" }), en, "en");
    const lines = followUpTemplateLines(plan);
    expect(typeof lines === "string" ? lines : lines.map((l) => [l.method, l.projection, l.band])).toEqual([["runrate", 13500, { low: 10721, high: 16279 }]]);
  });

  it.each<[string, Partial<ForecastChoices>, WideLine[] | null, string, string]>([
    ["no department column", { departmentColumn: null }, null, "Follow-up templates need the department column: choose the column that holds each line's department.", "Opfølgningsskabeloner kræver kolonnen med afdeling: vælg den kolonne, der har hver linjes afdeling."],
    ["a line without a department", {}, [["A", "", "K", null, booked(1, 5), twelve(1), inMonths({})]], 'The line "A" has no department; every line sent in a follow-up template needs one.', 'Linjen "A" har ingen afdeling; hver linje i en opfølgningsskabelon skal have en.'],
    ["as at December", { month: 12 }, [["A", "4101", "K", null, twelve(1), twelve(1), inMonths({})]], "As at the end of December the whole year is booked: follow-up templates are sent as at the end of January to November.", "Pr. udgangen af december er hele året bogført: opfølgningsskabeloner sendes pr. udgangen af januar til november."],
    ["a bad line", {}, [["A", "4101", "K", null, ["x", ...booked(1, 4)], twelve(1), inMonths({})]], `'Opfølgning'!A2: actual for month 1 is text ("x"); a number is needed`, `'Opfølgning'!A2: forbrug for måned 1 er tekst ("x"); der skal stå et tal`],
  ])("says why not: %s", (_, over, lines, english, danish) => {
    const source = lines === null ? WIDE : wide(lines);
    expect(followUpTemplateLines(planForecast(source, null, null, wideChoices(over), en, "en"))).toBe(english);
    expect(followUpTemplateLines(planForecast(source, null, null, wideChoices(over), da, "da"))).toBe(danish);
  });
});

describe("planForecast reads a report of the earlier layout back", () => {
  // May's report as the add-in wrote it before the new columns, with explanations typed in its column N
  const typedEarlier = () => {
    const cells = EARLIER_LAYOUT_CELLS.map((r) => [...r]);
    cells[3][13] = "Ekstra vagter i maj"; // L1
    cells[6][13] = "Samlet på sporet"; // the total
    return cells;
  };
  const june = () => {
    const header: CellValue[] = ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`)];
    const line = (key: string, i: number): CellValue[] => [key, `tekst ${key}`, ...booked(100 * (i + 1) + 10, 6), ...twelve(100 * (i + 1))];
    return { sheet: "Opfølgning", address: "A1:Z4", row: 0, column: 0, values: [header, ...["L1", "L2", "L3"].map(line)] } as RangeData;
  };
  const sheets = {
    "marked, with its memory": () => ({ ...sheetFrom(typedEarlier()), mark: EARLIER_LAYOUT_MARK, memory: EARLIER_LAYOUT_MEMORY.value }),
    "marked, its memory lost": () => ({ ...sheetFrom(typedEarlier()), mark: EARLIER_LAYOUT_MARK, memory: null }),
    "unmarked, found by its header row": () => sheetFrom(typedEarlier()),
  };
  it.each(Object.keys(sheets) as (keyof typeof sheets)[])("%s", (name) => {
    const sheet = sheets[name]();
    const plan = planForecast(june(), null, sheet, choices({ adjustmentColumn: null, month: 6 }), en, "en", null, 2);
    expect([plan.isReport, plan.kept, plan.orphans]).toEqual([true, 2, []]);
    // every explanation in the current layout's column R, beside its line; the earlier report's cells rewritten without asking
    expect(report(plan).slice(3, 7).map((r) => [r[0], r[17]])).toEqual([
      ["L1", "Ekstra vagter i maj"],
      ["L2", ""],
      ["L3", ""],
      ["Total", "Samlet på sporet"],
    ]);
    expect(overwrites(plan, sheet)).toEqual([]);
    expect(plan.mark.comment).toBe('{"month":6,"year":2026,"run":2,"layout":2}');
  });
});
