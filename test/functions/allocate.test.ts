// BUDGET.ALLOCATE through the worksheet adapter: shapes, keys (0 exempts), floors, and the
// bad-input corpus with exact messages; and in the preview engine.

import { describe, expect, it } from "vitest";
import { ALLOCATE } from "../../addin/functions/catalog";
import type { Cell } from "../../addin/functions/cells";
import { createEngine } from "../../addin/preview/engine";

const err = (kind: "value" | "na", message: string, messageDa: string) => [[{ kind, message, messageDa }]];

describe("ALLOCATE", () => {
  it.each<[string, Cell, Cell[][], Cell[][] | undefined, Cell | undefined, Cell | undefined, number[][]]>([
    // 50,000,000 is 2 % of the 2.5 bn total: every hospital gives 2 % of its budget
    ["a 2 % requirement over four hospitals (a column)", 50_000_000, [[1e9], [7.5e8], [5e8], [2.5e8]], undefined, undefined, undefined, [[20_000_000], [15_000_000], [10_000_000], [5_000_000]]],
    ["a row keeps its shape, and key 0 exempts the middle unit", 100, [[1, 1, 1]], [[1, 0, 1]], undefined, undefined, [[50, 0, 50]]],
    // by keys 1 and 99: 10 and 990; the floor of 50 % of base lifts the first to 50 (of 100) and
    // the other carries 950 (above its own floor of 450)
    ["a binding floor", 1000, [[100], [900]], [[1], [99]], 0.5, undefined, [[50], [950]]],
    // 100 / 3 each: 33.33..., one leftover krone to the first (equal keys: the earlier unit)
    ["largest remainder, ties to the earlier unit", 100, [[1], [1], [1]], undefined, undefined, undefined, [[34], [33], [33]]],
  ])("%s", (_, total, bases, keys, minRate, maxRate, expected) => {
    expect(ALLOCATE.evaluate(total, bases, keys, minRate, maxRate)).toEqual(expected);
  });

  it.each<[string, () => unknown, ReturnType<typeof err>]>([
    ["a text base", () => ALLOCATE.evaluate(100, [["abc"], [1]]), err("value", 'base of unit 1 is text ("abc"); a number is needed', 'grundlaget for enhed 1 er tekst ("abc"); der skal stå et tal')],
    ["a blank base", () => ALLOCATE.evaluate(100, [[null], [1]]), err("value", "base of unit 1 is blank; enter 0 if there is none", "grundlaget for enhed 1 er tomt; skriv 0, hvis der ikke er noget")],
    ["a negative base", () => ALLOCATE.evaluate(100, [[-5], [1]]), err("value", "base of unit 1 is negative (-5); bases must be 0 or more", "grundlaget for enhed 1 er negativt (-5); grundlag skal være 0 eller mere")],
    [
      "keys of another shape",
      () => ALLOCATE.evaluate(100, [[1], [1]], [[1], [1], [1]]),
      err("value", "keys has 3 values but there are 2 bases; give one key per unit", "nøglerne har 3 værdier, men der er 2 grundlag; angiv én nøgle pr. enhed"),
    ],
    [
      "caps that cannot reach the total",
      () => ALLOCATE.evaluate(100, [[1000], [1000]], undefined, undefined, 0.01),
      err(
        "value",
        "floors and caps cannot reach the total: with the caps the units can carry at most 20, but the total is 100; raise maxRate or lower the total",
        "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 20, men totalen er 100; hæv højestesatsen, eller sænk totalen",
      ),
    ],
    ["every unit exempt", () => ALLOCATE.evaluate(100, [[1], [1]], [[0], [0]]), err("value", "every unit is exempt (or has key 0); nothing can carry the total", "alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen")],
    [
      "a floor above the cap",
      () => ALLOCATE.evaluate(100, [[1], [1]], undefined, 0.5, 0.1),
      err("value", "minRate (0.5) is above maxRate (0.1); the floor cannot be above the cap", "mindstesatsen (0,5) er over højestesatsen (0,1); bunden kan ikke ligge over loftet"),
    ],
    [
      "a total typed as Danish text",
      () => ALLOCATE.evaluate("1.000", [[1], [1]]),
      err("value", 'total "1.000" is text in Danish number format; convert it to a number', 'total "1.000" er tekst i dansk talformat; konvertér den til et tal'),
    ],
    ["unit 5", () => ALLOCATE.evaluate(100, [[1]], undefined, undefined, undefined, 5), err("value", "unit must be 0.01, 1 or 1000; got 5", "enhed skal være 0,01, 1 eller 1000; fik 5")],
  ])("%s gives one error", (_, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it("spills in the preview engine in the shape of the bases", () => {
    const engine = createEngine({ S: [[1e9, 7.5e8, 5e8, 2.5e8], ["=BUDGET.ALLOCATE(50000000, A1:D1)"]] });
    expect(engine.getSheetValues(0)[1]).toEqual([20_000_000, 15_000_000, 10_000_000, 5_000_000]);
  });
});
