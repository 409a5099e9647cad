// The backtest's 20-digit decimal arithmetic in BigInt (core/twentyDigits.ts) against decimal.js
// itself (its default: 20 significant digits, half up), on the backtest's own shapes: quotients
// |P - T| / |T| of whole numbers up to 10^16, sums of a few of them, and their means.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dividedBy20, lessThan20, number20, plus20, quotient20, text20, ZERO20, type Digits20 } from "../../core/twentyDigits";

const wholeArb = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 16n }),
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.constantFrom(1n, 2n, 3n, 7n, 10n ** 15n, 3n * 10n ** 15n, 999_999_999_999_999n),
);

const same = (mine: Digits20, theirs: Decimal) => expect(new Decimal(text20(mine)).equals(theirs) && number20(mine) === theirs.toNumber()).toBe(true);

describe("20 significant digits, half up, as decimal.js", () => {
  it("quotients", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), wholeArb, (n, d) => {
        same(quotient20(n, d), new Decimal(n.toString()).dividedBy(d.toString()));
      }),
      { numRuns: 3000 },
    );
  });

  it("sums and means of quotients, and their order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), wholeArb), { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), wholeArb), { minLength: 1, maxLength: 5 }), (xs, ys) => {
        const mean = (pairs: [bigint, bigint][]) => {
          let mine = ZERO20;
          let theirs = new Decimal(0);
          for (const [n, d] of pairs) {
            mine = plus20(mine, quotient20(n, d));
            theirs = theirs.plus(new Decimal(n.toString()).dividedBy(d.toString()));
          }
          same(mine, theirs);
          return { mine: dividedBy20(mine, pairs.length), theirs: theirs.dividedBy(pairs.length) };
        };
        const a = mean(xs);
        const b = mean(ys);
        same(a.mine, a.theirs);
        expect(lessThan20(a.mine, b.mine)).toBe(a.theirs.lessThan(b.theirs));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    // 2/3 = 0.66666666666666666667 (20 digits, the last rounded up)
    [2n, 3n, "0.66666666666666666667"],
    // 1/8 exactly
    [1n, 8n, "0.125"],
    // 12345678901234567890.5: a tie at the 21st digit rounds up
    [123_456_789_012_345_678_905n, 10n, "12345678901234567891"],
    [0n, 7n, "0"],
  ])("%s / %s = %s", (n, d, expected) => {
    expect(new Decimal(text20(quotient20(n, d))).toFixed()).toBe(expected);
  });
});
