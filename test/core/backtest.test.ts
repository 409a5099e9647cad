// The backtest (core/backtest.ts) on synthetic histories with a known best method, and method
// "auto" in forecast(). Every expected value below was worked out by hand (reasoning in the
// comments) and checked with an independent Python script (fractions for the exact methods, a
// separate Holt-Winters written from the formulas for ets); nothing is computed by the code under test.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backtest, forecast, yearEnd, type ErrorCode, type ForecastMethod, type Unit } from "../../core";
import { priorYearTest } from "../../core/backtest";
import { failure } from "./failure";

const blanks = (count: number) => new Array<null>(count).fill(null);
const flat = (value: number) => new Array<number>(12).fill(value);
const BUDGET = [80, 90, 100, 110, 120, 100, 60, 100, 110, 120, 100, 110];

// An exact seasonal shape (months 1-5 = 400 of 1000) at levels 1, 2 and 3: the years' totals are
// 1000, 2000 and 3000.
const H = [60, 70, 80, 90, 100, 90, 50, 90, 100, 110, 80, 80];
const SEASONAL = [1, 2, 3].map((k) => H.map((v) => v * k));

// A line that has turned flat: front-loaded the first year (months 1-5 = 600 of 1200), then flat
// at 100 and at 110 a month.
const FRONT = [120, 120, 120, 120, 120, 80, 80, 80, 80, 80, 100, 100];
const TURNED_FLAT = [FRONT, flat(100), flat(110)];

const mape = (result: ReturnType<typeof backtest>, method: string) => result.results.find((r) => r.method === method);

describe("backtest: a seasonal shape at different levels (profile and prioryear exact)", () => {
  // at month 5 with this year's actuals 4 x H
  const result = backtest(H.slice(0, 5).map((v) => v * 4), BUDGET, SEASONAL);

  it("reports every method's MAPE and the years it ran on", () => {
    expect(result.month).toBe(5);
    expect(result.results).toEqual([
      // no stored budget for the prior years: never tested
      { method: "budget", mape: null, years: 0 },
      // every year: A = 0.4 x total, T = A x 12/5 = 0.96 x total, APE 1/25 each
      { method: "runrate", mape: 0.04, years: 3 },
      // years 2 and 3, along the shape of the years before: T = A / 0.4 = the total exactly
      { method: "profile", mape: 0, years: 2 },
      { method: "prioryear", mape: 0, years: 2 },
      // year 3 only (24 months before it): Holt-Winters misses the total 3000 by 15, APE 1/200
      { method: "ets", mape: 0.005, years: 1 },
    ]);
  });

  it("recommends profile (tied with prioryear at 0, the simpler wins) with a band of width 0", () => {
    expect(result.best).toBe("profile");
    // this year: A = 1600 after month 5, T = 1600 / 0.4 = 4000, MAPE 0
    expect(result.band).toEqual({ low: 4000, high: 4000 });
  });
});

describe("backtest: a line that has turned flat (runrate best)", () => {
  const actuals = [107, 107, 107, 107, 107, ...blanks(7)];
  const result = backtest(actuals, BUDGET, TURNED_FLAT);

  it("reports every method's MAPE", () => {
    // runrate: year 1 A = 600, T = 1440 vs 1200: APE 1/5; years 2 and 3 flat: 0. MAPE 1/15
    expect(mape(result, "runrate")).toEqual({ method: "runrate", mape: 1 / 15, years: 3 });
    // profile: year 2 along year 1's shape (share 1/2 at month 5): T = 500 x 2 = 1000 vs 1200,
    // APE 1/6; year 3 along the average shape (share (1/2 + 5/12)/2 = 11/24): T = 550 x 24/11 =
    // 1200 vs 1320, APE 1/11. MAPE (1/6 + 1/11)/2 = 17/132
    expect(mape(result, "profile")).toEqual({ method: "profile", mape: 17 / 132, years: 2 });
    // prioryear: year 2 scaled by year 1 (600 of 1200): the same 1/6; year 3 by the sum of years
    // 1 and 2 (1100 of 2400): the same 1/11
    expect(mape(result, "prioryear")).toEqual({ method: "prioryear", mape: 17 / 132, years: 2 });
    // ets on year 3: 1435 vs 1320, APE 115/1320 = 23/264
    expect(mape(result, "ets")).toEqual({ method: "ets", mape: 23 / 264, years: 1 });
  });

  it("recommends runrate with its error band", () => {
    expect(result.best).toBe("runrate");
    // this year: A = 535, T = 535 x 12/5 = 1284; 1284 x 1/15 = 85.6: 1198.4 -> 1198, 1369.6 -> 1370
    expect(result.band).toEqual({ low: 1198, high: 1370 });
  });

  it("gives the same errors for income, with the band mirrored", () => {
    const income = backtest(
      actuals.map((v) => (v === null ? null : -v)),
      BUDGET.map((v) => -v),
      TURNED_FLAT.map((row) => row.map((v) => -v)),
    );
    expect(income.results).toEqual(result.results);
    expect(income.best).toBe("runrate");
    expect(income.band).toEqual({ low: -1370, high: -1198 });
  });

  it("rounds the band to the unit", () => {
    // in thousands: T = 1284 thousands; 1198.4 -> 1198, 1369.6 -> 1370 thousands
    const thousands = backtest(
      actuals.map((v) => (v === null ? null : v * 1000)),
      BUDGET,
      TURNED_FLAT.map((row) => row.map((v) => v * 1000)),
      { unit: 1000 },
    );
    expect(thousands.best).toBe("runrate");
    expect(thousands.band).toEqual({ low: 1_198_000, high: 1_370_000 });
  });
});

describe("backtest: which years each method runs on", () => {
  it("breaks an exact tie by the fixed order: runrate before profile and prioryear", () => {
    // flat years at 100, 120 and 90: runrate, profile and prioryear all exact; ets misses year 3
    // (1080) by 78, APE 13/180
    const result = backtest([107, 107, 107, 107, 107], BUDGET, [flat(100), flat(120), flat(90)]);
    expect(result.results.map((r) => [r.method, r.mape, r.years])).toEqual([
      ["budget", null, 0],
      ["runrate", 0, 3],
      ["profile", 0, 2],
      ["prioryear", 0, 2],
      ["ets", 13 / 180, 1],
    ]);
    expect(result.best).toBe("runrate");
    // 535 x 12/5 = 1284, MAPE 0
    expect(result.band).toEqual({ low: 1284, high: 1284 });
  });

  it("runs only runrate on a single year", () => {
    // month 3: A = 360 of 1200, T = 1440: APE 1/5; this year T = 300 x 4 = 1200, band 960 .. 1440
    const result = backtest([100, 100, 100], BUDGET, [FRONT]);
    expect(result.results.map((r) => [r.method, r.mape, r.years])).toEqual([
      ["budget", null, 0],
      ["runrate", 0.2, 1],
      ["profile", null, 0],
      ["prioryear", null, 0],
      ["ets", null, 0],
    ]);
    expect(result.best).toBe("runrate");
    expect(result.band).toEqual({ low: 960, high: 1440 });
  });

  it("skips a year whose total is 0 (no percentage error)", () => {
    // year 1 sums to 0 and is skipped; on year 2 (A = 360 at month 3, total 1200): runrate T =
    // 1440, APE 1/5; profile along year 1's pattern (negative months count as 0: all in month 1)
    // T = 360, APE 840/1200 = 0.7; prioryear cannot run (year 1 has months of both signs)
    const zero = [10, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const result = backtest([100, 100, 100], BUDGET, [zero, FRONT]);
    expect(result.results.map((r) => [r.method, r.mape, r.years])).toEqual([
      ["budget", null, 0],
      ["runrate", 0.2, 1],
      ["profile", 0.7, 1],
      ["prioryear", null, 0],
      ["ets", null, 0],
    ]);
  });

  it("recommends nothing without history", () => {
    const result = backtest([100, 100, 100], BUDGET, []);
    expect(result.best).toBeNull();
    expect(result.band).toBeNull();
    expect(result.results.every((r) => r.mape === null && r.years === 0)).toBe(true);
  });

  it("tests only ets when nothing is booked (from the 3rd history year on)", () => {
    expect(backtest(blanks(12), BUDGET, [FRONT, flat(100)]).best).toBeNull();
    const result = backtest(blanks(12), BUDGET, [flat(100), flat(100), flat(100)]);
    expect(result.month).toBe(0);
    expect(result.results.map((r) => [r.method, r.mape, r.years])).toEqual([
      ["budget", null, 0],
      ["runrate", null, 0],
      ["profile", null, 0],
      ["prioryear", null, 0],
      ["ets", 0, 1],
    ]);
    expect(result.best).toBe("ets");
    expect(result.band).toEqual({ low: 1200, high: 1200 });
  });

  it("at month 12 every method is exact on every year it runs", () => {
    const result = backtest(flat(100), BUDGET, TURNED_FLAT);
    expect(result.results.map((r) => r.mape)).toEqual([null, 0, 0, 0, 0]);
    expect(result.best).toBe("runrate");
    expect(result.band).toEqual({ low: 1200, high: 1200 });
  });
});

describe("forecast: method auto", () => {
  it("uses the backtest's best method", () => {
    const seasonal = [240, 280, 320, 360, 400, ...blanks(7)];
    expect(forecast(seasonal, BUDGET, { method: "auto", history: SEASONAL })).toEqual(forecast(seasonal, BUDGET, { method: "profile", history: SEASONAL }));
    expect(yearEnd(seasonal, BUDGET, { method: "auto", history: SEASONAL })).toBe(4000);

    const turned = [107, 107, 107, 107, 107];
    expect(forecast(turned, BUDGET, { method: "auto", history: TURNED_FLAT })).toEqual([...turned, 107, 107, 107, 107, 107, 107, 107]);
    expect(yearEnd(turned, BUDGET, { method: "auto", history: TURNED_FLAT })).toBe(1284);
  });

  it("adds adjustments on top of the chosen method", () => {
    const turned = [107, 107, 107, 107, 107];
    const adjustments = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50];
    expect(yearEnd(turned, BUDGET, { method: "auto", history: TURNED_FLAT, adjustments })).toBe(1334);
  });

  const bad: [string, () => unknown, ErrorCode, string, string][] = [
    [
      "auto without history",
      () => forecast([100, 100, 100], BUDGET, { method: "auto" }),
      "FORECAST_AUTO_HISTORY",
      "the auto method picks the method that did best on the prior years, but with 0 years of history and 3 months booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method",
      "metoden auto vælger den metode, der ramte bedst i de tidligere år, men med 0 års historik og 3 måneder bogført kunne ingen metode afprøves; angiv mere historik (løbende gennemsnit (runrate) kræver 1 år med en total forskellig fra 0, profil (profile) og sidste år (prioryear) 2, eksponentiel udjævning (ets) 3), eller vælg en metode",
    ],
    [
      "auto with nothing booked and 1 year",
      () => yearEnd(blanks(12), BUDGET, { method: "auto", history: [FRONT] }),
      "FORECAST_AUTO_HISTORY",
      "the auto method picks the method that did best on the prior years, but with 1 year of history and 0 months booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method",
      "metoden auto vælger den metode, der ramte bedst i de tidligere år, men med 1 års historik og 0 måneder bogført kunne ingen metode afprøves; angiv mere historik (løbende gennemsnit (runrate) kræver 1 år med en total forskellig fra 0, profil (profile) og sidste år (prioryear) 2, eksponentiel udjævning (ets) 3), eller vælg en metode",
    ],
    [
      "auto with 1 month booked and an all-zero year",
      () => yearEnd([5], BUDGET, { method: "auto", history: [flat(0)] }),
      "FORECAST_AUTO_HISTORY",
      "the auto method picks the method that did best on the prior years, but with 1 year of history and 1 month booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method",
      "metoden auto vælger den metode, der ramte bedst i de tidligere år, men med 1 års historik og 1 måned bogført kunne ingen metode afprøves; angiv mere historik (løbende gennemsnit (runrate) kræver 1 år med en total forskellig fra 0, profil (profile) og sidste år (prioryear) 2, eksponentiel udjævning (ets) 3), eller vælg en metode",
    ],
    [
      "backtest checks this year's actuals with forecast's message",
      () => backtest([1, null, 3], BUDGET, TURNED_FLAT),
      "ACTUALS_GAP",
      "month 3 is booked but month 2 is blank; book the months in order",
      "måned 3 er bogført, men måned 2 er tom; bogfør månederne i rækkefølge",
    ],
    [
      "backtest checks the history rows",
      () => backtest([1], BUDGET, [FRONT.slice(1)]),
      "HISTORY_LENGTH",
      "history row 1 has 11 values; 12 are needed",
      "historik række 1 har 11 værdier; der skal være 12",
    ],
  ];

  it.each(bad)("%s", (_name, call, code, en, da) => {
    expect(failure(call)).toMatchObject({ code, en, da });
  });
});

describe("backtest: the best method decided from floats is the exact decimals' pick", () => {
  // The reference: every method's MAPE in decimals from yearEnd() year by year, the lowest,
  // ties to the simpler method. Small whole amounts make exact and near ties common (equal years,
  // scaled copies, flat lines), where the floats must hand over to the decimals.
  const need: Record<ForecastMethod, number> = { budget: Infinity, runrate: 0, profile: 1, prioryear: 1, ets: 2 };
  const ORDER: ForecastMethod[] = ["budget", "runrate", "profile", "prioryear", "ets"];
  function referenceBest(actuals: (number | null)[], history: number[][], unit: Unit): ForecastMethod | null {
    const month = actuals.filter((v) => v !== null).length;
    let best: { method: ForecastMethod; mape: Decimal } | null = null;
    for (const method of ORDER) {
      const apes: Decimal[] = [];
      history.forEach((row, y) => {
        const total = row.reduce((s, v) => s.plus(v), new Decimal(0));
        if (y < need[method] || total.isZero()) return;
        try {
          const projected = yearEnd(row.slice(0, month), flat(0), { method, history: y > 0 ? history.slice(0, y) : undefined, unit });
          apes.push(new Decimal(projected).minus(total).abs().dividedBy(total.abs()));
        } catch {
          // the method did not run on this year
        }
      });
      if (apes.length === 0) continue;
      const mape = apes.reduce((s, a) => s.plus(a), new Decimal(0)).dividedBy(apes.length);
      if (best === null || mape.lessThan(best.mape)) best = { method, mape };
    }
    return best?.method ?? null;
  }

  const rowArb = fc.oneof(
    fc.array(fc.integer({ min: -2, max: 20 }), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: 0, max: 30 }).map(flat),
    fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 12, maxLength: 12 }),
    // bookings to the øre
    fc.array(fc.integer({ min: -100, max: 100_000_000 }).map((ore) => ore / 100), { minLength: 12, maxLength: 12 }),
  );
  const lineArb = fc.record({
    base: fc.array(rowArb, { minLength: 0, maxLength: 4 }),
    copies: fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 3 })), { maxLength: 2 }),
    month: fc.integer({ min: 0, max: 12 }),
    unit: fc.constantFrom<Unit>(0.01, 1, 1000),
    actual: fc.integer({ min: 1, max: 30 }),
  });

  it("on random histories with many ties", () => {
    fc.assert(
      fc.property(lineArb, ({ base, copies, month, unit, actual }) => {
        const history = [...base];
        for (const [from, factor] of copies) if (history.length > 0) history.push(history[from % history.length].map((v) => v * factor));
        const actuals = [...new Array<number>(month).fill(actual), ...blanks(12 - month)];
        // the pick alone: the band needs the pick to run on this year's full history too
        expect(priorYearTest(actuals, BUDGET, history, unit).best).toBe(referenceBest(actuals, history, unit));
      }),
      { numRuns: 1500 },
    );
  });
});
