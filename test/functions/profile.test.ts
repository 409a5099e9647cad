// BUDGET.WORKDAYS and BUDGET.PROFILE through the worksheet adapter: exact rows and the bad-input
// corpus with the exact messages, then PROFILE in the preview engine (ranges and array
// constants). 2026: Easter Sunday 5 April; holidays on weekdays 1 Jan, 2-3 Apr (skærtorsdag,
// langfredag), 6 Apr, 14 May (Kristi himmelfart), 25 May (2. pinsedag), 25 Dec; 26 Dec is a
// Saturday. Optional days: 5 June is a Friday, 24 Dec a Thursday.

import { describe, expect, it } from "vitest";
import type { Cell } from "../../addin/functions/cells";
import { PROFILE, WORKDAYS } from "../../addin/functions/catalog";
import { createEngine, type EngineLanguage } from "../../addin/preview/engine";

const WORKDAYS_2026 = [21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22];
const value = (message: string, messageDa: string) => [[{ kind: "value", message, messageDa }]];

/** `count` copies of `value`, for writing 12-month rows by hand. */
const rep = <T>(v: T, count: number): T[] => new Array<T>(count).fill(v);
/** 12 months of `fill` with some months (1-based) set: months({ 4: 0.04 }). */
const months = (set: Record<number, Cell>, fill: Cell = 0): Cell[] => Array.from({ length: 12 }, (_, m) => (m + 1 in set ? set[m + 1] : fill));

describe("WORKDAYS", () => {
  it.each<[string, Cell, Cell | undefined, number[]]>([
    ["2026", 2026, undefined, WORKDAYS_2026],
    ["2026 with grundlovsdag and 24 Dec off", 2026, "grundlovsdag, 24dec", [21, 20, 22, 19, 19, 21, 23, 21, 22, 22, 21, 21]],
    ["2026 with 1 May (a Friday) off", 2026, "1maj", [21, 20, 22, 19, 18, 22, 23, 21, 22, 22, 21, 22]],
    // 2023: store bededag 5 May still a holiday (May 20 days); 2024 not (May 21); checked with an
    // independent Python count over datetime
    ["2023", 2023, "", [22, 20, 23, 17, 20, 22, 21, 23, 21, 22, 22, 19]],
    ["2024", 2024, null, [22, 21, 19, 21, 21, 20, 23, 22, 21, 23, 21, 20]],
  ])("%s", (_, year, options, expected) => {
    expect(WORKDAYS.evaluate(year, options)).toEqual([expected]);
  });

  it.each<[string, Cell | undefined, Cell | undefined, ReturnType<typeof value>]>([
    ["blank year", null, undefined, value("year is blank; enter 0 if there is none", "år er tomt; skriv 0, hvis der ikke er noget")],
    ["year as text", "2026", undefined, value('year is text ("2026"); a number is needed', 'år er tekst ("2026"); der skal stå et tal')],
    ["year 1899", 1899, undefined, value("year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899")],
    [
      "unknown option",
      2026,
      "25dec",
      value(
        'unknown working-day option "25dec"; use grundlovsdag, 24dec, 31dec or 1maj',
        'ukendt valg for arbejdsdage "25dec"; brug grundlovsdag, 24dec, 31dec eller 1maj',
      ),
    ],
  ])("%s", (_, year, options, expected) => {
    expect(WORKDAYS.evaluate(year, options)).toEqual(expected);
  });
});

// Expected weights worked by hand (the reasoning beside each) and checked with an independent
// Python calculation (fractions.Fraction for the history shares, decimal.Decimal for products,
// rounded half up at 10 decimals); the history, activity and salary cases are the inputs of
// test/core/derivedProfiles.test.ts, so their expected rows are the same.

/** +4 % from April, +1.76 % from October (rates per month), half a month extra in May. */
const RISES = months({ 4: 0.04, 10: 0.0176 });
const EXTRAS = months({ 5: 0.5 });
// Jan-Mar 1; Apr 1.04; May 1.04 x 1.5 = 1.56; Jun-Sep 1.04; Oct-Dec 1.04 x 1.0176 = 1.058304
const SALARY = [1, 1, 1, 1.04, 1.56, 1.04, 1.04, 1.04, 1.04, 1.058304, 1.058304, 1.058304];
const RISES_ONLY = [1, 1, 1, 1.04, 1.04, 1.04, 1.04, 1.04, 1.04, 1.058304, 1.058304, 1.058304];

// Year A 100 a month (shares 1/12); year B 100 times larger and seasonal: Jan, Dec 1/8,
// Jul, Aug 1/24, the rest 1/12. Averages: Jan, Dec 5/48 -> 0.1041666667; Jul, Aug 1/16 = 0.0625;
// the rest 1/12 -> 0.0833333333 (a large year does not outweigh a small one).
const TWO_YEARS: Cell[][] = [rep(100, 12), [30000, 20000, 20000, 20000, 20000, 20000, 10000, 10000, 20000, 20000, 20000, 30000]];
const TWO_YEARS_WEIGHTS = [0.1041666667, ...rep(0.0833333333, 5), 0.0625, 0.0625, ...rep(0.0833333333, 3), 0.1041666667];

// bed days x 2,500.50 kr + 10,000 kr a month: 100 -> 260,050; 90 -> 235,045; 110 -> 285,055;
// 80 -> 210,040; 60 -> 160,030; 70 -> 185,035
const BED_DAYS = [100, 90, 110, 100, 100, 80, 60, 70, 100, 110, 100, 80];
const BED_DAY_WEIGHTS = [260050, 235045, 285055, 260050, 260050, 210040, 160030, 185035, 260050, 285055, 260050, 210040];

const QUARTERLY = [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0];

describe("PROFILE", () => {
  it.each<[string, Cell, Cell | undefined, Cell[][] | undefined, number[]]>([
    ["equal", "equal", 2026, undefined, Array(12).fill(1)],
    ["equal, Danish lige, a blank options cell", "Lige", 2026, [[null]], Array(12).fill(1)],
    ["days in a leap year", "days", 2024, undefined, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["Danish alias kalenderdage", "Kalenderdage", 2025, undefined, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["workdays", "workdays", 2026, undefined, WORKDAYS_2026],
    ["workdays with options", "arbejdsdage", 2026, [["grundlovsdag"]], [21, 20, 22, 19, 19, 21, 23, 21, 22, 22, 21, 22]],

    // historical: k x 12 prior years' actuals
    ["historical: two years of very different size", "historical", 2026, TWO_YEARS, TWO_YEARS_WEIGHTS],
    [
      // A: Jan blank, Feb -500 (a refund, 0 for the shape), Mar 300, then 100 x 9: total 1,200,
      // shares 0, 0, 1/4, 1/12 x 9. B: blank ("" too), -10, zeros: total 0, left out. C: 1/12.
      // Averages over A and C: Jan, Feb 1/24 -> 0.0416666667; Mar 1/6 -> 0.1666666667; 1/12.
      "historisk: blank cells, a refund, a year with total 0",
      "Historisk",
      undefined,
      [[null, -500, 300, ...rep(100, 9)], [0, -10, "", ...rep(0, 9)], rep(10, 12)],
      [0.0416666667, 0.0416666667, 0.1666666667, ...rep(0.0833333333, 9)],
    ],
    [
      // 100,000 rows, every other one blank: the years 1..12 (n / 78) and 0.1..1.2 alternate; the
      // blank years are left out. Weights n / 78 rounded at the 10th decimal.
      "historical: 100,000 rows",
      "historical",
      2026,
      Array.from({ length: 100_000 }, (_, r): Cell[] => (r % 2 ? rep(null, 12) : Array.from({ length: 12 }, (_, m) => (r % 4 ? (m + 1) / 10 : m + 1)))),
      [
        0.0128205128, 0.0256410256, 0.0384615385, 0.0512820513, 0.0641025641, 0.0769230769, 0.0897435897, 0.1025641026, 0.1153846154,
        0.1282051282, 0.141025641, 0.1538461538,
      ],
    ],

    // payments: one cell of months
    ["payments: jan,apr,jul,okt", "payments", 2026, [["jan,apr,jul,okt"]], QUARTERLY],
    ["betalinger: kvartalsvis", "betalinger", 2026, [["kvartalsvis"]], QUARTERLY],
    ["payments: 1;4;7;10", "PAYMENTS", 2026, [["1;4;7;10"]], QUARTERLY],
    ["payments: a number cell 4 reads as April", "payments", 2026, [[4]], [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["payments: December and June", "betalinger", 2026, [["dec jun"]], [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]],

    // salary: rates per month, extra payments per month
    ["salary: rises and an extra payment", "salary", 2026, [RISES, EXTRAS], SALARY],
    ["løn: blank cells are no rise and no extra", "Løn", 2026, [months({ 4: 0.04, 10: 0.0176 }, null), months({ 5: 0.5 }, "")], SALARY],
    ["loen: one row is rises only", "loen", 2026, [RISES], RISES_ONLY],
    ["salary: no options is a flat salary", "salary", 2026, undefined, rep(1, 12)],
    ["salary: a blank options cell is a flat salary", "løn", 2026, [[null]], rep(1, 12)],
    [
      // +10 % from January: 1.1; a cut of 50 % from July: 1.1 x 0.5 = 0.55; 1.25 months extra in
      // December: 0.55 x 2.25 = 1.2375
      "salary: a cut and an extra of more than one month",
      "salary",
      2026,
      [months({ 1: 0.1, 7: -0.5 }), months({ 12: 1.25 })],
      [...rep(1.1, 6), ...rep(0.55, 5), 1.2375],
    ],

    // activity: planned activity; unit cost and fixed part in row 2
    ["activity: bed days x unit cost + fixed part", "activity", 2026, [BED_DAYS, [2500.5, 10000, ...rep(null, 10)]], BED_DAY_WEIGHTS],
    [
      // 3 x 0.1 = 0.3 exactly (the decimals typed), 0.5 x 0.1 = 0.05, 7 x 0.1 = 0.7; fixed blank: 0
      "aktivitet: decimal unit cost, fixed part blank",
      "Aktivitet",
      2026,
      [[3, 0, 1, 2, 0.5, 0, 0, 0, 0, 0, 0, 7], [0.1, null, "", 0, ...rep("", 8)]],
      [0.3, 0, 0.1, 0.2, 0.05, 0, 0, 0, 0, 0, 0, 0.7],
    ],
    ["activity: one row is the activity itself", "activity", 2026, [BED_DAYS], BED_DAYS],
    ["activity: a blank row 2 is one row", "activity", 2026, [BED_DAYS, rep(null, 12)], BED_DAYS],
    ["activity: unit cost 0, fixed part only", "activity", 2026, [rep(12, 12), [0, 1500, ...rep(null, 10)]], rep(1500, 12)],
  ])("%s", (_, method, year, options, expected) => {
    expect(PROFILE.evaluate(method, year, options)).toEqual([expected]);
  });

  const UNKNOWN_EN = "use equal, days, workdays, historical, activity, salary or payments";
  const UNKNOWN_DA = "brug lige, kalenderdage, arbejdsdage, historisk, aktivitet, løn eller betalinger";
  const SALARY_SHAPE_EN = "give 1 or 2 rows of 12 columns (one per month): the pay-rise rates, then the extra payments in months of salary";
  const SALARY_SHAPE_DA =
    "angiv 1 eller 2 rækker med 12 kolonner (én pr. måned): lønstigningssatserne og derefter de ekstra udbetalinger i måneders løn";
  const ACTIVITY_SHAPE_EN =
    "give 1 or 2 rows of 12 columns (one per month): the planned activity, then the unit cost and the fixed amount per month in the first two cells";
  const ACTIVITY_SHAPE_DA =
    "angiv 1 eller 2 rækker med 12 kolonner (én pr. måned): den planlagte aktivitet og derefter enhedsomkostningen og det faste beløb pr. måned i de to første celler";
  const HISTORY_MISSING_EN = "needs options: the prior years' monthly actuals (k x 12)";
  const HISTORY_MISSING_DA = "skal have valg: de foregående års forbrug pr. måned (k x 12)";

  it.each<[string, Cell, Cell | undefined, Cell[][] | undefined, ReturnType<typeof value>]>([
    // the method
    ["unknown name", "seasonal", 2026, undefined, value(`unknown profile method "seasonal"; ${UNKNOWN_EN}`, `ukendt profilmetode "seasonal"; ${UNKNOWN_DA}`)],
    ["a number", 5, 2026, undefined, value(`unknown profile method "5"; ${UNKNOWN_EN}`, `ukendt profilmetode "5"; ${UNKNOWN_DA}`)],
    ["blank method", null, 2026, undefined, value(`unknown profile method ""; ${UNKNOWN_EN}`, `ukendt profilmetode ""; ${UNKNOWN_DA}`)],
    [
      "an error as method",
      { error: "#REF!" },
      2026,
      undefined,
      value("profile method is an error (#REF!); fix that cell first", "profilmetoden er en fejl (#REF!); ret den celle først"),
    ],
    [
      "a bad year, whatever the method",
      "salary",
      1899,
      undefined,
      value("year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899"),
    ],
    [
      "options for equal",
      "equal",
      2026,
      [["grundlovsdag"]],
      value('profile "equal" takes no options; leave options blank', 'profilen "equal" har ingen valg; lad valg være tomt'),
    ],
    [
      "workdays: options in two cells",
      "workdays",
      2026,
      [["grundlovsdag", "24dec"]],
      value(
        'options for profile "workdays" are 1 x 2; give one cell with the extra days off, e.g. "grundlovsdag, 24dec"',
        'valg for profilen "workdays" er 1 x 2; angiv én celle med de ekstra fridage, fx "grundlovsdag, 24dec"',
      ),
    ],

    // historical
    ["missing history", "historical", 2026, undefined, value(`profile "historical" ${HISTORY_MISSING_EN}`, `profilen "historical" ${HISTORY_MISSING_DA}`)],
    ["missing history: a blank cell, Danish name", " historisk ", 2026, [[null]], value(`profile "historisk" ${HISTORY_MISSING_EN}`, `profilen "historisk" ${HISTORY_MISSING_DA}`)],
    [
      "all-zero history",
      "historical",
      2026,
      [rep(0, 12), rep(null, 12)],
      value(
        "the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0",
        "historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0",
      ),
    ],
    [
      "history: 11 columns",
      "historical",
      2026,
      [rep(1, 11), rep(1, 11)],
      value(
        'options for profile "historical" are 2 x 11; give one row of 12 columns (one per month) for each prior year',
        'valg for profilen "historical" er 2 x 11; angiv én række med 12 kolonner (én pr. måned) for hvert tidligere år',
      ),
    ],
    [
      "history: a column of 12",
      "historical",
      2026,
      rep([1], 12),
      value(
        'options for profile "historical" are 12 x 1; give one row of 12 columns (one per month) for each prior year',
        'valg for profilen "historical" er 12 x 1; angiv én række med 12 kolonner (én pr. måned) for hvert tidligere år',
      ),
    ],
    [
      "history: text",
      "historical",
      2026,
      [rep(1, 12), months({ 3: "x" }, 1)],
      value('history row 2, month 3 is text ("x"); a number is needed', 'historik række 2, måned 3 er tekst ("x"); der skal stå et tal'),
    ],
    [
      "history: Danish number text",
      "historical",
      2026,
      [months({ 5: "1.234,56" }, 1)],
      value(
        'history row 1, month 5 "1.234,56" is text in Danish number format; convert it to a number',
        'historik række 1, måned 5 "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
      ),
    ],
    [
      "history: TRUE",
      "historical",
      2026,
      [months({ 1: true }, 1)],
      value("history row 1, month 1 is TRUE; a number is needed", "historik række 1, måned 1 er SAND; der skal stå et tal"),
    ],
    [
      // more rows than a call takes arguments: the shape is still measured and named
      "history: 200,000 rows, the last of 13 columns",
      "historical",
      2026,
      [...rep(rep(1, 12), 199_999), rep(1, 13)],
      value(
        'options for profile "historical" are 200000 x 13; give one row of 12 columns (one per month) for each prior year',
        'valg for profilen "historical" er 200000 x 13; angiv én række med 12 kolonner (én pr. måned) for hvert tidligere år',
      ),
    ],
    [
      "history: an error cell",
      "historical",
      2026,
      [months({ 12: { error: "#N/A" } }, 1)],
      value("history row 1, month 12 is an error (#N/A); fix that cell first", "historik række 1, måned 12 er en fejl (#N/A); ret den celle først"),
    ],

    // payments
    [
      "missing payment months",
      "payments",
      2026,
      undefined,
      value(
        'profile "payments" needs options: the payment months, e.g. "jan,apr,jul,oct" or "quarterly"',
        'profilen "payments" skal have valg: betalingsmånederne, fx "jan,apr,jul,okt" eller "kvartalsvis"',
      ),
    ],
    [
      "unknown month apx",
      "betalinger",
      2026,
      [["jan, apx, jul"]],
      value(
        'unknown month "apx"; use month numbers 1 to 12, names such as jan or january, or a keyword such as quarterly',
        'ukendt måned "apx"; brug månedsnumre 1 til 12, navne som jan eller januar eller et nøgleord som kvartalsvis',
      ),
    ],
    [
      "month 13",
      "payments",
      2026,
      [[13]],
      value(
        'unknown month "13"; use month numbers 1 to 12, names such as jan or january, or a keyword such as quarterly',
        'ukendt måned "13"; brug månedsnumre 1 til 12, navne som jan eller januar eller et nøgleord som kvartalsvis',
      ),
    ],
    [
      "a month named twice",
      "payments",
      2026,
      [["jan, apr, januar"]],
      value("month 1 is named twice; name each payment month once", "måned 1 er angivet to gange; angiv hver betalingsmåned én gang"),
    ],
    [
      "only separators",
      "payments",
      2026,
      [[" , ; "]],
      value(
        "no payment months; give one or more months, e.g. 1, 4, 7, 10 or jan,apr,jul,oct",
        "ingen betalingsmåneder; angiv en eller flere måneder, fx 1, 4, 7, 10 eller jan,apr,jul,okt",
      ),
    ],
    [
      "payment months in four cells",
      "payments",
      2026,
      [[1, 4, 7, 10]],
      value(
        'options for profile "payments" are 1 x 4; give one cell with the months, e.g. "jan,apr,jul,oct"',
        'valg for profilen "payments" er 1 x 4; angiv én celle med månederne, fx "jan,apr,jul,okt"',
      ),
    ],
    [
      "payment months cell is an error",
      "payments",
      2026,
      [[{ error: "#N/A" }]],
      value("payment months cell is an error (#N/A); fix that cell first", "cellen med betalingsmåneder er en fejl (#N/A); ret den celle først"),
    ],

    // salary
    [
      "salary: 11 columns",
      "salary",
      2026,
      [RISES.slice(0, 11), EXTRAS.slice(0, 11)],
      value(`options for profile "salary" are 2 x 11; ${SALARY_SHAPE_EN}`, `valg for profilen "salary" er 2 x 11; ${SALARY_SHAPE_DA}`),
    ],
    [
      "salary: 3 rows",
      "løn",
      2026,
      [RISES, EXTRAS, rep(0, 12)],
      value(`options for profile "løn" are 3 x 12; ${SALARY_SHAPE_EN}`, `valg for profilen "løn" er 3 x 12; ${SALARY_SHAPE_DA}`),
    ],
    [
      "salary: one number",
      "salary",
      2026,
      [[0.04]],
      value(`options for profile "salary" are 1 x 1; ${SALARY_SHAPE_EN}`, `valg for profilen "salary" er 1 x 1; ${SALARY_SHAPE_DA}`),
    ],
    [
      "salary: a rate typed as a percentage",
      "salary",
      2026,
      [months({ 4: 4 })],
      value(
        "pay-rise rate in month 4 is 4; use a rate above -1 and at most 1, e.g. 0.04 for 4 %",
        "lønstigningssatsen i måned 4 er 4; brug en sats over -1 og højst 1, fx 0,04 for 4 %",
      ),
    ],
    [
      "salary: a cut of 100 %",
      "salary",
      2026,
      [months({ 7: -1 })],
      value(
        "pay-rise rate in month 7 is -1; use a rate above -1 and at most 1, e.g. 0.04 for 4 %",
        "lønstigningssatsen i måned 7 er -1; brug en sats over -1 og højst 1, fx 0,04 for 4 %",
      ),
    ],
    [
      "salary: a rate as text",
      "salary",
      2026,
      [months({ 4: "4%" })],
      value('pay-rise rate in month 4 is text ("4%"); a number is needed', 'lønstigningssatsen i måned 4 er tekst ("4%"); der skal stå et tal'),
    ],
    [
      "salary: an extra payment of 13 months",
      "salary",
      2026,
      [RISES, months({ 5: 13 })],
      value(
        "extra payment in month 5 is 13 months' salary; use 0 to 12, e.g. 0.5 for half a month",
        "ekstra udbetaling i måned 5 er på 13 måneders løn; brug 0 til 12, fx 0,5 for en halv måned",
      ),
    ],
    [
      "salary: FALSE as an extra payment",
      "salary",
      2026,
      [RISES, months({ 6: false })],
      value("extra payment in month 6 is FALSE; a number is needed", "ekstra udbetaling i måned 6 er FALSK; der skal stå et tal"),
    ],

    // activity
    [
      "missing activity",
      "aktivitet",
      2026,
      undefined,
      value(
        'profile "aktivitet" needs options: the planned activity per month (1 x 12), and the unit cost and the fixed amount per month in row 2',
        'profilen "aktivitet" skal have valg: den planlagte aktivitet pr. måned (1 x 12) og enhedsomkostningen og det faste beløb pr. måned i række 2',
      ),
    ],
    [
      "text in activity",
      "activity",
      2026,
      [months({ 2: "abc" }, 100)],
      value('activity in month 2 is text ("abc"); a number is needed', 'aktivitet i måned 2 er tekst ("abc"); der skal stå et tal'),
    ],
    [
      "a blank activity month",
      "activity",
      2026,
      [months({ 9: null }, 100), [2500, ...rep(null, 11)]],
      value("activity in month 9 is blank; enter 0 if there is none", "aktivitet i måned 9 er tom; skriv 0, hvis der ikke er noget"),
    ],
    [
      "activity: 11 columns",
      "activity",
      2026,
      [BED_DAYS.slice(0, 11)],
      value(`options for profile "activity" are 1 x 11; ${ACTIVITY_SHAPE_EN}`, `valg for profilen "activity" er 1 x 11; ${ACTIVITY_SHAPE_DA}`),
    ],
    [
      "activity: 3 rows",
      "activity",
      2026,
      [BED_DAYS, [2500.5, 10000, ...rep(null, 10)], rep(null, 12)],
      value(`options for profile "activity" are 3 x 12; ${ACTIVITY_SHAPE_EN}`, `valg for profilen "activity" er 3 x 12; ${ACTIVITY_SHAPE_DA}`),
    ],
    [
      "activity: a value in row 2 after the fixed part",
      "activity",
      2026,
      [BED_DAYS, [2500.5, 10000, 5, ...rep(null, 9)]],
      value(
        "row 2, column 3 of the activity options holds 5; row 2 takes only the unit cost (column 1) and the fixed amount per month (column 2), so leave columns 3-12 blank or 0",
        "række 2, kolonne 3 i valgene for aktivitetsprofilen indeholder 5; række 2 har kun enhedsomkostningen (kolonne 1) og det faste beløb pr. måned (kolonne 2), så lad kolonne 3-12 være tomme eller 0",
      ),
    ],
    [
      "activity: a fixed part without a unit cost",
      "activity",
      2026,
      [BED_DAYS, [null, 10000, ...rep(null, 10)]],
      value("unit cost is blank; enter 0 if there is none", "enhedsomkostning er tom; skriv 0, hvis der ikke er noget"),
    ],
    [
      "activity: a negative month",
      "activity",
      2026,
      [months({ 3: -5 }, 100)],
      value("activity in month 3 is negative (-5); use 0 or more", "aktivitet i måned 3 er under 0 (-5); brug 0 eller mere"),
    ],
    [
      "activity: nothing planned",
      "activity",
      2026,
      [rep(0, 12), [2500, 0, ...rep(null, 10)]],
      value(
        "the activity profile is 0 in every month; give planned activity and a unit cost above 0, or a fixed amount per month",
        "aktivitetsprofilen er 0 i alle måneder; angiv planlagt aktivitet og en enhedsomkostning over 0 eller et fast beløb pr. måned",
      ),
    ],
  ])("%s", (_, method, year, options, expected) => {
    expect(PROFILE.evaluate(method, year, options)).toEqual(expected);
  });
  it("a year given as a range of 200,000 cells is one error, with its size", () => {
    expect(PROFILE.invoke(["equal", rep([2026], 200_000)])).toEqual(value("year must be one cell; got 200000 x 1", "år skal være én celle; fik 200000 x 1"));
  });
});

// --- the preview engine: the same adapter behind =BUDGET.PROFILE, with ranges and array constants

function evaluate(rows: (string | number | null)[][], language: EngineLanguage = "enGB") {
  const engine = createEngine({ S: rows }, language);
  return engine.getSheetValues(engine.getSheetId("S") as number);
}

const engineError = (message: string, type = "VALUE") => expect.objectContaining({ value: `#${type}!`, type, message });

describe("BUDGET.PROFILE in the preview engine", () => {
  it("takes the salary options as an inline array", () => {
    const values = evaluate([['=BUDGET.PROFILE("salary", 2026, {0,0,0,0.04,0,0,0,0,0,0.0176,0,0;0,0,0,0,0.5,0,0,0,0,0,0,0})']]);
    expect(values[0]).toEqual(SALARY);
  });

  it("takes the salary options from a range, with blank cells", () => {
    const values = evaluate([
      ['=BUDGET.PROFILE("salary", 2026, A2:L3)'],
      [null, null, null, 0.04, null, null, null, null, null, 0.0176, null, null],
      [null, null, null, null, 0.5, null, null, null, null, null, null, null],
    ]);
    expect(values[0]).toEqual(SALARY);
  });

  it("takes a one-row inline array and the Danish names in a Danish engine", () => {
    const values = evaluate([['=BUDGET.PROFIL("løn", 2026, {0,0,0,0.04,0,0,0,0,0,0.0176,0,0})']], "daDK");
    expect(values[0]).toEqual(RISES_ONLY);
  });

  it("takes history from a range and activity from an inline array", () => {
    const values = evaluate([
      ['=BUDGET.PROFILE("historical", 2026, A3:L4)'],
      ['=BUDGET.PROFILE("activity", 2026, {3,0,1,2,0.5,0,0,0,0,0,0,7;0.1,0,0,0,0,0,0,0,0,0,0,0})'],
      ...(TWO_YEARS as number[][]),
    ]);
    expect(values[0]).toEqual(TWO_YEARS_WEIGHTS);
    expect(values[1]).toEqual([0.3, 0, 0.1, 0.2, 0.05, 0, 0, 0, 0, 0, 0, 0.7]);
  });

  it("takes payment months as text or a number", () => {
    const values = evaluate([['=BUDGET.PROFILE("betalinger", 2026, "kvartalsvis")'], ['=BUDGET.PROFILE("payments", 2026, 4)']]);
    expect(values[0]).toEqual(QUARTERLY);
    expect(values[1]).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("feeds BUDGET.PERIODIZE", () => {
    // the salary weights sum to 12.934912; 1,200,000 split along them (worked in
    // test/core/derivedProfiles.test.ts): floors leave 2 kroner, to May (.602) and January (.181)
    const values = evaluate([
      ['=BUDGET.PERIODIZE(1200000, BUDGET.PROFILE("salary", 2026, {0,0,0,0.04,0,0,0,0,0,0.0176,0,0;0,0,0,0,0.5,0,0,0,0,0,0,0}), 2026)'],
      ['=BUDGET.PERIODIZE(120000, BUDGET.PROFILE("payments", 2026, "kvartalsvis"), 2026)'],
    ]);
    expect(values[0]).toEqual([92773, 92772, 92772, 96483, 144725, 96483, 96483, 96483, 96483, 98181, 98181, 98181]);
    expect(values[1]).toEqual([30000, 0, 0, 30000, 0, 0, 30000, 0, 0, 30000, 0, 0]);
  });

  it.each([
    [
      '=BUDGET.PROFILE("salary", 2026, {0,0,0,0.04;0,0,0,0.5})',
      engineError(
        'options for profile "salary" are 2 x 4; give 1 or 2 rows of 12 columns (one per month): the pay-rise rates, then the extra payments in months of salary',
      ),
    ],
    ['=BUDGET.PROFILE("historical", 2026)', engineError("profile \"historical\" needs options: the prior years' monthly actuals (k x 12)")],
    ['=BUDGET.PROFILE("activity", 2026, {1,2,3,4,5,"x",7,8,9,10,11,12})', engineError('activity in month 6 is text ("x"); a number is needed')],
    [
      '=BUDGET.PROFILE("historical", 2026, {0,0,0,0,0,0,0,0,0,0,0,0})',
      engineError(
        "the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0",
      ),
    ],
  ])("%s gives an error with its message", (formula, expected) => {
    expect(evaluate([[formula]])[0][0]).toEqual(expected);
  });
});
