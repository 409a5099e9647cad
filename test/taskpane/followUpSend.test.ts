// Follow-up templates sent from the Forecast panel, on the preview workbook: what a department's
// new template carries from the kept sheets (its open measures and its explanations of a month
// before), of the template's year only.

import { describe, expect, it } from "vitest";
import type { FollowUpReturn, FollowUpTemplateLine } from "../../core/followupTemplates/types";
import { buildFollowUpTemplates } from "../../addin/templates";
import { actionRegisterWrite, loadActionRegister, prepareActionRegister } from "../../addin/taskpane/actionRegister";
import { departmentForecastsWrite, loadDepartmentForecasts, prepareDepartmentForecasts } from "../../addin/taskpane/departmentForecasts";
import { followUpSender, initialSendForm, type FollowUpSource } from "../../addin/taskpane/followUpSend";
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
  });
});
