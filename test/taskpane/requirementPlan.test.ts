// The Requirement panel's plan: units read from the table, the cascade, every level's sums, and
// the exact block written right of the table; bad cells stop it with a message naming the unit.

import { describe, expect, it } from "vitest";
import type { CellValue, RangeData } from "../../addin/gateway/types";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import {
  planRequirement,
  requirementChoices,
  requirementFieldProblems,
  requirementWrite,
  unitsFromTable,
  type RequirementChoices,
  type RequirementForm,
  type RequirementProblems,
} from "../../addin/taskpane/requirementPlan";
import { failure } from "../core/failure";

const TABLE: RangeData = {
  sheet: "Enheder",
  address: "A1:E5",
  row: 0,
  column: 0,
  values: [
    ["Enhed", "Overordnet", "Budget", "Senge", "Fritaget"],
    ["Hospital", null, 1_000_000, null, null],
    ["Medicin", "Hospital", 600_000, 30, null],
    ["Kirurgi", "Hospital", 300_000, 10, null],
    ["Ledelse", "Hospital", 100_000, 5, "x"],
  ],
};

const choices = (overrides: Partial<RequirementChoices> = {}): RequirementChoices => ({
  nameColumn: 0,
  parentColumn: 1,
  baseColumn: 2,
  keyColumn: 3,
  indexColumn: null,
  exemptColumn: 4,
  requirement: { kind: "rate", rate: 0.02 },
  levels: [{ method: "key", strength: 0 }],
  unit: 1,
  expressAs: "reduction",
  years: 1,
  ...overrides,
});

describe("planRequirement", () => {
  it("expresses the requirement as more activity, and shows a yearly rate compounded", () => {
    // as activity: target = base + requirement; 2 % a year for 3 years on 1,000,000:
    // cumulative 20,000, 39,600, 58,808 (1 - 0.98^k)
    const plan = planRequirement(TABLE, choices({ expressAs: "activity", years: 3 }), en.resultHeaders, "en");
    expect(plan.cells[0]).toEqual(["Unit", "Effective rate", "More activity", "Activity target", "Unit", "Top unit", "Level 1"]);
    expect(plan.cells[2]).toEqual(["Medicin", 0.025, 15_000, 615_000, "Medicin", "", 0.025]);
    expect(plan.years.map((y) => [y.year, y.startBudget, y.requirement, y.endBudget, y.cumulative])).toEqual([
      [1, 1_000_000, 20_000, 980_000, 20_000],
      [2, 980_000, 19_600, 960_400, 39_600],
      [3, 960_400, 19_208, 941_192, 58_808],
    ]);
  });

  it("splits 2 % by the beds key, the exempt unit carrying nothing, and writes the block with the chart's rates by level", () => {
    // 20,000 over beds 30 and 10 (Ledelse exempt): 15,000 and 5,000
    const plan = planRequirement(TABLE, choices(), da.resultHeaders, "da");
    expect(plan.error).toBeNull();
    // beside the result block, the chart's data: each unit's rate in its level's column only
    expect(plan.cells).toEqual([
      ["Enhed", "Effektiv sats", "Krav", "Budget efter krav", "Enhed", "Øverste enhed", "Niveau 1"],
      ["Hospital", 0.02, 20_000, 980_000, "Hospital", 0.02, ""],
      ["Medicin", 0.025, 15_000, 585_000, "Medicin", "", 0.025],
      ["Kirurgi", 0.016667, 5_000, 295_000, "Kirurgi", "", 0.016667],
      ["Ledelse", 0, 0, 100_000, "Ledelse", "", 0],
    ]);
    expect(plan.checks).toEqual([{ parent: "Hospital", amount: 20_000, childrenSum: 20_000 }]);
    expect([plan.target, plan.targetTopLeft, plan.chartRange]).toEqual(["Enheder!F1:L5", "Enheder!F1", "Enheder!J1:L5"]);
    expect(plan.chartSeries).toEqual(["Øverste enhed", "Niveau 1"]);
  });

  it("takes a total instead of a rate, with a floor and a cap", () => {
    // 30,000 by budget with a floor of 1 % and a cap of 4 %: by budget Medicin 20,000 and Kirurgi
    // 10,000, both inside [1 %, 4 %] of their budgets (Ledelse exempt)
    const plan = planRequirement(
      TABLE,
      choices({ requirement: { kind: "total", total: 30_000 }, levels: [{ method: "general", strength: 0, minRate: 0.01, maxRate: 0.04 }] }),
      en.resultHeaders,
      "en",
    );
    expect(plan.cells.slice(1).map((row) => row[2])).toEqual([30_000, 20_000, 10_000, 0]);
  });

  it.each<[RequirementChoices["unit"], string]>([
    [1, "#,##0"],
    [1000, "#,##0"],
    [0.01, "#,##0.00"],
  ])("unit %s: writes the block, the header bold, the rate as a percentage, the amounts in %s, then the chart", (unit, amounts) => {
    const plan = planRequirement(TABLE, choices({ unit }), en.resultHeaders, "en");
    expect(requirementWrite(plan, en).steps).toEqual([
      { kind: "cells", topLeft: "Enheder!F1", cells: plan.cells },
      { kind: "format", ref: "Enheder!F1:L1", format: { bold: true } },
      // 0.018724 shows as 1.8724 %, as the pane shows it
      { kind: "format", ref: "Enheder!G2:G5", format: { numberFormat: "0.0000%" } },
      { kind: "format", ref: "Enheder!H2:I5", format: { numberFormat: amounts } },
      { kind: "format", ref: "Enheder!K2:L5", format: { numberFormat: "0.0000%" } },
      {
        kind: "chart",
        chart: { range: "Enheder!J1:L5", title: "Effective requirement rate per unit, by level", kind: "stackedColumn", valueFormat: "0.0%" },
      },
    ]);
  });

  // region -> hospitals -> departments: three levels, three series; a unit's row may come before its parent's
  const THREE_LEVELS: RangeData = {
    sheet: "Enheder",
    address: "B2:D6",
    row: 1,
    column: 1,
    values: [
      ["Enhed", "Overordnet", "Budget"],
      ["Nord Medicin", "Hospital Nord", 400_000],
      ["Region", null, 1_000_000],
      ["Hospital Nord", "Region", 1_000_000],
      ["Nord Kirurgi", "Hospital Nord", 600_000],
    ],
  };
  it.each([
    { t: en, language: "en" as const, title: "Effective requirement rate per unit, by level", series: ["Unit", "Top unit", "Level 1", "Level 2"] },
    { t: da, language: "da" as const, title: "Effektiv kravprocent pr. enhed, fordelt på niveauer", series: ["Enhed", "Øverste enhed", "Niveau 1", "Niveau 2"] },
  ])("$language: the chart has one series per level, the unit names as its categories, its title saying so", ({ t, language, title, series }) => {
    const general = { method: "general" as const, strength: 0 };
    const plan = planRequirement(THREE_LEVELS, choices({ keyColumn: null, exemptColumn: null, levels: [general, general] }), t.resultHeaders, language);
    expect(plan.error).toBeNull();
    expect(plan.cells.map((row) => row.slice(4))).toEqual([
      series,
      ["Nord Medicin", "", "", 0.02],
      ["Region", 0.02, "", ""],
      ["Hospital Nord", "", 0.02, ""],
      ["Nord Kirurgi", "", "", 0.02],
    ]);
    expect([plan.target, plan.chartRange]).toEqual(["Enheder!E2:L6", "Enheder!I2:L6"]);
    expect(requirementWrite(plan, t).steps.at(-1)).toEqual({
      kind: "chart",
      chart: { range: "Enheder!I2:L6", title, kind: "stackedColumn", valueFormat: "0.0%" },
    });
  });

  it("stops with a message naming the unit when a budget is text", () => {
    const table = { ...TABLE, values: TABLE.values.map((row, i) => (i === 3 ? ["Kirurgi", "Hospital", "300.000", 10, null] : row)) };
    expect(planRequirement(table, choices(), en.resultHeaders, "en").error).toBe('budget of "Kirurgi" "300.000" is text in Danish number format; convert it to a number');
    expect(planRequirement(table, choices(), en.resultHeaders, "en").cells).toEqual([]);
  });

  /** The table with one cell changed (row 1 is the first unit after the header). */
  const withCell = (row: number, column: number, value: CellValue): RangeData => ({
    ...TABLE,
    values: TABLE.values.map((r, i) => (i === row ? r.map((v, c) => (c === column ? value : v)) : r)),
  });

  it.each<[string, RangeData, Partial<RequirementChoices>, string]>([
    ["a blank budget", withCell(2, 2, null), {}, 'budget of "Medicin" is blank; enter 0 if there is none'],
    ["a budget of TRUE", withCell(2, 2, true), {}, 'budget of "Medicin" is TRUE; a number is needed'],
    ["a text key", withCell(3, 3, "ti"), {}, 'key of "Kirurgi" is text ("ti"); a number is needed'],
    ["an error value as an exemption", withCell(4, 4, { error: "#N/A" }), {}, 'the exemption of "Ledelse" is an error (#N/A); fix that cell first'],
    ["a negative budget", withCell(3, 2, -300_000), {}, "base of unit 2 is negative (-300000); bases must be 0 or more"],
    [
      "a second top unit",
      withCell(3, 1, null),
      {},
      "the units table has 2 units without a parent; give exactly one top unit (the region) with the parent left blank",
    ],
    ["an unknown parent", withCell(3, 1, "Sygehus"), {}, 'unit "Kirurgi" names the parent "Sygehus", which is not in the table'],
    ["the key method without a key", withCell(2, 3, null), {}, 'unit "Medicin" has no key; the method "key" needs a key for every unit on its level'],
    [
      "caps that cannot carry the total",
      TABLE,
      { levels: [{ method: "general", strength: 0, maxRate: 0.01 }] },
      "floors and caps cannot reach the total: with the caps the units can carry at most 9,000, but the total is 20,000; raise the cap or lower the total",
    ],
    [
      "every unit exempt",
      { ...TABLE, values: TABLE.values.map((r, i) => (i >= 2 ? r.map((v, c) => (c === 4 ? "ja" : v)) : r)) },
      {},
      "every unit is exempt (or has key 0); nothing can carry the total",
    ],
  ])("%s stops the plan with its message and nothing to write", (_, table, overrides, message) => {
    const plan = planRequirement(table, choices(overrides), en.resultHeaders, "en");
    expect([plan.error, plan.cells, plan.formats]).toEqual([message, [], []]);
  });
});

describe("unitsFromTable reads the exemption column and the optional numbers", () => {
  /** Ledelse's cells (row 4 of TABLE) for its key and its exemption. */
  const ledelse = (key: CellValue, exempt: CellValue) => {
    const table = { ...TABLE, values: TABLE.values.map((r, i) => (i === 4 ? ["Ledelse", "Hospital", 100_000, key, exempt] : r)) };
    const unit = unitsFromTable(table, choices())[3];
    return { key: unit.key, exempt: unit.exempt };
  };

  it.each<[string, CellValue, boolean]>([
    ["x", "x", true],
    ["ja", "ja", true],
    ["sand", "sand", true],
    ["SAND", "SAND", true],
    ["TRUE", true, true],
    ["1", 1, true],
    ["blank", null, false],
    ["spaces only", "   ", false],
    ["0", 0, false],
    ['"0"', "0", false],
    ["FALSE", false, false],
    ["nej", "nej", false],
    ["no", "No", false],
    ['"false"', "false", false],
    ["falsk", "falsk", false],
    ["FALSK with spaces", " FALSK ", false],
  ])("an exemption cell of %s", (_, cell, exempt) => {
    expect(ledelse(5, cell)).toEqual({ key: 5, exempt });
  });

  it.each<[string, CellValue, number | null]>([
    ["a number", 5, 5],
    ["blank", null, null],
    ["empty text", "", null],
    ["spaces only", "   ", null],
  ])("a key cell of %s", (_, cell, key) => {
    expect(ledelse(cell, null)).toEqual({ key, exempt: false });
  });

  it.each<[string, CellValue, string, string]>([
    ["#N/A", { error: "#N/A" }, 'the exemption of "Ledelse" is an error (#N/A); fix that cell first', 'fritagelsen for "Ledelse" er en fejl (#N/A); ret den celle først'],
    ["#REF!", { error: "#REF!" }, 'the exemption of "Ledelse" is an error (#REF!); fix that cell first', 'fritagelsen for "Ledelse" er en fejl (#REF!); ret den celle først'],
  ])("an exemption cell holding the error value %s exempts nothing: it is a problem with the cell", (_, cell, en, da) => {
    expect(failure(() => ledelse(5, cell))).toEqual({ code: "AMOUNT_ERROR", kind: "value", en, da });
  });
});

describe("requirementChoices reads the panel's fields and refuses bad ones with a clear message", () => {
  const form = (overrides: Partial<RequirementForm> = {}): RequirementForm => ({
    columns: { name: 0, parent: 1, base: 2, key: 3, index: null, exempt: 4 },
    kind: "rate",
    amount: "2",
    levels: [{ method: "key", strength: "1", floor: "", cap: "" }],
    unit: 1,
    expressAs: "reduction",
    years: "1",
    ...overrides,
  });

  it("reads percentages, totals, floors and caps as typed", () => {
    expect(requirementChoices(form({ amount: "1,5 %", levels: [{ method: "productivity", strength: "0,5", floor: "1", cap: "3" }], years: "3" }), en, "da")).toEqual(
      choices({ requirement: { kind: "rate", rate: 0.015 }, levels: [{ method: "productivity", strength: 0.5, minRate: 0.01, maxRate: 0.03 }], years: 3 }),
    );
    expect(requirementChoices(form({ kind: "total", amount: "500000" }), en, "en").requirement).toEqual({ kind: "total", total: 500000 });
    // a Danish controller's "500.000" is five hundred thousand, never 500 kr
    expect(requirementChoices(form({ kind: "total", amount: "500.000" }), en, "da").requirement).toEqual({ kind: "total", total: 500000 });
    expect(requirementChoices(form({ kind: "total", amount: "500,000" }), en, "en").requirement).toEqual({ kind: "total", total: 500000 });
    expect(failure(() => requirementChoices(form({ kind: "total", amount: "500,000" }), en, "da")).da).toBe(
      'total "500,000" kan læses som 500,00 eller 500.000; skriv det, du mener',
    );
  });

  const bad: { name: string; field: Partial<RequirementForm>; en: string; da: string }[] = [
    { name: "a rate of 150 %", field: { amount: "150" }, en: "rate is 150 %; use a percentage from 0 to 100", da: "sats er 150 %; brug en procent fra 0 til 100" },
    { name: "a negative rate", field: { amount: "-2" }, en: "rate is -2 %; use a percentage from 0 to 100", da: "sats er -2 %; brug en procent fra 0 til 100" },
    { name: "a rate as text", field: { amount: "to procent" }, en: 'rate "to procent" is not a number', da: 'sats "to procent" er ikke et tal' },
    { name: "a blank rate", field: { amount: " " }, en: "rate is blank; enter a number", da: "sats er tom; skriv et tal" },
    {
      name: "a floor above 100 %",
      field: { levels: [{ method: "general", strength: "1", floor: "101", cap: "" }] },
      en: "the floor is 101 %; use a percentage from 0 to 100",
      da: "bunden er 101 %; brug en procent fra 0 til 100",
    },
    {
      name: "a cap as text",
      field: { levels: [{ method: "general", strength: "1", floor: "", cap: "højt" }] },
      en: 'the cap "højt" is not a number',
      da: 'loftet "højt" er ikke et tal',
    },
    {
      name: "a negative strength",
      field: { levels: [{ method: "productivity", strength: "-1", floor: "", cap: "" }] },
      en: "strength must be a finite number of 0 or more (0 is the general case); got -1",
      da: "styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik -1",
    },
    { name: "years 0", field: { years: "0" }, en: "years must be a whole number from 1 to 50; got 0", da: "antal år skal være et helt tal fra 1 til 50; fik 0" },
    { name: "years 2,5", field: { years: "2,5" }, en: 'years "2,5" is written in Danish format; in English write 2.5', da: 'antal år "2,5" er skrevet i dansk format; på engelsk skrives 2.5' },
  ];
  it.each(bad)("$name", ({ field, en: english, da: danish }) => {
    expect(failure(() => requirementChoices(form(field), en, "en"))).toMatchObject({ kind: "value", en: english, da: danish });
  });
});

describe("the message under each field of the panel", () => {
  const fields = (overrides: Partial<RequirementForm> = {}) => ({
    kind: "rate" as const,
    amount: "2",
    levels: [
      { method: "productivity" as const, strength: "1", floor: "", cap: "" },
      { method: "general" as const, strength: "1", floor: "", cap: "" },
    ],
    unit: 1 as const,
    expressAs: "reduction" as const,
    years: "1",
    ...overrides,
  });
  const none: RequirementProblems = { amount: null, years: null, levels: [null, null] };

  it.each<[string, Partial<RequirementForm>, RequirementProblems, RequirementProblems]>([
    ["every field reads", {}, none, none],
    ["a rate as text", { amount: "to procent" }, { ...none, amount: 'rate "to procent" is not a number' }, { ...none, amount: 'sats "to procent" er ikke et tal' }],
    [
      "a total that reads two ways in Danish",
      { kind: "total", amount: "500,000" },
      none,
      { ...none, amount: 'total "500,000" kan læses som 500,00 eller 500.000; skriv det, du mener' },
    ],
    ["years 0", { years: "0" }, { ...none, years: "years must be a whole number from 1 to 50; got 0" }, { ...none, years: "antal år skal være et helt tal fra 1 til 50; fik 0" }],
    [
      "a negative strength on level 1, a floor above the cap on level 2",
      {
        levels: [
          { method: "productivity", strength: "-1", floor: "", cap: "" },
          { method: "general", strength: "1", floor: "5", cap: "2" },
        ],
      },
      { ...none, levels: ["strength must be a finite number of 0 or more (0 is the general case); got -1", "the floor (5 %) is above the cap (2 %); the floor cannot be above the cap"] },
      {
        ...none,
        levels: ["styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik -1", "bunden (5 %) er over loftet (2 %); bunden kan ikke ligge over loftet"],
      },
    ],
  ])("%s", (_, overrides, english, danish) => {
    expect(requirementFieldProblems(fields(overrides), "en")).toEqual(english);
    expect(requirementFieldProblems(fields(overrides), "da")).toEqual(danish);
  });
});
