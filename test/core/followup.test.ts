// The monthly follow-up: exact figures per line and in total, worked out by hand in the comments,
// and the bad inputs with their exact messages.
import { describe, expect, it } from "vitest";
import { decidedAdjustments, departmentProjection, followUpCurves, followUpLine, followUpTotal, stillToCome, type FollowUpLine, type FollowUpOptions } from "../../core";
import { failure } from "./failure";

const blanks = (count: number) => new Array<null>(count).fill(null);
const twelve = (v: number) => new Array<number>(12).fill(v);
const booked = (v: number, m: number) => [...new Array<number>(m).fill(v), ...blanks(12 - m)];
/** 12 monthly adjustments: the amounts given by month (1-12), 0 in the others. */
const inMonths = (amounts: Record<number, number>) => Array.from({ length: 12 }, (_, i) => amounts[i + 1] ?? 0);
const OPTIONS: FollowUpOptions = { month: 5, method: "budget", materialAmount: 400, materialRate: 0.04, capRate: 0.02 };

interface Case {
  name: string;
  line: FollowUpLine;
  options?: Partial<FollowUpOptions>;
  expected: Record<string, number | boolean | string | null | { low: number; high: number }>;
}

// budget 1,000 a month (12,000 a year); the threshold 0.04 x 12,000 = 480 and 400 kr
const cases: Case[] = [
  // 5 x 1,100 = 5,500 to date; the rest as budgeted: 5,500 + 7,000 = 12,500; result +500 (overspend),
  // carried in full as -500; 500 >= 400 and >= 480: material
  {
    name: "overspend, budget method",
    line: { actuals: booked(1100, 5), budget: twelve(1000) },
    expected: { actualToDate: 5500, budgetToDate: 5000, monthVariance: 100, ytdVariance: 500, budget: 12000, yearEnd: 12500, result: 500, carryover: -500, material: true, method: "budget", mape: null },
  },
  // the same with 5 %: 500 < 600, not material
  { name: "below the rate threshold", line: { actuals: booked(1100, 5), budget: twelve(1000) }, options: { materialRate: 0.05 }, expected: { result: 500, material: false } },
  // only the amount threshold: 500 >= 400
  { name: "amount threshold only", line: { actuals: booked(1100, 5), budget: twelve(1000) }, options: { materialRate: null }, expected: { material: true } },
  // no thresholds: nothing is material
  { name: "no thresholds", line: { actuals: booked(1100, 5), budget: twelve(1000) }, options: { materialRate: null, materialAmount: null }, expected: { material: false } },
  // run rate: 5,500 / 5 x 12 = 13,200; result 1,200
  { name: "runrate", line: { actuals: booked(1100, 5), budget: twelve(1000) }, options: { method: "runrate" }, expected: { yearEnd: 13200, result: 1200, carryover: -1200, method: "runrate" } },
  // underspend 4,500 + 7,000 = 11,500: result -500, carried up to 2 % of 12,000 = 240
  { name: "underspend, capped carry-over", line: { actuals: booked(900, 5), budget: twelve(1000) }, expected: { ytdVariance: -500, yearEnd: 11500, result: -500, carryover: 240, material: true } },
  // income (negative): more income than budgeted, -12,500 against -12,000: result -500, a better
  // result, capped at 240 as for underspend (variance.ts, net result)
  { name: "income line", line: { actuals: booked(-1100, 5), budget: twelve(-1000) }, expected: { monthVariance: -100, yearEnd: -12500, result: -500, carryover: 240, material: true } },
  // a known 300 still to come in December goes on top: 12,800
  { name: "adjustment", line: { actuals: booked(1100, 5), budget: twelve(1000), adjustments: inMonths({ 12: 300 }) }, expected: { adjustment: 300, yearEnd: 12800, result: 800 } },
  // monthly: 100 in March is booked already (in the actuals), 200 in July and 300 in December
  // still to come: 500; 12,500 + 500 = 13,000
  {
    name: "monthly adjustments, the booked months count for nothing",
    line: { actuals: booked(1100, 5), budget: twelve(1000), adjustments: inMonths({ 3: 100, 7: 200, 12: 300 }) },
    expected: { adjustment: 500, yearEnd: 13000, result: 1000 },
  },
  // an adjustment in the report month itself is booked: as at May, May's 400 counts for nothing
  { name: "an adjustment in the report month", line: { actuals: booked(1000, 5), budget: twelve(1000), adjustments: inMonths({ 5: 400, 6: 50 }) }, expected: { adjustment: 50, yearEnd: 12050 } },
  // rounded to the unit as forecast() rounds it: 300.4 -> 300
  { name: "adjustment rounded to the unit", line: { actuals: booked(1000, 5), budget: twelve(1000), adjustments: inMonths({ 12: 300.4 }) }, expected: { adjustment: 300, yearEnd: 12300 } },
  // each month rounded on its own: 0.4 + 0.4 is 0 + 0 at unit 1
  { name: "each month rounded on its own", line: { actuals: booked(1000, 5), budget: twelve(1000), adjustments: inMonths({ 11: 0.4, 12: 0.4 }) }, expected: { adjustment: 0, yearEnd: 12000 } },
  // all 12 months booked: the year is its actuals; an adjustment is already in them
  { name: "whole year booked", line: { actuals: twelve(1100), budget: twelve(1000), adjustments: inMonths({ 12: 300 }) }, options: { month: 12 }, expected: { yearEnd: 13200, adjustment: 0, monthVariance: 100, ytdVariance: 1200 } },
  // the cap on another base: 2 % of 5,000 = 100 carried of the 500 underspend
  { name: "cap base", line: { actuals: booked(900, 5), budget: twelve(1000), capBase: 5000 }, expected: { capBase: 5000, result: -500, carryover: 100 } },
  // half the underspend, 250, is above the cap of 240: 240; with a 5 % cap (600) 250 is carried
  { name: "share of the underspend, capped", line: { actuals: booked(900, 5), budget: twelve(1000) }, options: { capShare: 0.5 }, expected: { capBase: 12000, carryover: 240 } },
  { name: "share of the underspend", line: { actuals: booked(900, 5), budget: twelve(1000) }, options: { capShare: 0.5, capRate: 0.05 }, expected: { carryover: 250 } },
  // no underspend carried at all; an overspend is carried in full whatever the share
  { name: "share 0", line: { actuals: booked(900, 5), budget: twelve(1000) }, options: { capShare: 0 }, expected: { carryover: 0 } },
  { name: "share 0, overspend", line: { actuals: booked(1100, 5), budget: twelve(1000) }, options: { capShare: 0 }, expected: { carryover: -500 } },
  // a decided saving of 100 a month from March: as at May, June-December, 7 x -100 = -700 after
  // actions: 12,500 - 700 = 11,800, 200 under budget; the expected result stays the add-in's +500
  {
    name: "after decided actions",
    line: { actuals: booked(1100, 5), budget: twelve(1000), adjustments: inMonths({ 12: 300 }), actions: inMonths({ 6: -100, 7: -100, 8: -100, 9: -100, 10: -100, 11: -100, 12: -100 }) },
    expected: { yearEnd: 12800, actions: -700, actionsYearEnd: 12100, resultAfterActions: 100, result: 800, carryover: -800, material: true },
  },
  // no measures: after actions is the add-in's projection; no return: no department's projection
  { name: "no measures, no return", line: { actuals: booked(1100, 5), budget: twelve(1000) }, expected: { actions: 0, actionsYearEnd: 12500, resultAfterActions: 500, departmentYearEnd: null } },
  // the department's own year-end is shown as given; the result follows the add-in's
  { name: "the department's projection", line: { actuals: booked(1100, 5), budget: twelve(1000), departmentYearEnd: 12300 }, expected: { departmentYearEnd: 12300, yearEnd: 12500, result: 500 } },
  // months after the report month are ignored: as at month 3, 3 x 1,100 + 9,000
  { name: "later months ignored", line: { actuals: booked(1100, 6), budget: twelve(1000) }, options: { month: 3 }, expected: { actualToDate: 3300, yearEnd: 12300 } },
  // øre kept exactly: 0.1 + 0.2 in months 1-2, budget method at unit 0.01
  { name: "øre", line: { actuals: [0.1, 0.2, ...blanks(10)], budget: twelve(0.1) }, options: { month: 2, unit: 0.01, materialAmount: null, materialRate: null }, expected: { actualToDate: 0.3, budgetToDate: 0.2, ytdVariance: 0.1, yearEnd: 1.3, result: 0.1 } },
  // auto: two history years of 1,000 a month; every method that runs is exact (MAPE 0), the tie
  // goes to the simplest, runrate: 5,500 / 5 x 12 = 13,200
  {
    name: "auto picks by backtest",
    line: { actuals: booked(1100, 5), budget: twelve(1000), history: [twelve(1000), twelve(1000)] },
    options: { method: "auto" },
    expected: { method: "runrate", mape: 0, yearEnd: 13200, band: { low: 13200, high: 13200 } },
  },
  // auto with an error: history 1,000 a month, then 2,000 in months 1-5 and 1,000 after (17,000).
  // As at May, run rate is off 0 on the first year and |24,000 - 17,000| / 17,000 = 7/17 on the
  // second: MAPE 7/34; profile and prior year run on the second year only (7/17). Run rate:
  // 13,200, band 13,200 -/+ 13,200 x 7/34 = 2,717.65: 10,482 to 15,918
  {
    name: "auto's band",
    line: { actuals: booked(1100, 5), budget: twelve(1000), history: [twelve(1000), [...new Array<number>(5).fill(2000), ...new Array<number>(7).fill(1000)]] },
    options: { method: "auto" },
    expected: { method: "runrate", mape: 7 / 34, yearEnd: 13200, band: { low: 10482, high: 15918 } },
  },
  // a method chosen is not backtested: no band
  { name: "no band without the backtest", line: { actuals: booked(1100, 5), budget: twelve(1000) }, expected: { band: null } },
];

describe("followUpLine", () => {
  it.each(cases)("$name", ({ line, options, expected }) => {
    const row = followUpLine(line, { ...OPTIONS, ...options });
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, row[k as keyof typeof row]]))).toEqual(expected);
  });

  it("returns the 12 months of the forecast", () => {
    expect(followUpLine({ actuals: booked(1100, 5), budget: twelve(1000) }, OPTIONS).months).toEqual([1100, 1100, 1100, 1100, 1100, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);
  });

  const bad: { name: string; line: FollowUpLine; options?: Partial<FollowUpOptions>; en: string; da: string }[] = [
    {
      name: "this month not booked",
      line: { actuals: booked(1100, 5), budget: twelve(1000) },
      options: { month: 6 },
      en: "the actual for month 6 is blank, but the report is as at month 6; enter 0 if nothing was booked, or report as at month 5",
      da: "forbruget for måned 6 er tomt, men rapporten er pr. måned 6; skriv 0, hvis intet er bogført, eller lav rapporten pr. måned 5",
    },
    {
      name: "nothing booked",
      line: { actuals: blanks(12), budget: twelve(1000) },
      options: { month: 1 },
      en: "the actual for month 1 is blank, but the report is as at month 1; enter 0 if nothing was booked",
      da: "forbruget for måned 1 er tomt, men rapporten er pr. måned 1; skriv 0, hvis intet er bogført",
    },
    {
      name: "a gap",
      line: { actuals: [1, 2, null, 4, 5, ...blanks(7)], budget: twelve(1000) },
      en: "month 4 is booked but month 3 is blank; book the months in order",
      da: "måned 4 er bogført, men måned 3 er tom; bogfør månederne i rækkefølge",
    },
    { name: "13 months", line: { actuals: new Array<number>(13).fill(1), budget: twelve(1000) }, en: "actuals has 13 values; give at most 12 months", da: "forbruget har 13 værdier; angiv højst 12 måneder" },
    { name: "month 0", line: { actuals: booked(1, 5), budget: twelve(1000) }, options: { month: 0 }, en: "the report month must be a whole number from 1 to 12; got 0", da: "rapportens måned skal være et helt tal fra 1 til 12; fik 0" },
    { name: "month 2.5", line: { actuals: booked(1, 5), budget: twelve(1000) }, options: { month: 2.5 }, en: "the report month must be a whole number from 1 to 12; got 2.5", da: "rapportens måned skal være et helt tal fra 1 til 12; fik 2,5" },
    {
      name: "auto without history",
      line: { actuals: booked(1100, 5), budget: twelve(1000) },
      options: { method: "auto" },
      en: "the auto method picks the method that did best on the prior years, but with 0 years of history and 5 months booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method",
      da: "metoden auto vælger den metode, der ramte bedst i de tidligere år, men med 0 års historik og 5 måneder bogført kunne ingen metode afprøves; angiv mere historik (løbende gennemsnit (runrate) kræver 1 år med en total forskellig fra 0, profil (profile) og sidste år (prioryear) 2, eksponentiel udjævning (ets) 3), eller vælg en metode",
    },
    // each amount within the limit at unit 0.01 (7e13), their difference beyond it
    {
      name: "a variance beyond the limit",
      line: { actuals: [6e13, ...blanks(11)], budget: [-6e13, ...twelve(0).slice(1)] },
      options: { month: 1, unit: 0.01 },
      en: "the variance for the month comes to 120000000000000, beyond the limit of 7e13 at unit 0.01 for an amount; check the amounts it is made from",
      da: "månedens afvigelse bliver 120000000000000, hvilket er over grænsen på 7e13 ved enhed 0,01 for et beløb; tjek de beløb, den er beregnet af",
    },
    {
      name: "an annual budget beyond the limit",
      line: { actuals: booked(1, 5), budget: twelve(1e14) },
      en: "the annual budget comes to 1200000000000000, beyond the limit of 1e15 for an amount; check the amounts it is made from",
      da: "årsbudgettet bliver 1200000000000000, hvilket er over grænsen på 1e15 for et beløb; tjek de beløb, det er beregnet af",
    },
    {
      name: "adjustment NaN",
      line: { actuals: booked(1, 5), budget: twelve(1000), adjustments: inMonths({ 12: Number.NaN }) },
      en: "adjustment for month 12 is not a finite number",
      da: "korrektion for måned 12 er ikke et endeligt tal",
    },
    // a booked month's adjustment counts for nothing, but it must still be a number
    {
      name: "adjustment text in a booked month",
      line: { actuals: booked(1, 5), budget: twelve(1000), adjustments: ["x" as unknown as number, ...twelve(0).slice(1)] },
      en: 'adjustment for month 1 is text ("x"); a number is needed',
      da: 'korrektion for måned 1 er tekst ("x"); der skal stå et tal',
    },
    { name: "11 adjustments", line: { actuals: booked(1, 5), budget: twelve(1000), adjustments: twelve(0).slice(1) }, en: "adjustments has 11 values; 12 months are needed", da: "korrektionerne har 11 værdier; der skal være 12 måneder" },
    { name: "11 months of actions", line: { actuals: booked(1, 5), budget: twelve(1000), actions: twelve(0).slice(1) }, en: "adjustments has 11 values; 12 months are needed", da: "korrektionerne har 11 værdier; der skal være 12 måneder" },
    {
      name: "a cap base as text",
      line: { actuals: booked(1, 5), budget: twelve(1000), capBase: "x" as unknown as number },
      en: 'cap base is text ("x"); a number is needed',
      da: 'grundlag for loftet er tekst ("x"); der skal stå et tal',
    },
    {
      name: "a share above 1",
      line: { actuals: booked(900, 5), budget: twelve(1000) }, options: { capShare: 1.5 },
      en: "share must be from 0 to 1, e.g. 0.5 to carry half of an underspend; got 1.5",
      da: "andelen skal være fra 0 til 1, fx 0,5 for at overføre halvdelen af et mindreforbrug; fik 1,5",
    },
  ];
  it.each(bad)("refuses $name", ({ line, options, en, da }) => {
    const f = failure(() => followUpLine(line, { ...OPTIONS, ...options }));
    expect({ en: f.en, da: f.da }).toEqual({ en, da });
  });
});

describe("followUpTotal", () => {
  it("adds the lines exactly and judges the total on its own", () => {
    const over = followUpLine({ actuals: booked(1100, 5), budget: twelve(1000) }, OPTIONS);
    const under = followUpLine({ actuals: booked(900, 5), budget: twelve(1000) }, OPTIONS);
    // +500 and -500 cancel: no expected result, nothing carried, not material (each line is)
    expect(followUpTotal([over, under], OPTIONS)).toEqual({
      actualToDate: 10000,
      budgetToDate: 10000,
      monthVariance: 0,
      ytdVariance: 0,
      budget: 24000,
      adjustment: 0,
      yearEnd: 24000,
      result: 0,
      capBase: 24000,
      carryover: 0,
      material: false,
      departmentYearEnd: null,
      actions: 0,
      actionsYearEnd: 24000,
      resultAfterActions: 0,
    });
  });

  it("takes the three projections, the cap on the lines' bases, and the measures on no line", () => {
    // A: 12,500, its department says 12,000; B: 11,500 with no return; C: 12,000 (budget), base 3,000
    const a = followUpLine({ actuals: booked(1100, 5), budget: twelve(1000), departmentYearEnd: 12000, actions: inMonths({ 12: -200 }) }, OPTIONS);
    const b = followUpLine({ actuals: booked(900, 5), budget: twelve(1000) }, OPTIONS);
    const c = followUpLine({ actuals: booked(1000, 5), budget: twelve(1000), capBase: 3000 }, OPTIONS);
    // whole departments save 50 a month from October (3 x -50) in two sets; April's -1,000 is booked
    const total = followUpTotal([a, b, c], OPTIONS, [inMonths({ 4: -1000, 10: -50 }), inMonths({ 11: -50, 12: -50 })]);
    expect(total).toMatchObject({
      yearEnd: 36000,
      result: 0,
      // the department's 12,000 for A, the add-in's for B and C: 12,000 + 11,500 + 12,000
      departmentYearEnd: 35500,
      // A's -200 and the department's -150
      actions: -350,
      actionsYearEnd: 35650,
      resultAfterActions: -350,
      // 12,000 + 12,000 + 3,000; no result, nothing carried
      capBase: 27000,
      carryover: 0,
    });
    // B and C: 500 under budget, capped at 2 % of their bases 12,000 + 3,000, 300 (of their budgets it would be 480)
    const under = followUpTotal([b, c], { ...OPTIONS, capRate: 0.02 });
    expect([under.capBase, under.result, under.carryover]).toEqual([15000, -500, 300]);
  });

  it("sums øre without float drift", () => {
    const line = followUpLine({ actuals: [0.1, ...blanks(11)], budget: twelve(0.1) }, { ...OPTIONS, month: 1, unit: 0.01 });
    expect(followUpTotal([line, line, line], { ...OPTIONS, unit: 0.01 }).actualToDate).toBe(0.3);
  });
});

describe("stillToCome", () => {
  it.each<[string, number[] | undefined, number, 0.01 | 1 | 1000, number]>([
    ["none", undefined, 5, 1, 0],
    ["the months after the report month", inMonths({ 5: 7, 6: 1, 12: 2 }), 5, 1, 3],
    ["each month rounded to the unit first", inMonths({ 11: 0.5, 12: 0.5 }), 5, 1, 2],
    ["øre exactly", inMonths({ 11: 0.1, 12: 0.2 }), 5, 0.01, 0.3],
    ["thousands", inMonths({ 12: 1499 }), 5, 1000, 1000],
    ["December booked", inMonths({ 12: 300 }), 12, 1, 0],
  ])("%s", (_, adjustments, month, unit, expected) => {
    expect(stillToCome(adjustments, month, unit)).toBe(expected);
  });
});

describe("the decided measures in the follow-up", () => {
  it("lowers the projection after actions by the saving still to come", () => {
    const actions = decidedAdjustments([{ id: "H1", department: "4101", key: "A", measure: "Færre vikarer", owner: "Afd.", decided: true, startMonth: 3, effect: 100 }], 5);
    const row = followUpLine({ actuals: booked(1100, 5), budget: twelve(1000), actions: actions.lines.get("A") }, OPTIONS);
    expect([row.yearEnd, row.actions, row.actionsYearEnd, row.resultAfterActions]).toEqual([12500, -700, 11800, -200]);
  });
});

describe("followUpCurves", () => {
  it("sums the lines month by month and runs the totals exactly", () => {
    const a = { budget: [0.1, 0.2, ...twelve(0).slice(2)], months: [0.1, 0.2, 0.3, ...twelve(0).slice(3)] };
    const b = { budget: twelve(1), months: twelve(-0.1) };
    // budget by month 1.1, 1.2, 1, ... ; forecast 0, 0.1, 0.2, -0.1, ...
    expect(followUpCurves([a, b], 2)).toEqual({
      budget: [1.1, 2.3, 3.3, 4.3, 5.3, 6.3, 7.3, 8.3, 9.3, 10.3, 11.3, 12.3],
      actual: [0, 0.1, null, null, null, null, null, null, null, null, null, null],
      forecast: [0, 0.1, 0.3, 0.2, 0.1, 0, -0.1, -0.2, -0.3, -0.4, -0.5, -0.6],
    });
  });

  it("refuses a month outside 1-12", () => {
    expect(failure(() => followUpCurves([], 13)).en).toBe("the report month must be a whole number from 1 to 12; got 13");
  });
});

describe("departmentProjection", () => {
  const returned = (department: string, key: string, month: number, yearEnd: number) => ({ department, key, month, yearEnd, projection: 0, explanation: `${department} ${month}` });
  const forecasts = [returned("4101", "A", 5, 100), returned("4101", "A", 4, 90), returned("4102", "B", 5, 200), returned("4103", "B", 5, 300), returned("4101", "A", 5, 110)];
  it.each<[string, { key: string; department: string | null }, number, number | null]>([
    ["the line's department and key, the report month's; a later collect replaces", { key: "A", department: "4101" }, 5, 110],
    ["another month's", { key: "A", department: "4101" }, 4, 90],
    ["no return that month", { key: "A", department: "4101" }, 6, null],
    ["another department's return is not the line's", { key: "A", department: "4102" }, 5, null],
    ["a line without a department: the one department that returned its key", { key: "A", department: null }, 4, 90],
    ["a line without a department: two departments returned its key", { key: "B", department: null }, 5, null],
    ["a line without a department: one department, collected twice", { key: "A", department: null }, 5, 110],
    ["the department named", { key: "B", department: "4103" }, 5, 300],
  ])("%s", (_, line, month, expected) => {
    expect(departmentProjection(forecasts, month, line)?.yearEnd ?? null).toBe(expected);
  });
});
