// Invariants of periodize, checked with fast-check on random annual amounts, weights and units: the
// months sum exactly to the annual amount at the unit, -A gives exactly minus A, and the months
// follow the profile's shape (within one unit of their share, 0 where the weight is 0, the
// largest-remainder split). Expected values come from decimal.js and a small bigint reference
// (test/reference.ts), never from the code under test.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodize, UNITS, type Unit } from "../../core";
import { largestRemainder, scaledWeights } from "../reference";

const RUNS = { numRuns: 300 };
/** Enough digits that a share N x w / sum is exact to far below one unit. */
const Exact = Decimal.clone({ precision: 80 });

// --- generators -----------------------------------------------------------------------------

const TRILLION = 10n ** 12n;

/** Whole kroner up to 1e12. */
const integerAnnual = fc.bigInt({ min: -TRILLION, max: TRILLION }).map(Number);
/** Kroner and øre up to 1e12 (the double nearest to the 2-decimal amount). */
const oreAnnual = fc.bigInt({ min: -TRILLION * 100n, max: TRILLION * 100n }).map((ore) => Number(ore) / 100);
/** Plain decimal strings, with fractions that often sit exactly on a rounding boundary. */
const stringAnnual = fc
  .tuple(
    fc.constantFrom("", "-", "+"),
    fc.bigInt({ min: 0n, max: TRILLION - 1n }),
    fc.oneof(
      fc.constant(""),
      fc.constantFrom(".5", ".50", ".005", ".495", ".505", ".4999", ".5001", ".999"),
      fc.integer({ min: 0, max: 9999 }).map((f) => `.${f}`),
    ),
  )
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction}`);
/** Annual amounts near 0 and near the half units of every rounding unit. */
const smallAnnual = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -500000, max: 500000 }).map((c) => c / 100));

const annualArb: fc.Arbitrary<number | string> = fc.oneof(integerAnnual, oreAnnual, stringAnnual, smallAnnual);

const weightArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((w) => w / 1000), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 100 }).map((w) => w / 10), weight: 2 },
  { arbitrary: fc.constantFrom(1 / 3, 2 / 3, 0.1, 0.2, 0.3, 0.7, 1e-7, 123456789), weight: 1 },
);
const weightsArb = fc
  .array(weightArb, { minLength: 12, maxLength: 12 })
  .filter((weights) => weights.some((w) => w > 0));

const unitArb = fc.constantFrom<Unit>(...UNITS);

// --- oracles ----------------------------------------------------------------------------------

/** The annual amount rounded half away from zero to a whole number of units. */
const annualUnits = (annual: number | string, unit: Unit): Decimal =>
  new Decimal(typeof annual === "number" ? annual : annual.trim()).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

/** A month as a count of units (exact: the month is the double nearest a whole multiple). */
const monthUnits = (month: number, unit: Unit): Decimal => new Decimal(month).dividedBy(unit);

const negate = (annual: number | string): number | string => {
  if (typeof annual === "number") return -annual;
  const text = annual.trim();
  if (text.startsWith("-")) return text.slice(1);
  if (text.startsWith("+")) return `-${text.slice(1)}`;
  return `-${text}`;
};


// --- properties -------------------------------------------------------------------------------

describe("periodize properties", () => {
  it("(a) the months add up exactly to the annual amount rounded half away from zero to the unit", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const months = periodize(annual, weights, { unit, year: 2026 });
        const total = months.reduce((s, m) => s.plus(new Decimal(m)), new Decimal(0));
        expect(total.toFixed()).toBe(annualUnits(annual, unit).times(unit).toFixed());
      }),
      RUNS,
    );
  });

  it("(b) periodising -A gives exactly minus what periodising A gives", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const plus = periodize(annual, weights, { unit, year: 2026 });
        const minus = periodize(negate(annual), weights, { unit, year: 2026 });
        // toEqual tells 0 from -0: a zero month must be 0 on both sides
        expect(minus).toEqual(plus.map((m) => (m === 0 ? 0 : -m)));
      }),
      RUNS,
    );
  });

  it("(c) there are 12 months, each a whole multiple of the unit", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const months = periodize(annual, weights, { unit, year: 2026 });
        expect(months.length).toBe(12);
        expect(months.filter((m) => !monthUnits(m, unit).isInteger())).toEqual([]);
      }),
      RUNS,
    );
  });

  it("(d) each month is within one unit of its exact proportional share", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const months = periodize(annual, weights, { unit, year: 2026 });
        const count = new Exact(annualUnits(annual, unit));
        const ws = weights.map((w) => new Exact(w));
        const sum = ws.reduce((s, w) => s.plus(w), new Exact(0));
        const far = months.filter((m, i) => {
          const share = count.times(ws[i]).dividedBy(sum);
          return !new Exact(monthUnits(m, unit)).minus(share).abs().lessThan(1);
        });
        expect(far).toEqual([]);
      }),
      RUNS,
    );
  });

  it("(e) months with weight 0 get exactly 0", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const months = periodize(annual, weights, { unit, year: 2026 });
        const zeroMonths = months.filter((_, i) => weights[i] === 0);
        expect(zeroMonths).toEqual(new Array<number>(zeroMonths.length).fill(0));
      }),
      RUNS,
    );
  });

  it("(f) the months are the largest-remainder split with ties to the larger weight, then the earlier month", () => {
    fc.assert(
      fc.property(annualArb, weightsArb, unitArb, (annual, weights, unit) => {
        const months = periodize(annual, weights, { unit, year: 2026 });
        const expected = largestRemainder(BigInt(annualUnits(annual, unit).toFixed(0)), scaledWeights(weights));
        expect(months.map((m) => monthUnits(m, unit).toFixed(0))).toEqual(expected.map(String));
      }),
      RUNS,
    );
  });

  it("(f) also for ties: small amounts over few distinct weights", () => {
    const tieWeights = fc
      .array(fc.constantFrom(0, 1, 2, 3, 0.5, 1.5), { minLength: 12, maxLength: 12 })
      .filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), tieWeights, (annual, weights) => {
        const months = periodize(annual, weights, { unit: 1, year: 2026 });
        const expected = largestRemainder(BigInt(annual), scaledWeights(weights));
        expect(months).toEqual(expected.map((p) => (p === 0n ? 0 : Number(p))));
      }),
      RUNS,
    );
  });
});
