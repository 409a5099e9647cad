// The panel workflow's steps for every panel of the registry's, on the preview workbook with the
// sample data: the selected table with its columns guessed and the fields fitted to it, the plan
// made from what the workbook holds, the write it makes, nothing written while input is bad, and
// what the user is told when an action fails.

import { FIELD } from "../../addin/taskpane/fieldSubjects";
import { describe, expect, it } from "vitest";
import { BudgetError } from "../../core";
import { applyWrite } from "../../addin/gateway/journal";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { sampleSheets } from "../../addin/preview/sample";
import type { ColumnWants } from "../../addin/taskpane/columnGuess";
import { forecastPlanner, type ForecastFields } from "../../addin/taskpane/forecastReport";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { periodizePlanner, type PeriodizeForm } from "../../addin/taskpane/periodizePlan";
import { ChoiceError, chooseTable, initialColumns, lineCount, planIfCurrent, tableChoice, writable, writeOf, type PanelPlan, type Planner } from "../../addin/taskpane/planner";
import { requirementPlanner, type RequirementFields } from "../../addin/taskpane/requirementPlan";
import { failureMessage } from "../../addin/taskpane/shared";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import type { WorkbookGateway } from "../../addin/gateway/types";

function sample() {
  const book = new PreviewWorkbook(createEngine(sampleSheets()));
  return { book, gateway: new PreviewGateway(book) };
}

interface Outcome {
  columns: Record<string, number | null>;
  /** The fields the table changed. */
  fitted: Record<string, unknown>;
  error: string | null;
  bad: number;
  /** What the write says when done, and the cells it would overwrite that hold something. */
  done: string | null;
  losses: string[];
}

/** Selects `ref`, takes it as the table, plans with `patch` on the fields, and examines the write. */
async function run<W extends ColumnWants, Form extends object, Plan extends PanelPlan>(
  planner: Planner<W, Form, Plan>,
  ref: string,
  patch: Partial<Form>,
  fittedKeys: (keyof Form)[],
  gateway = sample().gateway,
): Promise<Outcome> {
  const before = planner.initialForm(en);
  const chosen = chooseTable(planner, await gateway.readRange(ref), before);
  if (chosen === null) throw new Error(`no table in ${ref}`);
  const { plan } = await planner.plan({ gateway, t: en, language: "en" }, { ...chosen, form: { ...chosen.form, ...patch } });
  const prepared = writeOf(planner, plan, en);
  const examined = prepared === null ? null : await examineWrite(gateway, prepared);
  return {
    columns: chosen.columns,
    fitted: Object.fromEntries(fittedKeys.map((key) => [key, chosen.form[key]])),
    error: plan.error,
    bad: (plan.bad ?? []).length,
    done: prepared?.done ?? null,
    losses: examined?.losses.map((loss) => loss.address) ?? [],
  };
}

const cases: { name: string; outcome: () => Promise<Outcome>; expected: Outcome }[] = [
  {
    name: "Periodise: the sample budget, equal twelfths for 2026",
    outcome: () => run(periodizePlanner, "Budget!A1:D17", { year: "2026" }, ["task"]),
    expected: { columns: { annual: 3, firstMonth: 4 }, fitted: { task: "periodize" }, error: null, bad: 0, done: "Wrote 16 lines into Budget!E1:P17.", losses: [] },
  },
  {
    name: "Requirement: the sample units, one level per level of the tree",
    outcome: () => run(requirementPlanner, "Enheder!A1:D18", {}, ["levels"]),
    expected: {
      columns: { name: 0, parent: 1, base: 2, key: null, index: 3, exempt: null },
      fitted: {
        levels: [
          { method: "general", strength: "1", floor: "", cap: "" },
          { method: "general", strength: "1", floor: "", cap: "" },
        ],
      },
      error: null,
      bad: 0,
      done: "Wrote 17 lines into Enheder!E1:L18.",
      losses: [],
    },
  },
  {
    name: "Forecast: the sample follow-up, offered as at June, reported as at May",
    outcome: () => run(forecastPlanner, "Opfølgning!A1:AA9", { month: 5 }, ["month", "chartLine"]),
    expected: {
      columns: { key: 0, actual: 2, budget: 14, adjustment: 26, department: null, departmentName: null, hospital: null, text: 1, capBase: null },
      fitted: { month: 6, chartLine: null },
      error: null,
      bad: 0,
      done: "Report written to Forecast: 8 lines; 0 explanations kept.",
      losses: [],
    },
  },
  {
    name: "Periodise: a line with Danish number text is listed and nothing is written",
    outcome: async () => {
      const { book, gateway } = sample();
      book.type("Budget", { row: 3, column: 3 }, "1.234,56");
      return run(periodizePlanner, "Budget!A1:D17", { year: "2026" }, [], gateway);
    },
    expected: { columns: { annual: 3, firstMonth: 4 }, fitted: {}, error: null, bad: 1, done: null, losses: [] },
  },
  {
    name: "Requirement: a rate of the top unit's budget as a total instead",
    outcome: () => run(requirementPlanner, "Enheder!A1:D18", { kind: "total", amount: "1000000" }, []),
    expected: { columns: { name: 0, parent: 1, base: 2, key: null, index: 3, exempt: null }, fitted: {}, error: null, bad: 0, done: "Wrote 17 lines into Enheder!E1:L18.", losses: [] },
  },
  {
    name: "Forecast: a month not yet booked is a bad line for every line",
    outcome: () => run(forecastPlanner, "Opfølgning!A1:AA9", { month: 7 }, []),
    expected: { columns: { key: 0, actual: 2, budget: 14, adjustment: 26, department: null, departmentName: null, hospital: null, text: 1, capBase: null }, fitted: {}, error: null, bad: 8, done: null, losses: [] },
  },
];

describe("the panel workflow's steps", () => {
  it.each(cases)("$name", async ({ outcome, expected }) => {
    expect(await outcome()).toEqual(expected);
  });

  it.each([
    ["26", "en", 'year must be a whole number from 1900 to 9999; got "26"'],
    ["2O26", "da", 'år skal være et helt tal fra 1900 til 9999; fik "2O26"'],
  ] as const)("a budget year typed as %j stops the plan with its message in %s", async (year, language, message) => {
    const { gateway } = sample();
    const table = chooseTable(periodizePlanner, await gateway.readRange("Budget!A1:D17"), periodizePlanner.initialForm(en));
    if (table === null) throw new Error("no table");
    const planning = periodizePlanner.plan({ gateway, t: language === "en" ? en : da, language }, { ...table, form: { ...table.form, year } });
    await expect(planning).rejects.toThrow(BudgetError);
    await planning.catch((error: BudgetError) => expect(error.describe(language)).toBe(message));
  });

  it("asks about the month headers written before, once they are there, and not about months that stay as they are", async () => {
    const { gateway } = sample();
    const form: PeriodizeForm = { ...periodizePlanner.initialForm(en), year: "2026", mode: "values" };
    const table = chooseTable(periodizePlanner, await gateway.readRange("Budget!A1:D17"), form);
    if (table === null) throw new Error("no table");
    const { plan } = await periodizePlanner.plan({ gateway, t: en, language: "en" }, table);
    const write = writeOf(periodizePlanner, plan, en);
    if (write === null) throw new Error("nothing to write");
    const examined = await examineWrite(gateway, write);
    await applyWrite(gateway, examined.prepared.steps, examined.before);
    // equal twelfths are the same in 2027: only the headers ("Jan 2026" ...) would be lost
    const again = await run(periodizePlanner, "Budget!A1:D17", { year: "2027", mode: "values" }, [], gateway);
    expect(again.losses).toEqual(["E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"].map((column) => `Budget!${column}1`));
  });

  it.each([
    ["Periodise", () => chooseTable(periodizePlanner, { sheet: "Budget", address: "A1:D1", row: 0, column: 0, values: [["Konto", "Årsbudget"]] }, periodizePlanner.initialForm(en))],
    ["Requirement", () => chooseTable(requirementPlanner, { sheet: "Enheder", address: "A1", row: 0, column: 0, values: [["Enhed"]] }, requirementPlanner.initialForm(en))],
    ["Forecast", () => chooseTable(forecastPlanner, { sheet: "Opfølgning", address: "A1:B1", row: 0, column: 0, values: [] }, forecastPlanner.initialForm(en))],
  ])("%s refuses a selection without a line below its header", (_, choose) => {
    expect(choose()).toBeNull();
  });

  it.each<[string, () => Promise<unknown>, string]>([
    [
      "re-spread without 12 month columns",
      async () => {
        const { gateway } = sample();
        const form: PeriodizeForm = { ...periodizePlanner.initialForm(da), task: "respread" };
        const chosen = chooseTable(periodizePlanner, await gateway.readRange("Budget!A1:D17"), form);
        if (chosen === null) throw new Error("no table");
        return periodizePlanner.plan({ gateway, t: da, language: "da" }, chosen);
      },
      "Tabellen skal have 12 månedskolonner fra januarkolonnen og frem.",
    ],
    [
      "a library profile not chosen",
      async () => {
        const { gateway } = sample();
        const start = periodizePlanner.initialForm(en);
        const form: PeriodizeForm = { ...start, profile: { ...start.profile, kind: "library" } };
        const chosen = chooseTable(periodizePlanner, await gateway.readRange("Budget!A1:D17"), form);
        if (chosen === null) throw new Error("no table");
        return periodizePlanner.plan({ gateway, t: en, language: "en" }, chosen);
      },
      "No profiles found in Profiler: column A names a profile, B to M hold its 12 weights.",
    ],
  ])("says why a choice cannot be made: %s", async (_, plan, message) => {
    const error = await plan().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChoiceError);
    expect((error as ChoiceError).message).toBe(message);
  });

  it("opens every panel with its fallbacks for columns and its fields as they start", () => {
    expect([initialColumns(periodizePlanner.columns), initialColumns(requirementPlanner.columns), initialColumns(forecastPlanner.columns)]).toEqual([
      { annual: 0, firstMonth: 1 },
      { name: 0, parent: 1, base: 2, key: null, index: null, exempt: null },
      { key: 0, actual: 1, budget: 13, adjustment: null, department: null, departmentName: null, hospital: null, text: null, capBase: null },
    ]);
    expect(requirementPlanner.initialForm(en)).toEqual({ kind: "rate", amount: "2", levels: [{ method: "general", strength: "1", floor: "", cap: "" }], unit: 1, expressAs: "reduction", years: "1" });
    expect(forecastPlanner.initialForm(da)).toMatchObject({ month: 1, method: "profile", materialAmount: "100000", materialRate: "5", capRate: "2", capShare: "100", adjustmentMonths: "one", reportSheet: "Prognose", historyRef: "" });
    expect(forecastPlanner.initialForm(da).year).toBe(String(new Date().getFullYear()));
  });
});

describe("writable", () => {
  it.each<[string, PanelPlan, boolean]>([
    ["no problem", { error: null, bad: [] }, true],
    ["no bad lines to tell", { error: null }, true],
    ["a problem with the whole input", { error: "The selection needs a header row and at least one line.", bad: [] }, false],
    ["a bad line", { error: null, bad: [{ address: "Budget!D4", label: "4101", error: "annual amount is blank" }] }, false],
  ])("%s: %s", (_, plan, expected) => {
    expect(writable(plan)).toBe(expected);
  });
});

describe("failureMessage", () => {
  const slip = new TypeError("Cannot read properties of undefined (reading 'row')");
  it.each<[string, unknown, string, string]>([
    ["a bad field", new BudgetError("VALUE_NEGATIVE", { what: FIELD.materialityAmount, value: -5 }), "materiality amount is negative (-5); use 0 or more", "væsentlighedsbeløb er under 0 (-5); brug 0 eller mere"],
    ["a choice that cannot be made", new ChoiceError(en.noMonthColumns), en.noMonthColumns, en.noMonthColumns],
    ["what Excel reported", Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" }), "Something went wrong: AccessDenied (The sheet is protected.)", "Noget gik galt: AccessDenied (The sheet is protected.)"],
    ["a slip in the add-in", slip, "Something went wrong: an error in the add-in itself", "Noget gik galt: en fejl i selve tilføjelsesprogrammet"],
  ])("%s", (_, error, english, danish) => {
    expect([failureMessage(error, en, "en"), failureMessage(error, da, "da")]).toEqual([english, danish]);
  });
});

describe("a table taken keeps what was typed while it was read", () => {
  // the table is read from the workbook while the fields stay open: the fields are fitted to it
  // as they are when it comes back, not as they were when the button was pressed
  it("Periodise: every field typed meanwhile stays", async () => {
    const { gateway } = sample();
    const choice = tableChoice(periodizePlanner, await gateway.readRange("Budget!A1:D17"));
    const typed: PeriodizeForm = { ...periodizePlanner.initialForm(en), year: "2027", mode: "values", lockedThrough: 3 };
    expect([choice?.columns, choice?.fit(typed)]).toEqual([{ annual: 3, firstMonth: 4 }, typed]);
  });

  it("Requirement: the rate typed meanwhile stays, the levels are the table's", async () => {
    const { gateway } = sample();
    const choice = tableChoice(requirementPlanner, await gateway.readRange("Enheder!A1:D18"));
    const typed: RequirementFields = { ...requirementPlanner.initialForm(en), kind: "total", amount: "250000", years: "3" };
    const level = { method: "general", strength: "1", floor: "", cap: "" };
    expect(choice?.fit(typed)).toEqual({ kind: "total", amount: "250000", levels: [level, level], unit: 1, expressAs: "reduction", years: "3" });
  });

  it("Forecast: the materiality typed meanwhile stays, the month is the table's last booked", async () => {
    const { gateway } = sample();
    const choice = tableChoice(forecastPlanner, await gateway.readRange("Opfølgning!A1:AA9"));
    const typed: ForecastFields = { ...forecastPlanner.initialForm(en), materialAmount: "50000", reportSheet: "Min prognose" };
    // the sample's one "Korrektion" column names no month: one adjustment column
    expect(choice?.fit(typed)).toEqual({ ...typed, month: 6, chartLine: null, adjustmentMonths: "one" });
  });

  it("a selection without a line below its header is no table", () => {
    expect(tableChoice(requirementPlanner, { sheet: "Enheder", address: "A1", row: 0, column: 0, values: [["Enhed"]] })).toBeNull();
  });
});

describe("a plan begun before the last change is dropped", () => {
  /**
   * The sample's gateway and the panel's changes; once `typing` is on, every read of the workbook
   * comes with a change, as when the user types into a field while the plan reads the table.
   */
  function watched() {
    const { gateway: inner } = sample();
    const changes = { current: 7 };
    const state = { typing: false, reads: 0 };
    const gateway: WorkbookGateway = new Proxy(inner, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        if (property !== "readRange" && property !== "readUsed") return value.bind(target);
        return (ref: string) => {
          state.reads++;
          if (state.typing) changes.current++;
          return value.call(target, ref);
        };
      },
    });
    return { gateway, changes, state };
  }

  /** Takes the table, then plans from `at` 7 with `typing` as given. */
  async function planned<W extends ColumnWants, Form extends object, Plan extends PanelPlan>(
    planner: Planner<W, Form, Plan>,
    ref: string,
    patch: Partial<Form>,
    typing: boolean,
    changedBefore = false,
  ) {
    const { gateway, changes, state } = watched();
    const chosen = chooseTable(planner, await gateway.readRange(ref), { ...planner.initialForm(en), ...patch });
    if (chosen === null) throw new Error(`no table in ${ref}`);
    if (changedBefore) changes.current++;
    state.typing = typing;
    state.reads = 0;
    const outcome = await planIfCurrent(planner, { gateway, t: en, language: "en" }, chosen, changes, 7).then(
      (next) => (next === null ? null : { error: next.plan.error, lines: lineCount(next.table) }),
      (error: unknown) => (error instanceof BudgetError ? error.message : error),
    );
    return { outcome, reads: state.reads };
  }

  it.each<[string, () => ReturnType<typeof planned>, { outcome: unknown; reads: number }]>([
    ["nothing changed while the table was read: the plan", () => planned(requirementPlanner, "Enheder!A1:D18", {}, false), { outcome: { error: null, lines: 17 }, reads: 1 }],
    ["a field changed while the table was read: no plan", () => planned(requirementPlanner, "Enheder!A1:D18", {}, true), { outcome: null, reads: 1 }],
    ["a change before the plan begins: no plan, and the workbook is not read", () => planned(requirementPlanner, "Enheder!A1:D18", {}, false, true), { outcome: null, reads: 0 }],
    ["Forecast: a field changed while the report sheet was read: no plan", () => planned(forecastPlanner, "Opfølgning!A1:AA9", {}, true), { outcome: null, reads: 2 }],
    ["a field that cannot be read, nothing changed: its problem", () => planned(periodizePlanner, "Budget!A1:D17", { year: "abc" }, false), { outcome: 'year must be a whole number from 1900 to 9999; got "abc"', reads: 1 }],
    ["a field that cannot be read, changed while the table was read: no problem for what is gone", () => planned(periodizePlanner, "Budget!A1:D17", { year: "abc" }, true), { outcome: null, reads: 1 }],
  ])("%s", async (_, run, expected) => {
    expect(await run()).toEqual(expected);
  });
});
