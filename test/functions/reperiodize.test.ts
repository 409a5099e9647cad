// BUDGET.REPERIODIZE through the worksheet adapter: batch lines, the default shape, an explicit
// profile, and the bad-input corpus with exact messages.

import { describe, expect, it } from "vitest";
import type { Cell } from "../../addin/functions/cells";
import { REPERIODIZE } from "../../addin/functions/catalog";
import { createEngine } from "../../addin/preview/engine";

const rep = <T,>(v: T, n: number): T[] => Array(n).fill(v);
const EQUAL_1_2M = rep(100_000, 12);
const err = (kind: "value" | "na", message: string, messageDa: string) => ({ kind, message, messageDa });

describe("REPERIODIZE", () => {
  it("keeps January-May and spreads the rest of a raised budget along the current shape", () => {
    // rest 1,260,000 - 500,000 = 760,000 over 7 equal months: 108,571.43 each; 3 kroner left over
    // go to June, July and August (equal remainders and weights: the earlier months)
    expect(REPERIODIZE.evaluate([[1_260_000]], [EQUAL_1_2M], 5)).toEqual([
      [...rep(100_000, 5), 108_572, 108_572, 108_572, ...rep(108_571, 4)],
    ]);
  });

  it("works line by line, with an income line and a bad line that does not stop the others", () => {
    const result = REPERIODIZE.evaluate(
      [[1_260_000], [-1_260_000], ["1.260.000"]],
      [EQUAL_1_2M, EQUAL_1_2M.map((m) => -m), EQUAL_1_2M],
      5,
    );
    expect(result[0]).toEqual([...rep(100_000, 5), 108_572, 108_572, 108_572, ...rep(108_571, 4)]);
    expect(result[1]).toEqual([...rep(-100_000, 5), -108_572, -108_572, -108_572, ...rep(-108_571, 4)]);
    expect(result[2]).toEqual(
      rep(
        err(
          "value",
          'annual amount "1.260.000" is text in Danish number format; convert it to a number',
          'årsbeløb "1.260.000" er tekst i dansk talformat; konvertér den til et tal',
        ),
        12,
      ),
    );
  });

  it("spreads the rest along an explicit profile's remaining months", () => {
    // rest 700,000 over Jun-Dec with weights 0,0,1,1,1,1,1 (no spending in Jun-Jul): 140,000 each
    const profile: Cell[][] = [[1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1]];
    expect(REPERIODIZE.evaluate([[1_200_000]], [EQUAL_1_2M], 5, profile)).toEqual([
      [...rep(100_000, 5), 0, 0, ...rep(140_000, 5)],
    ]);
  });

  it.each<[string, Cell[][], Cell[][], Cell, ReturnType<typeof err>]>([
    ["months with 11 values", [[1]], [rep(1, 11)], 5, err("value", "months has 11 values; 12 are needed", "månederne har 11 værdier; der skal være 12")],
    [
      "lockedThrough as text",
      [[1]],
      [EQUAL_1_2M],
      "5",
      err("value", 'lockedThrough is text ("5"); a number is needed', 'den sidste låste måned er tekst ("5"); der skal stå et tal'),
    ],
    [
      "lockedThrough 13",
      [[1]],
      [EQUAL_1_2M],
      13,
      err(
        "value",
        "lockedThrough (the last month to keep) must be a whole number from 0 to 12; got 13",
        "låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik 13",
      ),
    ],
    [
      "annual amounts in a row",
      [[1, 2]],
      [EQUAL_1_2M],
      5,
      err("value", "annual amounts must be one column; got 1 x 2", "årsbeløb skal stå i én kolonne; fik 1 x 2"),
    ],
  ])("%s gives one error", (_, annual, months, locked, expected) => {
    expect(REPERIODIZE.evaluate(annual, months, locked)).toEqual([[expected]]);
  });

  it("gives a line's error when a month is text", () => {
    const months: Cell[][] = [[...rep(100_000, 2), "abc", ...rep(100_000, 9)]];
    expect(REPERIODIZE.evaluate([[1_200_000]], months, 5)).toEqual([
      rep(err("value", 'month 3 is text ("abc"); a number is needed', 'måned 3 er tekst ("abc"); der skal stå et tal'), 12),
    ]);
  });

  it("runs in the preview engine with the months as a range", () => {
    const engine = createEngine({
      S: [[1_260_000, ...EQUAL_1_2M, "=BUDGET.REPERIODIZE(A1, B1:M1, 5)"]],
    });
    expect(engine.getSheetValues(0)[0].slice(13)).toEqual([...rep(100_000, 5), 108_572, 108_572, 108_572, ...rep(108_571, 4)]);
  });
});
