// Follow-up templates sent from the Forecast panel, on the preview workbook: what a department's
// new template carries from the kept sheets (its open measures and its latest explanations, of
// the template's month or one before), of the template's year only; and which explanation is
// carried: its latest per line, of the months before, or of the month itself when the template is
// sent again after the department returned it; a later month's, or an empty one, never.

import { describe, expect, it } from "vitest";
import type { DepartmentForecast, FollowUpReturn, FollowUpTemplateLine } from "../../core/followupTemplates/types";
import { buildFollowUpTemplates } from "../../addin/templates";
import { actionRegisterWrite, loadActionRegister, prepareActionRegister } from "../../addin/taskpane/actionRegister";
import { departmentForecastsWrite, loadDepartmentForecasts, prepareDepartmentForecasts } from "../../addin/taskpane/departmentForecasts";
import { earlierExplanations, followUpSender, initialSendForm, sendWrite, type FollowUpSource } from "../../addin/taskpane/followUpSend";
import { sample, strings, writeUnasked } from "./templatesFixture";

const LINE: FollowUpTemplateLine = {
  department: "4104",
  departmentName: "Afd. 4104",
  parent: "Hospital Syd",
  key: "1110",
  text: "Løn",
  actualToDate: 600_000,
  budgetToDate: 500_000,
  budget: 1_000_000,
  projection: 1_200_000,
  band: null,
  result: 200_000,
  material: true,
  method: "runrate",
};

/** 4104's June return of 2026: a decided measure on 1110 and an explanation of 1110. */
const JUNE_2026: FollowUpReturn = {
  department: "4104",
  departmentName: "Afd. 4104",
  parent: "Hospital Syd",
  year: 2026,
  month: 6,
  fileName: "4104.xlsx",
  lines: [{ department: "4104", key: "1110", text: "Løn", projection: 1_200_000, yearEnd: 1_150_000, explanation: "vikarer", material: true }],
  actions: [{ id: "4104-2026-06-1", department: "4104", key: "1110", measure: "Færre vikarer", owner: "Centerchef", decided: true, startMonth: 7, effect: 10_000 }],
};

const source = (year: number, month: number): FollowUpSource => ({ lines: [LINE], year, month, unit: 1, materialAmount: 100_000, materialRate: 0.05 });

describe("a follow-up template sent", () => {
  it("carries the department's measures and explanations of its own year only", async () => {
    const { gateway } = sample();
    const t = strings("da");
    await writeUnasked(gateway, actionRegisterWrite(await prepareActionRegister(gateway, [JUNE_2026], t, "da")));
    await writeUnasked(gateway, departmentForecastsWrite(await prepareDepartmentForecasts(gateway, [JUNE_2026], t, "da")));
    const send = followUpSender(buildFollowUpTemplates, { actions: loadActionRegister, forecasts: loadDepartmentForecasts }, () => new Date(2026, 7, 1));
    const carried = async (year: number, month: number) => {
      const plan = await send({ gateway, t, language: "da" }, source(year, month), initialSendForm("da"));
      expect(plan.error).toBeNull();
      return plan.departments.map((d) => [d.department, d.measures, d.explanations]);
    };
    // July 2026: June's measure and explanation; July 2027: none of 2026's
    expect(await carried(2026, 7)).toEqual([["4104", 1, 1]]);
    expect(await carried(2027, 7)).toEqual([["4104", 0, 0]]);
    // June 2026 again (a new version after June's return): what the department typed in June
    expect(await carried(2026, 6)).toEqual([["4104", 1, 1]]);
  });

  it.each([
    ["da", "December", { ...source(2026, 12) }, "Pr. december er der ingen måned tilbage at forudsige: vælg en tidligere måned til opfølgningen."],
    ["en", "December", { ...source(2026, 12) }, "As at December no month is left to forecast: choose an earlier month for follow-up returns."],
    ["da", "no lines", { ...source(2026, 7), lines: [] }, "Markeringen skal have en overskriftsrække og mindst én linje."],
    ["en", "no lines", { ...source(2026, 7), lines: [] }, "The selection needs a header row and at least one line."],
    ["en", "the report's own problem", { ...source(2026, 7), lines: "Choose the table's department column." }, "Choose the table's department column."],
  ] as const)("in %s refuses %s with its message, building nothing", async (language, _, from, message) => {
    const { gateway } = sample();
    const t = strings(language);
    let built = 0;
    const send = followUpSender(async (...args) => (built++, buildFollowUpTemplates(...args)), { actions: loadActionRegister, forecasts: loadDepartmentForecasts });
    const plan = await send({ gateway, t, language }, from, initialSendForm(language));
    expect([plan.error, plan.built, built, sendWrite(plan, t)]).toEqual([message, null, 0, null]);
  });

  it("leaves out a measure whose line has left the table, says so, and sends the rest", async () => {
    const { gateway } = sample();
    const t = strings("da");
    const gone = { ...JUNE_2026, actions: [...JUNE_2026.actions, { ...JUNE_2026.actions[0], id: "4104-2026-06-2", key: "2210" }] };
    await writeUnasked(gateway, actionRegisterWrite(await prepareActionRegister(gateway, [gone], t, "da")));
    const send = followUpSender(buildFollowUpTemplates, { actions: loadActionRegister, forecasts: loadDepartmentForecasts }, () => new Date(2026, 7, 1));
    const plan = await send({ gateway, t, language: "da" }, source(2026, 7), initialSendForm("da"));
    expect([plan.error, plan.leftOut, plan.departments.map((d) => d.measures)]).toEqual([null, 1, [1]]);
    expect(sendWrite(plan, t)?.done).toBe(
      "1 opfølgningsskabelon dannet; registret er skrevet på Opfølgningsstatus. Send filerne herunder. 1 åbent tiltag er på en linje, der ikke længere er i tabellen, og føres ikke med i skabelonerne; handleplanregistret beholder dem.",
    );
  });
});


const kept = (department: string, month: number, key: string, explanation: string): DepartmentForecast => ({ department, month, key, explanation, yearEnd: 1000, projection: 1000 });

const FORECASTS = [
  kept("4101", 4, "1110", "Overtid i april"),
  kept("4101", 5, "1110", "Færre vikarer fra maj"),
  kept("4101", 6, "1110", "Overtid i juni"),
  kept("4101", 5, "2210", "Dyre behandlinger"),
  kept("4101", 6, "2210", "  "),
  kept("4102", 6, "1110", "Nye stillinger"),
  kept("4102", 7, "1110", "Juli-tal"),
];

describe("earlierExplanations", () => {
  it.each<[string, number, [string, string, string][]]>([
    ["May's template: May's, over April's", 5, [["4101", "1110", "Færre vikarer fra maj"], ["4101", "2210", "Dyre behandlinger"]]],
    ["June's template sent again after June's return: June's, over May's; an empty one leaves May's; July's never", 6, [["4101", "1110", "Overtid i juni"], ["4101", "2210", "Dyre behandlinger"], ["4102", "1110", "Nye stillinger"]]],
    ["April's: nothing later", 4, [["4101", "1110", "Overtid i april"]]],
    ["before any return: none", 3, []],
  ])("%s", (_, month, expected) => {
    expect(earlierExplanations(FORECASTS, month).map((e) => [e.department, e.key, e.explanation])).toEqual(expected);
  });
});
