// Historical profile speed. The bars: linear (4 times the rows at most 5 times the time) and
// 100,000 rows within 3 times a naive float pass. Both sides get the same random history: years
// of 10,000 .. 10,000,000 kr, seasonal, half of them in øre, with refunds (negative months),
// blank months and empty years among them. The product side is historicalProfile, exact weights;
// the naive side adds each year's shares in floating point and divides by the number of years,
// with no rounding and no exactness. Sides alternate, medians compared, min-max printed. Run with
// `npm run bench`.
//
// Outside the timed region: the weights equal the definition over the common denominator
// (historicalProfileExact) on the first 300 rows and on a sample of small histories, and are within
// 1e-9 of the naive pass at every size; how many months each step settled is printed. Also printed
// (info): the heap one call at 100,000 rows leaves grown, the same rows through the worksheet
// adapter (BUDGET.PROFILE), and 100,000 years of exact ties, which only the exact step settles.

import { expect, it } from "vitest";
import { PROFILE } from "../addin/functions/catalog";
import type { Cell } from "../addin/functions/cells";
import { historicalProfileExact } from "../core/derivedProfiles";
import { historicalProfile, historicalSteps, type HistoryValue } from "../core/historicalProfile";
import { collect, measure, median, printTable, random, spread, time, type Row } from "./harness";

const SIZES = [1_000, 10_000, 100_000];
/** The linear bar compares the largest size with a quarter of it. */
const QUARTER = 25_000;
const LARGEST = 100_000;
const SPEED_BAR = 3;
const LINEAR_BAR = 5;
const WARMUP = 5;
const RUNS = 21;
const MONTHS = 12;

/** Years of 10,000 .. 10,000,000 kr with a seasonal shape; half in øre; refunds, blanks, empty years. */
function history(rows: number): HistoryValue[][] {
  const next = random(2027);
  return Array.from({ length: rows }, () => {
    if (next() < 0.005) return new Array<HistoryValue>(MONTHS).fill(null);
    const level = 10_000 + next() * 9_990_000;
    const phase = next() * 2 * Math.PI;
    const ore = next() < 0.5;
    return Array.from({ length: MONTHS }, (_, m) => {
      const u = next();
      if (u < 0.01) return null;
      const amount = (level / MONTHS) * (1 + 0.3 * Math.sin((2 * Math.PI * m) / MONTHS + phase) + 0.1 * next());
      const signed = u < 0.03 ? -amount / 10 : amount;
      return ore ? Math.round(signed * 100) / 100 : Math.round(signed);
    });
  });
}

/** The naive pass: each year's shares in floating point, added, divided by the number of years. */
function naive(rows: readonly (readonly HistoryValue[])[]): number[] {
  const sums = new Float64Array(MONTHS);
  let years = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let total = 0;
    for (let m = 0; m < MONTHS; m++) {
      const v = row[m];
      if (v !== null && v > 0) total += v;
    }
    if (total === 0) continue;
    years++;
    for (let m = 0; m < MONTHS; m++) {
      const v = row[m];
      if (v !== null && v > 0) sums[m] += v / total;
    }
  }
  return Array.from(sums, (s) => s / years);
}

/** Both sides' times, alternating which goes first. */
const alternate = (product: () => unknown, baseline: () => unknown) => {
  const times = measure(product, baseline, WARMUP, RUNS);
  return { product: times.exactRuns, naive: times.naiveRuns };
};

/** Results kept reachable so no run can be optimised away. */
let kept: unknown;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;


it("historical profile: linear, and 100,000 rows within 3x a naive float pass", { timeout: 120_000 }, () => {
  const all = history(LARGEST);
  const inputs = new Map([...SIZES, QUARTER].map((size) => [size, all.slice(0, size)]));

  // checks, outside the timing
  expect(historicalProfile(all.slice(0, 300))).toEqual(historicalProfileExact(all.slice(0, 300)));
  for (let start = 0; start < 2_000; start += 7) {
    const small = all.slice(start, start + 1 + (start % 5));
    if (small.some((row) => row.some((v) => v !== null && v > 0))) expect(historicalProfile(small)).toEqual(historicalProfileExact(small));
  }
  for (const rows of inputs.values()) {
    const weights = historicalProfile(rows);
    naive(rows).forEach((w, m) => expect(Math.abs(weights[m] - w), `month ${m + 1} of ${rows.length} rows`).toBeLessThanOrEqual(1e-9));
  }
  const steps = [0, 0, 0, 0];
  for (const rows of inputs.values()) for (const step of historicalSteps(rows)) steps[step]++;

  const timings = new Map<number, { product: number[]; naive: number[] }>();
  for (const size of SIZES) {
    const rows = inputs.get(size) as HistoryValue[][];
    timings.set(size, alternate(() => historicalProfile(rows), () => naive(rows)));
  }
  const at = (size: number) => timings.get(size) as { product: number[]; naive: number[] };

  // memory: the heap one call leaves grown (no collection forced during it), after a collection
  const largest = inputs.get(LARGEST) as HistoryValue[][];
  collect();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  kept = historicalProfile(largest);
  const after = process.memoryUsage();
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  collect();
  const inputHeap = process.memoryUsage().heapUsed;

  // the worksheet adapter on the same rows as cells, and a history of exact ties
  const cells: Cell[][] = largest.map((row) => [...row]);
  const adapter = alternate(() => PROFILE.evaluate("historical", 2026, cells), () => naive(largest));
  expect(PROFILE.evaluate("historical", 2026, cells)).toEqual([historicalProfile(largest)]);
  const ties: HistoryValue[][] = Array.from({ length: LARGEST }, () => [1, 19_999_999_999, ...new Array<number>(10).fill(0)]);
  expect(historicalSteps(ties).slice(0, 2)).toEqual([3, 3]);
  const tieTimes = [0, 1, 2].map(() => time(() => historicalProfile(ties)));
  expect(historicalProfile(ties).slice(0, 2)).toEqual([1e-10, 1]);

  const reference = time(() => historicalProfileExact(all.slice(0, 300)));
  expect(kept).toBeDefined();

  const rows: Row[] = SIZES.map((size) => ({
    scenario: `${size.toLocaleString("en")} rows${size === LARGEST ? " (bar)" : ""}`,
    exact: median(at(size).product),
    naive: median(at(size).naive),
    bar: size === LARGEST ? SPEED_BAR : undefined,
  }));
  rows.push({ scenario: `${LARGEST.toLocaleString("en")} rows via BUDGET.PROFILE`, exact: median(adapter.product), naive: median(adapter.naive) });
  printTable(
    `historical profile of random histories; median of ${RUNS} runs after ${WARMUP} warm-ups, sides alternating`,
    rows,
    2,
    [
      ...SIZES.map((size) => `${size.toLocaleString("en")} rows min-max: product ${spread(at(size).product, 2)} ms, naive ${spread(at(size).naive, 2)} ms`),
      `months settled per step over all sizes: floating point ${steps[1]}, fixed point ${steps[2]}, exact ${steps[3]}`,
      `one call at ${LARGEST.toLocaleString("en")} rows: heap grown ${mb(after.heapUsed - before.heapUsed)}; heap in use with the rows ${mb(inputHeap)}; rss ${mb(after.rss)}, the process's peak rss ${mb(peakBefore)} before and ${mb(peakAfter)} after (info)`,
      `${LARGEST.toLocaleString("en")} years of exact ties (1/2e10, only the exact step settles them): ${spread(tieTimes, 0)} ms (info)`,
      `the definition over the common denominator (historicalProfileExact) at 300 rows: ${reference.toFixed(0)} ms (info)`,
    ],
    ["product ms", "naive ms"],
  );
  // the linear bar: the two sizes alternate with each other
  const quarter = inputs.get(QUARTER) as HistoryValue[][];
  const scale = alternate(() => historicalProfile(largest), () => historicalProfile(quarter));
  const naiveScale = alternate(() => naive(largest), () => naive(quarter));
  const linear: Row[] = [
    { scenario: "product (bar)", exact: median(scale.product), naive: median(scale.naive), bar: LINEAR_BAR },
    { scenario: "naive float pass", exact: median(naiveScale.product), naive: median(naiveScale.naive) },
  ];
  printTable(
    `historical profile: ${LARGEST.toLocaleString("en")} rows against ${QUARTER.toLocaleString("en")}, the sizes alternating`,
    linear,
    2,
    [`product min-max: ${spread(scale.product, 2)} ms against ${spread(scale.naive, 2)} ms`],
    [`${LARGEST.toLocaleString("en")} ms`, `${QUARTER.toLocaleString("en")} ms`],
  );

  expect(median(at(LARGEST).product) / median(at(LARGEST).naive), "100,000 rows / naive float pass").toBeLessThanOrEqual(SPEED_BAR);
  expect(median(scale.product) / median(scale.naive), "100,000 rows / 25,000 rows").toBeLessThanOrEqual(LINEAR_BAR);
});
