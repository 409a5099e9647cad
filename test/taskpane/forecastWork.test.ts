// The Forecast panel plans line by line as work: every PLAN_CHUNK lines the progress bar is told
// how many of the table's lines are planned (the lines that could not be read count as done), the
// browser gets the thread back, and a Cancel stops the plan there instead of after the last line.
// The plan made so is the plan made in one go.

import { describe, expect, it } from "vitest";
import type { RangeData } from "../../addin/gateway/types";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { PLAN_CHUNK, planForecast, planForecastWorking } from "../../addin/taskpane/forecastPlan";
import { forecastPlanner } from "../../addin/taskpane/forecastReport";
import { en } from "../../addin/taskpane/i18n/en";
import { Cancelled, SLICE_MS, startWork, type Work, type WorkProgress } from "../../addin/taskpane/work";
import { forecastChoicesWith } from "../fixtures/forecastChoices";

type Plain = string | number | null;

const HEADER: Plain[] = ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`)];

/** The cells of a follow-up table of `count` lines booked through May; a key left blank makes a line that cannot be read. */
function cells(count: number, blankKeys: readonly number[] = []): Plain[][] {
  const rows = Array.from({ length: count }, (_, i): Plain[] => [
    blankKeys.includes(i) ? null : `L${i}`,
    "tekst",
    ...Array.from({ length: 12 }, (_, m) => (m < 5 ? 1000 + i : null)),
    ...new Array<number>(12).fill(1000),
  ]);
  return [HEADER, ...rows];
}

const table = (count: number, blankKeys: readonly number[] = []): RangeData => ({ sheet: "Opfølgning", address: `A1:Z${count + 1}`, row: 0, column: 0, values: cells(count, blankKeys) });

/** Work that records every step it is told. */
function recording(): { work: Work; steps: [string, number, number][] } {
  const steps: [string, number, number][] = [];
  return { steps, work: { step: async (phase, done, of) => void steps.push([phase, done, of]) } };
}

const choices = forecastChoicesWith();

describe("the Forecast plan as work", () => {
  it.each([
    // [lines, blank keys, steps told as [done, of]]
    [1000, [], [[250, 1000], [500, 1000], [750, 1000], [1000, 1000]]],
    [PLAN_CHUNK, [], [[PLAN_CHUNK, PLAN_CHUNK]]],
    [600, [3, 4], [[252, 600], [502, 600], [600, 600]]],
  ] as const)("tells the lines planned, chunk by chunk: %i lines", async (count, blankKeys, told) => {
    const input = table(count, blankKeys);
    const { work, steps } = recording();
    const plan = await planForecastWorking(work, input, null, null, choices, en, "en");
    expect(steps).toEqual(told.map(([done, of]) => ["planning", done, of]));
    // a line without a key is bad input: the plan says so, as the plan made in one go does
    expect(plan.bad.length).toBe(blankKeys.length);
    const once = planForecast(input, null, null, choices, en, "en");
    expect({ ...plan, owned: null }).toEqual({ ...once, owned: null });
  });

  it("stops at the next chunk when the user cancels while the browser paints, the bar showing how far it got", async () => {
    let time = 0;
    let pauses = 0;
    const shown: (WorkProgress | null)[] = [];
    const control = startWork((p) => shown.push(p), {
      // every chunk takes longer than a slice: the browser gets the thread after each
      now: () => (time += SLICE_MS + 1),
      pause: async () => {
        pauses++;
        if (pauses === 3) control.cancel();
      },
    });
    await expect(planForecastWorking(control.work, table(5000), null, null, choices, en, "en")).rejects.toBeInstanceOf(Cancelled);
    expect(shown).toEqual([
      { phase: "planning", done: 250, of: 5000, cancellable: true },
      { phase: "planning", done: 500, of: 5000, cancellable: true },
      { phase: "planning", done: 750, of: 5000, cancellable: true },
      { phase: "planning", done: 750, of: 5000, cancellable: false },
    ]);
  });

  it("is how the panel's planner plans, with the work it is given", async () => {
    const input = table(600);
    const gateway = new PreviewGateway(new PreviewWorkbook(createEngine({ Opfølgning: cells(600) })));
    const { work, steps } = recording();
    const columns = { key: 0, actual: 2, budget: 14, adjustment: null, department: null, departmentName: null, hospital: null, text: null, capBase: null };
    const form = { ...forecastPlanner.initialForm(en), year: "2026", month: 5, method: "budget" as const, materialAmount: "400", materialRate: "4" };
    const { plan } = await forecastPlanner.plan({ gateway, t: en, language: "en", work }, { table: input, columns, form });
    expect(plan.error).toBeNull();
    expect(plan.lines).toHaveLength(600);
    expect(steps).toEqual([
      ["planning", 250, 600],
      ["planning", 500, 600],
      ["planning", 600, 600],
    ]);
  });
});
