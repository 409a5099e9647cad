// The naive float side of the forecast benchmarks: every projection method and the backtest in
// plain doubles, each projected month rounded on its own (Math.round), no exactness, no checks,
// so its months need not add up to anything. The ets method is the product's own Holt-Winters
// model (core/ets.ts), which is floating point by definition; only its rounding differs. And the
// inputs both sides share: lines with a seasonal budget and 3 years of history.

import { holtWinters } from "../core/ets";
import type { ForecastMethod } from "../core";
import { random } from "./harness";

export interface ForecastLine {
  actuals: number[];
  budget: number[];
  history: number[][];
}

/**
 * Lines of 10,000 .. 10,000,000 kr a year, with their own seasonal shape, level drift and noise:
 * the budget in whole kroner, the actuals and prior years booked to the øre (as a ledger books them).
 */
export function forecastLines(count: number, booked: number, seed: number): ForecastLine[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const level = 10_000 + next() * 9_990_000;
    const shape = Array.from({ length: 12 }, () => 0.5 + next());
    const shapeSum = shape.reduce((a, b) => a + b, 0);
    const year = (factor: number, ore: number) => shape.map((w) => Math.round(((ore * level * factor * w) / shapeSum) * (0.9 + 0.2 * next())) / ore);
    const history = [year(0.9 + 0.1 * next(), 100), year(0.95 + 0.1 * next(), 100), year(1 + 0.1 * next(), 100)];
    const budget = year(1.05, 1);
    const actuals = year(1.02 + 0.1 * next(), 100).slice(0, booked);
    return { actuals, budget, history };
  });
}

const sum = (xs: readonly number[], from = 0, to = xs.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i];
  return s;
};

/** Each year's months as shares of its total, averaged over the years. */
function averageShares(history: readonly (readonly number[])[]): number[] {
  const shares = new Array<number>(12).fill(0);
  for (const row of history) {
    const total = sum(row);
    for (let i = 0; i < 12; i++) shares[i] += row[i] / total / history.length;
  }
  return shares;
}

/** The month-by-month sums of the years. */
function monthSums(history: readonly (readonly number[])[]): number[] {
  const sums = new Array<number>(12).fill(0);
  for (const row of history) for (let i = 0; i < 12; i++) sums[i] += row[i];
  return sums;
}

/** The remaining months m..11 of a shape scaled so that the year comes to a / (the shape's share booked). */
function alongShape(months: number[], a: number, shape: readonly number[], m: number): void {
  const cum = sum(shape, 0, m);
  const rest = sum(shape, m);
  const factor = (a * (cum + rest)) / cum - a;
  for (let i = m; i < 12; i++) months[i] = Math.round((shape[i] * factor) / rest);
}

/** The 12 months by a method, naively: the booked months, then each projected month rounded on its own. */
export function floatForecast(method: ForecastMethod, actuals: readonly number[], budget: readonly number[], history: readonly (readonly number[])[] | undefined): number[] {
  const m = actuals.length;
  const months = new Array<number>(12);
  for (let i = 0; i < m; i++) months[i] = actuals[i];
  const a = sum(actuals);
  if (method === "budget") for (let i = m; i < 12; i++) months[i] = Math.round(budget[i]);
  else if (method === "runrate") for (let i = m; i < 12; i++) months[i] = Math.round(((a / m) * 12 - a) / (12 - m));
  else if (method === "profile") alongShape(months, a, history === undefined ? budget : averageShares(history), m);
  else if (method === "prioryear") alongShape(months, a, monthSums(history ?? []), m);
  else {
    const series: number[] = [];
    for (const row of history ?? []) for (let i = 0; i < 12; i++) series.push(row[i]);
    for (let i = 0; i < m; i++) series.push(actuals[i]);
    const forecasts = holtWinters(series, 12 - m);
    for (let i = m; i < 12; i++) months[i] = Math.round(forecasts[i - m]);
  }
  return months;
}

/** The methods the backtest tries, in its order, and the history years each needs before a year. */
const TRIED: readonly [ForecastMethod, number][] = [
  ["runrate", 0],
  ["profile", 1],
  ["prioryear", 1],
  ["ets", 2],
];

/**
 * The naive backtest: each method's mean absolute percentage error on the prior years, in doubles
 * (a year of total 0 left out); the lowest wins, ties to the simpler method.
 */
export function floatBacktest(booked: number, history: readonly (readonly number[])[]): { method: ForecastMethod; mape: number } {
  let best: { method: ForecastMethod; mape: number } = { method: "runrate", mape: Infinity };
  for (const [method, before] of TRIED) {
    let apes = 0;
    let years = 0;
    for (let y = before; y < history.length; y++) {
      const row = history[y];
      const total = sum(row);
      if (total === 0) continue;
      const months = floatForecast(method, row.slice(0, booked), [], y > 0 ? history.slice(0, y) : undefined);
      apes += Math.abs(sum(months) - total) / Math.abs(total);
      years++;
    }
    if (years > 0 && apes / years < best.mape) best = { method, mape: apes / years };
  }
  return best;
}

/** Method "auto", naively: the float backtest's pick, then its float projection. */
export function floatAuto(line: ForecastLine): number[] {
  const { method } = floatBacktest(line.actuals.length, line.history);
  return floatForecast(method, line.actuals, line.budget, line.history);
}
