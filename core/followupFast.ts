// The follow-up's integer path (followup.ts): a row's sums, its judgement (material or not), its
// carry-over and the chart's curves in whole øre (wholeAmounts.ts), for the common report whose
// amounts are kroner with at most øre and whose figures stay within 7e13 kr. It returns exactly
// what the decimal path returns, figure for figure (the same doubles, the same signs of zero);
// anything outside its conditions returns null, and the decimal path runs with its checks and
// messages. Every figure here lies within the amount limit at every unit, so no check can fail.
//
// Material (followup.ts): |result| >= the amount threshold A, read in øre as |r| >= ceil(100 A)
// (r is whole), and |result| >= the rate threshold x |budget|, both sides in øre, compared exactly.
// The carry-over is the rule of variance.ts at the øre (carryoverUnits). The band has its float
// path beside the exact one (backtest.ts bandFast).

import type { FollowUpFigures, FollowUpOptions } from "./followupTerms";
import { Exact } from "./money";
import { DEFAULT_CAP_RATE } from "./variance";
import { atLeastFraction, carryoverUnits, exactFraction, fractionOf, kronerOf, oreOf, within, type Fraction } from "./wholeAmounts";

/** The amounts a row's figures follow from, in whole øre (followup.ts's Amounts). */
export interface OreAmounts {
  actualToDate: number;
  budgetToDate: number;
  monthVariance: number;
  budget: number;
  adjustment: number;
  yearEnd: number;
  capBase: number;
  departmentYearEnd: number | null;
  actions: number;
}

/** The report's thresholds and carry-over rule, read once for all its rows. */
interface Judging {
  none: boolean;
  /** ceil(100 x amount threshold); null when there is none. */
  amount: number | null;
  rate: Fraction | null;
  capRate: Fraction;
  capShare: Fraction;
}

type Rule = Pick<FollowUpOptions, "materialAmount" | "materialRate" | "capRate" | "capShare">;

/** The last rule read: a report's lines all have the same. */
let judged: { rule: Rule; judging: Judging | null } | null = null;

function judgingOf(options: FollowUpOptions): Judging | null {
  const { materialAmount, materialRate, capRate, capShare } = options;
  const last = judged?.rule;
  if (last && judged && Object.is(last.materialAmount, materialAmount) && Object.is(last.materialRate, materialRate) && Object.is(last.capRate, capRate) && Object.is(last.capShare, capShare)) return judged.judging;
  let judging: Judging | null = null;
  const rate = fractionOf(capRate, DEFAULT_CAP_RATE);
  const share = fractionOf(capShare, 1);
  const amountOk = materialAmount === null || Number.isFinite(materialAmount);
  const material = materialRate === null ? null : exactFraction(materialRate);
  if (rate !== null && share !== null && amountOk && (materialRate === null || material !== null)) {
    judging = {
      none: materialAmount === null && materialRate === null,
      amount: materialAmount === null ? null : new Exact(materialAmount).times(100).ceil().toNumber(),
      rate: material,
      capRate: rate,
      capShare: share,
    };
  }
  judged = { rule: { materialAmount, materialRate, capRate, capShare }, judging };
  return judging;
}

/** The exact sum in øre of values[from..to), or NaN when one is not whole øre or the sum passes 7e13 kr. */
export function sumOre(values: readonly unknown[], from = 0, to = values.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    sum += oreOf(values[i]);
    if (!within(sum)) return NaN;
  }
  return sum;
}

/** A row's figures from its amounts in øre; null when a figure passes 7e13 kr or the options are unusual. */
export function figuresFast(a: OreAmounts, options: FollowUpOptions): FollowUpFigures | null {
  const j = judgingOf(options);
  if (j === null) return null;
  const result = a.yearEnd - a.budget;
  const actionsYearEnd = a.yearEnd + a.actions;
  const resultAfterActions = actionsYearEnd - a.budget;
  const ytdVariance = a.actualToDate - a.budgetToDate;
  if (!within(result) || !within(actionsYearEnd) || !within(resultAfterActions) || !within(ytdVariance)) return null;
  // to the øre, whatever the report's unit: what carries over is carried as booked
  const carried = carryoverUnits(a.budget, a.yearEnd, a.capBase, j.capRate, j.capShare, 1);
  if (carried === null) return null;
  const size = result < 0 ? -result : result;
  const material = !j.none && (j.amount === null || size >= j.amount) && (j.rate === null || atLeastFraction(result, a.budget, j.rate));
  return {
    actualToDate: kronerOf(a.actualToDate),
    budgetToDate: kronerOf(a.budgetToDate),
    monthVariance: kronerOf(a.monthVariance),
    ytdVariance: kronerOf(ytdVariance),
    budget: kronerOf(a.budget),
    adjustment: kronerOf(a.adjustment),
    yearEnd: kronerOf(a.yearEnd),
    result: kronerOf(result),
    capBase: kronerOf(a.capBase),
    carryover: carried === 0 ? 0 : kronerOf(carried),
    material,
    departmentYearEnd: a.departmentYearEnd === null ? null : kronerOf(a.departmentYearEnd),
    actions: kronerOf(a.actions),
    actionsYearEnd: kronerOf(actionsYearEnd),
    resultAfterActions: kronerOf(resultAfterActions),
  };
}

/** Whether every amount in øre is on the integer path (none NaN). */
const allWithin = (a: OreAmounts): boolean =>
  within(a.actualToDate) &&
  within(a.budgetToDate) &&
  within(a.monthVariance) &&
  within(a.budget) &&
  within(a.adjustment) &&
  within(a.yearEnd) &&
  within(a.capBase) &&
  (a.departmentYearEnd === null || within(a.departmentYearEnd)) &&
  within(a.actions);

/** One line's amounts in øre (followUpLine's), or null off the integer path. */
export function lineAmountsFast(
  booked: readonly number[],
  budget: readonly number[],
  months: readonly number[],
  adjustment: number,
  capBase: number | undefined,
  department: number | null,
  afterActions: readonly number[] | null,
): OreAmounts | null {
  const m = booked.length;
  const yearEnd = sumOre(months);
  const budgetTotal = sumOre(budget);
  const amounts: OreAmounts = {
    actualToDate: sumOre(booked),
    budgetToDate: sumOre(budget, 0, m),
    monthVariance: oreOf(booked[m - 1]) - oreOf(budget[m - 1]),
    budget: budgetTotal,
    adjustment: oreOf(adjustment),
    yearEnd,
    capBase: capBase === undefined ? budgetTotal : oreOf(capBase),
    departmentYearEnd: department === null ? null : oreOf(department),
    actions: afterActions === null ? 0 : sumOre(afterActions) - yearEnd,
  };
  return allWithin(amounts) ? amounts : null;
}

/** The total's amounts in øre (followUpTotal's), with the outside measures still to come; null off the integer path. */
export function totalAmountsFast(rows: readonly FollowUpFigures[], outside: readonly number[]): OreAmounts | null {
  const departments = rows.some((r) => r.departmentYearEnd !== null);
  const amounts: OreAmounts = { actualToDate: 0, budgetToDate: 0, monthVariance: 0, budget: 0, adjustment: 0, yearEnd: 0, capBase: 0, departmentYearEnd: departments ? 0 : null, actions: 0 };
  for (const r of rows) {
    amounts.actualToDate += oreOf(r.actualToDate);
    amounts.budgetToDate += oreOf(r.budgetToDate);
    amounts.monthVariance += oreOf(r.monthVariance);
    amounts.budget += oreOf(r.budget);
    amounts.adjustment += oreOf(r.adjustment);
    amounts.yearEnd += oreOf(r.yearEnd);
    amounts.capBase += oreOf(r.capBase);
    if (amounts.departmentYearEnd !== null) amounts.departmentYearEnd += oreOf(r.departmentYearEnd ?? r.yearEnd);
    amounts.actions += oreOf(r.actions);
    if (!allWithin(amounts)) return null;
  }
  amounts.actions += sumOre(outside);
  return allWithin(amounts) ? amounts : null;
}

/** Running totals of whole øre, in kroner; null when one passes 7e13 kr. */
function cumulativeOre(months: readonly number[]): number[] | null {
  let running = 0;
  const out = new Array<number>(months.length);
  for (let m = 0; m < months.length; m++) {
    running += months[m];
    if (!within(running)) return null;
    out[m] = kronerOf(running);
  }
  return out;
}

/** followUpCurves' cumulative budget and forecast over the lines, in øre; null off the integer path. */
export function curvesFast(lines: readonly { budget: readonly number[]; months: readonly number[] }[], monthCount: number): { budget: number[]; forecast: number[] } | null {
  const budget = new Array<number>(monthCount).fill(0);
  const forecast = new Array<number>(monthCount).fill(0);
  for (const l of lines) {
    for (let m = 0; m < monthCount; m++) {
      budget[m] += oreOf(l.budget[m]);
      forecast[m] += oreOf(l.months[m]);
      if (!within(budget[m]) || !within(forecast[m])) return null;
    }
  }
  const b = cumulativeOre(budget);
  const f = cumulativeOre(forecast);
  return b === null || f === null ? null : { budget: b, forecast: f };
}
