// Allocation speed: the exact core against a naive floating-point proportional split, in one
// process. The bar: 10,000 units with floors and caps that bind for some of them, at most
// 10 times the naive time. Two more scenarios are reported without a bar: the general case (keys =
// bases, no floors or caps) and a key column of whole numbers (beds) with floors and caps.
// Run with `npm run bench`.
//
// Honest measuring: both sides get the same inputs and return number[] (10,000 amounts). The naive
// split is total x base / sum of bases, each rounded on its own: fast, but it ignores keys, floors
// and caps, and its amounts need not add up to the total. Each scenario is warmed up, then exact
// and naive runs alternate and the medians are compared. The exact results are checked outside the
// timed region: the sum is exact to the krone, every amount is within one krone of its floor and
// cap, the floors and caps really bind for some units, and the result equals the all-bigint path
// (allocateExact), so the bench cannot pass by being wrong.

import { measure as measureRuns, printTable as printHarnessTable, random, sink, type Row, type Timing } from "./harness";
import Decimal from "decimal.js";
import { expect, it } from "vitest";
import { allocate, productivityKeys, type AllocateOptions } from "../core";
import { allocateExact } from "../core/allocate";

const UNITS = 10_000;
const BAR = 10;
const WARMUP = 20;
const RUNS = 21;

// --- inputs ---------------------------------------------------------------------------------


/** Department budgets of 500,000.00 .. 250,000,000.00 kr, with øre. */
function budgets(): number[] {
  const next = random(2026);
  return Array.from({ length: UNITS }, () => (50_000_000 + Math.floor(next() * 24_950_000_001)) / 100);
}

/** Relative productivity indexes 0.70 .. 1.30 (two decimals, as a benchmarking table gives them). */
function indexes(): number[] {
  const next = random(4);
  return Array.from({ length: UNITS }, () => (70 + Math.floor(next() * 61)) / 100);
}

/** Beds per department, 0 .. 120 (0: an exempt unit). */
function beds(): number[] {
  const next = random(11);
  return Array.from({ length: UNITS }, () => Math.floor(next() * 121));
}

/** 2 % of the sum of the bases, in whole kroner. */
function twoPercent(bases: readonly number[]): number {
  const sum = bases.reduce((s, b) => s.plus(b), new Decimal(0));
  return sum.times(0.02).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

// --- the naive baseline -----------------------------------------------------------------------

/** total x base / sum of bases, each rounded on its own. */
function naive(total: number, bases: readonly number[]): number[] {
  let sum = 0;
  for (let i = 0; i < bases.length; i++) sum += bases[i];
  const out = new Array<number>(bases.length);
  for (let i = 0; i < bases.length; i++) out[i] = Math.round((total * bases[i]) / sum);
  return out;
}

// --- measuring --------------------------------------------------------------------------------


// --- checking (outside the timed region) ------------------------------------------------------

/**
 * The amounts sum exactly to the total, stay within one krone of their floors and caps, and equal
 * the all-bigint path. Returns how many units ended at (within a krone of) a floor and a cap.
 */
function check(total: number, bases: readonly number[], options: AllocateOptions, amounts: readonly number[]): { floors: number; caps: number } {
  expect(amounts.length).toBe(bases.length);
  expect(amounts.every((a) => Number.isInteger(a))).toBe(true);
  expect(amounts.reduce((s, a) => s + BigInt(a), 0n)).toBe(BigInt(total));
  let floors = 0;
  let caps = 0;
  bases.forEach((base, i) => {
    const amount = new Decimal(amounts[i]);
    if (options.minRate !== undefined && amounts[i] !== 0) {
      const floor = new Decimal(options.minRate).times(base);
      expect(amount.greaterThan(floor.minus(1))).toBe(true);
      if (amount.minus(floor).abs().lessThan(1)) floors++;
    }
    if (options.maxRate !== undefined) {
      const cap = new Decimal(options.maxRate).times(base);
      expect(amount.lessThan(cap.plus(1))).toBe(true);
      if (amount.minus(cap).abs().lessThan(1)) caps++;
    }
  });
  expect(amounts).toEqual(allocateExact(total, bases, options));
  return { floors, caps };
}

// --- the bench --------------------------------------------------------------------------------

it("allocates 10,000 units exactly with floors and caps within 10x the naive float split", { timeout: 300_000 }, () => {
  const bases = budgets();
  const total = twoPercent(bases);
  const rows: Row[] = [];
  const binding: string[] = [];

  // 1. Differentiated by productivity (keys computed once, outside the timing), floors 1.7 % and
  //    caps 2.4 %: the most productive units sit at their floors, the least at their caps.
  {
    const options: AllocateOptions = { keys: productivityKeys(bases, indexes(), 1), minRate: 0.017, maxRate: 0.024 };
    const { floors, caps } = check(total, bases, options, allocate(total, bases, options));
    expect(floors).toBeGreaterThan(100);
    expect(caps).toBeGreaterThan(100);
    expect(floors + caps).toBeLessThan(UNITS - 100);
    binding.push(`productivity keys: ${floors} units at their floor, ${caps} at their cap`);
    rows.push({
      scenario: "productivity keys, floors + caps (bar)",
      ...measureWith(
        () => allocate(total, bases, options),
        () => naive(total, bases),
      ),
      bar: BAR,
    });
  }

  // 2. The general case: the same rate of every base, no floors or caps.
  {
    check(total, bases, {}, allocate(total, bases));
    rows.push({
      scenario: "general (keys = bases), no floors/caps",
      ...measureWith(
        () => allocate(total, bases),
        () => naive(total, bases),
      ),
    });
  }

  // 3. A key column of whole numbers (beds; 0 beds is exempt), floors 1 % and caps 4 %.
  {
    const options: AllocateOptions = { keys: beds(), minRate: 0.01, maxRate: 0.04 };
    const { floors, caps } = check(total, bases, options, allocate(total, bases, options));
    binding.push(`beds: ${floors} units at their floor, ${caps} at their cap`);
    rows.push({
      scenario: "beds, floors + caps",
      ...measureWith(
        () => allocate(total, bases, options),
        () => naive(total, bases),
      ),
    });
  }

  expect(sink).toBeDefined();
  printTable(rows, binding);
  const barred = rows[0];
  expect(barred.exact / barred.naive, "floors-and-caps ratio exact/naive").toBeLessThanOrEqual(BAR);
});

function printTable(rows: Row[], notes: string[]) {
  printHarnessTable(`allocate ${UNITS.toLocaleString("en")} units, 2 % of their budgets, unit 1 kr; median of ${RUNS} runs after ${WARMUP} warm-ups, sides alternating`, rows, 3, notes);
}

function measureWith(exact: () => unknown, baseline: () => unknown): Timing {
  return measureRuns(exact, baseline, WARMUP, RUNS);
}
