// Column guessing from a table's header row, for each panel's columns: Danish and English
// headers, headers that name nothing (the fallbacks), two headers that name one column, and a
// header that names two.

import { describe, expect, it } from "vitest";
import type { CellValue } from "../../addin/gateway/types";
import { guessColumns, roleLabel, ROLES, type ColumnRole, type ColumnWants } from "../../addin/taskpane/columnGuess";
import { FORECAST_COLUMNS } from "../../addin/taskpane/forecastForm";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { PERIODIZE_COLUMNS } from "../../addin/taskpane/periodizePlan";
import { REQUIREMENT_COLUMNS } from "../../addin/taskpane/requirementPlan";

const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A table of the headers and one line: a number under every header in `numbers`, text elsewhere. */
const table = (headers: string[], numbers: number[] = []): CellValue[][] => [headers, headers.map((_, c) => (numbers.includes(c) ? 1 : "x"))];

interface Case {
  name: string;
  wants: ColumnWants;
  values: CellValue[][];
  expected: Record<string, number | null>;
}

const cases: Case[] = [
  // Periodise: the annual amount and, to re-spread, January
  { name: "periodise, Danish", wants: PERIODIZE_COLUMNS, values: table(["Omkostningssted", "Konto", "Tekst", "Årsbudget 2026"], [3]), expected: { annual: 3, firstMonth: 4 } },
  {
    name: "periodise, the month columns the panel wrote in English",
    wants: PERIODIZE_COLUMNS,
    values: table(["Cost centre", "Account", "Annual budget", ...MONTHS_EN.map((m) => `${m} 2026`)], [2, 3]),
    expected: { annual: 2, firstMonth: 3 },
  },
  {
    name: "periodise, Danish month names in full",
    wants: PERIODIZE_COLUMNS,
    values: table(["Konto", "Årsbeløb", "Noter", "Januar", "Februar"], [1, 3, 4]),
    expected: { annual: 1, firstMonth: 3 },
  },
  { name: "periodise, no header names a column: the last column of numbers", wants: PERIODIZE_COLUMNS, values: table(["A", "B", "C", "D"], [1, 2]), expected: { annual: 2, firstMonth: 3 } },
  { name: "periodise, no header and no numbers", wants: PERIODIZE_COLUMNS, values: table(["A", "B"]), expected: { annual: 0, firstMonth: 1 } },
  { name: "periodise, two budgets: the leftmost", wants: PERIODIZE_COLUMNS, values: table(["Konto", "Budget 2026", "Budget 2027"], [1, 2]), expected: { annual: 1, firstMonth: 2 } },
  { name: "periodise, no table yet", wants: PERIODIZE_COLUMNS, values: [], expected: { annual: 0, firstMonth: 1 } },

  // Requirement: unit, parent and budget, and the optional key, index and exemption
  {
    name: "requirement, Danish (the sample)",
    wants: REQUIREMENT_COLUMNS,
    values: table(["Enhed", "Overordnet", "Budget", "Produktivitetsindeks"], [2, 3]),
    expected: { name: 0, parent: 1, base: 2, key: null, index: 3, exempt: null },
  },
  {
    name: "requirement, English, every column",
    wants: REQUIREMENT_COLUMNS,
    values: table(["Unit", "Parent unit", "Budget", "Beds", "Productivity index", "Exempt"], [2, 3, 4]),
    expected: { name: 0, parent: 1, base: 2, key: 3, index: 4, exempt: 5 },
  },
  {
    name: "requirement, the parent first: its header names a unit too",
    wants: REQUIREMENT_COLUMNS,
    values: table(["Overordnet enhed", "Enhed", "Grundlag", "Fritaget"], [2]),
    expected: { name: 1, parent: 0, base: 2, key: null, index: null, exempt: 3 },
  },
  {
    name: "requirement, a key header that names a budget too",
    wants: REQUIREMENT_COLUMNS,
    values: table(["Navn", "Overordnet", "Budgetnøgle", "Budget"], [2, 3]),
    expected: { name: 0, parent: 1, base: 3, key: 2, index: null, exempt: null },
  },
  {
    name: "requirement, no header names a column",
    wants: REQUIREMENT_COLUMNS,
    values: table(["A", "B", "C", "D"], [2]),
    expected: { name: 0, parent: 1, base: 2, key: null, index: null, exempt: null },
  },
  {
    name: "requirement, two budgets: the leftmost",
    wants: REQUIREMENT_COLUMNS,
    values: table(["Enhed", "Overordnet", "Budget 2026", "Budget 2027"], [2, 3]),
    expected: { name: 0, parent: 1, base: 2, key: null, index: null, exempt: null },
  },

  // Forecast: the line key, January's actual and budget, and the optional adjustment
  {
    name: "forecast, Danish (the sample)",
    wants: FORECAST_COLUMNS,
    values: table(["Nøgle", "Tekst", ...MONTHS_DA.map((m) => `Forbrug ${m}`), ...MONTHS_DA.map((m) => `Budget ${m}`), "Korrektion"]),
    expected: { key: 0, actual: 2, budget: 14, adjustment: 26, text: 1, department: null, departmentName: null, hospital: null, capBase: null },
  },
  {
    name: "forecast, English",
    wants: FORECAST_COLUMNS,
    values: table(["Line", "Text", ...MONTHS_EN.map((m) => `Actual ${m}`), ...MONTHS_EN.map((m) => `Budget ${m}`), "Adjustment"]),
    expected: { key: 0, actual: 2, budget: 14, adjustment: 26, text: 1, department: null, departmentName: null, hospital: null, capBase: null },
  },
  {
    name: "forecast, a line key header that names a budget too",
    wants: FORECAST_COLUMNS,
    values: table(["Budgetlinje", ...MONTHS_DA.map((m) => `Regnskab ${m}`), ...MONTHS_DA.map((m) => `Budget ${m}`)]),
    expected: { key: 0, actual: 1, budget: 13, adjustment: null, text: null, department: null, departmentName: null, hospital: null, capBase: null },
  },
  {
    name: "forecast, no header names a column",
    wants: FORECAST_COLUMNS,
    values: table(Array.from({ length: 25 }, (_, c) => `K${c + 1}`)),
    expected: { key: 0, actual: 1, budget: 13, adjustment: null, text: null, department: null, departmentName: null, hospital: null, capBase: null },
  },
  {
    // the department's columns, a cap base and 12 monthly adjustments: the first "Korrektion" is January's
    name: "forecast, with the department's columns and monthly adjustments",
    wants: FORECAST_COLUMNS,
    values: table([
      "Nøgle",
      "Afdeling",
      "Afdelingsnavn",
      "Hospital",
      "Kontotekst",
      "Grundlag for loft",
      ...MONTHS_DA.map((m) => `Forbrug ${m}`),
      ...MONTHS_DA.map((m) => `Budget ${m}`),
      ...MONTHS_DA.map((m) => `Korrektion ${m}`),
    ]),
    expected: { key: 0, department: 1, departmentName: 2, hospital: 3, text: 4, capBase: 5, actual: 6, budget: 18, adjustment: 30 },
  },
  {
    name: "forecast, last year's actuals before this year's: the leftmost",
    wants: FORECAST_COLUMNS,
    values: table(["Nøgle", "Regnskab 2025", ...MONTHS_DA.map((m) => `Forbrug ${m}`)]),
    expected: { key: 0, actual: 1, budget: 13, adjustment: null, department: null, departmentName: null, hospital: null, text: null, capBase: null },
  },
];

describe("guessColumns", () => {
  it.each(cases)("$name", ({ wants, values, expected }) => {
    expect(guessColumns(values, wants)).toEqual(expected);
  });

  it("reads headers of any case, with spaces around, and numbers as headers", () => {
    expect(guessColumns([[" NØGLE ", 2026, "FORBRUG JAN", "BUDGET JAN"]], FORECAST_COLUMNS)).toEqual({ key: 0, actual: 2, budget: 3, adjustment: null, department: null, departmentName: null, hospital: null, text: null, capBase: null });
  });
});

describe("the roles", () => {
  it("are each guessed once", () => {
    const roles = ROLES.map((r) => r.role);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it.each<[ColumnRole, string, string]>([
    ["annual", "Annual budget column", "Kolonne med årsbudget"],
    ["january", "January column", "Kolonne med januar"],
    ["unit", "Unit column", "Kolonne med enhed"],
    ["lineKey", "Line key column", "Kolonne med linjenøgle"],
    ["adjustment", "Known adjustments still to come (optional)", "Kendte korrektioner resten af året (valgfri)"],
  ])("label the %s column's choice", (role, english, danish) => {
    expect([roleLabel(role, en), roleLabel(role, da)]).toEqual([english, danish]);
  });
});
