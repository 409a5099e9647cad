// Backtest speed. The bar: the backtest over 3 years of history for 10,000 lines within 10 times
// one projection pass. Both sides get the same 10,000 lines (actuals for months 1-5, a 12-month
// budget, 3 prior years of monthly actuals): the backtest side runs backtest() on every line (every
// method on every prior year it can run on, then the band with the best method); the baseline is
// one projection pass, forecast() with the profile method along the same history. The ratio of the
// medians must be at most 10. Run with `npm run bench`.
//
// The results are checked outside the timed region: every line gets a recommendation and a band
// around its projected year-end, and for a sample of lines each method's MAPE equals the mean APE
// recomputed here from yearEnd() year by year, so the bench cannot pass by skipping work.

import Decimal from "decimal.js";
import { expect, it } from "vitest";
import { backtest, forecast, yearEnd, type ForecastMethod } from "../core";
import { measure, printTable, random, sink, type Row } from "./harness";

const LINES = 10_000;
const MONTH = 5;
const BAR = 10;
const WARMUP = 1;
const RUNS = 5;

interface Line {
  actuals: number[];
  budget: number[];
  history: number[][];
}

/** Lines of 10,000 .. 10,000,000 kr a year with their own seasonal shape, level drift and noise. */
function lines(): Line[] {
  const next = random(2027);
  return Array.from({ length: LINES }, () => {
    const level = 10_000 + next() * 9_990_000;
    const shape = Array.from({ length: 12 }, () => 0.5 + next());
    const shapeSum = shape.reduce((a, b) => a + b, 0);
    const year = (factor: number) => shape.map((w) => Math.round(((level * factor * w) / shapeSum) * (0.9 + 0.2 * next())));
    const history = [year(0.9 + 0.1 * next()), year(0.95 + 0.1 * next()), year(1 + 0.1 * next())];
    const budget = year(1.05);
    const actuals = year(1.02 + 0.1 * next()).slice(0, MONTH);
    return { actuals, budget, history };
  });
}

/** The reference: each method's MAPE recomputed from yearEnd() on each prior year. */
function referenceMape(line: Line, method: ForecastMethod): number | null {
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

it("backtests 10,000 lines over 3 years of history within 10x one profile projection pass", { timeout: 600_000 }, () => {
  const input = lines();
  const runBacktest = () => input.map((l) => backtest(l.actuals, l.budget, l.history));
  const runProfile = () => input.map((l) => forecast(l.actuals, l.budget, { method: "profile", history: l.history }));

  // checks, outside the timing
  const results = runBacktest();
  const picked = new Map<string, number>();
  results.forEach((r, i) => {
    expect(r.month).toBe(MONTH);
    expect(r.best).not.toBeNull();
    expect(r.band).not.toBeNull();
    const projected = yearEnd(input[i].actuals, input[i].budget, { method: r.best ?? "budget", history: input[i].history });
    expect(r.band!.low).toBeLessThanOrEqual(projected);
    expect(r.band!.high).toBeGreaterThanOrEqual(projected);
    picked.set(r.best!, (picked.get(r.best!) ?? 0) + 1);
  });
  for (let i = 0; i < LINES; i += 500) {
    for (const r of results[i].results) expect(r.mape, `line ${i}, ${r.method}`).toBe(referenceMape(input[i], r.method));
  }
  expect(runProfile()).toHaveLength(LINES);

  const timing = measure(runBacktest, runProfile, WARMUP, RUNS);
  expect(sink).toBeDefined();
  const rows: Row[] = [{ scenario: "backtest vs profile forecast (bar)", exact: timing.exact, naive: timing.naive, bar: BAR }];
  printTable(
    `backtest ${LINES.toLocaleString("en")} lines at month ${MONTH}, 3 history years each, unit 1 kr; median of ${RUNS} runs after ${WARMUP} warm-up; the other side is the product's own exact forecast, one pass with the profile method along the history (no naive float side)`,
    rows,
    1,
    [`recommended: ${[...picked].map(([m, n]) => `${m} ${n}`).join(", ")}`],
    ["backtest ms", "profile forecast ms"],
  );
  expect(timing.exact / timing.naive, "backtest / profile forecast").toBeLessThanOrEqual(BAR);
});
