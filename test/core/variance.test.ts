// Variances (volume/price split) and carry-over to next year (core/variance.ts).
//
// Every expected value below was worked by hand (reasoning in the comments) and checked with an
// independent Python script using decimal.Decimal (precision 200) and ROUND_HALF_UP, never with the
// code under test. The properties compare against bigint oracles written here.
import { failure, type BadCase } from "./failure";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetError, carryover, variance, type Unit } from "../../core";

/** A value the types do not allow, as a caller without TypeScript (or a cell) could pass it. */
const untyped = <T,>(value: unknown): T => value as T;
type Amount = number | string;

// --- variance -----------------------------------------------------------------------------------

describe("variance: [total, volume, price], volume + price = total to the øre", () => {
  it.each<[string, Amount, Amount, Amount | undefined, Amount | undefined, [number, number, number]]>([
    // budget price 1,000,000 / 10,000 = 100 per bed day; volume = 500 x 100 = 50,000;
    // total 80,000; price = 80,000 - 50,000 = 30,000 (= (1,080,000/10,500 - 100) x 10,500)
    ["bed days: the worked example", 1_080_000, 1_000_000, 10_500, 10_000, [80_000, 50_000, 30_000]],
    // fewer bed days, lower total: volume = -1,000 x 100 = -100,000; total -50,000; price +50,000
    ["less activity, higher unit cost", 950_000, 1_000_000, 9_000, 10_000, [-50_000, -100_000, 50_000]],
    // budget price 1000/3 = 333.333...; volume = 1 x 333.333... -> 333.33; price = 100 - 333.33
    ["fractional budget price rounds to øre", 1100, 1000, 4, 3, [100, 333.33, -233.33]],
    // budget price 1/8 = 0.125 exactly: a tie, rounded away from zero to 0.13; price 0.20 - 0.13
    ["a tie rounds away from zero", "1.2", 1, 9, 8, [0.2, 0.13, 0.07]],
    ["the tie for income (negative amounts)", "-1.2", -1, 9, 8, [-0.2, -0.13, -0.07]],
    // DRG points: 65.75 x 2,500,000 / 1234.5 = 133,151.0733... -> 133,151.07
    ["fractional quantities (DRG points)", 2_600_000, "2500000", "1300.25", "1234.5", [100_000, 133_151.07, -33_151.07]],
    // amounts round to øre first: 1000.00 and 1000.00 (999.995 rounds up); volume = -0.5 x 1000/3 = -166.666... -> -166.67
    ["amounts rounded to øre before the split", "1000.004", "999.995", "2.5", "3", [0, -166.67, 166.67]],
    // no activity booked: volume = -10 x 50 = -500, price = total - volume = -480 + 500 = 20 (the actual)
    ["actual quantity 0", 20, 500, 0, 10, [-480, -500, 20]],
    // no quantities: activity as budgeted, the whole variance is price (spending)
    ["without quantities", 1_080_000, 1_000_000, undefined, undefined, [80_000, 0, 80_000]],
    ["without quantities, rounded to øre", "100.005", 100, undefined, undefined, [0.01, 0, 0.01]],
    ["without quantities, blanks as null", 900, 1000, untyped(null), untyped(null), [-100, 0, -100]],
    ["on budget", 1000, 1000, 7, 7, [0, 0, 0]],
  ])("%s", (_name, actual, budget, actualQty, budgetQty, expected) => {
    const result = variance(actual, budget, actualQty, budgetQty);
    expect(result).toEqual(expected);
    expect(result.every((value) => !Object.is(value, -0))).toBe(true);
  });
});

// --- carryover ----------------------------------------------------------------------------------

describe("carryover: underspend up to capRate x |budget|, overspend in full", () => {
  it.each<[string, Amount, Amount, Amount | undefined, number]>([
    // underspend 10,000; cap 0.5 % of 1,000,000 = 5,000: binding
    ["0.5 % cap binding", 1_000_000, 990_000, 0.005, 5_000],
    // underspend 3,000 below the 5,000 cap
    ["0.5 % cap not binding", 1_000_000, 997_000, 0.005, 3_000],
    // underspend 10,000 below the 20,000 cap
    ["2 % cap not binding", 1_000_000, 990_000, 0.02, 10_000],
    // underspend 30,000; default cap 2 % = 20,000
    ["2 % cap binding (the default)", 1_000_000, 970_000, undefined, 20_000],
    ["capRate as decimal text", 1_000_000, 970_000, "0.005", 5_000],
    // overspend 12,345.67 carried in full as a negative amount
    ["overspend carried in full", 1_000_000, "1012345.67", 0.005, -12_345.67],
    ["on budget", 1_000_000, 1_000_000, 0.02, 0],
    // cap 0.005 x 333.33 = 1.66665 -> 1.67; 0.02 x 333.33 = 6.6666 -> 6.67
    ["cap rounded to øre (0.5 %)", "333.33", 0, 0.005, 1.67],
    ["cap rounded to øre (2 %)", "333.33", 0, 0.02, 6.67],
    ["capRate 0 carries no underspend", 1000, 900, 0, 0],
    ["capRate 1 carries all underspend", 1000, 900, 1, 100],
    // amounts round to øre first: 1000.01 - 999.99 = 0.02, cap 500
    ["amounts rounded to øre first", "1000.005", "999.994", 0.5, 0.02],
    // income line: 30,000 more income than budgeted is a better result, capped at 2 % of 1,000,000
    ["income surplus capped", -1_000_000, -1_030_000, 0.02, 20_000],
    // income line: 50,000 less income is a worse result, carried in full
    ["income shortfall in full", -1_000_000, -950_000, 0.02, -50_000],
    // cap 0.005 x 333.33 = 1.67, underspend 66.67
    ["income surplus, 0.5 % cap rounded", "-333.33", "-400", 0.005, 1.67],
    // nothing budgeted: no cap, so unbudgeted income carries nothing; unbudgeted spend carries in full
    ["no budget, unbudgeted income", 0, -100, 0.02, 0],
    ["no budget, unbudgeted spend", 0, 100, 0.02, -100],
  ])("%s", (_name, budget, actual, capRate, expected) => {
    const result = carryover(budget, actual, capRate);
    expect(result).toBe(expected);
    expect(Object.is(result, -0)).toBe(false);
  });
});

// --- at a unit ----------------------------------------------------------------------------------

/** One expected result at each unit: the øre (the default), 1 kr and 1000 kr. */
type ByUnit<T> = [at001: T, at1: T, at1000: T];
const AT_UNITS = [0.01, 1, 1000] as const satisfies readonly Unit[];

describe("variance at a unit: total and volume rounded half away from zero, price = total - volume", () => {
  it.each<[string, Amount, Amount, Amount | undefined, Amount | undefined, ByUnit<[number, number, number]>]>([
    // every figure a whole thousand already: the same at every unit
    ["bed days: the worked example", 1_080_000, 1_000_000, 10_500, 10_000, [[80_000, 50_000, 30_000], [80_000, 50_000, 30_000], [80_000, 50_000, 30_000]]],
    // total 234,567.89 -> 234,568 / 235,000; volume 500 x 100 = 50,000; price the rest
    ["total rounded, volume exact", "1234567.89", 1_000_000, 10_500, 10_000, [[234_567.89, 50_000, 184_567.89], [234_568, 50_000, 184_568], [235_000, 50_000, 185_000]]],
    ["the same for income (negative amounts)", "-1234567.89", -1_000_000, 10_500, 10_000, [[-234_567.89, -50_000, -184_567.89], [-234_568, -50_000, -184_568], [-235_000, -50_000, -185_000]]],
    // volume 333.333...: 333.33 / 333 / 0; total 100: 100 / 100 / 0
    ["fractional budget price", 1100, 1000, 4, 3, [[100, 333.33, -233.33], [100, 333, -233], [0, 0, 0]]],
    // DRG points: volume 133,151.0733... -> 133,151.07 / 133,151 / 133,000
    ["fractional quantities (DRG points)", 2_600_000, "2500000", "1300.25", "1234.5", [[100_000, 133_151.07, -33_151.07], [100_000, 133_151, -33_151], [100_000, 133_000, -33_000]]],
    // volume 1 x 1/2 = 0.5 exactly: a tie, away from zero to 1 kr; total 1, price 0
    ["a volume tie rounds away from zero", 2, 1, 3, 2, [[1, 0.5, 0.5], [1, 1, 0], [0, 0, 0]]],
    ["the volume tie for income", -2, -1, 3, 2, [[-1, -0.5, -0.5], [-1, -1, 0], [0, 0, 0]]],
    // volume 1 x 0.99/2 = 0.495: 0.50 at øre, but 0 at 1 kr, rounded once from the exact value
    ["volume rounded once, from its exact value", "0.99", "0.99", 3, 2, [[0, 0.5, -0.5], [0, 0, 0], [0, 0, 0]]],
    // total 0.50 and -0.50: ties, away from zero at 1 kr
    ["a total tie rounds away from zero", "100.5", 100, undefined, undefined, [[0.5, 0, 0.5], [1, 0, 1], [0, 0, 0]]],
    ["a negative total tie", "99.5", 100, undefined, undefined, [[-0.5, 0, -0.5], [-1, 0, -1], [0, 0, 0]]],
    // total 500 and -500: ties at 1000 kr
    ["a tie at 1000 kr", 1500, 1000, undefined, undefined, [[500, 0, 500], [500, 0, 500], [1000, 0, 1000]]],
    ["a negative tie at 1000 kr", 500, 1000, undefined, undefined, [[-500, 0, -500], [-500, 0, -500], [-1000, 0, -1000]]],
    // the actual is a booked amount, read to the øre at every unit: 0.495 is 0.50, a tie at 1 kr
    ["amounts read to the øre first", "0.495", 0, undefined, undefined, [[0.5, 0, 0.5], [1, 0, 1], [0, 0, 0]]],
  ])("%s", (_name, actual, budget, actualQty, budgetQty, expected) => {
    const results = AT_UNITS.map((unit) => variance(actual, budget, actualQty, budgetQty, unit));
    expect(results).toEqual(expected);
    expect(results.flat().every((value) => !Object.is(value, -0))).toBe(true);
    // left out, the unit is the øre
    expect(variance(actual, budget, actualQty, budgetQty)).toEqual(expected[0]);
  });

  it.each<[string, Unit, [number, number, number]]>([
    // beyond the øre limit of 7e13, within the 1e15 of units 1 and 1000
    ["unit 1", 1, [900_000_000_000_000, 0, 900_000_000_000_000]],
    ["unit 1000", 1000, [900_000_000_000_000, 0, 900_000_000_000_000]],
  ])("the amount limit is the unit's: %s", (_name, unit, expected) => {
    expect(variance(9e14, 0, undefined, undefined, unit)).toEqual(expected);
  });
});

describe("carryover at a unit: underspend capped and rounded down, overspend rounded away from zero", () => {
  it.each<[string, Amount, Amount, Amount | undefined, ByUnit<number>]>([
    // underspend 9,999.60 below the 20,000 cap: down to 9,999 / 9,000
    ["underspend rounded down", 1_000_000, "990000.40", undefined, [9_999.6, 9_999, 9_000]],
    // cap 2 % of 1,234,567 = 24,691.34, binding: down to 24,691 / 24,000, never above the cap
    ["the cap binding, rounded down", "1234567", 1_000_000, 0.02, [24_691.34, 24_691, 24_000]],
    // underspend 20,000 exactly at the cap of 20,000
    ["underspend exactly at the cap", 1_000_000, 980_000, 0.02, [20_000, 20_000, 20_000]],
    // cap 0.005 x 333.33 = 1.66665 -> 1.67 (the cap in øre); down to 1 / 0
    ["the cap in øre, rounded down", "333.33", 0, 0.005, [1.67, 1, 0]],
    // income surplus 65,433 capped at 24,691.34
    ["income surplus capped, rounded down", "-1234567", -1_300_000, 0.02, [24_691.34, 24_691, 24_000]],
    // overspend 12,345.67 in full: away from zero to -12,346 / -13,000
    ["overspend rounded away from zero", 1_000_000, "1012345.67", 0.005, [-12_345.67, -12_346, -13_000]],
    ["overspend on the unit stays as it is", 1_000_000, 1_030_000, undefined, [-30_000, -30_000, -30_000]],
    // one øre over: a whole unit carried
    ["one øre of overspend", 100, "100.01", undefined, [-0.01, -1, -1000]],
    // income shortfall 49,600 in full: -49,600 / -50,000
    ["income shortfall rounded away from zero", -1_000_000, -950_400, 0.02, [-49_600, -49_600, -50_000]],
    ["unbudgeted spend rounded away from zero", 0, "100.4", 0.02, [-100.4, -101, -1000]],
    ["unbudgeted income carries nothing", 0, -100, 0.02, [0, 0, 0]],
    ["on budget", 1000, 1000, 0.02, [0, 0, 0]],
  ])("%s", (_name, budget, actual, capRate, expected) => {
    const results = AT_UNITS.map((unit) => carryover(budget, actual, capRate, unit));
    expect(results).toEqual(expected);
    expect(results.every((value) => !Object.is(value, -0))).toBe(true);
    // left out, the unit is the øre
    expect(carryover(budget, actual, capRate)).toBe(expected[0]);
  });

  it.each<[string, Unit, number]>([
    // a budget of 9e14, beyond the øre limit of 7e13 but within 1e15: cap 2 % = 1.8e13
    ["unit 1", 1, 18_000_000_000_000],
    ["unit 1000", 1000, 18_000_000_000_000],
  ])("the amount limit is the unit's: %s", (_name, unit, expected) => {
    expect(carryover(9e14, 0, 0.02, unit)).toBe(expected);
  });
});

// --- properties ---------------------------------------------------------------------------------

/** Amounts in whole øre up to 1e12 kr, as kroner. */
const oreCount = fc.bigInt({ min: -100_000_000_000_000n, max: 100_000_000_000_000n });
/** Quantities with up to 3 decimals, as thousandths, up to 1e6. */
const thousandths = fc.bigInt({ min: 0n, max: 1_000_000_000n });
/** Amounts up to 1e7 kr where quantities scale them (volume stays below the 7e13 limit). */
const smallOre = fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n });
/** Budget quantities of at least 1. */
const budgetThousandths = fc.bigInt({ min: 1000n, max: 1_000_000_000n });
const kr = (count: bigint) => Number(count) / 100;
const qty = (count: bigint) => Number(count) / 1000;
const toOre = (amount: number) => BigInt(Math.round(amount * 100));
const abs = (x: bigint) => (x < 0n ? -x : x);
/** n / d (d > 0) rounded half away from zero. */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  return 2n * abs(r) >= d ? q + (n < 0n ? -1n : 1n) : q;
}

describe("variance properties", () => {
  it("volume + price = total exactly, and volume is the exactly rounded (qa - qb) x budget price", () => {
    fc.assert(
      fc.property(smallOre, smallOre, thousandths, budgetThousandths, (a, b, qa, qb) => {
        const [total, volume, price] = variance(kr(a), kr(b), qa % 1000n === 0n ? Number(qa / 1000n) : qty(qa), qty(qb));
        expect(toOre(total)).toBe(a - b);
        expect(toOre(volume) + toOre(price)).toBe(toOre(total));
        expect(toOre(volume)).toBe(roundDiv((qa - qb) * b, qb));
      }),
    );
  });

  it("without quantities equals equal quantities: [total, 0, total]", () => {
    fc.assert(
      fc.property(oreCount, oreCount, thousandths.filter((q) => q > 0n), (a, b, q) => {
        const plain = variance(kr(a), kr(b));
        expect(plain).toEqual([kr(a - b), 0, kr(a - b)]);
        expect(variance(kr(a), kr(b), qty(q), qty(q))).toEqual(plain);
      }),
    );
  });

  it("is odd: negating both amounts negates all three", () => {
    fc.assert(
      fc.property(smallOre, smallOre, thousandths, budgetThousandths, (a, b, qa, qb) => {
        const plus = variance(kr(a), kr(b), qty(qa), qty(qb));
        const minus = variance(kr(-a), kr(-b), qty(qa), qty(qb));
        expect(minus.map(toOre)).toEqual(plus.map((x) => -toOre(x)));
      }),
    );
  });
});

describe("carryover with a cap on another budget and a share of the underspend carried", () => {
  it.each<[string, number, number, number | undefined, number | undefined, number | undefined, number | undefined, number]>([
    // budget, actual, capRate, unit, capBase, share -> carried
    ["the default: the cap on the line's own budget, all of the underspend", 1_000_000, 950_000, undefined, undefined, undefined, undefined, 20_000],
    ["0.5 % of a net operating frame of 10 million", 1_000_000, 950_000, 0.005, undefined, 10_000_000, undefined, 50_000],
    ["2 % of a corrected base budget of 800,000", 1_000_000, 950_000, 0.02, undefined, 800_000, undefined, 16_000],
    ["half of the underspend, under the cap", 1_000_000, 990_000, 0.02, undefined, undefined, 0.5, 5_000],
    ["half of the underspend, over the cap: the cap", 1_000_000, 900_000, 0.02, undefined, undefined, 0.5, 20_000],
    ["a unit that carries no underspend", 1_000_000, 990_000, 0.02, undefined, undefined, 0, 0],
    ["an overspend in full whatever the share and base", 1_000_000, 1_030_000, 0.005, undefined, 10, 0, -30_000],
    ["a third of 10,000.01 rounded to the øre, then down to the krone", 1_000_000, 989_999.99, 0.02, 1, undefined, 1 / 3, 3_333],
    ["a cap base that is income: its size counts", -1_000_000, -1_050_000, 0.02, undefined, -500_000, undefined, 10_000],
  ])("%s", (_name, budget, actual, capRate, unit, capBase, share, expected) => {
    expect(carryover(budget, actual, capRate, unit as Unit | undefined, capBase, share)).toBe(expected);
  });

  it.each<[string, () => number, string, string, string]>([
    ["a share above 1", () => carryover(1000, 900, 0.02, undefined, undefined, 1.5), "CARRY_SHARE_INVALID", "share must be from 0 to 1, e.g. 0.5 to carry half of an underspend; got 1.5", "andelen skal være fra 0 til 1, fx 0,5 for at overføre halvdelen af et mindreforbrug; fik 1,5"],
    ["a share as Danish text", () => carryover(1000, 900, 0.02, undefined, undefined, "0,5"), "CARRY_SHARE_INVALID", 'share must be from 0 to 1, e.g. 0.5 to carry half of an underspend; got "0,5"', 'andelen skal være fra 0 til 1, fx 0,5 for at overføre halvdelen af et mindreforbrug; fik "0,5"'],
    ["a cap base as text", () => carryover(1000, 900, 0.02, undefined, "mange"), "AMOUNT_TEXT", 'cap base is text ("mange"); a number is needed', 'grundlag for loftet er tekst ("mange"); der skal stå et tal'],
  ])("refuses %s", (_name, run, code, en, da) => {
    let thrown: unknown = null;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    const e = thrown as BudgetError;
    expect([e.code, e.describe("en"), e.describe("da")]).toEqual([code, en, da]);
  });
});

describe("carryover properties", () => {
  const rateTenThousandths = fc.bigInt({ min: 0n, max: 10_000n });

  it("matches the oracle and never exceeds capRate x |budget|", () => {
    fc.assert(
      fc.property(oreCount, oreCount, rateTenThousandths, (b, a, k) => {
        const result = toOre(carryover(kr(b), kr(a), Number(k) / 10_000));
        const cap = roundDiv(k * abs(b), 10_000n);
        expect(result <= cap).toBe(true);
        const under = b - a;
        expect(result).toBe(under <= 0n ? under : under < cap ? under : cap);
      }),
    );
  });

  it("depends only on the result and |budget|: carryover(-b, a - 2b) = carryover(b, a)", () => {
    fc.assert(
      fc.property(oreCount, oreCount, rateTenThousandths, (b, a, k) => {
        const rate = Number(k) / 10_000;
        expect(carryover(kr(-b), kr(a - 2n * b), rate)).toBe(carryover(kr(b), kr(a), rate));
      }),
    );
  });

  it("overspend (actual >= budget) is carried in full, whatever the cap", () => {
    fc.assert(
      fc.property(oreCount, fc.bigInt({ min: 0n, max: 100_000_000_000_000n }), rateTenThousandths, (b, over, k) => {
        expect(toOre(carryover(kr(b), kr(b + over), Number(k) / 10_000))).toBe(-over);
      }),
    );
  });
});

describe("properties at every unit", () => {
  const unit = fc.constantFrom<Unit>(0.01, 1, 1000);
  /** Øre in one unit. */
  const per = (u: Unit) => (u === 0.01 ? 1n : BigInt(u) * 100n);
  /** n / d (d > 0) rounded toward zero or away from zero. */
  const towardZero = (n: bigint, d: bigint) => n / d;
  const awayFromZero = (n: bigint, d: bigint) => (n % d === 0n ? n / d : n / d + (n < 0n ? -1n : 1n));
  const rateTenThousandths = fc.bigInt({ min: 0n, max: 10_000n });

  it("variance: total and volume rounded half away from zero to the unit, volume + price = total exactly, odd", () => {
    fc.assert(
      fc.property(smallOre, smallOre, thousandths, budgetThousandths, unit, (a, b, qa, qb, u) => {
        const [total, volume, price] = variance(kr(a), kr(b), qty(qa), qty(qb), u);
        expect(toOre(total)).toBe(roundDiv(a - b, per(u)) * per(u));
        expect(toOre(volume)).toBe(roundDiv((qa - qb) * b, qb * per(u)) * per(u));
        expect(toOre(volume) + toOre(price)).toBe(toOre(total));
        expect(variance(kr(-a), kr(-b), qty(qa), qty(qb), u).map(toOre)).toEqual([total, volume, price].map((x) => -toOre(x)));
      }),
    );
  });

  it("carryover: an underspend never above the cap nor the underspend, an overspend never understated", () => {
    fc.assert(
      fc.property(oreCount, oreCount, rateTenThousandths, unit, (b, a, k, u) => {
        const carried = toOre(carryover(kr(b), kr(a), Number(k) / 10_000, u));
        const cap = roundDiv(k * abs(b), 10_000n);
        const under = b - a;
        expect(carried % per(u)).toBe(0n);
        if (under > 0n) {
          expect(carried <= cap && carried <= under).toBe(true);
          expect(carried).toBe(towardZero(under < cap ? under : cap, per(u)) * per(u));
        } else {
          expect(carried <= under).toBe(true);
          expect(carried).toBe(awayFromZero(under, per(u)) * per(u));
        }
      }),
    );
  });
});

// --- bad input ----------------------------------------------------------------------------------



const CAP = "capRate must be from 0 to 1, e.g. 0.02 for 2 % or 0.005 for 0.5 %; got";
const CAP_DA = "loftet skal være fra 0 til 1, fx 0,02 for 2 % eller 0,005 for 0,5 %; fik";

const bad: BadCase[] = [
  {
    name: "actual NaN",
    run: () => variance(Number.NaN, 1),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "actual amount is not a finite number",
    da: "faktisk beløb er ikke et endeligt tal",
  },
  {
    name: "budget in Danish number format",
    run: () => variance(1, "1.234,56"),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'budget amount "1.234,56" is text in Danish number format; convert it to a number',
    da: 'budgetbeløb "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "actual too large",
    run: () => variance(8e13, 0),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "actual amount 80000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "faktisk beløb 80000000000000 er for stort; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "actual text",
    run: () => variance("abc", 1),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'actual amount is text ("abc"); a number is needed',
    da: 'faktisk beløb er tekst ("abc"); der skal stå et tal',
  },
  {
    name: "actual blank",
    run: () => variance(untyped(null), 1),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "actual amount is blank; enter 0 if there is none",
    da: "faktisk beløb er tomt; skriv 0, hvis der ikke er noget",
  },
  {
    name: "budget TRUE",
    run: () => variance(1, untyped(true)),
    code: "AMOUNT_BOOLEAN",
    kind: "value",
    en: "budget amount is TRUE; a number is needed",
    da: "budgetbeløb er SAND; der skal stå et tal",
  },
  {
    name: "only the actual quantity",
    run: () => variance(1, 1, 10),
    code: "VARIANCE_QTY_ONE_SIDED",
    kind: "value",
    en: "only the actual quantity is given; give both the actual and the budget quantity, or neither",
    da: "kun den faktiske mængde er angivet; angiv både den faktiske og den budgetterede mængde eller ingen af dem",
  },
  {
    name: "only the budget quantity (actual blank text)",
    run: () => variance(1, 1, " ", 10),
    code: "VARIANCE_QTY_ONE_SIDED",
    kind: "value",
    en: "only the budget quantity is given; give both the actual and the budget quantity, or neither",
    da: "kun den budgetterede mængde er angivet; angiv både den faktiske og den budgetterede mængde eller ingen af dem",
  },
  {
    name: "budget quantity 0",
    run: () => variance(1, 1, 10, 0),
    code: "VARIANCE_BUDGET_QTY_ZERO",
    kind: "value",
    en: "budget quantity is 0, so there is no budget price; give a budget quantity above 0, or leave out both quantities",
    da: "budgetteret mængde er 0, så der er ingen budgetpris; angiv en budgetteret mængde over 0, eller udelad begge mængder",
  },
  {
    name: "negative actual quantity",
    run: () => variance(1, 1, -5, 10),
    code: "VALUE_NEGATIVE",
    kind: "value",
    en: "actual quantity is negative (-5); use 0 or more",
    da: "faktisk mængde er under 0 (-5); brug 0 eller mere",
  },
  {
    name: "budget quantity too large",
    run: () => variance(1, 1, 10, 2e15),
    code: "VALUE_TOO_LARGE",
    kind: "value",
    en: "budget quantity 2000000000000000 is too large; the limit is 1e15",
    da: "budgetteret mængde 2000000000000000 er over grænsen på 1e15",
  },
  {
    name: "actual quantity in Danish number format",
    run: () => variance(1, 1, "10,5", 10),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'actual quantity "10,5" is text in Danish number format; convert it to a number',
    da: 'faktisk mængde "10,5" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "actual quantity Infinity",
    run: () => variance(1, 1, Number.POSITIVE_INFINITY, 10),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "actual quantity is not a finite number",
    da: "faktisk mængde er ikke et endeligt tal",
  },
  {
    name: "budget quantity text",
    run: () => variance(1, 1, 10, "ten"),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'budget quantity is text ("ten"); a number is needed',
    da: 'budgetteret mængde er tekst ("ten"); der skal stå et tal',
  },
  {
    // 6e13 kr over 1 budgeted unit, 1e15 - 1 more units: (1e15 - 1) x 6e13 kr
    name: "volume variance too large",
    run: () => variance(1e13, 6e13, 1e15, 1),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "volume variance 59999999999999940000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "mængdeafvigelse 59999999999999940000000000000 er for stor; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "total variance too large",
    run: () => variance(6e13, -6e13),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "total variance 120000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "samlet afvigelse 120000000000000 er for stor; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "capRate above 1",
    run: () => carryover(1000, 900, 1.5),
    code: "CAP_RATE_INVALID",
    kind: "value",
    en: `${CAP} 1.5`,
    da: `${CAP_DA} 1,5`,
  },
  {
    name: "capRate negative",
    run: () => carryover(1000, 900, -0.01),
    code: "CAP_RATE_INVALID",
    kind: "value",
    en: `${CAP} -0.01`,
    da: `${CAP_DA} -0,01`,
  },
  {
    name: "capRate in Danish format",
    run: () => carryover(1000, 900, "0,02"),
    code: "CAP_RATE_INVALID",
    kind: "value",
    en: `${CAP} "0,02"`,
    da: `${CAP_DA} "0,02"`,
  },
  {
    name: "capRate NaN",
    run: () => carryover(1000, 900, Number.NaN),
    code: "CAP_RATE_INVALID",
    kind: "value",
    en: `${CAP} NaN`,
    da: `${CAP_DA} NaN`,
  },
  {
    name: "capRate blank (null)",
    run: () => carryover(1000, 900, untyped(null)),
    code: "CAP_RATE_INVALID",
    kind: "value",
    en: `${CAP} blank`,
    da: `${CAP_DA} tom`,
  },
  {
    name: "carryover actual blank",
    run: () => carryover(1000, ""),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "actual amount is blank; enter 0 if there is none",
    da: "faktisk beløb er tomt; skriv 0, hvis der ikke er noget",
  },
  {
    name: "carryover budget in Danish format",
    run: () => carryover("1.000.000", 900),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'budget amount "1.000.000" is text in Danish number format; convert it to a number',
    da: 'budgetbeløb "1.000.000" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "carry-over too large",
    run: () => carryover(-6e13, 6e13),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "carry-over -120000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "overførsel -120000000000000 er for stor; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "variance unit 0.5",
    run: () => variance(1, 1, undefined, undefined, untyped(0.5)),
    code: "UNIT_INVALID",
    kind: "value",
    en: "unit must be 0.01, 1 or 1000; got 0.5",
    da: "enhed skal være 0,01, 1 eller 1000; fik 0,5",
  },
  {
    // the unit is checked first: the amount limit depends on it
    name: "carryover unit 100, before a bad amount",
    run: () => carryover("abc", 1, undefined, untyped(100)),
    code: "UNIT_INVALID",
    kind: "value",
    en: "unit must be 0.01, 1 or 1000; got 100",
    da: "enhed skal være 0,01, 1 eller 1000; fik 100",
  },
  {
    name: "carryover unit as text",
    run: () => carryover(1, 1, undefined, untyped("1")),
    code: "UNIT_INVALID",
    kind: "value",
    en: 'unit must be 0.01, 1 or 1000; got "1"',
    da: 'enhed skal være 0,01, 1 eller 1000; fik "1"',
  },
  {
    name: "actual beyond 1e15 at unit 1",
    run: () => variance(2e15, 0, undefined, undefined, 1),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "actual amount 2000000000000000 is too large; the limit is 1e15",
    da: "faktisk beløb 2000000000000000 er for stort; grænsen er 1e15",
  },
  {
    name: "total variance too large at unit 1000",
    run: () => variance(6e14, -6e14, undefined, undefined, 1000),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "total variance 1200000000000000 is too large; the limit is 1e15",
    da: "samlet afvigelse 1200000000000000 er for stor; grænsen er 1e15",
  },
  {
    name: "carry-over too large at unit 1",
    run: () => carryover(-6e14, 6e14, undefined, 1),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "carry-over -1200000000000000 is too large; the limit is 1e15",
    da: "overførsel -1200000000000000 er for stor; grænsen er 1e15",
  },
];

describe("bad input: exact messages in English and Danish", () => {
  it.each(bad)("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });
});
