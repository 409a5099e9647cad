// FORECAST, YEAREND, VARIANCE and CARRYOVER through the worksheet adapters: exact results for a
// line budgeted at 100,000 a month with 110,000 booked in each of January-May, batch lines, and
// the bad-input corpus with exact messages; and in the preview engine.

import { describe, expect, it } from "vitest";
import type { Cell } from "../../addin/functions/cells";
import { CARRYOVER, FORECAST, VARIANCE, YEAREND } from "../../addin/functions/catalog";
import { createEngine } from "../../addin/preview/engine";

const rep = <T,>(v: T, n: number): T[] => Array(n).fill(v);
const BUDGET: Cell[][] = [rep(100_000, 12)];
const BOOKED: Cell[][] = [[...rep(110_000, 5), ...rep(null, 7)]];
const err = (kind: "value" | "na", message: string, messageDa: string) => ({ kind, message, messageDa });

describe("FORECAST and YEAREND", () => {
  it.each<[string, Cell | undefined, number[], number]>([
    // the rest as budgeted: 550,000 + 7 x 100,000
    ["budget (the default)", undefined, [...rep(110_000, 5), ...rep(100_000, 7)], 1_250_000],
    // 550,000 / 5 x 12 = 1,320,000; the rest 770,000 in 7 equal months
    ["runrate", "runrate", rep(110_000, 12), 1_320_000],
    // 550,000 / (5/12) of the (equal) budget shape = 1,320,000
    ["profile", "Profile", rep(110_000, 12), 1_320_000],
  ])("%s", (_, method, months, total) => {
    expect(FORECAST.evaluate(BOOKED, BUDGET, method)).toEqual([months]);
    expect(YEAREND.evaluate(BOOKED, BUDGET, method)).toEqual([[total]]);
  });

  // the projected months are rounded to the unit; the booked months stay as they are
  it.each<[string, Cell[][], Cell[][], string, Cell | undefined, number[], number]>([
    // 100,400.55 a month budgeted: 100,401 at 1 kr (half away from zero), as it is at øre, 100,000 at 1000 kr
    ["budget, unit 1 (the default)", BOOKED, [rep(100_400.55, 12)], "budget", undefined, [...rep(110_000, 5), ...rep(100_401, 7)], 1_252_807],
    ["budget, unit 0.01", BOOKED, [rep(100_400.55, 12)], "budget", 0.01, [...rep(110_000, 5), ...rep(100_400.55, 7)], 1_252_803.85],
    ["budget, unit 1000", BOOKED, [rep(100_400.55, 12)], "budget", 1000, [...rep(110_000, 5), ...rep(100_000, 7)], 1_250_000],
    // 12,345 in January: the year is round(12,345 x 12 / 1000) = 148 thousands, less round(12.345) = 12
    // booked, so 136 thousands over 11 months: 13 in the first 4, 12 in the other 7
    ["runrate, unit 1000", [[12_345, ...rep(null, 11)]], BUDGET, "runrate", 1000, [12_345, ...rep(13_000, 4), ...rep(12_000, 7)], 148_345],
  ])("%s", (_, actuals, budget, method, unit, months, total) => {
    expect(FORECAST.evaluate(actuals, budget, method, undefined, unit)).toEqual([months]);
    expect(YEAREND.evaluate(actuals, budget, method, undefined, unit)).toEqual([[total]]);
  });

  it.each<[string, Cell, ReturnType<typeof err>]>([
    ["5", 5, err("value", "unit must be 0.01, 1 or 1000; got 5", "enhed skal være 0,01, 1 eller 1000; fik 5")],
    ["text", "1000", err("value", 'unit is text ("1000"); a number is needed', 'enhed er tekst ("1000"); der skal stå et tal')],
  ])("refuses the unit %s, in FORECAST and YEAREND alike", (_, unit, error) => {
    const expected = [[error]];
    expect(FORECAST.evaluate(BOOKED, BUDGET, "budget", undefined, unit)).toEqual(expected);
    expect(YEAREND.evaluate(BOOKED, BUDGET, "budget", undefined, unit)).toEqual(expected);
  });

  it("projects several lines against one budget row, a bad line giving its own error", () => {
    const actuals: Cell[][] = [BOOKED[0], [...rep(90_000, 5), ...rep(null, 7)], [110_000, null, 110_000, ...rep(null, 9)]];
    const result = YEAREND.evaluate(actuals, BUDGET, "runrate");
    expect(result.slice(0, 2)).toEqual([[1_320_000], [1_080_000]]);
    expect(result[2]).toEqual([err("value", "month 3 is booked but month 2 is blank; book the months in order", "måned 3 er bogført, men måned 2 er tom; bogfør månederne i rækkefølge")]);
  });

  it.each<[string, () => unknown, ReturnType<typeof err>]>([
    ["13 months", () => FORECAST.evaluate([rep(1, 13)], BUDGET), err("value", "actuals has 13 values; give at most 12 months", "forbruget har 13 værdier; angiv højst 12 måneder")],
    [
      "an unknown method",
      () => FORECAST.evaluate(BOOKED, BUDGET, "magic"),
      err("value", 'unknown forecast method "magic"; use budget, profile, runrate, prioryear, ets or auto', 'ukendt fremskrivningsmetode "magic"; brug budget, profile (profil), runrate (løbende gennemsnit), prioryear (sidste år), ets (eksponentiel udjævning) eller auto'),
    ],
    [
      "history for several lines",
      () => FORECAST.evaluate([BOOKED[0], BOOKED[0]], BUDGET, "prioryear", [rep(1, 12)]),
      err("value", "history works one line at a time, but there are 2 lines; give one line of actuals with its history", "historik virker for én linje ad gangen, men der er 2 linjer; angiv én linje forbrug med dens historik"),
    ],
  ])("%s gives one error", (_, run, expected) => {
    expect(run()).toEqual([[expected]]);
  });

  it("says the line's history is too short for ets, as #N/A: the data it needs is not there yet", () => {
    expect(FORECAST.evaluate(BOOKED, BUDGET, "ets", [rep(100_000, 12)])).toEqual([
      rep(err("na", "the ets method needs at least 24 months of history (2 full years) before this year; got 12", "metoden eksponentiel udjævning (ets) kræver mindst 24 måneders historik (2 hele år) før i år; fik 12"), 12),
    ]);
  });

  // every amount is within ±1e15 kr (±7e13 at unit 0.01); a projection scales the actual to date
  // up, so its months and the year-end are checked too: beyond the limit is a clear error
  // the Danish pronoun agrees with the noun: "det forventede årsresultat ... det", "fremskrivningen ... den"
  const limit = (what: string, whatDa: string, text: string, pronoun = "det") =>
    err(
      "value",
      `${what} comes to ${text}, beyond the limit of 1e15 for an amount; check the amounts it is made from`,
      `${whatDa} bliver ${text}, hvilket er over grænsen på 1e15 for et beløb; tjek de beløb, ${pronoun} er beregnet af`,
    );
  const JAN = (v: number): Cell[][] => [[v, ...rep(null, 11)]];
  it.each<[string, () => unknown, unknown]>([
    // 1e15 booked in January of a flat budget: 1e15 a month projected for the other 11
    ["an actual of 1e15 with profile", () => YEAREND.evaluate(JAN(1e15), BUDGET, "profile"), [[limit("the projected year-end", "det forventede årsresultat", "12000000000000000")]]],
    // each month at the limit is allowed; their sum is not
    ["an actual of 1e15 with runrate", () => FORECAST.evaluate(JAN(1e15), BUDGET, "runrate"), [rep(1e15, 12)]],
    ["its year-end", () => YEAREND.evaluate(JAN(1e15), BUDGET, "runrate"), [[limit("the projected year-end", "det forventede årsresultat", "12000000000000000")]]],
    // a tiny share of the budget booked so far scales a large actual up past the limit
    [
      "a tiny budget share",
      () => FORECAST.evaluate([[1e12, ...rep(null, 11)]], [[1, ...rep(1e9, 11)]], "profile"),
      [rep(limit("the projection for month 2", "fremskrivningen for måned 2", "1000000000000000000000", "den"), 12)],
    ],
    ["just within the limit", () => YEAREND.evaluate([[1e15, ...rep(null, 11)]], [[1, ...rep(0, 11)]], "profile"), [[1e15]]],
  ])("%s", (_, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it("runs in the preview engine", () => {
    const engine = createEngine({ S: [[...rep(110_000, 5), ...rep(null, 7)], rep(100_000, 12), ['=BUDGET.YEAREND(A1:L1, A2:L2, "runrate")']] });
    expect(engine.getSheetValues(0)[2][0]).toBe(1_320_000);
  });

  it("takes the unit in the preview engine, history left out", () => {
    const engine = createEngine({
      S: [
        [12_345, ...rep(null, 11)],
        rep(100_000, 12),
        ['=BUDGET.FORECAST(A1:L1, A2:L2, "runrate", , 1000)'],
        ['=BUDGET.YEAREND(A1:L1, A2:L2, "runrate", , 1000)'],
      ],
    });
    expect(engine.getSheetValues(0).slice(2)).toEqual([[12_345, ...rep(13_000, 4), ...rep(12_000, 7)], [148_345]]);
  });
});

describe("VARIANCE", () => {
  it.each<[string, Cell[][], Cell[][], Cell[][] | undefined, Cell[][] | undefined, number[][]]>([
    // 10,500 bed days against 10,000 at 100 kr a day: volume 50,000, price the rest, 30,000
    ["volume and price", [[1_080_000]], [[1_000_000]], [[10_500]], [[10_000]], [[80_000, 50_000, 30_000]]],
    // without quantities the activity is taken as budgeted: all of it is price
    ["without quantities", [[1_080_000]], [[1_000_000]], undefined, undefined, [[80_000, 0, 80_000]]],
    ["a column of lines", [[1_080_000], [900_000]], [[1_000_000], [1_000_000]], undefined, undefined, [[80_000, 0, 80_000], [-100_000, 0, -100_000]]],
  ])("%s", (_, actual, budget, actualQty, budgetQty, expected) => {
    expect(VARIANCE.evaluate(actual, budget, actualQty, budgetQty)).toEqual(expected);
  });

  // total 234,567.89 and volume 500 x 100 = 50,000, rounded half away from zero; price the rest
  it.each<[string, Cell | undefined, number[]]>([
    ["left out: the øre", undefined, [234_567.89, 50_000, 184_567.89]],
    ["blank: the øre", null, [234_567.89, 50_000, 184_567.89]],
    ["unit 0.01", 0.01, [234_567.89, 50_000, 184_567.89]],
    ["unit 1", 1, [234_568, 50_000, 184_568]],
    ["unit 1000", 1000, [235_000, 50_000, 185_000]],
  ])("at a unit, %s", (_, unit, expected) => {
    expect(VARIANCE.evaluate([[1_234_567.89]], [[1_000_000]], [[10_500]], [[10_000]], unit)).toEqual([expected]);
  });

  it.each<[string, Cell, ReturnType<typeof err>]>([
    ["unit 5", 5, err("value", "unit must be 0.01, 1 or 1000; got 5", "enhed skal være 0,01, 1 eller 1000; fik 5")],
    ["unit 0.1", 0.1, err("value", "unit must be 0.01, 1 or 1000; got 0.1", "enhed skal være 0,01, 1 eller 1000; fik 0,1")],
    ['unit "1" (text)', "1", err("value", 'unit is text ("1"); a number is needed', 'enhed er tekst ("1"); der skal stå et tal')],
  ])("refuses %s, one error for the whole result", (_, unit, error) => {
    expect(VARIANCE.evaluate([[1], [2]], [[1]], undefined, undefined, unit)).toEqual([[error]]);
  });

  it("refuses a quantity on one side only", () => {
    expect(VARIANCE.evaluate([[1]], [[1]], [[5]])).toEqual([
      rep(
        err(
          "value",
          "only the actual quantity is given; give both the actual and the budget quantity, or neither",
          "kun den faktiske mængde er angivet; angiv både den faktiske og den budgetterede mængde eller ingen af dem",
        ),
        3,
      ),
    ]);
  });
});

describe("CARRYOVER", () => {
  it.each<[string, Cell, Cell, Cell | undefined, number]>([
    ["an underspend within 2 %", 1_000_000, 990_000, undefined, 10_000],
    ["an underspend capped at 2 %", 1_000_000, 950_000, undefined, 20_000],
    ["an underspend capped at 0.5 %", 1_000_000, 990_000, 0.005, 5_000],
    ["an overspend in full", 1_000_000, 1_030_000, undefined, -30_000],
  ])("%s", (_, budget, actual, cap, expected) => {
    expect(CARRYOVER.evaluate([[budget]], [[actual]], cap)).toEqual([[expected]]);
  });

  it.each<[string, Cell, Cell, Cell | undefined, number[]]>([
    // underspend 9,999.60 within the cap: rounded down, never above what the rule allows
    ["an underspend at the øre", 1_000_000, 990_000.4, 0.01, [9_999.6]],
    ["an underspend at 1 kr", 1_000_000, 990_000.4, 1, [9_999]],
    ["an underspend at 1000 kr", 1_000_000, 990_000.4, 1000, [9_000]],
    // the 2 % cap of 1,234,567 is 24,691.34: rounded down under it
    ["the cap at 1 kr", 1_234_567, 1_000_000, 1, [24_691]],
    ["the cap at 1000 kr", 1_234_567, 1_000_000, 1000, [24_000]],
    // an overspend of 12,345.67 carried in full: rounded away from zero
    ["an overspend at 1 kr", 1_000_000, 1_012_345.67, 1, [-12_346]],
    ["an overspend at 1000 kr", 1_000_000, 1_012_345.67, 1000, [-13_000]],
    ["an overspend with the unit blank: the øre", 1_000_000, 1_012_345.67, null, [-12_345.67]],
  ])("%s", (_, budget, actual, unit, expected) => {
    expect(CARRYOVER.evaluate([[budget]], [[actual]], undefined, unit)).toEqual([expected]);
  });

  it("takes the unit in the preview engine, for the variance too, quantities left out", () => {
    const engine = createEngine({
      S: [
        [1_000_000, 1_012_345.67],
        ["=BUDGET.CARRYOVER(A1, B1, , 1000)"],
        ["=BUDGET.VARIANCE(B1, A1, , , 1)"],
        ["=BUDGET.VARIANCE(B1, A1)"],
      ],
    });
    expect(engine.getSheetValues(0).slice(1)).toEqual([[-13_000], [12_346, 0, 12_346], [12_345.67, 0, 12_345.67]]);
  });

  it("refuses unit 100 in both languages", () => {
    expect(CARRYOVER.evaluate([[1]], [[1]], 0.02, 100)).toEqual([
      [err("value", "unit must be 0.01, 1 or 1000; got 100", "enhed skal være 0,01, 1 eller 1000; fik 100")],
    ]);
  });

  it("takes the cap's base per line and the share of an underspend carried, in Excel and in the preview", () => {
    // 0.5 % of each department's net operating frame, and only half of an underspend
    expect(CARRYOVER.evaluate([[1_000_000], [1_000_000]], [[950_000], [990_000]], 0.005, 1, [[10_000_000], [1_000_000]], 0.5)).toEqual([[25_000], [5_000]]);
    const engine = createEngine({
      S: [
        [1_000_000, 950_000, 10_000_000],
        [1_000_000, 990_000, 1_000_000],
        ["=BUDGET.CARRYOVER(A1:A2, B1:B2, 0.005, 1, C1:C2, 0.5)"],
      ],
    });
    expect(engine.getSheetValues(0).slice(2)).toEqual([[25_000], [5_000]]);
  });

  it("refuses a cap base of another length", () => {
    expect(CARRYOVER.evaluate([[1], [2], [3]], [[1], [2], [3]], 0.02, 1, [[1], [2]])).toEqual([
      [err("value", "capBase has 2 rows but budget has 3; give 1 row (for every line) or one per line", "grundlaget for loftet har 2 rækker, men budgettet har 3; angiv 1 række (for alle linjer) eller én pr. linje")],
    ]);
  });

  it("refuses a cap above 1", () => {
    expect(CARRYOVER.evaluate([[1]], [[1]], 2)).toEqual([
      [err("value", "capRate must be from 0 to 1, e.g. 0.02 for 2 % or 0.005 for 0.5 %; got 2", "loftet skal være fra 0 til 1, fx 0,02 for 2 % eller 0,005 for 0,5 %; fik 2")],
    ]);
  });
});
