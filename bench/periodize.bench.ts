// Periodisation speed: the exact core against a naive floating-point split, in one process. The
// bar: 100,000 lines x 12 months along one shared profile at most 3 times the naive time. Two more
// scenarios are reported without a bar: a profile per line, and the worksheet adapter end to end.
// A second bar: the worksheet function filled down 5,000 rows, one call per row as Excel makes
// them, at most 3 times a naive float split per row. Run with `npm run bench`.
//
// Honest measuring: both sides get the same inputs and return number[][] (100,000 arrays of 12);
// each scenario is warmed up, then exact and naive runs alternate and the medians are compared.
// The exact results are checked outside the timed region against an independent BigInt
// largest-remainder reference, so the bench cannot pass by being wrong.

import { measure, median, printTable as printHarnessTable, random, sink, spread, type Row } from "./harness";
import Decimal from "decimal.js";
import { expect, it } from "vitest";
import { PERIODIZE } from "../addin/functions/catalog";
import type { Cell, FunctionResult } from "../addin/functions/cells";
import { periodizer } from "../core";
import { clearWeightCache } from "../core/weightCache";
import { largestRemainder, scaledWeights } from "../test/reference";

const LINES = 100_000;
const MONTHS = 12;
const BAR = 3;
const WARMUP = 3;
const RUNS = 9;

// --- inputs ---------------------------------------------------------------------------------


/** 100,000 distinct amounts 1,000.00 .. 50,000,000.00 with øre, about a fifth negative. */
function annualAmounts(): number[] {
  const next = random(2025);
  const seen = new Set<number>();
  const amounts: number[] = [];
  while (amounts.length < LINES) {
    const ore = 100_000 + Math.floor(next() * (5_000_000_000 - 100_000 + 1));
    const amount = (next() < 0.2 ? -ore : ore) / 100;
    if (seen.has(amount)) continue;
    seen.add(amount);
    amounts.push(amount);
  }
  return amounts;
}

/** A seasonal profile in percent (sums to 100), the way a controller would type it. */
const SEASONAL: readonly number[] = [8.6, 8.2, 8.5, 8.3, 8.4, 7.9, 4.1, 7.6, 9.0, 9.4, 9.6, 10.4];

/** One row of integer weights per line, like working days per month. */
function workingDays(): number[][] {
  const next = random(7);
  return Array.from({ length: LINES }, () => Array.from({ length: MONTHS }, () => 18 + Math.floor(next() * 6)));
}

// --- the naive baseline -----------------------------------------------------------------------

/** Each month rounded on its own: fast, and the months need not add up to the annual amount. */
function naive(annual: number, weights: readonly number[], sum: number): number[] {
  const months = new Array<number>(MONTHS);
  for (let m = 0; m < MONTHS; m++) months[m] = Math.round((annual * weights[m]) / sum);
  return months;
}

function weightSum(weights: readonly number[]): number {
  let sum = 0;
  for (let m = 0; m < MONTHS; m++) sum += weights[m];
  return sum;
}

// --- checking (outside the timed region) ------------------------------------------------------

function reference(annual: number, weights: readonly number[]): bigint[] {
  const total = BigInt(new Decimal(annual).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  return largestRemainder(total, scaledWeights(weights));
}

/** 1,000 sampled lines: every month equals the reference, so each line adds up to its annual. */
function check(annual: readonly number[], weightsOf: (line: number) => readonly number[], months: readonly unknown[][]) {
  expect(months.length).toBe(annual.length);
  for (let line = 0; line < annual.length; line += annual.length / 1000) {
    const row = months[line] as number[];
    expect(row.every((m) => typeof m === "number" && Number.isInteger(m))).toBe(true);
    const expected = reference(annual[line], weightsOf(line));
    expect(row.map((m) => BigInt(m))).toEqual(expected);
    const total = row.reduce((a, b) => a + b, 0);
    expect(total).toBe(new Decimal(annual[line]).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
  }
}

// --- the bench --------------------------------------------------------------------------------

it("periodises 100,000 lines exactly within 3x the naive float split", { timeout: 120_000 }, () => {
  const annual = annualAmounts();
  const rows: Row[] = [];

  // 1. One shared seasonal profile: one periodizer, called per line (as the worksheet adapter does).
  {
    const sum = weightSum(SEASONAL);
    const exact = () => {
      const line = periodizer(SEASONAL, { unit: 1 });
      const out: number[][] = new Array(LINES);
      for (let i = 0; i < LINES; i++) out[i] = line(annual[i]);
      return out;
    };
    const baseline = () => {
      const out: number[][] = new Array(LINES);
      for (let i = 0; i < LINES; i++) out[i] = naive(annual[i], SEASONAL, sum);
      return out;
    };
    check(annual, () => SEASONAL, exact());
    rows.push({ scenario: "shared 1x12 profile (periodizer once)", ...measure(exact, baseline, WARMUP, RUNS), bar: BAR });
  }

  // 2. A profile per line (k x 12 integer weights): one periodizer per line; naive sums per line.
  {
    const profiles = workingDays();
    const exact = () => {
      const out: number[][] = new Array(LINES);
      for (let i = 0; i < LINES; i++) out[i] = periodizer(profiles[i], { unit: 1 })(annual[i]);
      return out;
    };
    const baseline = () => {
      const out: number[][] = new Array(LINES);
      for (let i = 0; i < LINES; i++) out[i] = naive(annual[i], profiles[i], weightSum(profiles[i]));
      return out;
    };
    check(annual, (line) => profiles[line], exact());
    rows.push({ scenario: "k x 12 profiles (periodizer per line)", ...measure(exact, baseline, WARMUP, RUNS) });
  }

  // 3. The worksheet function end to end (catalogue and adapter): Cell[][] in, FunctionResult out (shared profile).
  {
    const annualCells: Cell[][] = annual.map((a) => [a]);
    const profileCells: Cell[][] = [[...SEASONAL]];
    const exact = () => PERIODIZE.evaluate(annualCells, profileCells, 2025, 1);
    const baseline = (): FunctionResult => {
      const weights = profileCells[0] as number[];
      const sum = weightSum(weights);
      return annualCells.map((row) => naive(row[0] as number, weights, sum));
    };
    check(annual, () => SEASONAL, exact());
    rows.push({ scenario: "PERIODIZE end to end (shared)", ...measure(exact, baseline, WARMUP, RUNS) });
  }

  expect(sink).toBeDefined();
  printTable(rows);
  const shared = rows[0];
  expect(shared.exact / shared.naive, "shared-profile ratio exact/naive").toBeLessThanOrEqual(BAR);
});

// --- a formula filled down ----------------------------------------------------------------------

const FILLED_ROWS = 5_000;
const FILLED_WARMUP = 10;
const FILLED_RUNS = 31;

/**
 * =BUDGET.PERIODIZE(A2,$E$1:$P$1) filled down 5,000 rows: Excel calls the function once per row,
 * with that row's annual cell and the shared weights row, each call with arrays of its own. The
 * naive side gets the same cells and returns the same 1 x 12 result, each month rounded on its
 * own. The bar: at most 3 times the naive time.
 */
it(`a formula filled down ${FILLED_ROWS.toLocaleString("en")} rows runs within ${BAR}x a naive float split per row`, { timeout: 60_000 }, () => {
  const annual = annualAmounts().slice(0, FILLED_ROWS);
  // built outside the timed region: the host hands every call fresh arrays
  const annualCells: Cell[][][] = annual.map((a) => [[a]]);
  const weightRows: Cell[][][] = annual.map(() => [[...SEASONAL]]);
  // the function as a host holds it, looked up once
  const periodize = PERIODIZE.evaluate;
  const exact = (): FunctionResult[] => {
    const out: FunctionResult[] = new Array(FILLED_ROWS);
    for (let i = 0; i < FILLED_ROWS; i++) out[i] = periodize(annualCells[i], weightRows[i], 2025, 1);
    return out;
  };
  const baseline = (): FunctionResult[] => {
    const out: FunctionResult[] = new Array(FILLED_ROWS);
    for (let i = 0; i < FILLED_ROWS; i++) {
      const weights = weightRows[i][0] as number[];
      out[i] = [naive(annualCells[i][0][0] as number, weights, weightSum(weights))];
    }
    return out;
  };
  check(annual, () => SEASONAL, exact().map((result) => result[0]));
  const timing = measure(exact, baseline, FILLED_WARMUP, FILLED_RUNS);
  // for the record: fills with nothing kept (no prepared weights, another row last), code warm
  const coldRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    clearWeightCache();
    periodize([[1]], [[...SEASONAL].reverse()], 2025, 1);
    const start = performance.now();
    const fill = exact();
    coldRuns.push(performance.now() - start);
    if (run === 0) check(annual, () => SEASONAL, fill.map((result) => result[0]));
  }
  const ratio = timing.exact / timing.naive;
  printHarnessTable(
    `=BUDGET.PERIODIZE(A2,$E$1:$P$1) filled down ${FILLED_ROWS.toLocaleString("en")} rows, one call per row; median of ${FILLED_RUNS} runs after ${FILLED_WARMUP} warm-ups`,
    [{ scenario: "PERIODIZE per row vs naive float per row", ...timing, bar: BAR }],
    2,
    [
      `min-max: exact ${spread(timing.exactRuns, 2)} ms, naive ${spread(timing.naiveRuns, 2)} ms; sides alternating`,
      `a fill with nothing kept beforehand: median ${median(coldRuns).toFixed(2)} ms, min-max ${spread(coldRuns, 2)} ms, 5 runs (info)`,
    ],
  );
  expect(ratio, "filled-down ratio exact/naive").toBeLessThanOrEqual(BAR);
});

function printTable(rows: Row[]) {
  printHarnessTable(`periodise ${LINES.toLocaleString("en")} lines x ${MONTHS} months, unit 1 kr; median of ${RUNS} runs after ${WARMUP} warm-ups`, rows, 1);
}
