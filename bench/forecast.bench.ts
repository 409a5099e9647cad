// Projection speed, every method as a user meets it: FORECAST over 100,000 lines, one call per
// line with one options object (as the worksheet adapter passes it), against the naive float
// projection of the same method over the same lines (bench/floatForecast.ts), both returning a
// fresh array of 12 months per line. Lines: a seasonal budget in whole kroner (10,000 ..
// 10,000,000 kr a year), actuals for months 1-5 booked to the øre, and 3 prior years of monthly
// actuals to the øre where the method is given a history. Sides alternate, medians are compared,
// min-max printed.
//
// Bars: profile along the budget at most 5x; budget (the default) and profile along the history
// at most 4x. Method "auto" (the backtest's pick on 3 history years, then its projection) over
// 10,000 lines at most 4x the naive float backtest and projection; and a scale table for "auto"
// at 1,000, 10,000 and 100,000 lines: linear (10x the lines costs at most 1.25x the growth of the
// naive loop's time), and the peak heap at 100,000 lines at most 1.5x the naive side's.
//
// The results are checked outside the timed region: for a sample of lines every method's months
// equal the decimal path's (forecastDecimal, the path without the fast path) and came from the
// fast path, so the bench cannot pass by being wrong or by measuring the wrong path.

import { expect, it } from "vitest";
import { forecast, forecastDecimal } from "../core/forecast";
import type { ForecastMethod, ForecastOptions } from "../core/forecastTerms";
import { projectFast } from "../core/projectionFast";
import { floatAuto, floatForecast, forecastLines, type ForecastLine } from "./floatForecast";
import { collect, measure, peakHeap, printTable, sink, spread, type Row } from "./harness";

const LINES = 100_000;
const BOOKED = 5;
const WARMUP = 2;
const RUNS = 5;
/** Every SAMPLE-th line is compared with the decimal path. */
const SAMPLE = 100;

interface Scenario {
  name: string;
  method: ForecastMethod;
  history: boolean;
  bar?: number;
}

const SCENARIOS: Scenario[] = [
  { name: "budget (the default)", method: "budget", history: false, bar: 4 },
  { name: "budget, history given", method: "budget", history: true },
  { name: "profile along the budget", method: "profile", history: false, bar: 5 },
  { name: "profile along the history", method: "profile", history: true, bar: 4 },
  { name: "runrate", method: "runrate", history: false },
  { name: "prioryear", method: "prioryear", history: true },
  { name: "ets", method: "ets", history: true },
];

const lines = forecastLines(LINES, BOOKED, 2028);

function product(input: readonly ForecastLine[], options: (line: ForecastLine) => ForecastOptions) {
  const out: number[][] = new Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = forecast(input[i].actuals, input[i].budget, options(input[i]));
  return out;
}

it("projects 100,000 lines by every method within its bar of the naive float projection", { timeout: 600_000 }, () => {
  const rows: Row[] = [];
  for (const scenario of SCENARIOS) {
    // one options object for every line without a history, as the worksheet adapter passes it
    const shared: ForecastOptions = { method: scenario.method };
    const options = scenario.history ? (line: ForecastLine): ForecastOptions => ({ method: scenario.method, history: line.history }) : () => shared;
    const exact = () => product(lines, options);
    const baseline = () => lines.map((l) => floatForecast(scenario.method, l.actuals, l.budget, scenario.history ? l.history : undefined));
    // checks, outside the timing
    const results = exact();
    for (let i = 0; i < LINES; i += SAMPLE) {
      expect(results[i], `${scenario.name}, line ${i}`).toEqual(forecastDecimal(lines[i].actuals, lines[i].budget, options(lines[i])));
      expect(projectFast(lines[i].actuals, lines[i].budget, options(lines[i])), `${scenario.name}, line ${i} takes the fast path`).not.toBeNull();
    }
    const timing = measure(exact, baseline, WARMUP, RUNS);
    rows.push({ scenario: scenario.name, ...timing, bar: scenario.bar });
  }
  expect(sink).toBeDefined();
  printTable(`forecast ${LINES.toLocaleString("en")} lines at month ${BOOKED}, unit 1 kr, actuals to the øre, 3 history years where given; median of ${RUNS} runs after ${WARMUP} warm-ups, sides alternating`, rows, 1);
  for (const row of rows) if (row.bar !== undefined) expect(row.exact / row.naive, row.scenario).toBeLessThanOrEqual(row.bar);
});

const AUTO_BAR = 4;
/** 10x the lines may cost at most 1.25x what they cost the naive loop: the same growth, whatever the machine's caches and collector add at 100,000 lines. */
const SCALE_BAR = 1.25;
const MEMORY_BAR = 1.5;

it("projects by method auto within 4x the naive float backtest, linearly, in at most 1.5x its memory", { timeout: 600_000 }, () => {
  const auto = (line: ForecastLine): ForecastOptions => ({ method: "auto", history: line.history });
  // checks, outside the timing: the decimal path's months (which run the decimal backtest too)
  for (let i = 0; i < 10_000; i += SAMPLE) expect(forecast(lines[i].actuals, lines[i].budget, auto(lines[i])), `line ${i}`).toEqual(forecastDecimal(lines[i].actuals, lines[i].budget, auto(lines[i])));

  const sizes = [1_000, 10_000, 100_000];
  const rows: Row[] = [];
  const perLine: number[] = [];
  const naivePerLine: number[] = [];
  for (const size of sizes) {
    const input = lines.slice(0, size);
    const runs = size === LINES ? 3 : RUNS;
    const timing = measure(() => product(input, auto), () => input.map(floatAuto), size === LINES ? 1 : WARMUP, runs);
    rows.push({ scenario: `auto, ${size.toLocaleString("en")} lines`, ...timing, bar: size === 10_000 ? AUTO_BAR : undefined });
    perLine.push(timing.exact / size);
    naivePerLine.push(timing.naive / size);
  }
  const growthOf = (times: number[]) => sizes.slice(1).map((size, k) => (times[k + 1] * size) / (times[k] * sizes[k]));
  const growth = growthOf(perLine);
  const naiveGrowth = growthOf(naivePerLine);

  // peak heap with the inputs held, sampled every 1,000 lines
  const peak = (run: (line: ForecastLine) => number[]) =>
    peakHeap((sample) => {
      const out: number[][] = new Array(LINES);
      for (let i = 0; i < LINES; i++) {
        out[i] = run(lines[i]);
        if (i % 1000 === 0) sample();
      }
      return out;
    });
  collect();
  const before = process.memoryUsage().heapUsed;
  const memory = { exact: [] as number[], naive: [] as number[] };
  for (let i = 0; i < 3; i++) {
    memory.exact.push(peak((l) => forecast(l.actuals, l.budget, auto(l))));
    memory.naive.push(peak(floatAuto));
  }
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const exactPeak = Math.max(...memory.exact);
  const naivePeak = Math.max(...memory.naive);
  rows.push({ scenario: "auto, 100,000 lines, peak heap MB", exact: exactPeak / 2 ** 20, naive: naivePeak / 2 ** 20, bar: MEMORY_BAR });
  printTable(
    `forecast by method auto (3 history years, month ${BOOKED}, unit 1 kr) against the naive float backtest and projection; median of ${RUNS} runs (3 at 100,000 lines), sides alternating`,
    rows,
    1,
    [
      `time for 10x the lines: exact ${growth.map((g) => `${g.toFixed(1)}x`).join(", ")}, naive ${naiveGrowth.map((g) => `${g.toFixed(1)}x`).join(", ")}; exact over naive ${growth.map((g, k) => (g / naiveGrowth[k]).toFixed(2)).join(", ")} (bar <= ${SCALE_BAR}: linear as the naive loop)`,
      `per line: ${perLine.map((t) => `${(t * 1000).toFixed(2)} µs`).join(", ")}`,
      `peak heap over 3 runs each, inputs held (${mb(before)} MB before): exact ${memory.exact.map(mb).join("/")} MB, naive ${memory.naive.map(mb).join("/")} MB; above the inputs exact ${mb(exactPeak - before)} MB, naive ${mb(naivePeak - before)} MB`,
      `min-max of the 10,000-line runs: exact ${spread(rows[1].exactRuns ?? [])} ms, naive ${spread(rows[1].naiveRuns ?? [])} ms`,
    ],
  );
  expect(rows[1].exact / rows[1].naive, "auto, 10,000 lines").toBeLessThanOrEqual(AUTO_BAR);
  growth.forEach((g, k) => expect(g / naiveGrowth[k], "10x the lines, against the naive loop's growth").toBeLessThanOrEqual(SCALE_BAR));
  expect(exactPeak / naivePeak, "peak heap").toBeLessThanOrEqual(MEMORY_BAR);
});
