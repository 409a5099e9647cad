// Prepared weights kept per profile, and the leftover table of weights that split many lines: a
// formula filled down calls the periodisation once per line, and the kept preparation must give
// exactly the months a fresh one gives. Fresh months come from the uncached path (prepareWeights
// and apportion, which never read a cache or a table), and both are checked against the bigint
// reference (test/reference.ts).
import Decimal from "decimal.js";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { apportion, apportionInto, prepareWeights } from "../../core/apportion";
import { ANNUAL } from "../../core/errors";
import { fromBigUnits, fromUnits, toUnits, UNITS, type Unit } from "../../core/money";
import { periodize, periodizer, profileWeights, resolveOptions, type Profile } from "../../core/periodize";
import { CACHED_PROFILES, cachedWeights, clearWeightCache } from "../../core/weightCache";
import { largestRemainder, scaledWeights } from "../reference";

beforeEach(() => clearWeightCache());

/** The months as before any cache: the weights prepared afresh, the float or bigint split. */
function uncached(annual: number | string, profile: Profile, options: { unit: Unit; year: number }): number[] {
  const { unit, year } = resolveOptions(options);
  const weights = prepareWeights(profileWeights(profile, year));
  const count = toUnits(annual, unit, ANNUAL);
  return apportion(count, weights).map((c) => (typeof c === "bigint" ? fromBigUnits(c, unit) : fromUnits(c, unit)));
}

/** The bigint reference for a count of units. */
const reference = (count: bigint, weights: readonly number[]): number[] => largestRemainder(count, scaledWeights(weights)).map(Number);

const SEASONAL = [8.6, 8.2, 8.5, 8.3, 8.4, 7.9, 4.1, 7.6, 9.0, 9.4, 9.6, 10.4];
const NAMES = ["equal", "days", "workdays", "lige", "kalenderdage", "arbejdsdage", " Equal "];

const weightArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1000 }).map((w) => w / 10), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((w) => w / 1000), weight: 2 },
  { arbitrary: fc.constantFrom(1 / 3, 0.1, 1e-7, 123456789, -0), weight: 1 },
);
const weightsArb = fc.array(weightArb, { minLength: 12, maxLength: 12 }).filter((ws) => ws.some((w) => w > 0));
const profileArb: fc.Arbitrary<Profile> = fc.oneof({ arbitrary: weightsArb, weight: 4 }, { arbitrary: fc.constantFrom(...NAMES), weight: 1 });
const annualArb: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: -100_000_000, max: 100_000_000 }),
  fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }).map((ore) => ore / 100),
  fc.integer({ min: -2000, max: 2000 }),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(Number),
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => `${n}.5`),
);
/** One step of a sheet: a profile from the pool, a unit and year, and the lines split along it. */
const stepArb = (profiles: number) =>
  fc.record({
    profile: fc.integer({ min: 0, max: profiles - 1 }),
    unit: fc.constantFrom<Unit>(...UNITS),
    year: fc.constantFrom(2024, 2025, 2026),
    annuals: fc.array(annualArb, { minLength: 1, maxLength: 50 }),
  });

describe("kept weights give the months fresh weights give", () => {
  it("over random profiles, amounts, units and years, alternating, repeated and evicted", () => {
    fc.assert(
      fc.property(
        // pools larger than the cache force eviction; small pools alternate and repeat
        fc.integer({ min: 1, max: CACHED_PROFILES + 8 }).chain((size) => fc.tuple(fc.array(profileArb, { minLength: size, maxLength: size }), fc.array(stepArb(size), { minLength: 1, maxLength: 60 }))),
        ([pool, steps]) => {
          clearWeightCache();
          for (const { profile, unit, year, annuals } of steps) {
            const split = periodizer(pool[profile], { unit, year });
            for (const annual of annuals) {
              const options = { unit, year };
              expect(split(annual)).toEqual(uncached(annual, pool[profile], options));
              expect(periodize(annual, pool[profile], options)).toEqual(uncached(annual, pool[profile], options));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a profile splitting many lines (its leftover table made) gives the bigint reference's months", () => {
    fc.assert(
      fc.property(weightsArb, fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 40, maxLength: 200 }), (weights, counts) => {
        clearWeightCache();
        const split = periodizer(weights, { unit: 1, year: 2026 });
        for (const count of counts) expect(split(count)).toEqual(reference(BigInt(count), weights));
      }),
      { numRuns: 150 },
    );
  });

  it("the seasonal profile filled down 5,000 lines, every residue of its sum met: each line is the reference's", () => {
    const split = periodizer(SEASONAL, { unit: 1, year: 2026 });
    for (let line = 0; line < 5000; line++) {
      const count = (line % 5 === 0 ? -1 : 1) * (1000 + line * 7919);
      expect(split(count)).toEqual(reference(BigInt(count), SEASONAL));
    }
  });
});

describe("apportionInto with and without the leftover table", () => {
  it("the same parts as apportion, up to the largest count the float path takes, negative too", () => {
    fc.assert(
      fc.property(weightsArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 120 }), (values, fractions) => {
        const weights = prepareWeights(values);
        const out = new Float64Array(12);
        // weights whose sum is beyond 2^53 have no float path at all
        if (weights.maxSmallCount < 0) {
          expect(apportionInto(0, weights, out)).toBe(false);
          return;
        }
        for (const [k, fraction] of fractions.entries()) {
          const magnitude = Math.floor(fraction * weights.maxSmallCount);
          const count = k % 3 === 0 ? -magnitude : magnitude;
          expect(apportionInto(count, weights, out)).toBe(true);
          expect(Array.from(out)).toEqual(apportion(count, prepareWeights(values)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("cachedWeights", () => {
  it("gives the kept preparation for equal values, a fresh one after the profile was evicted", () => {
    const first = cachedWeights(SEASONAL);
    expect(cachedWeights([...SEASONAL])).toBe(first);
    for (let k = 1; k <= CACHED_PROFILES - 1; k++) cachedWeights(SEASONAL.map((w) => w + k));
    expect(cachedWeights(SEASONAL)).toBe(first); // the 16th most recent is still kept
    for (let k = 1; k <= CACHED_PROFILES; k++) cachedWeights(SEASONAL.map((w) => w + 100 + k));
    const again = cachedWeights(SEASONAL);
    expect(again).not.toBe(first);
    expect(again.scaled).toEqual(first.scaled);
  });

  it("keeps the values as they were prepared: a caller changing its array later gets its new values", () => {
    const weights = [...SEASONAL];
    const kept = cachedWeights(weights);
    weights[0] = 20;
    const changed = cachedWeights(weights);
    expect(changed).not.toBe(kept);
    expect(changed.scaled).toEqual(prepareWeights(weights).scaled);
    expect(periodize(1000, weights, { year: 2026 })).toEqual(uncached(1000, weights, { unit: 1, year: 2026 }));
  });

  it("0 and -0 are the same weight, with the same months", () => {
    const plus = [0, ...SEASONAL.slice(1)];
    const minus = [-0, ...SEASONAL.slice(1)];
    expect(cachedWeights(minus)).toBe(cachedWeights(plus));
    expect(periodize(12345, minus, { year: 2026 })).toEqual(uncached(12345, plus, { unit: 1, year: 2026 }));
  });

  it.each<{ name: string; weights: number[]; code: string }>([
    { name: "a negative weight", weights: [...SEASONAL.slice(0, 11), -1], code: "WEIGHT_NEGATIVE" },
    { name: "a weight not finite", weights: [...SEASONAL.slice(0, 11), Number.NaN], code: "WEIGHT_NOT_FINITE" },
    { name: "all weights 0", weights: new Array<number>(12).fill(0), code: "WEIGHTS_ZERO_SUM" },
  ])("keeps no weights that fail their checks ($name): every call reports it", ({ weights, code }) => {
    for (let call = 0; call < 3; call++) expect(() => cachedWeights(weights)).toThrow(expect.objectContaining({ code }));
    expect(() => periodize(1000, weights, { year: 2026 })).toThrow(expect.objectContaining({ code }));
  });

  it("weights too fine for the float path (1/3 as a double) split exactly when kept, by the bigint path", () => {
    const weights = [1 / 3, ...SEASONAL.slice(1)];
    const split = periodizer(weights, { unit: 0.01, year: 2026 });
    for (let call = 0; call < 3; call++) {
      for (const annual of ["123456789012.34", 987654321098.76, -0.05]) {
        const count = BigInt(new Decimal(annual).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
        const months = split(annual).map((m) => BigInt(new Decimal(m).times(100).toFixed(0)));
        expect(months).toEqual(largestRemainder(count, scaledWeights(weights)));
      }
    }
  });
});
