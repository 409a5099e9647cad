// Exact oracles and properties for forecast(actuals, budget, options) and yearEnd(...): the
// booked months as they are, then the projected months. Every expected month below was worked out
// by hand (reasoning in the comments) and checked with an independent Python script (fractions,
// largest remainder with ties to the larger weight then the earlier month, and a separate
// Holt-Winters written from the formulas); nothing here is computed by the code under test.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORECAST_METHODS, forecast, yearEnd, type ErrorCode, type ForecastOptions } from "../../core";
import { failure } from "./failure";

const blanks = (count: number) => new Array<null>(count).fill(null);
// budget sum: months 1-5 = 500, months 6-12 = 700, year 1200
const BUDGET = [80, 90, 100, 110, 120, 100, 60, 100, 110, 120, 100, 110];
// actual to date A = 540 after month 5
const ACTUALS = [90, 95, 105, 120, 130, ...blanks(7)];
// history: months 1-5 = 400, months 6-12 = 600, year 1000 (shares exact in decimals)
const H = [60, 70, 80, 90, 100, 90, 50, 90, 100, 110, 80, 80];
const H2 = new Array<number>(12).fill(80);
const BOOKED = [90, 95, 105, 120, 130];

interface Case {
  name: string;
  actuals: (number | null)[];
  options: ForecastOptions;
  projected: number[];
  total: number;
  budget?: number[];
}

const cases: Case[] = [
  // remaining budget months 6-12 as they are: 540 + 700 = 1240
  { name: "budget", actuals: ACTUALS, options: { method: "budget" }, projected: [100, 60, 100, 110, 120, 100, 110], total: 1240 },
  // share 500/1200; T = 540 x 1200/500 = 1296; R = 756 over weights 100,60,100,110,120,100,110 (sum 700):
  // 1.08 w = 108, 64.8, 108, 118.8, 129.6, 108, 118.8; floors sum 753, 3 left to the three .8s
  { name: "profile (budget shape)", actuals: ACTUALS, options: { method: "profile" }, projected: [108, 65, 108, 119, 129, 108, 119], total: 1296 },
  // history shape: share 400/1000; T = 540/0.4 = 1350; R = 810 over 90,50,90,100,110,80,80 (600):
  // 1.35 w = 121.5, 67.5, 121.5, 135, 148.5, 108, 108; 2 left among the .5s: weight 110 (month 10),
  // then weight 90 at the earlier month (6 before 8)
  { name: "profile (history shape)", actuals: ACTUALS, options: { method: "profile", history: [H] }, projected: [122, 67, 121, 135, 149, 108, 108], total: 1350 },
  // T = 540 x 12/5 = 1296; R = 756 = 7 x 108
  { name: "runrate", actuals: ACTUALS, options: { method: "runrate" }, projected: [108, 108, 108, 108, 108, 108, 108], total: 1296 },
  // A = 543; T = 543 x 12/5 = 1303.2 -> 1303; R = 760 = 7 x 108 + 4: the earlier months take them
  { name: "runrate with leftover", actuals: [90, 95, 105, 120, 133, ...blanks(7)], options: { method: "runrate" }, projected: [109, 109, 109, 109, 108, 108, 108], total: 1303 },
  // the same in thousands: 543000 -> T = 1303.2 thousands -> 1303; R = 760 thousands
  {
    name: "runrate at unit 1000",
    actuals: [90000, 95000, 105000, 120000, 133000, ...blanks(7)],
    options: { method: "runrate", unit: 1000 },
    projected: [109000, 109000, 109000, 109000, 108000, 108000, 108000],
    total: 1303000,
  },
  // last year: same period 400, year 1000; T = 540 x 1000/400 = 1350; R = 810 along last year's
  // months 6-12, the same split as the history-shaped profile
  { name: "prioryear (one year)", actuals: ACTUALS, options: { method: "prioryear", history: [H] }, projected: [122, 67, 121, 135, 149, 108, 108], total: 1350 },
  // two years summed month by month: 140,150,160,170,180 | 170,130,170,180,190,160,160; period 800,
  // year 1960; T = 540 x 1960/800 = 1323; R = 783 = 0.675 x (170,130,170,180,190,160,160) =
  // 114.75, 87.75, 114.75, 121.5, 128.25, 108, 108; floors 780, 3 left to the three .75s
  { name: "prioryear (two years)", actuals: ACTUALS, options: { method: "prioryear", history: [H, H2] }, projected: [115, 88, 115, 121, 128, 108, 108], total: 1323 },
  // budget months plus adjustments: month 7 +25, month 12 -10; month 2 is booked, so its
  // adjustment is already in the actuals and ignored: 1240 + 15 = 1255
  {
    name: "budget with adjustments",
    actuals: ACTUALS,
    options: { method: "budget", adjustments: [0, 999, 0, 0, 0, 0, 25, 0, 0, 0, 0, -10] },
    projected: [100, 85, 100, 110, 120, 100, 100],
    total: 1255,
  },
  // income (negative): spreading -A gives exactly minus A's runrate leftover split
  { name: "runrate, income", actuals: [-90, -95, -105, -120, -133, ...blanks(7)], options: { method: "runrate" }, projected: [-109, -109, -109, -109, -108, -108, -108], total: -1303 },
  // income budget: the budget's sizes are the shape, the same numbers negated
  {
    name: "profile, income",
    actuals: [-90, -95, -105, -120, -130, ...blanks(7)],
    budget: BUDGET.map((b) => -b),
    options: { method: "profile" },
    projected: [-108, -65, -108, -119, -129, -108, -119],
    total: -1296,
  },
];

describe("forecast: exact oracles at month 5", () => {
  it.each(cases)("$name", ({ actuals, options, projected, total, budget }) => {
    const months = forecast(actuals, budget ?? BUDGET, options);
    const booked = actuals.slice(0, 5) as number[];
    expect(months).toEqual([...booked, ...projected]);
    expect(yearEnd(actuals, budget ?? BUDGET, options)).toBe(total);
    // the months' decimal sum is the year-end exactly
    expect(months.reduce((s, v) => s.plus(v), new Decimal(0)).toNumber()).toBe(total);
  });

  it("keeps booked months as they are, even off the unit", () => {
    // A = 100.4 + 99.6 = 200 exactly; runrate T = 1200; R = 1000 over 10 months
    const months = forecast([100.4, 99.6, ...blanks(10)], BUDGET, { method: "runrate" });
    expect(months).toEqual([100.4, 99.6, ...new Array<number>(10).fill(100)]);
    expect(yearEnd([100.4, 99.6], BUDGET, { method: "runrate" })).toBe(1200);
  });

  it("treats a short actuals row as the months booked so far", () => {
    expect(forecast(BOOKED, BUDGET)).toEqual(forecast(ACTUALS, BUDGET));
  });
});

describe("forecast: exact division at large amounts", () => {
  // T = 5e11 x 1,000,000,000,002 / 1,000,000,000,001 = 5e11 + 0.4999999999995: just below the
  // half, so 500,000,000,000 (decimal.js at its default 20 digits rounded the product and said
  // 500,000,000,001). These lines are too big for the float fast path: the decimal path decides.
  const budget = [1_000_000_000_001, 1, ...new Array<number>(10).fill(0)];
  it("profile", () => {
    expect(forecast([500_000_000_000], budget, { method: "profile" })).toEqual([500_000_000_000, ...new Array<number>(11).fill(0)]);
    expect(yearEnd([500_000_000_000], budget, { method: "profile" })).toBe(500_000_000_000);
  });
});

describe("forecast: ets (additive Holt-Winters, period 12)", () => {
  const P = [100, 90, 110, 120, 130, 140, 60, 100, 110, 120, 100, 80];

  it("projects a purely repeating pattern as that pattern", () => {
    const months = forecast([...P.slice(0, 5), ...blanks(7)], BUDGET, { method: "ets", history: [P, P] });
    expect(months).toEqual(P);
    expect(yearEnd(P.slice(0, 5), BUDGET, { method: "ets", history: [P, P] })).toBe(1260);
  });

  it("projects a linear trend plus a repeating pattern exactly", () => {
    // y(t) = 1000 + 5t + P[t mod 12]; months 6-12 of year 3 are t = 29..35
    const y = Array.from({ length: 36 }, (_, t) => 1000 + 5 * t + P[t % 12]);
    const months = forecast([...y.slice(24, 29), ...blanks(7)], BUDGET, { method: "ets", history: [y.slice(0, 12), y.slice(12, 24)] });
    expect(months.slice(5)).toEqual([1285, 1210, 1255, 1270, 1285, 1270, 1255]);
  });

  it("stays in a sensible range on a noisy seasonal history", () => {
    const noise = [3, -2, 4, -1, 0, 2, -3, 1, -4, 2, 0, -1];
    const h1 = P.map((v, i) => v + noise[i]);
    const h2 = P.map((v, i) => v - noise[(i + 5) % 12]);
    const months = forecast(P.slice(0, 5), BUDGET, { method: "ets", history: [h1, h2] });
    months.slice(5).forEach((v, i) => {
      expect(Number.isInteger(v)).toBe(true);
      expect(Math.abs(v - P[i + 5])).toBeLessThanOrEqual(10);
    });
  });
});

describe("forecast: properties", () => {
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);
  const twelve = fc.array(amount, { minLength: 12, maxLength: 12 });

  it("a year with all 12 months booked projects exactly its actual total, whatever the method", () => {
    fc.assert(
      fc.property(twelve, twelve, fc.constantFrom(...FORECAST_METHODS), fc.constantFrom(0.01 as const, 1 as const), (actuals, budget, method, unit) => {
        const options: ForecastOptions = { method, unit, history: [budget, budget] };
        expect(forecast(actuals, budget, options)).toEqual(actuals);
        const exact = actuals.reduce((s, v) => s.plus(v), new Decimal(0)).toNumber();
        expect(yearEnd(actuals, budget, options)).toBe(exact);
      }),
      { numRuns: 200 },
    );
  });

  it("projected months are whole units and the months sum to yearEnd exactly", () => {
    const positive = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 11 }), fc.constantFrom("budget" as const, "profile" as const, "runrate" as const, "prioryear" as const), (actuals, budget, m, method) => {
        const row = [...actuals.slice(0, m), ...blanks(12 - m)];
        const options: ForecastOptions = { method, history: [budget] };
        const months = forecast(row, budget, options);
        expect(months).toHaveLength(12);
        months.forEach((v) => expect(Number.isInteger(v)).toBe(true));
        expect(yearEnd(row, budget, options)).toBe(months.reduce((s, v) => s.plus(v), new Decimal(0)).toNumber());
        // sign symmetry: negating actuals, budget and history projects exactly minus
        const minus = budget.map((v) => -v);
        const negated = forecast(row.map((v) => (v === null ? null : -v)), minus, { method, history: [minus] });
        expect(negated).toEqual(months.map((v) => (v === 0 ? 0 : -v)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("forecast: bad input", () => {
  const bad: [string, () => unknown, ErrorCode, string, string][] = [
    ["actuals after a blank", () => forecast([1, 2, null, 4], BUDGET), "ACTUALS_GAP", "month 4 is booked but month 3 is blank; book the months in order", "måned 4 er bogført, men måned 3 er tom; bogfør månederne i rækkefølge"],
    ["13 months", () => forecast(new Array<number>(13).fill(1), BUDGET), "ACTUALS_LENGTH", "actuals has 13 values; give at most 12 months", "forbruget har 13 værdier; angiv højst 12 måneder"],
    ["NaN actual", () => forecast([1, NaN], BUDGET), "AMOUNT_NOT_FINITE", "actual for month 2 is not a finite number", "forbrug for måned 2 er ikke et endeligt tal"],
    ["Infinity in the budget", () => forecast([1], [1, 1, Infinity, ...new Array<number>(9).fill(1)]), "AMOUNT_NOT_FINITE", "budget for month 3 is not a finite number", "budget for måned 3 er ikke et endeligt tal"],
    ["huge actual", () => forecast([2e15], BUDGET), "AMOUNT_TOO_LARGE", "actual for month 1 2000000000000000 is too large; the limit is 1e15", "forbrug for måned 1 2000000000000000 er for stort; grænsen er 1e15"],
    ["budget of 11 months", () => forecast(BOOKED, BUDGET.slice(1)), "BUDGET_LENGTH", "budget has 11 values; 12 months are needed", "budgettet har 11 værdier; der skal være 12 måneder"],
    ["adjustments of 11 months", () => forecast(BOOKED, BUDGET, { adjustments: BUDGET.slice(1) }), "ADJUSTMENTS_LENGTH", "adjustments has 11 values; 12 months are needed", "korrektionerne har 11 værdier; der skal være 12 måneder"],
    [
      "all-zero history for profile",
      () => forecast(BOOKED, BUDGET, { method: "profile", history: [new Array<number>(12).fill(0)] }),
      "HISTORY_EMPTY",
      "the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0",
      "historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0",
    ],
    [
      "all-zero budget for profile",
      () => forecast(BOOKED, new Array<number>(12).fill(0), { method: "profile" }),
      "FORECAST_SHAPE_ZERO",
      "the budget is 0 in months 1-5, the months booked so far, so the actual to date cannot be scaled up; use another method",
      "budgettet er 0 i månederne 1-5, de måneder, der er bogført, så forbruget til dato kan ikke skaleres op; brug en anden metode",
    ],
    [
      "prior year 0 in the booked months",
      () => forecast([7], BUDGET, { method: "prioryear", history: [[0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]] }),
      "FORECAST_SHAPE_ZERO",
      "the history is 0 in month 1, the months booked so far, so the actual to date cannot be scaled up; use another method",
      "historikken er 0 i måned 1, de måneder, der er bogført, så forbruget til dato kan ikke skaleres op; brug en anden metode",
    ],
    [
      "budget of both signs for profile",
      () => forecast(BOOKED, [...BUDGET.slice(0, 11), -5], { method: "profile" }),
      "FORECAST_SHAPE_SIGNS",
      "the budget has both positive and negative months, so it gives no profile to project along; use another method",
      "budgettet har både positive og negative måneder, så der er ingen profil at fremskrive efter; brug en anden metode",
    ],
    [
      "ets with too little history",
      () => forecast(BOOKED, BUDGET, { method: "ets", history: [H] }),
      "ETS_HISTORY",
      "the ets method needs at least 24 months of history (2 full years) before this year; got 12",
      "metoden eksponentiel udjævning (ets) kræver mindst 24 måneders historik (2 hele år) før i år; fik 12",
    ],
    [
      "runrate with nothing booked",
      () => forecast(blanks(12), BUDGET, { method: "runrate" }),
      "FORECAST_NOTHING_BOOKED",
      "no month is booked yet, so the runrate method has nothing to scale; use the budget or ets method",
      "ingen måned er bogført endnu, så metoden løbende gennemsnit (runrate) har intet at skalere; brug metoden budget eller eksponentiel udjævning (ets)",
    ],
    [
      "unknown method",
      () => forecast(BOOKED, BUDGET, { method: "holtwinters" as never }),
      "FORECAST_METHOD_UNKNOWN",
      'unknown forecast method "holtwinters"; use budget, profile, runrate, prioryear, ets or auto',
      'ukendt fremskrivningsmetode "holtwinters"; brug budget, profile (profil), runrate (løbende gennemsnit), prioryear (sidste år), ets (eksponentiel udjævning) eller auto',
    ],
    ["bad unit", () => forecast(BOOKED, BUDGET, { unit: 10 as never }), "UNIT_INVALID", "unit must be 0.01, 1 or 1000; got 10", "enhed skal være 0,01, 1 eller 1000; fik 10"],
  ];

  it.each(bad)("%s", (_name, call, code, en, da) => {
    expect(failure(call)).toMatchObject({ code, en, da });
  });

  it("checks the input even for yearEnd", () => {
    expect(() => yearEnd([1, null, 3], BUDGET)).toThrow("month 3 is booked but month 2 is blank; book the months in order");
  });
});
