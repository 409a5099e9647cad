// The monthly follow-up: exact figures per line and in total, worked out by hand in the comments,
// and the bad inputs with their exact messages.
import { describe, expect, it } from "vitest";
import { followUpCurves, followUpLine, followUpTotal, type FollowUpLine, type FollowUpOptions } from "../../core";
import { failure } from "./failure";

const blanks = (count: number) => new Array<null>(count).fill(null);
const twelve = (v: number) => new Array<number>(12).fill(v);
const booked = (v: number, m: number) => [...new Array<number>(m).fill(v), ...blanks(12 - m)];
const OPTIONS: FollowUpOptions = { month: 5, method: "budget", materialAmount: 400, materialRate: 0.04, capRate: 0.02 };

interface Case {
  name: string;
  line: FollowUpLine;
  options?: Partial<FollowUpOptions>;
  expected: Record<string, number | boolean | string | null>;
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
  // a known 300 still to come goes on top: 12,800
  { name: "adjustment", line: { actuals: booked(1100, 5), budget: twelve(1000), adjustment: 300 }, expected: { adjustment: 300, yearEnd: 12800, result: 800 } },
  // rounded to the unit as forecast() rounds it: 300.4 -> 300
  { name: "adjustment rounded to the unit", line: { actuals: booked(1000, 5), budget: twelve(1000), adjustment: 300.4 }, expected: { adjustment: 300, yearEnd: 12300 } },
  // all 12 months booked: the year is its actuals; an adjustment is already in them
  { name: "whole year booked", line: { actuals: twelve(1100), budget: twelve(1000), adjustment: 300 }, options: { month: 12 }, expected: { yearEnd: 13200, adjustment: 0, monthVariance: 100, ytdVariance: 1200 } },
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
    expected: { method: "runrate", mape: 0, yearEnd: 13200 },
  },
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
      da: "metoden auto vælger den metode, der ramte bedst i de tidligere år, men med 0 års historik og 5 måneder bogført kunne ingen metode afprøves; angiv mere historik (runrate kræver 1 år med en total forskellig fra 0, profile og prioryear 2, ets 3), eller vælg en metode",
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
      line: { actuals: booked(1, 5), budget: twelve(1000), adjustment: Number.NaN },
      en: "adjustment for month 12 is not a finite number",
      da: "korrektion for måned 12 er ikke et endeligt tal",
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
      carryover: 0,
      material: false,
    });
  });

  it("sums øre without float drift", () => {
    const line = followUpLine({ actuals: [0.1, ...blanks(11)], budget: twelve(0.1) }, { ...OPTIONS, month: 1, unit: 0.01 });
    expect(followUpTotal([line, line, line], { ...OPTIONS, unit: 0.01 }).actualToDate).toBe(0.3);
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
