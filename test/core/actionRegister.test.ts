// The action-plan register and the departments' forecasts merged from the returns: measures added,
// updated from the latest return, dropped when a department's latest return no longer lists them,
// a late return for an earlier month changing nothing, finance's note kept, the order; a
// department's return replacing only its rows of its month; the effect still to come, exactly.

import { describe, expect, it } from "vitest";
import { effectStillToCome, type ActionPlanEntry, type ActionRegisterRow } from "../../core/actionPlan";
import { mergeActionRegister, mergeDepartmentForecasts } from "../../core/actionRegister";
import type { DepartmentForecast, FollowUpReturn, FollowUpReturnLine } from "../../core/followupTemplates/types";
import { BudgetError } from "../../core";
import { measureEntry as entry } from "../fixtures/followUpTerms";

const line = (key: string, yearEnd: number, projection: number, explanation = ""): FollowUpReturnLine => ({
  department: "",
  key,
  text: `Konto ${key}`,
  projection,
  yearEnd,
  explanation,
  material: false,
});

const returned = (department: string, month: number, actions: ActionPlanEntry[], lines: FollowUpReturnLine[] = []): FollowUpReturn => ({
  department,
  departmentName: `Afd. ${department}`,
  parent: "Hospital Nord",
  year: 2027,
  month,
  fileName: `${department} ${month}.xlsx`,
  lines: lines.map((l) => ({ ...l, department })),
  actions,
});

const row = (e: ActionPlanEntry, status: ActionRegisterRow["status"], firstMonth: number, asAt: number, note = ""): ActionRegisterRow => ({ ...e, status, firstMonth, asAt, note });

describe("the action-plan register", () => {
  const a1 = entry("4101-1", "4101");
  const a2 = entry("4101-2", "4101", { decided: false, key: null, effect: -5_000.5, startMonth: 9 });
  const b1 = entry("4102-1", "4102", { startMonth: 4 });
  const march = mergeActionRegister([], [returned("4101", 3, [a1, a2]), returned("4102", 3, [b1])]);

  it("adds new measures, decided or proposed, first reported and as at the return's month", () => {
    expect(march).toEqual([row(a1, "decided", 3, 3), row(a2, "proposed", 3, 3), row(b1, "decided", 3, 3)]);
  });

  it.each([
    {
      name: "updates a known measure from a later return, keeping its first month and finance's note",
      earlier: [row(a1, "decided", 3, 3, "aftalt 12/4"), row(a2, "proposed", 3, 3)],
      returns: [returned("4101", 6, [{ ...a1, effect: 30_000 }, { ...a2, decided: true }])],
      expected: [row({ ...a1, effect: 30_000 }, "decided", 3, 6, "aftalt 12/4"), row({ ...a2, decided: true }, "decided", 3, 6)],
    },
    {
      name: "drops a measure the department's latest return no longer lists, keeping what it said, its as-at month and note",
      earlier: [row(a1, "decided", 3, 3), row(a2, "proposed", 3, 3, "usikker"), row(b1, "decided", 3, 3)],
      returns: [returned("4101", 6, [a1])],
      expected: [row(a1, "decided", 3, 6), row(a2, "dropped", 3, 3, "usikker"), row(b1, "decided", 3, 3)],
    },
    {
      name: "a return for an earlier month than a row's as-at month changes and drops nothing",
      earlier: [row(a1, "decided", 3, 6), row(a2, "proposed", 3, 6)],
      returns: [returned("4101", 3, [{ ...a1, effect: 1 }])],
      expected: [row(a1, "decided", 3, 6), row(a2, "proposed", 3, 6)],
    },
    {
      name: "a return for the same month as the row's counts: a corrected file drops what it left out",
      earlier: [row(a1, "decided", 3, 6), row(a2, "proposed", 3, 6)],
      returns: [returned("4101", 6, [a2])],
      expected: [row(a1, "dropped", 3, 6), row(a2, "proposed", 3, 6)],
    },
    {
      name: "a dropped measure reported again is back, as at the new month",
      earlier: [row(a2, "dropped", 3, 3)],
      returns: [returned("4101", 9, [a2])],
      expected: [row(a2, "proposed", 3, 9)],
    },
    {
      name: "returns are taken by month whatever their order: June's word stands over March's",
      earlier: [],
      returns: [returned("4101", 6, [{ ...a1, effect: 40_000 }]), returned("4101", 3, [a1, a2])],
      expected: [row({ ...a1, effect: 40_000 }, "decided", 3, 6), row(a2, "dropped", 3, 3)],
    },
    {
      name: "orders by department as first seen, then the month first reported, then the id in numeric order",
      earlier: [row(b1, "decided", 3, 3)],
      returns: [returned("4101", 6, [entry("4101-10", "4101"), entry("4101-9", "4101")]), returned("4102", 6, [b1, entry("4102-0", "4102")]), returned("4101", 3, [a1])],
      expected: [
        row(b1, "decided", 3, 6),
        row(entry("4102-0", "4102"), "decided", 6, 6),
        row(a1, "dropped", 3, 3),
        row(entry("4101-9", "4101"), "decided", 6, 6),
        row(entry("4101-10", "4101"), "decided", 6, 6),
      ],
    },
  ])("$name", ({ earlier, returns, expected }) => {
    expect(mergeActionRegister(earlier, returns)).toEqual(expected);
  });

  it("leaves the rows it was given as they were", () => {
    const earlier = [row(a1, "decided", 3, 3)];
    mergeActionRegister(earlier, [returned("4101", 6, [])]);
    expect(earlier[0].status).toBe("decided");
  });
});

describe("the departments' forecasts", () => {
  const kept = (department: string, month: number, key: string, yearEnd: number): DepartmentForecast => ({ department, key, month, yearEnd, projection: yearEnd - 1_000, explanation: "" });

  it.each([
    {
      name: "a department's return for a month replaces its rows of that month only",
      earlier: [kept("4101", 3, "1110", 100), kept("4101", 3, "2210", 200), kept("4101", 6, "1110", 300), kept("4102", 6, "1110", 400)],
      returns: [returned("4101", 6, [], [line("2210", 5_500, 5_000, "vikarer"), line("1110", 310, 300)])],
      expected: [
        kept("4101", 3, "1110", 100),
        kept("4101", 3, "2210", 200),
        { department: "4101", key: "2210", month: 6, yearEnd: 5_500, projection: 5_000, explanation: "vikarer" },
        { department: "4101", key: "1110", month: 6, yearEnd: 310, projection: 300, explanation: "" },
        kept("4102", 6, "1110", 400),
      ],
    },
    {
      name: "a new department and month are added after the ones seen",
      earlier: [kept("4102", 3, "1110", 400)],
      returns: [returned("4101", 3, [], [line("1110", 10, 9)]), returned("4102", 6, [], [line("1110", 11, 12)])],
      expected: [
        kept("4102", 3, "1110", 400),
        { department: "4102", key: "1110", month: 6, yearEnd: 11, projection: 12, explanation: "" },
        { department: "4101", key: "1110", month: 3, yearEnd: 10, projection: 9, explanation: "" },
      ],
    },
    {
      name: "of two returns for one department and month the later in the list stands",
      earlier: [],
      returns: [returned("4101", 3, [], [line("1110", 1, 1), line("2210", 2, 2)]), returned("4101", 3, [], [line("1110", 3, 3)])],
      expected: [{ department: "4101", key: "1110", month: 3, yearEnd: 3, projection: 3, explanation: "" }],
    },
  ])("$name", ({ earlier, returns, expected }) => {
    expect(mergeDepartmentForecasts(earlier, returns)).toEqual(expected);
  });
});

describe("the effect still to come", () => {
  it.each([
    // as at March a measure from July has July to December to come
    { startMonth: 7, effect: 25_000, month: 3, expected: 150_000 },
    // as at September, October to December
    { startMonth: 7, effect: 25_000, month: 9, expected: 75_000 },
    { startMonth: 1, effect: 0.1, month: 9, expected: 0.3 },
    { startMonth: 4, effect: -5_000.5, month: 3, expected: -45_004.5 },
    { startMonth: 12, effect: 1_000, month: 11, expected: 1_000 },
    { startMonth: 5, effect: 1_000, month: 12, expected: 0 },
  ])("from month $startMonth at $effect a month, as at $month: $expected", ({ startMonth, effect, month, expected }) => {
    expect(effectStillToCome([entry("m", "4101", { startMonth, effect })], month)).toBe(expected);
  });

  it.each([0, 13, 2.5])("refuses the as-at month %s in both languages", (month) => {
    const error = (() => {
      try {
        effectStillToCome([entry("m", "4101", { startMonth: 1, effect: 1 })], month);
      } catch (e) {
        return e as BudgetError;
      }
      throw new Error("no error");
    })();
    expect([error.describe("en"), error.describe("da")]).toEqual([
      `the report month must be a whole number from 1 to 12; got ${String(month)}`,
      `rapportens måned skal være et helt tal fra 1 til 12; fik ${String(month).replace(".", ",")}`,
    ]);
  });
});
