// The quarterly pack (kvartalsrapport): the follow-up as at month m summed per department, per
// hospital and for the whole, with the material lines and their explanations and the action
// plans with their effect still to come.
//
// Each unit (department, hospital, the whole) shows: the budget, the actual to date, three
// projected year-ends (the add-in's, the department's own, and after the decided measures), the
// expected result and what would carry over. Rules:
//   - sums are exact (decimals, never floats): a hospital's figures are its departments' sums and
//     the whole's are the hospitals', to the last øre;
//   - a line without the department's own projection counts with the add-in's;
//   - the expected result is the sum of the lines' results (positive = overspend); the carry-over
//     is the rule (variance.ts) applied to the unit's totals, so its cap is on the unit's budget,
//     not the sum of the lines' carry-overs: the unit's year-end is its budget plus its result;
//   - the actions are the register's decided and proposed measures (a dropped one is no longer
//     planned), each with its effect still to come as at month m; a unit sums them per status.
//     A measure of a department with no line in the pack is listed apart and summed nowhere.
// Hospitals, their departments and their lines keep the order they are first seen in.

import { effectStillToCome, type ActionRegisterRow } from "./actionPlan";
import { BudgetError } from "./errors";
import { Exact, type Unit } from "./money";
import { MONTHS } from "./profiles";
import { carryover, DEFAULT_CAP_RATE, DEFAULT_VARIANCE_UNIT } from "./variance";

/** One line of the follow-up as at month m, with what its department returned. */
export interface PackLine {
  department: string;
  departmentName: string;
  hospital: string;
  key: string;
  text: string;
  /** The annual budget. */
  budget: number;
  actualToDate: number;
  /** The add-in's projected year-end. */
  projection: number;
  /** The department's own expected year-end; null when it returned none. */
  departmentProjection: number | null;
  /** The projected year-end after the decided measures. */
  afterActions: number;
  /** The expected result: a year-end minus the budget; positive = overspend. */
  result: number;
  carryover: number;
  /** The budget the carry-over's cap is a rate of; default the annual budget. */
  capBase?: number;
  material: boolean;
  /** Finance's explanation (the Forecast report's). */
  explanation: string;
  /** The department's explanation from its return. */
  departmentExplanation: string;
}

export interface PackOptions {
  /** The months booked: the pack is as at the end of this month (1-12). */
  month: number;
  /** What the carry-over is rounded to (variance.ts); default the øre, as the Forecast report carries it. */
  unit?: Unit;
  /** The carry-over's cap as a share of the unit's cap base; default 2 %. */
  capRate?: number;
  /** The share of an underspend carried over; default all of it. */
  capShare?: number;
}

/** A unit's figures. */
export interface PackFigures {
  budget: number;
  actualToDate: number;
  projection: number;
  departmentProjection: number;
  afterActions: number;
  result: number;
  carryover: number;
  lines: number;
  materialLines: number;
  /** The effect still to come of the decided, and of the proposed, measures. */
  decidedEffect: number;
  proposedEffect: number;
}

export interface PackDepartment extends PackFigures {
  department: string;
  departmentName: string;
  hospital: string;
}

export interface PackHospital extends PackFigures {
  hospital: string;
  departments: PackDepartment[];
}

/** A measure in the pack, with its department's hospital and its effect still to come. */
export interface PackAction extends ActionRegisterRow {
  departmentName: string;
  /** "" for a measure of a department with no line in the pack. */
  hospital: string;
  remaining: number;
}

export interface QuarterlyPack {
  month: number;
  hospitals: PackHospital[];
  total: PackFigures;
  /** The material lines, by hospital and department, with both explanations. */
  material: PackLine[];
  /** The decided and proposed measures of the pack's departments, by hospital and department. */
  actions: PackAction[];
  /** Those of departments with no line in the pack. */
  otherActions: PackAction[];
}

type Sums = Record<"budget" | "capBase" | "actualToDate" | "projection" | "departmentProjection" | "afterActions" | "result" | "decidedEffect" | "proposedEffect", Exact>;
const FIELDS = ["budget", "capBase", "actualToDate", "projection", "departmentProjection", "afterActions", "result", "decidedEffect", "proposedEffect"] as const;

const zero = (): Sums => Object.fromEntries(FIELDS.map((f) => [f, new Exact(0)])) as Sums;
const add = (into: Sums, from: Sums) => FIELDS.forEach((f) => (into[f] = into[f].plus(from[f])));

/** A unit's figures from its exact sums: the carry-over by the rule on its totals. */
function figures(sums: Sums, lines: number, materialLines: number, options: Required<PackOptions>): PackFigures {
  const number = (f: (typeof FIELDS)[number]) => sums[f].toNumber();
  const yearEnd = sums.budget.plus(sums.result);
  return {
    budget: number("budget"),
    actualToDate: number("actualToDate"),
    projection: number("projection"),
    departmentProjection: number("departmentProjection"),
    afterActions: number("afterActions"),
    result: number("result"),
    carryover: carryover(sums.budget.toFixed(), yearEnd.toFixed(), options.capRate, options.unit, sums.capBase.toFixed(), options.capShare),
    lines,
    materialLines,
    decidedEffect: number("decidedEffect"),
    proposedEffect: number("proposedEffect"),
  };
}

/** The pack of `lines` and the register as at the month (see the rules at the top of this file). */
export function quarterlyPack(lines: readonly PackLine[], register: readonly ActionRegisterRow[], options: PackOptions): QuarterlyPack {
  const { month } = options;
  if (!Number.isInteger(month) || month < 1 || month > MONTHS) throw new BudgetError("FOLLOWUP_MONTH", { value: month });
  const settings: Required<PackOptions> = { month, unit: options.unit ?? DEFAULT_VARIANCE_UNIT, capRate: options.capRate ?? DEFAULT_CAP_RATE, capShare: options.capShare ?? 1 };

  // the departments, each with its hospital and name as its first line has them
  const departments = new Map<string, { line: PackLine; lines: PackLine[]; sums: Sums; actions: PackAction[] }>();
  const hospitals = new Map<string, string[]>();
  for (const line of lines) {
    let d = departments.get(line.department);
    if (d === undefined) {
      d = { line, lines: [], sums: zero(), actions: [] };
      departments.set(line.department, d);
      const list = hospitals.get(line.hospital) ?? [];
      list.push(line.department);
      hospitals.set(line.hospital, list);
    }
    d.lines.push(line);
    d.sums.budget = d.sums.budget.plus(line.budget);
    d.sums.capBase = d.sums.capBase.plus(line.capBase ?? line.budget);
    d.sums.actualToDate = d.sums.actualToDate.plus(line.actualToDate);
    d.sums.projection = d.sums.projection.plus(line.projection);
    d.sums.departmentProjection = d.sums.departmentProjection.plus(line.departmentProjection ?? line.projection);
    d.sums.afterActions = d.sums.afterActions.plus(line.afterActions);
    d.sums.result = d.sums.result.plus(line.result);
  }

  const otherActions: PackAction[] = [];
  for (const row of register) {
    if (row.status === "dropped") continue;
    const d = departments.get(row.department);
    const remaining = effectStillToCome([row], month);
    const action: PackAction = { ...row, departmentName: d?.line.departmentName ?? "", hospital: d?.line.hospital ?? "", remaining };
    if (d === undefined) {
      otherActions.push(action);
      continue;
    }
    d.actions.push(action);
    if (row.status === "decided") d.sums.decidedEffect = d.sums.decidedEffect.plus(remaining);
    else d.sums.proposedEffect = d.sums.proposedEffect.plus(remaining);
  }

  const total = zero();
  let totalLines = 0;
  let totalMaterial = 0;
  const material: PackLine[] = [];
  const actions: PackAction[] = [];
  const packHospitals: PackHospital[] = [...hospitals].map(([hospital, keys]) => {
    const sums = zero();
    let hospitalLines = 0;
    let hospitalMaterial = 0;
    const rows = keys.map((key): PackDepartment => {
      const d = departments.get(key)!;
      const materialLines = d.lines.filter((l) => l.material);
      material.push(...materialLines);
      actions.push(...d.actions);
      add(sums, d.sums);
      hospitalLines += d.lines.length;
      hospitalMaterial += materialLines.length;
      return { department: key, departmentName: d.line.departmentName, hospital, ...figures(d.sums, d.lines.length, materialLines.length, settings) };
    });
    add(total, sums);
    totalLines += hospitalLines;
    totalMaterial += hospitalMaterial;
    return { hospital, departments: rows, ...figures(sums, hospitalLines, hospitalMaterial, settings) };
  });
  return { month, hospitals: packHospitals, total: figures(total, totalLines, totalMaterial, settings), material, actions, otherActions };
}
