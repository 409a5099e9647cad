// The Periodise panel's plan: what would be written, worked out before anything is written.
// Every expected value is written out by hand (months as in test/core/periodize.test.ts).
import { describe, expect, it } from "vitest";
import type { CellInput, RangeData } from "../../addin/gateway/types";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import {
  monthHeaders,
  periodizeFieldProblems,
  periodizePlanner,
  periodizeWrite,
  planPeriodize,
  planRespread,
  totalsCheck,
  type Choices,
  type Plan,
} from "../../addin/taskpane/periodizePlan";

const rep = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const HEADER_EN_2026 = [
  "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026",
  "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026",
];
const HEADER_DA_2026 = [
  "jan 2026", "feb 2026", "mar 2026", "apr 2026", "maj 2026", "jun 2026",
  "jul 2026", "aug 2026", "sep 2026", "okt 2026", "nov 2026", "dec 2026",
];
const RISING = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Header and three lines; the second line's amount is Danish number text. */
const TABLE: RangeData = {
  sheet: "Budget",
  address: "A1:D4",
  row: 0,
  column: 0,
  values: [
    ["Omkostningssted", "Konto", "Tekst", "Årsbudget"],
    [4100, "22010", "Løn", 1000],
    [4100, "22020", "Vikarer", "1.234,56"],
    [null, "22030", "Medicin", 1234.56],
  ],
};

const DANISH_TEXT_EN = 'annual amount "1.234,56" is text in Danish number format; convert it to a number';
const DANISH_TEXT_DA = 'årsbeløb "1.234,56" er tekst i dansk talformat; konvertér den til et tal';

const choices = (overrides: Partial<Choices> = {}): Choices => ({
  annualColumn: 3,
  profile: { kind: "builtin", name: "equal", workdayOptions: "" },
  year: 2026,
  unit: 1,
  mode: "values",
  ...overrides,
});

/** 1000 and 1235 (1234.56 rounded) over the equal profile. */
const EQ_1000 = [...rep(84, 4), ...rep(83, 8)];
const EQ_1235 = [...rep(103, 11), 102];

describe("planPeriodize", () => {
  it("values, English, unit 1: lines, bad lines, totals, target and cells", () => {
    const bad = { address: "Budget!D3", label: "4100 · 22020", months: null, error: DANISH_TEXT_EN };
    const expected: Plan = {
      lines: [
        { address: "Budget!D2", label: "4100 · 22010", months: EQ_1000, error: null },
        bad,
        { address: "Budget!D4", label: "22030 · Medicin", months: EQ_1235, error: null },
      ],
      bad: [bad],
      // 1000 + 1235
      annualTotal: 2235,
      // 84 + 103, 83 + 103, 83 + 102
      monthTotals: [...rep(187, 4), ...rep(186, 7), 185],
      monthsTotal: 2235,
      target: "Budget!E1:P4",
      targetTopLeft: "Budget!E1",
      cells: [HEADER_EN_2026, EQ_1000, rep(null, 12), EQ_1235],
      formats: [
        { ref: "Budget!E1:P1", bold: true },
        { ref: "Budget!E2:P4", numberFormat: "#,##0" },
      ],
      error: null,
    };
    expect(planPeriodize(TABLE, choices(), MONTHS_EN, "en")).toEqual(expected);
  });

  it("values, unit 0.01: the months and totals to the øre", () => {
    const plan = planPeriodize(TABLE, choices({ unit: 0.01 }), MONTHS_EN, "en");
    const m1000 = [...rep(83.34, 4), ...rep(83.33, 8)];
    const m1234 = rep(102.88, 12);
    expect({
      months: plan.lines.map((l) => l.months),
      annualTotal: plan.annualTotal,
      monthTotals: plan.monthTotals,
      monthsTotal: plan.monthsTotal,
      cells: plan.cells,
    }).toEqual({
      months: [m1000, null, m1234],
      annualTotal: 2234.56,
      monthTotals: [...rep(186.22, 4), ...rep(186.21, 8)],
      monthsTotal: 2234.56,
      cells: [HEADER_EN_2026, m1000, rep(null, 12), m1234],
    });
  });

  it("values, unit 1000", () => {
    const plan = planPeriodize(TABLE, choices({ unit: 1000 }), MONTHS_EN, "en");
    // 1000 and 1234.56 both round to 1 thousand, which goes to January
    const month = [1000, ...rep(0, 11)];
    expect([plan.lines.map((l) => l.months), plan.annualTotal, plan.monthTotals, plan.monthsTotal]).toEqual([
      [month, null, month],
      2000,
      [2000, ...rep(0, 11)],
      2000,
    ]);
  });

  it("formulas: one BUDGET.PERIODIZE per line that spills into 11 empty cells", () => {
    const plan = planPeriodize(TABLE, choices({ mode: "formulas" }), MONTHS_EN, "en");
    const spill: CellInput[] = rep("", 11);
    expect(plan.cells).toEqual([
      HEADER_EN_2026,
      [{ formula: '=BUDGET.PERIODIZE(D2,"equal",2026,1)' }, ...spill],
      [{ formula: '=BUDGET.PERIODIZE(D3,"equal",2026,1)' }, ...spill],
      [{ formula: '=BUDGET.PERIODIZE(D4,"equal",2026,1)' }, ...spill],
    ]);
    // the check values are the same as for values mode
    expect([plan.lines.map((l) => l.months), plan.bad.map((l) => l.address), plan.annualTotal, plan.monthsTotal]).toEqual([
      [EQ_1000, null, EQ_1235],
      ["Budget!D3"],
      2235,
      2235,
    ]);
  });

  it.each<{ unit: Choices["unit"]; year: number; formula: string }>([
    { unit: 0.01, year: 2026, formula: '=BUDGET.PERIODIZE(D2,"equal",2026,0.01)' },
    { unit: 1000, year: 2027, formula: '=BUDGET.PERIODIZE(D2,"equal",2027,1000)' },
  ])("formulas carry unit $unit and year $year", ({ unit, year, formula }) => {
    const plan = planPeriodize(TABLE, choices({ mode: "formulas", unit, year }), MONTHS_EN, "en");
    expect(plan.cells[1][0]).toEqual({ formula });
  });

  it("a range profile: the weights are used and the formula refers to the fixed range", () => {
    const plan = planPeriodize(
      TABLE,
      choices({ mode: "formulas", profile: { kind: "range", ref: "Profiler!B2:M2", weights: [RISING] } }),
      MONTHS_EN,
      "en",
    );
    const m1000 = [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154];
    const m1235 = [16, 32, 47, 63, 79, 95, 111, 127, 143, 158, 174, 190];
    expect({
      first: plan.cells[1],
      months: plan.lines.map((l) => l.months),
      monthTotals: plan.monthTotals,
      annualTotal: plan.annualTotal,
      monthsTotal: plan.monthsTotal,
    }).toEqual({
      first: [{ formula: "=BUDGET.PERIODIZE(D2,Profiler!$B$2:$M$2,2026,1)" }, ...rep("", 11)],
      months: [m1000, null, m1235],
      monthTotals: [29, 58, 85, 114, 143, 172, 201, 230, 258, 286, 315, 344],
      annualTotal: 2235,
      monthsTotal: 2235,
    });
  });

  it.each([
    { ref: "Profiler!B2:M2", formula: "=BUDGET.PERIODIZE(D2,Profiler!$B$2:$M$2,2026,1)" },
    { ref: "'Min profil'!B2:M2", formula: "=BUDGET.PERIODIZE(D2,'Min profil'!$B$2:$M$2,2026,1)" },
    { ref: "B2:M2", formula: "=BUDGET.PERIODIZE(D2,$B$2:$M$2,2026,1)" },
    { ref: "Profiler!M2:B2", formula: "=BUDGET.PERIODIZE(D2,Profiler!$B$2:$M$2,2026,1)" },
    { ref: "Profiler!$B$2:$M$2", formula: "=BUDGET.PERIODIZE(D2,Profiler!$B$2:$M$2,2026,1)" },
  ])("range profile $ref in the formula", ({ ref, formula }) => {
    const plan = planPeriodize(TABLE, choices({ mode: "formulas", profile: { kind: "range", ref, weights: [RISING] } }), MONTHS_EN, "en");
    expect(plan.cells[1][0]).toEqual({ formula });
  });

  it("Danish: messages and month headers in Danish", () => {
    const plan = planPeriodize(TABLE, choices(), MONTHS_DA, "da");
    const bad = { address: "Budget!D3", label: "4100 · 22020", months: null, error: DANISH_TEXT_DA };
    expect([plan.bad, plan.lines[1], plan.cells[0]]).toEqual([[bad], bad, HEADER_DA_2026]);
  });

  it.each([
    { language: "en" as const, message: "profile has 11 values; 12 are needed" },
    { language: "da" as const, message: "profilen har 11 værdier; der skal være 12" },
  ])("a whole-argument error ($language) makes every line bad and nothing is totalled", ({ language, message }) => {
    const plan = planPeriodize(
      TABLE,
      choices({ profile: { kind: "range", ref: "Profiler!B2:L2", weights: [rep(1, 11)] } }),
      MONTHS_EN,
      language,
    );
    const lines = [
      { address: "Budget!D2", label: "4100 · 22010", months: null, error: message },
      { address: "Budget!D3", label: "4100 · 22020", months: null, error: message },
      { address: "Budget!D4", label: "22030 · Medicin", months: null, error: message },
    ];
    const expected: Plan = {
      lines,
      bad: lines,
      annualTotal: 0,
      monthTotals: rep(0, 12),
      monthsTotal: 0,
      target: "Budget!E1:P4",
      targetTopLeft: "Budget!E1",
      cells: [HEADER_EN_2026, rep(null, 12), rep(null, 12), rep(null, 12)],
      formats: [
        { ref: "Budget!E1:P1", bold: true },
        { ref: "Budget!E2:P4", numberFormat: "#,##0" },
      ],
      error: null,
    };
    expect(plan).toEqual(expected);
  });

  it("a table away from A1 on a sheet whose name needs quotes", () => {
    const table: RangeData = {
      sheet: "Budget 2026",
      address: "B5:C7",
      row: 4,
      column: 1,
      values: [
        ["Konto", "Beløb"],
        ["22010", 12],
        ["", -11],
      ],
    };
    const plan = planPeriodize(table, choices({ annualColumn: 1, mode: "formulas" }), MONTHS_EN, "en");
    expect({
      lines: plan.lines,
      target: plan.target,
      targetTopLeft: plan.targetTopLeft,
      formulas: plan.cells.slice(1).map((row) => row[0]),
      annualTotal: plan.annualTotal,
      monthTotals: plan.monthTotals,
    }).toEqual({
      lines: [
        { address: "'Budget 2026'!C6", label: "22010", months: rep(1, 12), error: null },
        { address: "'Budget 2026'!C7", label: "", months: [...rep(-1, 11), 0], error: null },
      ],
      target: "'Budget 2026'!D5:O7",
      targetTopLeft: "'Budget 2026'!D5",
      formulas: [{ formula: '=BUDGET.PERIODIZE(C6,"equal",2026,1)' }, { formula: '=BUDGET.PERIODIZE(C7,"equal",2026,1)' }],
      // 12 - 11
      annualTotal: 1,
      monthTotals: [...rep(0, 11), 1],
    });
  });
});

describe("monthHeaders", () => {
  it("joins month names and the year", () => {
    expect(monthHeaders(MONTHS_DA, 2027)).toEqual([
      "jan 2027", "feb 2027", "mar 2027", "apr 2027", "maj 2027", "jun 2027",
      "jul 2027", "aug 2027", "sep 2027", "okt 2027", "nov 2027", "dec 2027",
    ]);
  });
});

describe("totals beyond the amount limit", () => {
  // 13 lines of 70 billion kr at unit 0.01: every line is within the limit (7e13 at unit 0.01),
  // but January over all of them is 13 x 5,833,333,333,333.34 = 75,833,333,333,333.42
  const big: RangeData = {
    sheet: "Budget",
    address: "A1:B14",
    row: 0,
    column: 0,
    values: [["Konto", "Årsbudget"], ...Array.from({ length: 13 }, (_, i) => [`${1000 + i}`, 7e13])],
  };
  it.each([
    {
      language: "en" as const,
      error:
        "the total of month 1 over all lines comes to 75833333333333.42, beyond the limit of 7e13 at unit 0.01 for an amount, so the months cannot be checked against the annual amounts to the last øre; periodise the table in parts or use unit 1",
    },
    {
      language: "da" as const,
      error:
        "summen af måned 1 for alle linjer bliver 75833333333333,42, hvilket er over grænsen på 7e13 ved enhed 0,01 for et beløb, så månederne kan ikke afstemmes med årsbeløbene til sidste øre; periodisér tabellen i dele, eller brug enhed 1",
    },
  ])("names the total, not a line, in $language, and plans nothing to write", ({ language, error }) => {
    const plan = planPeriodize(big, choices({ annualColumn: 1, unit: 0.01 }), MONTHS_EN, language);
    expect(plan.bad).toEqual([]);
    expect(plan.error).toBe(error);
  });
});

describe("what the write looks like in Excel", () => {
  it.each<[Choices["unit"], Choices["mode"], string]>([
    [1, "values", "#,##0"],
    [1, "formulas", "#,##0"],
    [1000, "values", "#,##0"],
    [0.01, "values", "#,##0.00"],
  ])("unit %s, %s: the month headers bold, the months (spilled into too) as amounts in %s", (unit, mode, numberFormat) => {
    const plan = planPeriodize(TABLE, choices({ unit, mode }), MONTHS_EN, "en");
    expect(periodizeWrite(plan, en).steps).toEqual([
      { kind: "cells", topLeft: "Budget!E1", cells: plan.cells },
      { kind: "format", ref: "Budget!E1:P1", format: { numberFormat: undefined, bold: true } },
      { kind: "format", ref: "Budget!E2:P4", format: { numberFormat, bold: undefined } },
    ]);
  });

  it("a re-spread writes into the table's own month columns and keeps their formats", () => {
    const table: RangeData = {
      sheet: "Budget",
      address: "A1:N2",
      row: 0,
      column: 0,
      values: [
        ["Konto", "Årsbudget", ...MONTHS_EN],
        ["22010", 1200, ...rep(100, 12)],
      ],
    };
    const plan = planRespread(table, { annualColumn: 1, firstMonthColumn: 2, lockedThrough: 5, profile: { kind: "current" }, year: 2026, unit: 1 }, "en");
    expect(periodizeWrite(plan, en).steps).toEqual([{ kind: "cells", topLeft: "Budget!C2", cells: [rep(100, 12)] }]);
  });
});

describe("the check of the totals", () => {
  const good = (address: string) => ({ address, label: "", months: rep(1, 12), error: null });
  const bad = (address: string) => ({ address, label: "", months: null, error: DANISH_TEXT_EN });
  const plan = (lines: Plan["lines"], monthsTotal: number, annualTotal: number): Plan => ({
    lines,
    bad: lines.filter((l) => l.error !== null),
    annualTotal,
    monthTotals: rep(0, 12),
    monthsTotal,
    target: "Budget!E1:P4",
    targetTopLeft: "Budget!E1",
    cells: [],
    formats: [],
    error: null,
  });
  it.each<[string, Plan, { intent: string; en: string; da: string }]>([
    ["every line in, adding up", plan([good("D2"), good("D3")], 24, 24), { intent: "success", en: "The months add up to the annual total.", da: "Månederne summer til årsbudgettet." }],
    ["every line in, not adding up", plan([good("D2")], 12, 13), { intent: "error", en: "The months do not add up to the annual total.", da: "Månederne summer ikke til årsbudgettet." }],
    [
      "a bad line left out, the others adding up",
      plan([good("D2"), bad("D3"), good("D4")], 24, 24),
      {
        intent: "warning",
        en: "The totals leave out 1 line with bad input. The months of the other lines add up to their annual total.",
        da: "Totalerne udelader 1 linje med fejl i input. De øvrige linjers måneder summer til deres årsbudget.",
      },
    ],
    [
      "two bad lines left out, the others not adding up",
      plan([good("D2"), bad("D3"), bad("D4")], 12, 13),
      {
        intent: "error",
        en: "The totals leave out 2 lines with bad input. The months do not add up to the annual total.",
        da: "Totalerne udelader 2 linjer med fejl i input. Månederne summer ikke til årsbudgettet.",
      },
    ],
    ["every line bad: totals of nothing", plan([bad("D2"), bad("D3")], 0, 0), { intent: "error", en: "The totals leave out 2 lines with bad input.", da: "Totalerne udelader 2 linjer med fejl i input." }],
  ])("%s", (_, shown, expected) => {
    expect({ intent: totalsCheck(shown, en).intent, en: totalsCheck(shown, en).text, da: totalsCheck(shown, da).text }).toEqual(expected);
  });

  it("the sample's bad line is left out of the totals, and the check is not green", () => {
    const shown = planPeriodize(TABLE, choices(), MONTHS_EN, "en");
    expect(totalsCheck(shown, en)).toEqual({
      intent: "warning",
      text: "The totals leave out 1 line with bad input. The months of the other lines add up to their annual total.",
    });
  });
});

describe("the year field", () => {
  it.each<[string, string | null, string | null]>([
    ["2026", null, null],
    [" 2027 ", null, null],
    ["26", 'year must be a whole number from 1900 to 9999; got "26"', 'år skal være et helt tal fra 1900 til 9999; fik "26"'],
    ["1899", 'year must be a whole number from 1900 to 9999; got "1899"', 'år skal være et helt tal fra 1900 til 9999; fik "1899"'],
    ["", 'year must be a whole number from 1900 to 9999; got ""', 'år skal være et helt tal fra 1900 til 9999; fik ""'],
  ])("%j: the message under the field is the core's", (year, english, danish) => {
    const form = { ...periodizePlanner.initialForm(en), year };
    expect([periodizeFieldProblems(form, "en").year, periodizeFieldProblems(form, "da").year]).toEqual([english, danish]);
  });
});
