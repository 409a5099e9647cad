// Projection speed. The bar: 100,000 lines projected with the profile method at most 5 times a
// naive float loop. Both sides get the same 100,000 lines, each with its own 12-month budget in
// whole kroner (10,000 .. 10,000,000 kr a year, seasonal) and actuals for months 1-5 (whole kroner,
// with noise), and both return a fresh array of 12 months per line. The exact side is forecast()
// with the profile method along the budget (unit 1 kr), one options object for all lines as the
// worksheet adapter passes it (addin/functions/forecast.ts); the naive side scales the remaining
// budget months by A / cumulative budget and rounds each month on its own, so its months need not
// add up to anything. Run with `npm run bench`.
//
// The results are checked outside the timed region: every line's 12 months add up exactly
// (BigInt) to T = round(A x total / cumulative), half away from zero, and a sample of lines equals
// the decimal path (forecastDecimal, the path without the float fast path), month for month, and
// takes the fast path.

import { expect, it } from "vitest";
import { forecast, forecastDecimal } from "../core/forecast";
import type { ForecastOptions } from "../core/forecastTerms";
import { profileFast } from "../core/profileFast";
import { measure, printTable, random, sink, type Row } from "./harness";

const LINES = 100_000;
const MONTHS = 12;
const BOOKED = 5;
const BAR = 5;
const WARMUP = 3;
const RUNS = 9;
/** Every SAMPLE-th line is compared with the decimal path (about 140 µs a line). */
const SAMPLE = 50;
const PROFILE: ForecastOptions = { method: "profile" };

interface Line {
  actuals: number[];
  budget: number[];
}

/** Lines of 10,000 .. 10,000,000 kr a year with a seasonal budget and actuals off it by noise. */
function lines(): Line[] {
  const next = random(2028);
  return Array.from({ length: LINES }, () => {
    const level = 10_000 + next() * 9_990_000;
    const phase = next() * 2 * Math.PI;
    const shape = Array.from({ length: MONTHS }, (_, m) => 1 + 0.3 * Math.sin((2 * Math.PI * m) / MONTHS + phase) + 0.1 * next());
    const shapeSum = shape.reduce((a, b) => a + b, 0);
    const budget = shape.map((w) => Math.round((level * w) / shapeSum));
    const drift = 0.9 + 0.2 * next();
    const actuals = budget.slice(0, BOOKED).map((b) => Math.round(b * drift * (0.9 + 0.2 * next())));
    return { actuals, budget };
  });
}

/** The naive projection: remaining budget months scaled to T - A, each rounded on its own. */
function naive(actuals: readonly number[], budget: readonly number[]): number[] {
  let actual = 0;
  for (let i = 0; i < BOOKED; i++) actual += actuals[i];
  let cumulative = 0;
  let total = 0;
  for (let i = 0; i < MONTHS; i++) {
    total += budget[i];
    if (i < BOOKED) cumulative += budget[i];
  }
  const target = (actual * total) / cumulative;
  const factor = (target - actual) / (total - cumulative);
  const months = new Array<number>(MONTHS);
  for (let i = 0; i < BOOKED; i++) months[i] = actuals[i];
  for (let i = BOOKED; i < MONTHS; i++) months[i] = Math.round(budget[i] * factor);
  return months;
}

/** T = round(A x total / cumulative) half away from zero, in BigInt. */
function target(line: Line): bigint {
  const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + BigInt(v), 0n);
  const a = sum(line.actuals);
  const total = sum(line.budget);
  const cumulative = sum(line.budget.slice(0, BOOKED));
  const n = a * total;
  const magnitude = n < 0n ? -n : n;
  const rounded = (2n * magnitude + cumulative) / (2n * cumulative);
  return n < 0n ? -rounded : rounded;
}

it("projects 100,000 lines with the profile method within 5x a naive float loop", { timeout: 120_000 }, () => {
  const input = lines();
  const exact = () => {
    const out: number[][] = new Array(LINES);
    for (let i = 0; i < LINES; i++) out[i] = forecast(input[i].actuals, input[i].budget, PROFILE);
    return out;
  };
  const baseline = () => {
    const out: number[][] = new Array(LINES);
    for (let i = 0; i < LINES; i++) out[i] = naive(input[i].actuals, input[i].budget);
    return out;
  };

  // checks, outside the timing
  const results = exact();
  expect(results).toHaveLength(LINES);
  results.forEach((months, i) => {
    expect(months).toHaveLength(MONTHS);
    expect(months.slice(0, BOOKED)).toEqual(input[i].actuals);
    expect(months.reduce((s, v) => s + BigInt(v), 0n), `line ${i}`).toBe(target(input[i]));
  });
  for (let i = 0; i < LINES; i += SAMPLE) {
    expect(results[i], `line ${i}`).toEqual(forecastDecimal(input[i].actuals, input[i].budget, PROFILE));
    expect(profileFast(input[i].actuals, input[i].budget, PROFILE), `line ${i} takes the fast path`).not.toBeNull();
  }
  expect(baseline()).toHaveLength(LINES);

  const timing = measure(exact, baseline, WARMUP, RUNS);
  expect(sink).toBeDefined();
  const perLine = (ms: number) => ((ms * 1000) / LINES).toFixed(2);
  const rows: Row[] = [{ scenario: "profile forecast vs naive float loop (bar)", exact: timing.exact, naive: timing.naive, bar: BAR }];
  printTable(
    `forecast ${LINES.toLocaleString("en")} lines at month ${BOOKED}, profile method along each line's budget, unit 1 kr; median of ${RUNS} runs after ${WARMUP} warm-ups`,
    rows,
    1,
    [`per line: exact ${perLine(timing.exact)} µs, naive ${perLine(timing.naive)} µs`],
  );
  expect(timing.exact / timing.naive, "profile forecast / naive float loop").toBeLessThanOrEqual(BAR);
});
