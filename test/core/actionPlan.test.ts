// Action plans in the projection: the decided measures' monthly adjustments per line and per
// whole department, the undecided measures' potential, exact values worked out by hand, the
// invariants with fast-check, and the bad inputs with their exact messages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidedAdjustments, potential, type ActionPlanEntry } from "../../core";
import { failure } from "./failure";

const measure = (over: Partial<ActionPlanEntry>): ActionPlanEntry => ({
  id: "H1",
  department: "4101",
  key: "4101-1110",
  measure: "Færre vikarer",
  owner: "Afdelingsledelsen",
  decided: true,
  startMonth: 1,
  effect: 0,
  ...over,
});
const zeros = (n: number) => new Array<number>(n).fill(0);

describe("decidedAdjustments", () => {
  it("takes each decided measure from the later of its start and the month after the report", () => {
    const { lines, department } = decidedAdjustments(
      [
        // started in March: as at May, June-December
        measure({ id: "H1", startMonth: 3, effect: 10_000 }),
        // starts in September, on the same line: added month by month
        measure({ id: "H2", startMonth: 9, effect: 2_500 }),
        // an extra cost (negative effect) raises the spending
        measure({ id: "H3", key: "4101-2210", startMonth: 6, effect: -1_000 }),
        // not decided: nothing
        measure({ id: "H4", key: "4101-7110", decided: false, startMonth: 6, effect: 99 }),
        // the whole department, from November
        measure({ id: "H5", key: null, startMonth: 11, effect: 4_000 }),
      ],
      5,
    );
    expect(Object.fromEntries(lines)).toEqual({
      "4101-1110": [...zeros(5), -10_000, -10_000, -10_000, -12_500, -12_500, -12_500, -12_500],
      "4101-2210": [...zeros(5), 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
    });
    expect(Object.fromEntries(department)).toEqual({ "4101": [...zeros(10), -4_000, -4_000] });
  });

  it.each<[string, ActionPlanEntry[], number, 0.01 | 1 | 1000 | undefined, number[]]>([
    // a month's sum is exact before it is rounded once: 0.4 + 0.4 = 0.8 -> 1
    ["a month's sum rounded once", [measure({ effect: 0.4 }), measure({ id: "H2", effect: 0.4 })], 11, undefined, [...zeros(11), -1]],
    ["øre kept", [measure({ effect: 0.1 }), measure({ id: "H2", effect: 0.2 })], 11, 0.01, [...zeros(11), -0.3]],
    ["thousands, half away from zero", [measure({ effect: 1_500 })], 10, 1000, [...zeros(10), -2000, -2000]],
    ["December booked: nothing to come", [measure({ effect: 100 })], 12, undefined, zeros(12)],
    ["a saving that cancels an extra cost", [measure({ effect: 100 }), measure({ id: "H2", effect: -100 })], 1, undefined, zeros(12)],
  ])("%s", (_, actions, month, unit, expected) => {
    expect(decidedAdjustments(actions, month, unit).lines.get("4101-1110")).toEqual(expected);
  });

  it("sums, for an effect on the unit, to minus the effect times the months still to come", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (effect, start, month) => {
        const months = decidedAdjustments([measure({ effect, startMonth: start })], month).lines.get("4101-1110") as number[];
        const from = Math.max(start, month + 1);
        const still = Math.max(0, 13 - from);
        expect(months.reduce((s, v) => s + v, 0)).toBe(-effect * still || 0);
        // nothing in a booked month or before the start
        expect(months.slice(0, from - 1).every((v) => v === 0)).toBe(true);
        // undecided, the same measure is its potential
        expect(potential([measure({ effect, startMonth: start, decided: false })], month)).toBe(effect * still || 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("potential", () => {
  it("adds what the undecided measures would save in the months still to come, exactly", () => {
    const actions = [
      // from July as at May: 6 months x 1,000.10
      measure({ decided: false, startMonth: 7, effect: 1_000.1 }),
      // from June (the month after May): 7 x 0.1
      measure({ id: "H2", decided: false, startMonth: 2, effect: 0.1 }),
      // decided: in the projection, not the potential
      measure({ id: "H3", decided: true, startMonth: 6, effect: 5_000 }),
    ];
    expect(potential(actions, 5)).toBe(6_001.3);
    expect(potential(actions, 12)).toBe(0);
  });
});

describe("action plans refuse bad measures", () => {
  const bad: { name: string; run: () => unknown; en: string; da: string }[] = [
    {
      name: "start month 13",
      run: () => decidedAdjustments([measure({ id: "H-4101-1", startMonth: 13 })], 5),
      en: 'the start month of measure "H-4101-1" must be a whole number from 1 to 12; got 13',
      da: 'startmåneden for tiltaget "H-4101-1" skal være et helt tal fra 1 til 12; fik 13',
    },
    {
      // checked on an undecided measure too
      name: "start month 2.5",
      run: () => potential([measure({ id: "H-4101-1", decided: false, startMonth: 2.5 })], 5),
      en: 'the start month of measure "H-4101-1" must be a whole number from 1 to 12; got 2.5',
      da: 'startmåneden for tiltaget "H-4101-1" skal være et helt tal fra 1 til 12; fik 2,5',
    },
    {
      name: "an effect that is no number",
      run: () => decidedAdjustments([measure({ id: "H-4101-1", effect: Number.NaN })], 5),
      en: 'the effect of measure "H-4101-1" is not a finite number',
      da: 'effekten af tiltaget "H-4101-1" er ikke et endeligt tal',
    },
    {
      name: "a report month 0",
      run: () => potential([], 0),
      en: "the report month must be a whole number from 1 to 12; got 0",
      da: "rapportens måned skal være et helt tal fra 1 til 12; fik 0",
    },
    {
      name: "a rounding unit of 5",
      run: () => decidedAdjustments([], 5, 5 as 1),
      en: "unit must be 0.01, 1 or 1000; got 5",
      da: "enhed skal være 0,01, 1 eller 1000; fik 5",
    },
  ];
  it.each(bad)("$name", ({ run, en, da }) => {
    const f = failure(run);
    expect({ en: f.en, da: f.da }).toEqual({ en, da });
  });
});
