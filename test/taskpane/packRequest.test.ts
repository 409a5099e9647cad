// The quarterly pack's lines from the Forecast report's plan: per line its department, hospital,
// the three year-ends, result, carry-over and both explanations as the report has them; and why
// there is no pack, in both languages, when the table does not name every line's department and
// hospital or the plan has a problem.

import { describe, expect, it } from "vitest";
import type { RangeData } from "../../addin/gateway/types";
import { planForecast } from "../../addin/taskpane/forecastPlan";
import type { ForecastChoices } from "../../addin/taskpane/forecastForm";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { packRequest } from "../../addin/taskpane/packRequest";
import { forecastChoicesWith } from "../fixtures/forecastChoices";

const twelve = (v: number) => new Array<number>(12).fill(v);
const booked = (v: number, m: number) => [...new Array<number>(m).fill(v), ...new Array<null>(12 - m).fill(null)];

/** Key, department, name, hospital, then 12 actuals and 12 budgets. */
const table = (lines: [string, string, string, string | null][]): RangeData => ({
  sheet: "Opfølgning",
  address: `A1:AB${lines.length + 1}`,
  row: 0,
  column: 0,
  values: [
    ["Nøgle", "Afdeling", "Afdelingsnavn", "Hospital", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`)],
    ...lines.map(([key, department, name, hospital]) => [key, department, name, hospital, ...booked(1100, 5), ...twelve(1000)]),
  ],
});

const choices = (overrides: Partial<ForecastChoices> = {}): ForecastChoices =>
  forecastChoicesWith({ actualColumn: 4, budgetColumn: 16, departmentColumn: 1, departmentNameColumn: 2, hospitalColumn: 3, capShare: 0.5, ...overrides });

describe("the quarterly pack's request", () => {
  it("takes every line as the report has it, with the report's year, month, cap and share", () => {
    const plan = planForecast(table([["A", "4101", "Kardiologi", "Hospital Nord"]]), null, null, choices(), en, "en", null, 1);
    // budget as at May: actuals 5 x 1,100 then 7 x 1,000 budgeted = 12,500 against 12,000
    expect(packRequest(plan, en)).toEqual({
      year: 2026,
      month: 5,
      capRate: 0.02,
      capShare: 0.5,
      lines: [
        {
          department: "4101",
          departmentName: "Kardiologi",
          hospital: "Hospital Nord",
          key: "A",
          text: "",
          budget: 12_000,
          actualToDate: 5_500,
          projection: 12_500,
          departmentProjection: null,
          afterActions: 12_500,
          result: 500,
          carryover: -500,
          capBase: 12_000,
          material: true,
          explanation: "",
          departmentExplanation: "",
        },
      ],
    });
  });

  it.each([
    ["en", en, "The quarterly pack needs every line's department and hospital: choose the table's department and hospital columns."],
    ["da", da, "Kvartalspakken skal kende hver linjes afdeling og hospital: vælg tabellens kolonner for afdeling og hospital."],
  ] as const)("is refused in %s without the hospital column, or with a line of no hospital", (language, t, message) => {
    const lines: [string, string, string, string | null][] = [["A", "4101", "Kardiologi", "Hospital Nord"]];
    expect(packRequest(planForecast(table(lines), null, null, choices({ hospitalColumn: null }), t, language, null, 1), t)).toBe(message);
    expect(packRequest(planForecast(table([...lines, ["B", "4102", "Ortopædi", null]]), null, null, choices(), t, language, null, 1), t)).toBe(message);
  });

  it("is refused with the plan's own problem, at the line it names", () => {
    const plan = planForecast(table([["", "4101", "Kardiologi", "Hospital Nord"]]), null, null, choices(), en, "en", null, 1);
    expect(packRequest(plan, en)).toBe("'Opfølgning'!A2: The line key is blank; every line needs a key, so its explanation can be found next month.");
  });
});
