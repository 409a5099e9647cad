// Backtest speed: BACKTEST over 10,000 lines with 3 years of history (every method on every prior
// year it can run on, each method's exact MAPE, the best method and its band) against the naive
// float backtest of the same lines (bench/floatForecast.ts: each method's MAPE in doubles, the
// lowest wins). The bar: at most 10x. Also printed: the ratio to one pass of the product's own
// forecast along the same history (FORECAST "profile"). Sides alternate, medians are compared,
// min-max printed.
//
// The results are checked outside the timed region: every line gets a recommendation and a band
// around its projected year-end; for a sample of lines each method's MAPE equals the mean APE
// recomputed here in decimals from yearEnd() year by year; and how often the naive float pick
// differs from the exact one is printed, so the bench cannot pass by skipping work.

import Decimal from "decimal.js";
import { expect, it } from "vitest";
import { backtest, forecast, yearEnd, type ForecastMethod } from "../core";
import { floatBacktest, forecastLines, type ForecastLine } from "./floatForecast";
import { measure, printTable, sink, type Row } from "./harness";

const LINES = 10_000;
const MONTH = 5;
const BAR = 10;
const WARMUP = 1;
const RUNS = 7;

/** The reference: each method's MAPE recomputed from yearEnd() on each prior year. */
function referenceMape(line: ForecastLine, method: ForecastMethod): number | null {
  const need: Record<ForecastMethod, number> = { budget: Infinity, runrate: 0, profile: 1, prioryear: 1, ets: 2 };
  const apes: Decimal[] = [];
  line.history.forEach((row, y) => {
    if (y < need[method]) return;
    const total = row.reduce((s, v) => s.plus(v), new Decimal(0));
    const projected = yearEnd(row.slice(0, MONTH), new Array<number>(12).fill(0), { method, history: y > 0 ? line.history.slice(0, y) : undefined });
    apes.push(new Decimal(projected).minus(total).abs().dividedBy(total.abs()));
  });
  return apes.length === 0 ? null : apes.reduce((s, a) => s.plus(a), new Decimal(0)).dividedBy(apes.length).toNumber();
}

it("backtests 10,000 lines over 3 years of history within 10x the naive float backtest", { timeout: 600_000 }, () => {
  const input = forecastLines(LINES, MONTH, 2027);
  const runBacktest = () => input.map((l) => backtest(l.actuals, l.budget, l.history));
  const runFloat = () => input.map((l) => floatBacktest(MONTH, l.history));
  const runProfile = () => input.map((l) => forecast(l.actuals, l.budget, { method: "profile", history: l.history }));

  // checks, outside the timing
  const results = runBacktest();
  const floats = runFloat();
  const picked = new Map<string, number>();
  let differ = 0;
  results.forEach((r, i) => {
    expect(r.month).toBe(MONTH);
    expect(r.best).not.toBeNull();
    expect(r.band).not.toBeNull();
    const projected = yearEnd(input[i].actuals, input[i].budget, { method: r.best ?? "budget", history: input[i].history });
    expect(r.band!.low).toBeLessThanOrEqual(projected);
    expect(r.band!.high).toBeGreaterThanOrEqual(projected);
    picked.set(r.best!, (picked.get(r.best!) ?? 0) + 1);
    if (floats[i].method !== r.best) differ++;
  });
  for (let i = 0; i < LINES; i += 500) {
    for (const r of results[i].results) expect(r.mape, `line ${i}, ${r.method}`).toBe(referenceMape(input[i], r.method));
  }

  const timing = measure(runBacktest, runFloat, WARMUP, RUNS);
  const profile = measure(runBacktest, runProfile, WARMUP, RUNS);
  expect(sink).toBeDefined();
  const rows: Row[] = [
    { scenario: "BACKTEST vs naive float backtest (bar)", ...timing, bar: BAR },
    { scenario: "BACKTEST vs FORECAST profile along the history", ...profile },
  ];
  printTable(
    `backtest ${LINES.toLocaleString("en")} lines at month ${MONTH}, 3 history years each, unit 1 kr; median of ${RUNS} runs after ${WARMUP} warm-up, sides alternating`,
    rows,
    1,
    [`recommended: ${[...picked].map(([m, n]) => `${m} ${n}`).join(", ")}; the naive float backtest picks another method on ${differ} lines`],
    ["backtest ms", "other side ms"],
  );
  expect(timing.exact / timing.naive, "backtest / naive float backtest").toBeLessThanOrEqual(BAR);
});
