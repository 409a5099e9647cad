// The quarterly pack's figures: departments summed to their hospital and the hospitals to the
// whole exactly (to the øre, where floats would not be), a missing department projection counted
// with the add-in's, the carry-over by the rule on each unit's totals, the material lines, and
// the measures with their effect still to come (dropped ones left out, a department without lines
// listed apart).

import { describe, expect, it } from "vitest";
import type { ActionRegisterRow } from "../../core/actionPlan";
import { quarterlyPack, type PackFigures, type PackLine } from "../../core/quarterlyPack";
import { BudgetError, carryover } from "../../core";
import { Exact } from "../../core/money";
import { packLine as line } from "../fixtures/followUpTerms";

const LINES: PackLine[] = [
  line("4101", "Hospital Nord", "1110", {
    budget: 1_000_000,
    actualToDate: 600_000.1,
    projection: 1_050_000,
    departmentProjection: 1_040_000,
    afterActions: 1_020_000,
    result: 50_000,
    carryover: -50_000,
    material: true,
    explanation: "overtid",
    departmentExplanation: "sygdom i vinter",
  }),
  line("4104", "Hospital Syd", "1110", {
    budget: 2_000_000,
    actualToDate: 1_400_000,
    projection: 1_900_000,
    departmentProjection: 1_950_000,
    afterActions: 1_880_000,
    result: -100_000,
    carryover: 40_000,
    material: true,
    explanation: "ledige stillinger",
  }),
  line("4101", "Hospital Nord", "2210", { budget: 200_000, actualToDate: 90_000.2, projection: 180_000, afterActions: 180_000, result: -20_000, carryover: 4_000 }),
  line("4102", "Hospital Nord", "1110", {
    budget: 500_000,
    actualToDate: 240_000.3,
    projection: 490_000,
    departmentProjection: 495_000,
    afterActions: 490_000,
    result: -10_000,
    carryover: 10_000,
  }),
];

const measure = (id: string, department: string, status: ActionRegisterRow["status"], startMonth: number, effect: number): ActionRegisterRow => ({
  id,
  department,
  key: null,
  measure: `Tiltag ${id}`,
  owner: "Ledelsen",
  decided: status === "decided",
  startMonth,
  effect,
  status,
  firstMonth: 3,
  asAt: 6,
  note: "",
});

const REGISTER = [
  measure("4104-1", "4104", "decided", 4, 10_000),
  measure("4101-1", "4101", "decided", 7, 25_000),
  measure("4102-1", "4102", "dropped", 7, 99_000),
  measure("4199-1", "4199", "proposed", 10, 1_000),
  measure("4101-2", "4101", "proposed", 9, 5_000.5),
];

const figures = (f: PackFigures) => [f.budget, f.actualToDate, f.projection, f.departmentProjection, f.afterActions, f.result, f.carryover, f.lines, f.materialLines, f.decidedEffect, f.proposedEffect];

describe("the quarterly pack as at June", () => {
  const pack = quarterlyPack(LINES, REGISTER, { month: 6 });

  it("sums each department, each hospital and the whole exactly, the carry-over by the rule on the unit's totals", () => {
    expect(pack.hospitals.map((h) => [h.hospital, h.departments.map((d) => [d.department, d.departmentName, d.hospital, ...figures(d)])])).toEqual([
      [
        "Hospital Nord",
        [
          // 600,000.10 + 90,000.20 is 690,000.30 to the øre (floats give 690,000.2999999999); 1110 has
          // no department projection of 2210: the add-in's counts; the overspend of 30,000 carries in full
          ["4101", "Afd. 4101", "Hospital Nord", 1_200_000, 690_000.3, 1_230_000, 1_220_000, 1_200_000, 30_000, -30_000, 2, 1, 150_000, 20_002],
          ["4102", "Afd. 4102", "Hospital Nord", 500_000, 240_000.3, 490_000, 495_000, 490_000, -10_000, 10_000, 1, 0, 0, 0],
        ],
      ],
      // the underspend of 100,000 is capped at 2 % of the department's budget
      ["Hospital Syd", [["4104", "Afd. 4104", "Hospital Syd", 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 1, 60_000, 0]]],
    ]);
    expect(pack.hospitals.map((h) => [h.hospital, ...figures(h)])).toEqual([
      ["Hospital Nord", 1_700_000, 930_000.6, 1_720_000, 1_715_000, 1_690_000, 20_000, -20_000, 3, 1, 150_000, 20_002],
      ["Hospital Syd", 2_000_000, 1_400_000, 1_900_000, 1_950_000, 1_880_000, -100_000, 40_000, 1, 1, 60_000, 0],
    ]);
    // the whole: 80,000 under, capped at 2 % of 3,700,000 = 74,000 (the lines' own carry-overs sum to 4,000)
    expect(figures(pack.total)).toEqual([3_700_000, 2_330_000.6, 3_620_000, 3_665_000, 3_570_000, -80_000, 74_000, 4, 2, 210_000, 20_002]);
    expect(carryover(3_700_000, 3_620_000)).toBe(74_000);
  });

  it("adds up: departments to their hospital, hospitals to the whole, in exact decimals", () => {
    const fields = ["budget", "actualToDate", "projection", "departmentProjection", "afterActions", "result", "decidedEffect", "proposedEffect"] as const;
    const sum = (values: number[]) => values.reduce((s, v) => s.plus(v), new Exact(0)).toNumber();
    for (const field of fields) {
      for (const h of pack.hospitals) expect([field, h[field]]).toEqual([field, sum(h.departments.map((d) => d[field]))]);
      expect([field, pack.total[field]]).toEqual([field, sum(pack.hospitals.map((h) => h[field]))]);
    }
  });

  it("lists the material lines by hospital and department with both explanations", () => {
    expect(pack.material.map((l) => [l.hospital, l.department, l.key, l.explanation, l.departmentExplanation])).toEqual([
      ["Hospital Nord", "4101", "1110", "overtid", "sygdom i vinter"],
      ["Hospital Syd", "4104", "1110", "ledige stillinger", ""],
    ]);
  });

  it("lists the decided and proposed measures by hospital and department with their effect still to come; a dropped one is left out", () => {
    // as at June: July-December of 25,000; September-December of 5,000.50; April's from July: 6 x 10,000
    expect(pack.actions.map((a) => [a.hospital, a.department, a.departmentName, a.id, a.status, a.remaining])).toEqual([
      ["Hospital Nord", "4101", "Afd. 4101", "4101-1", "decided", 150_000],
      ["Hospital Nord", "4101", "Afd. 4101", "4101-2", "proposed", 20_002],
      ["Hospital Syd", "4104", "Afd. 4104", "4104-1", "decided", 60_000],
    ]);
    expect(pack.otherActions.map((a) => [a.hospital, a.department, a.id, a.remaining])).toEqual([["", "4199", "4199-1", 3_000]]);
  });

  it("carries by the unit and cap rate given", () => {
    const at = quarterlyPack(LINES, [], { month: 6, capRate: 0.005, unit: 1000 });
    // 0.5 % of 3,700,000 = 18,500, rounded down to whole thousands
    expect([at.total.carryover, at.hospitals[0].departments[0].carryover, at.total.decidedEffect]).toEqual([18_000, -30_000, 0]);
  });

  it("carries a share of the underspend, its cap a rate of each unit's summed cap base", () => {
    const based = LINES.map((l) => (l.department === "4104" ? { ...l, capBase: 10_000_000 } : l));
    // the whole: underspend 80,000, half of it 40,000, under 2 % of 11,700,000; Syd: half of 100,000; Nord overspends 20,000, carried in full
    const half = quarterlyPack(based, [], { month: 6, capShare: 0.5 });
    expect([half.total.carryover, half.hospitals.map((h) => [h.hospital, h.carryover])]).toEqual([40_000, [["Hospital Nord", -20_000], ["Hospital Syd", 50_000]]]);
    // by default all of it, up to 2 % of the budget: 74,000 of 80,000
    expect(quarterlyPack(LINES, [], { month: 6 }).total.carryover).toBe(74_000);
    expect(quarterlyPack(based, [], { month: 6, capShare: 0 }).total.carryover).toBe(0);
  });

  it("carries to the øre by default, as the Forecast report does", () => {
    const pack = quarterlyPack([line("4101", "Hospital Nord", "1110", { budget: 1_000_000, result: -1_000.55 })], [], { month: 6 });
    expect([pack.total.carryover, quarterlyPack([line("4101", "Hospital Nord", "1110", { budget: 1_000_000, result: -1_000.55 })], [], { month: 6, unit: 1 }).total.carryover]).toEqual([1_000.55, 1_000]);
  });

  it("of no lines is empty, its totals 0", () => {
    const empty = quarterlyPack([], REGISTER, { month: 12 });
    expect([empty.hospitals, figures(empty.total), empty.otherActions.map((a) => [a.id, a.remaining])]).toEqual([
      [],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [
        ["4104-1", 0],
        ["4101-1", 0],
        ["4199-1", 0],
        ["4101-2", 0],
      ],
    ]);
  });

  it("refuses a month outside 1-12 in both languages", () => {
    try {
      quarterlyPack(LINES, REGISTER, { month: 0 });
      expect.unreachable();
    } catch (error) {
      expect([(error as BudgetError).describe("en"), (error as BudgetError).describe("da")]).toEqual([
        "the report month must be a whole number from 1 to 12; got 0",
        "rapportens måned skal være et helt tal fra 1 til 12; fik 0",
      ]);
    }
  });
});
