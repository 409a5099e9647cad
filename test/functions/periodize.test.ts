// BUDGET.PERIODIZE's worksheet adapter: cells in, a matrix of months and error objects out.
// Whole-argument problems give one error for the whole result ([[error]]); a bad line gives a row
// of 12 identical errors while the other lines compute. Expected months are worked out by hand
// (see test/core/periodize.test.ts for the arithmetic).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodize } from "../../core";
import type { Cell, FunctionError, FunctionResult } from "../../addin/functions/cells";
import { PERIODIZE } from "../../addin/functions/catalog";

const rep = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
const row12 = (error: FunctionError): FunctionError[] => rep(error, 12);
const err = (kind: FunctionError["kind"], message: string, messageDa: string): FunctionError => ({ kind, message, messageDa });

const RISING = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** 1000 over 1..12 (sum 78), and 1000 over the equal profile. */
const M1000_RISING = [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154];
const M1000_EQUAL = [...rep(84, 4), ...rep(83, 8)];
const column = (...values: Cell[]): Cell[][] => values.map((v) => [v]);
const withWeight = (position: number, value: Cell): Cell[] => RISING.map((w, i) => (i === position - 1 ? value : w));

describe("periodizeCells: good input", () => {
  it.each<{ name: string; annual: Cell[][]; profile: Cell[][]; year?: Cell; unit?: Cell; result: FunctionResult }>([
    { name: "one line, equal", annual: [[1000]], profile: [["equal"]], year: 2026, unit: 1, result: [M1000_EQUAL] },
    {
      name: "batch k x 1 with the equal profile",
      annual: column(1000, 12, -11, 0),
      profile: [["equal"]],
      year: 2026,
      unit: 1,
      result: [M1000_EQUAL, rep(1, 12), [...rep(-1, 11), 0], rep(0, 12)],
    },
    { name: '"Equal" (case-insensitive)', annual: [[1000]], profile: [["Equal"]], year: 2026, unit: 1, result: [M1000_EQUAL] },
    { name: '" EQUAL " (trimmed)', annual: [[1000]], profile: [[" EQUAL "]], year: 2026, unit: 1, result: [M1000_EQUAL] },
    { name: '"lige" (Danish alias)', annual: [[1000]], profile: [["lige"]], year: 2026, unit: 1, result: [M1000_EQUAL] },
    {
      name: "batch k x 1 with one 1 x 12 profile",
      annual: column(1000, 78, -1000),
      profile: [RISING],
      year: 2026,
      unit: 1,
      result: [M1000_RISING, RISING, M1000_RISING.map((m) => -m)],
    },
    {
      name: "batch k x 1 with a k x 12 profile, one row per line",
      annual: column(1000, 2, 1000),
      profile: [RISING, [1, 3, ...rep(0, 10)], rep(1, 12)],
      year: 2026,
      unit: 1,
      result: [M1000_RISING, [0, 2, ...rep(0, 10)], M1000_EQUAL],
    },
    {
      name: "a 12 x 1 column profile is one profile",
      annual: column(1000, 78),
      profile: column(...RISING),
      year: 2026,
      unit: 1,
      result: [M1000_RISING, RISING],
    },
    {
      name: "unit 0.01",
      annual: column(1000, 1234.56),
      profile: [["equal"]],
      year: 2026,
      unit: 0.01,
      result: [[...rep(83.34, 4), ...rep(83.33, 8)], rep(102.88, 12)],
    },
    {
      name: "unit 1000",
      annual: column(1500, -1500),
      profile: [["equal"]],
      year: 2026,
      unit: 1000,
      result: [
        [1000, 1000, ...rep(0, 10)],
        [-1000, -1000, ...rep(0, 10)],
      ],
    },
    { name: "unit and year left out", annual: column(1234.56), profile: [["equal"]], result: [[...rep(103, 11), 102]] },
    { name: "unit and year blank (null)", annual: column(1234.56), profile: [["equal"]], year: null, unit: null, result: [[...rep(103, 11), 102]] },
    { name: 'unit and year blank ("")', annual: column(1234.56), profile: [["equal"]], year: "", unit: "", result: [[...rep(103, 11), 102]] },
    {
      name: "decimal weights in cells are read as typed",
      annual: column(5),
      profile: [[0.1, 0.2, 0.3, 0.4, ...rep(0, 8)]],
      year: 2026,
      unit: 1,
      result: [[0, 1, 2, 2, ...rep(0, 8)]],
    },
    {
      name: "weight 0 typed as a number is fine",
      annual: column(1000),
      profile: [[...rep(0, 11), 1]],
      year: 2026,
      unit: 1,
      result: [[...rep(0, 11), 1000]],
    },
  ])("$name", ({ annual, profile, year, unit, result }) => {
    expect(PERIODIZE.evaluate(annual, profile, year, unit)).toEqual(result);
  });
});

// --- bad annual amounts: a row of 12 errors for that line, the other lines compute ------------

describe("periodizeCells: bad annual amount on one line", () => {
  it.each<{ name: string; cell: Cell; error: FunctionError }>([
    {
      name: "text",
      cell: "abc",
      error: err("value", 'annual amount is text ("abc"); a number is needed', 'årsbeløb er tekst ("abc"); der skal stå et tal'),
    },
    {
      name: 'number stored as text "1234.56" (never guessed at)',
      cell: "1234.56",
      error: err("value", 'annual amount is text ("1234.56"); a number is needed', 'årsbeløb er tekst ("1234.56"); der skal stå et tal'),
    },
    {
      name: "formula-like text",
      cell: "=1+1",
      error: err("value", 'annual amount is text ("=1+1"); a number is needed', 'årsbeløb er tekst ("=1+1"); der skal stå et tal'),
    },
    { name: "TRUE", cell: true, error: err("value", "annual amount is TRUE; a number is needed", "årsbeløb er SAND; der skal stå et tal") },
    { name: "FALSE", cell: false, error: err("value", "annual amount is FALSE; a number is needed", "årsbeløb er FALSK; der skal stå et tal") },
    {
      name: "error cell #N/A",
      cell: { error: "#N/A" },
      error: err("value", "annual amount is an error (#N/A); fix that cell first", "årsbeløb er en fejl (#N/A); ret den celle først"),
    },
    {
      name: "error cell #DIV/0!",
      cell: { error: "#DIV/0!" },
      error: err("value", "annual amount is an error (#DIV/0!); fix that cell first", "årsbeløb er en fejl (#DIV/0!); ret den celle først"),
    },
    { name: "NaN", cell: Number.NaN, error: err("value", "annual amount is not a finite number", "årsbeløb er ikke et endeligt tal") },
    {
      name: "Infinity",
      cell: Number.POSITIVE_INFINITY,
      error: err("value", "annual amount is not a finite number", "årsbeløb er ikke et endeligt tal"),
    },
    {
      name: "huge number 1e300",
      cell: 1e300,
      error: err("value", "annual amount 1e+300 is too large; the limit is 1e15", "årsbeløb 1e+300 er for stort; grænsen er 1e15"),
    },
    {
      name: "just above the limit",
      cell: 1000000000000001,
      error: err("value", "annual amount 1000000000000001 is too large; the limit is 1e15", "årsbeløb 1000000000000001 er for stort; grænsen er 1e15"),
    },
    {
      name: 'Danish number text "1.234,56"',
      cell: "1.234,56",
      error: err(
        "value",
        'annual amount "1.234,56" is text in Danish number format; convert it to a number',
        'årsbeløb "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
      ),
    },
    {
      name: 'Danish number text "12.500"',
      cell: "12.500",
      error: err(
        "value",
        'annual amount "12.500" is text in Danish number format; convert it to a number',
        'årsbeløb "12.500" er tekst i dansk talformat; konvertér den til et tal',
      ),
    },
    {
      name: 'Danish number text "-1.234,56"',
      cell: "-1.234,56",
      error: err(
        "value",
        'annual amount "-1.234,56" is text in Danish number format; convert it to a number',
        'årsbeløb "-1.234,56" er tekst i dansk talformat; konvertér den til et tal',
      ),
    },
    {
      name: 'Danish number text "1234,5"',
      cell: "1234,5",
      error: err(
        "value",
        'annual amount "1234,5" is text in Danish number format; convert it to a number',
        'årsbeløb "1234,5" er tekst i dansk talformat; konvertér den til et tal',
      ),
    },
  ])("$name", ({ cell, error }) => {
    expect(PERIODIZE.evaluate(column(1000, cell, 12), [["equal"]], 2026, 1)).toEqual([M1000_EQUAL, row12(error), rep(1, 12)]);
  });

  // The English message and the kind are exact; the Danish text of AMOUNT_BLANK for an annual
  // amount ("årsbeløb er tom") is reported as a grammar bug (beløb is neuter: "tomt"), so it is
  // not pinned here.
  it.each<{ name: string; cell: Cell }>([
    { name: "blank (null)", cell: null },
    { name: 'blank ("")', cell: "" },
    { name: 'blank ("   ")', cell: "   " },
  ])("$name", ({ cell }) => {
    const result = PERIODIZE.evaluate(column(1000, cell, 12), [["equal"]], 2026, 1);
    expect([result.length, result[0], result[2]]).toEqual([3, M1000_EQUAL, rep(1, 12)]);
    expect(result[1].length).toBe(12);
    expect(new Set(result[1]).size).toBe(1);
    expect(result[1][0]).toEqual({
      kind: "value",
      message: "annual amount is blank; enter 0 if there is none",
      messageDa: "årsbeløb er tomt; skriv 0, hvis der ikke er noget",
    });
  });
});

// --- whole-argument problems: one error for the whole result ----------------------------------

describe("periodizeCells: whole-argument errors", () => {
  it.each<{ name: string; annual: Cell[][]; profile: Cell[][]; year?: Cell; unit?: Cell; error: FunctionError }>([
    {
      name: "annual as a 1 x 2 row",
      annual: [[1000, 2000]],
      profile: [["equal"]],
      error: err("value", "annual amounts must be one column; got 1 x 2", "årsbeløb skal stå i én kolonne; fik 1 x 2"),
    },
    {
      name: "annual as a 2 x 3 block",
      annual: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      profile: [["equal"]],
      error: err("value", "annual amounts must be one column; got 2 x 3", "årsbeløb skal stå i én kolonne; fik 2 x 3"),
    },
    {
      name: "annual empty",
      annual: [],
      profile: [["equal"]],
      error: err("value", "annual amounts must be one column; got 0 x 0", "årsbeløb skal stå i én kolonne; fik 0 x 0"),
    },
    {
      name: "profile with 11 values",
      annual: column(1000),
      profile: [rep(1, 11)],
      error: err("value", "profile has 11 values; 12 are needed", "profilen har 11 værdier; der skal være 12"),
    },
    {
      name: "profile with 13 values",
      annual: column(1000),
      profile: [rep(1, 13)],
      error: err("value", "profile has 13 values; 12 are needed", "profilen har 13 værdier; der skal være 12"),
    },
    {
      name: "profile as an 11 x 1 column",
      annual: column(1000),
      profile: column(...rep(1, 11)),
      error: err("value", "profile has 1 value; 12 are needed", "profilen har 1 værdi; der skal være 12"),
    },
    {
      name: "profile as a single number",
      annual: column(1000),
      profile: [[5]],
      error: err("value", "profile has 1 value; 12 are needed", "profilen har 1 værdi; der skal være 12"),
    },
    {
      name: "profile rows do not match the lines (3 rows, 2 lines)",
      annual: column(1000, 2000),
      profile: [RISING, RISING, RISING],
      error: err(
        "value",
        "profile has 3 rows but there are 2 annual amounts; give 1 row or one per amount",
        "profilen har 3 rækker, men der er 2 årsbeløb; angiv 1 række eller én pr. beløb",
      ),
    },
    {
      name: "negative weight",
      annual: column(1000, 2000),
      profile: [withWeight(3, -2)],
      error: err("value", "profile weight 3 is negative (-2); weights must be 0 or more", "profilvægt 3 er negativ (-2); vægte skal være 0 eller mere"),
    },
    {
      name: "zero-sum weights",
      annual: column(1000, 2000),
      profile: [rep(0, 12)],
      error: err("value", "profile weights sum to 0; at least one weight must be positive", "profilens vægte summer til 0; mindst én vægt skal være positiv"),
    },
    {
      name: "text weight",
      annual: column(1000),
      profile: [withWeight(1, "a")],
      error: err("value", 'profile weight 1 is text ("a"); a number is needed', 'profilvægt 1 er tekst ("a"); der skal stå et tal'),
    },
    {
      name: "Danish number text weight",
      annual: column(1000),
      profile: [withWeight(4, "1,5")],
      error: err(
        "value",
        'profile weight 4 "1,5" is text in Danish number format; convert it to a number',
        'profilvægt 4 "1,5" er tekst i dansk talformat; konvertér den til et tal',
      ),
    },
    {
      name: "blank weight",
      annual: column(1000),
      profile: [withWeight(2, null)],
      error: err("value", "profile weight 2 is blank; enter 0 if there is none", "profilvægt 2 er tom; skriv 0, hvis der ikke er noget"),
    },
    {
      name: "boolean weight",
      annual: column(1000),
      profile: [withWeight(7, true)],
      error: err("value", "profile weight 7 is TRUE; a number is needed", "profilvægt 7 er SAND; der skal stå et tal"),
    },
    {
      name: "error weight",
      annual: column(1000),
      profile: [withWeight(12, { error: "#REF!" })],
      error: err("value", "profile weight 12 is an error (#REF!); fix that cell first", "profilvægt 12 er en fejl (#REF!); ret den celle først"),
    },
    {
      name: "NaN weight",
      annual: column(1000),
      profile: [withWeight(5, Number.NaN)],
      error: err("value", "profile weight 5 is not a finite number", "profilvægt 5 er ikke et endeligt tal"),
    },
    {
      name: "blank profile (null)",
      annual: column(1000),
      profile: [[null]],
      error: err("value", 'profile is blank; give 12 weights or a profile name such as "equal"', 'profilen er tom; angiv 12 vægte eller et profilnavn som "lige"'),
    },
    {
      name: 'blank profile ("")',
      annual: column(1000),
      profile: [[""]],
      error: err("value", 'profile is blank; give 12 weights or a profile name such as "equal"', 'profilen er tom; angiv 12 vægte eller et profilnavn som "lige"'),
    },
    {
      name: "unknown profile name",
      annual: column(1000),
      profile: [["monthly"]],
      error: err("value", 'unknown profile "monthly"; use equal, days, workdays or a range of 12 weights', 'ukendt profil "monthly"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte'),
    },
    {
      name: "unit 5",
      annual: column(1000),
      profile: [["equal"]],
      unit: 5,
      error: err("value", "unit must be 0.01, 1 or 1000; got 5", "enhed skal være 0,01, 1 eller 1000; fik 5"),
    },
    {
      name: "unit 0.5",
      annual: column(1000),
      profile: [["equal"]],
      unit: 0.5,
      error: err("value", "unit must be 0.01, 1 or 1000; got 0.5", "enhed skal være 0,01, 1 eller 1000; fik 0,5"),
    },
    {
      name: "unit is an error cell",
      annual: column(1000),
      profile: [["equal"]],
      unit: { error: "#DIV/0!" },
      error: err("value", "unit is an error (#DIV/0!); fix that cell first", "enhed er en fejl (#DIV/0!); ret den celle først"),
    },
    {
      name: "year 1899",
      annual: column(1000),
      profile: [["equal"]],
      year: 1899,
      error: err("value", "year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899"),
    },
    {
      name: "year 2026.5",
      annual: column(1000),
      profile: [["equal"]],
      year: 2026.5,
      error: err("value", "year must be a whole number from 1900 to 9999; got 2026.5", "år skal være et helt tal fra 1900 til 9999; fik 2026,5"),
    },
    {
      name: "year TRUE",
      annual: column(1000),
      profile: [["equal"]],
      year: true,
      error: err("value", "year is TRUE; a number is needed", "år er SAND; der skal stå et tal"),
    },
    {
      name: "the year is checked before the unit and the profile",
      annual: column(1000),
      profile: [rep(1, 11)],
      year: 1899,
      unit: 5,
      error: err("value", "year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899"),
    },
  ])("$name", ({ annual, profile, year, unit, error }) => {
    expect(PERIODIZE.evaluate(annual, profile, year ?? 2026, unit ?? 1)).toEqual([[error]]);
  });

  // Text in the unit and year arguments is refused (never guessed at), saying it is text.
  it.each<{ name: string; year: Cell; unit: Cell; error: FunctionError }>([
    { name: 'unit "1" (text)', year: 2026, unit: "1", error: err("value", 'unit is text ("1"); a number is needed', 'enhed er tekst ("1"); der skal stå et tal') },
    { name: 'year "2026" (text)', year: "2026", unit: 1, error: err("value", 'year is text ("2026"); a number is needed', 'år er tekst ("2026"); der skal stå et tal') },
  ])("$name is refused", ({ year, unit, error }) => {
    expect(PERIODIZE.evaluate(column(1000), [["equal"]], year, unit)).toEqual([[error]]);
  });
});

// --- per-line profile problems with a k x 12 profile -------------------------------------------

describe("periodizeCells: k x 12 profile with bad rows", () => {
  it("gives a row of errors for each bad profile row while the other lines compute", () => {
    const result = PERIODIZE.evaluate(
      column(1000, 1000, 1000, 1000, 1000, "abc"),
      [RISING, withWeight(2, -1), rep(0, 12), withWeight(3, "x"), [...rep<Cell>(1, 11), null], rep(1, 12)],
      2026,
      1,
    );
    expect(result).toEqual([
      M1000_RISING,
      row12(err("value", "profile weight 2 is negative (-1); weights must be 0 or more", "profilvægt 2 er negativ (-1); vægte skal være 0 eller mere")),
      row12(err("value", "profile weights sum to 0; at least one weight must be positive", "profilens vægte summer til 0; mindst én vægt skal være positiv")),
      row12(err("value", 'profile weight 3 is text ("x"); a number is needed', 'profilvægt 3 er tekst ("x"); der skal stå et tal')),
      row12(err("value", "profile weight 12 is blank; enter 0 if there is none", "profilvægt 12 er tom; skriv 0, hvis der ikke er noget")),
      row12(err("value", 'annual amount is text ("abc"); a number is needed', 'årsbeløb er tekst ("abc"); der skal stå et tal')),
    ]);
  });
});

// --- shapes: k lines in, k x 12 out, each line as the core splits it ---------------------------

describe("periodizeCells: shape property", () => {
  it("k x 1 amounts with a 1 x 12 or k x 12 profile give k x 12 months, line by line as the core", () => {
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
    const weights = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 12, maxLength: 12 }).filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, weights), { minLength: 1, maxLength: 20 }), fc.boolean(), (lines, shared) => {
        const annual = lines.map(([a]) => [a]);
        const profile = shared ? [lines[0][1]] : lines.map(([, w]) => w);
        const result = PERIODIZE.evaluate(annual, profile, 2026, 1);
        expect(result).toEqual(lines.map(([a, w]) => periodize(a, shared ? lines[0][1] : w, { year: 2026, unit: 1 })));
      }),
      { numRuns: 100 },
    );
  });
});
