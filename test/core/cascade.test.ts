// The cascade: a requirement passed region -> hospitals -> departments, each level with its own
// method; every parent's children add up exactly to the parent's amount. Expected values worked
// out independently with exact fractions (see test/e2e/requirement.e2e.ts for the derivation).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetError, cascade, flattenCascade, rateOfBase, type CascadeUnit } from "../../core";

const REGION: CascadeUnit[] = [
  { id: "Region", parent: null, base: 9_000_000_000 },
  { id: "Nord", parent: "Region", base: 3_000_000_000, index: 1.05 },
  { id: "Syd", parent: "Region", base: 2_500_000_000, index: 0.95 },
  { id: "Øst", parent: "Region", base: 2_000_000_000, index: 1 },
  { id: "Vest", parent: "Region", base: 1_500_000_000, index: 0.9 },
  { id: "Nord Medicin", parent: "Nord", base: 1_400_000_000 },
  { id: "Nord Kirurgi", parent: "Nord", base: 1_000_000_000 },
  { id: "Nord Akut", parent: "Nord", base: 600_000_000 },
  { id: "Syd Medicin", parent: "Syd", base: 1_200_000_000 },
  { id: "Syd Kirurgi", parent: "Syd", base: 900_000_000 },
  { id: "Syd Psykiatri", parent: "Syd", base: 400_000_000 },
  { id: "Øst Medicin", parent: "Øst", base: 950_000_000 },
  { id: "Øst Kirurgi", parent: "Øst", base: 650_000_000 },
  { id: "Øst Akut", parent: "Øst", base: 400_000_000 },
  { id: "Vest Medicin", parent: "Vest", base: 700_000_000 },
  { id: "Vest Kirurgi", parent: "Vest", base: 500_000_000 },
  { id: "Vest Akut", parent: "Vest", base: 300_000_000 },
];

const amounts = (units: CascadeUnit[], total: number, levels: Parameters<typeof cascade>[2]["levels"]) =>
  Object.fromEntries(flattenCascade(cascade(total, units, { levels })).map((n) => [n.id, n.amount]));

describe("cascade", () => {
  it("2 % of the region, by productivity among hospitals, general inside each", () => {
    expect(rateOfBase(9_000_000_000, 0.02)).toBe(180_000_000);
    expect(amounts(REGION, 180_000_000, [{ method: "productivity", strength: 1 }, { method: "general" }])).toEqual({
      Region: 180_000_000,
      Nord: 56_173_009,
      Syd: 51_738_297,
      Øst: 39_321_106,
      Vest: 32_767_588,
      "Nord Medicin": 26_214_071,
      "Nord Kirurgi": 18_724_336,
      "Nord Akut": 11_234_602,
      "Syd Medicin": 24_834_383,
      "Syd Kirurgi": 18_625_787,
      "Syd Psykiatri": 8_278_127,
      "Øst Medicin": 18_677_525,
      "Øst Kirurgi": 12_779_360,
      "Øst Akut": 7_864_221,
      "Vest Medicin": 15_291_541,
      "Vest Kirurgi": 10_922_529,
      "Vest Akut": 6_553_518,
    });
  });

  it("general at both levels is the same 2 % everywhere, and the effective rates and budgets after show it", () => {
    const tree = cascade(180_000_000, REGION, { levels: [{ method: "general" }, { method: "general" }] });
    const nodes = flattenCascade(tree);
    expect(nodes.map((n) => [n.id, n.amount, n.rate, n.remaining]).slice(0, 3)).toEqual([
      ["Region", 180_000_000, 0.02, 8_820_000_000],
      ["Nord", 60_000_000, 0.02, 2_940_000_000],
      ["Nord Medicin", 28_000_000, 0.02, 1_372_000_000],
    ]);
    expect(nodes.every((n) => n.rate === 0.02)).toBe(true);
  });

  it("every level adds up exactly, for random trees and totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (hospitalBases, departmentBases, total) => {
          const units: CascadeUnit[] = [{ id: "R", parent: null, base: 1 }];
          hospitalBases.forEach((b, h) => {
            units.push({ id: `H${h}`, parent: "R", base: b + 1 });
            departmentBases.forEach((d, i) => units.push({ id: `H${h}D${i}`, parent: `H${h}`, base: d }));
          });
          const tree = cascade(total, units, { levels: [{ method: "general" }, { method: "general" }] });
          for (const node of flattenCascade(tree)) {
            if (node.children.length === 0) continue;
            expect(node.children.reduce((s, c) => s + c.amount, 0)).toBe(node.amount);
          }
          expect(tree.amount).toBe(total);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each<[string, CascadeUnit[], string, string]>([
    [
      "two top units",
      [{ id: "A", parent: null, base: 1 }, { id: "B", parent: null, base: 1 }],
      "the units table has 2 units without a parent; give exactly one top unit (the region) with the parent left blank",
      "enhedstabellen har 2 enheder uden overordnet enhed; angiv præcis én topenhed (regionen) med tom overordnet enhed",
    ],
    [
      "an unknown parent",
      [{ id: "R", parent: null, base: 1 }, { id: "H", parent: "Regionen", base: 1 }],
      'unit "H" names the parent "Regionen", which is not in the table',
      'enheden "H" har den overordnede enhed "Regionen", som ikke er i tabellen',
    ],
    [
      "a unit twice",
      [{ id: "R", parent: null, base: 1 }, { id: "H", parent: "R", base: 1 }, { id: "H", parent: "R", base: 2 }],
      'unit "H" appears twice; every unit needs its own name',
      'enheden "H" optræder to gange; hver enhed skal have sit eget navn',
    ],
    [
      "a circle",
      [{ id: "R", parent: null, base: 1 }, { id: "A", parent: "B", base: 1 }, { id: "B", parent: "A", base: 1 }],
      'unit "A" is not below the top unit (its parents go round in a circle)',
      'enheden "A" ligger ikke under topenheden (dens overordnede enheder går i ring)',
    ],
    [
      "a missing key",
      [{ id: "R", parent: null, base: 1 }, { id: "H", parent: "R", base: 1 }],
      'unit "H" has no key; the method "key" needs a key for every unit on its level',
      'enheden "H" har ingen nøgle; fordeling efter fordelingsnøgle kræver en nøgle for hver enhed på niveauet',
    ],
  ])("%s is refused", (name, units, en, da) => {
    const run = () => cascade(100, units, { levels: [{ method: name === "a missing key" ? "key" : "general" }] });
    expect(run).toThrow(BudgetError);
    expect(run).toThrow(en);
    try {
      run();
    } catch (error) {
      expect((error as BudgetError).describe("da")).toBe(da);
    }
  });

  it("passes a total down from a top unit whose own budget is 0 (a region that only holds its hospitals)", () => {
    const units: CascadeUnit[] = [
      { id: "R", parent: null, base: 0 },
      { id: "H1", parent: "R", base: 3 },
      { id: "H2", parent: "R", base: 1 },
    ];
    expect(amounts(units, 100, [{ method: "general" }])).toEqual({ R: 100, H1: 75, H2: 25 });
  });

  it("asks for a method for every level that has units", () => {
    expect(() => cascade(100, REGION, { levels: [{ method: "general" }] })).toThrow(
      "no method is given for level 2; choose how that level is split",
    );
  });
});
