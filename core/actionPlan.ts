// Action plans (handleplaner): the measures a department takes to meet its budget, as it reports
// them in a follow-up return and as finance keeps them in the action-plan register, one row per
// measure across the months by the measure's id.
//
// A measure's effect is in kroner per month from its start month through December, a saving
// positive (it lowers the spending); an extra cost is negative. Only a decided measure feeds the
// projection, and only in the months still to come: as at month m, months m+1 to 12.
//
// decidedAdjustments: per line key (a measure on a line) and per department (a measure on the
// whole department, key null), 12 monthly adjustments to the projection: in each month from
// max(startMonth, m + 1) to 12 minus the sum of the effects of the decided measures running then
// (a saving lowers the spending), rounded to the unit half away from zero; 0 in every month before.
// A month's sum is exact before it is rounded once. Undecided measures count for nothing here.
// effectStillToCome: what measures save in the months still to come, exact: the sum of effect x
// the months from max(startMonth, m + 1) to 12; potential: that of the undecided measures.
// The months booked (1..m) are in the actuals already, so no measure changes them.

import { BudgetError, type Subject } from "./errors";
import { checkResult, checkUnit, divideRounded, Exact, toDecimal, type Unit } from "./money";
import { MONTHS } from "./profiles";

/** One measure, as a department reports it and the register keeps it. */
export interface ActionPlanEntry {
  /** Stable across months: given at the first collect of the measure, carried in later templates. */
  id: string;
  department: string;
  /** The line the measure acts on, by key; null for the whole department. */
  key: string | null;
  /** What is done. */
  measure: string;
  /** Who answers for it. */
  owner: string;
  /** Decided by the responsible management (besluttet): then it feeds the projection. */
  decided: boolean;
  /** The first month (1-12) the effect falls in. */
  startMonth: number;
  /** Kroner per month from the start month on; a saving positive. */
  effect: number;
}

/** A measure's standing in the action-plan register. */
export type ActionStatus = "decided" | "proposed" | "dropped";

/** A row of the action-plan register (Handleplaner): a measure as last reported, kept across months. */
export interface ActionRegisterRow extends ActionPlanEntry {
  /** decided / proposed (not decided yet) / dropped (no longer in the department's latest return). */
  status: ActionStatus;
  /** The month of the return that first reported it, and of the latest return that did. */
  firstMonth: number;
  asAt: number;
  /** What finance typed about the measure; kept whatever a return says. */
  note: string;
}

const effectOf = (id: string): Subject => ({ label: "actionEffect", id });
const ADJUSTMENT_TOTAL: Subject = { label: "knownAdjustments" };
const POTENTIAL: Subject = { label: "actionPotential" };

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > MONTHS) throw new BudgetError("FOLLOWUP_MONTH", { value: month });
}

/** The measure's effect, exact, and the first month it counts in as at month m (13: none). */
function running(action: ActionPlanEntry, month: number, unit?: Unit): { effect: Exact; from: number } {
  const start = action.startMonth;
  if (!Number.isInteger(start) || start < 1 || start > MONTHS) throw new BudgetError("ACTION_START_MONTH", { id: action.id, value: start });
  return { effect: new Exact(toDecimal(action.effect, effectOf(action.id), unit)), from: Math.max(start, month + 1) };
}

/** The 12 months' exact sums, rounded to the unit, as amounts. */
function rounded(sums: readonly Exact[], unit: Unit): number[] {
  const step = new Exact(unit);
  return sums.map((sum) => {
    const value = new Exact(divideRounded(sum, step).toString()).times(unit);
    checkResult(value, ADJUSTMENT_TOTAL, unit);
    return value.isZero() ? 0 : value.toNumber();
  });
}

/**
 * The decided measures' monthly adjustments as at month m: per line key, and per department for
 * the measures on a whole department (key null). Every measure is checked, decided or not.
 */
export function decidedAdjustments(
  actions: readonly ActionPlanEntry[],
  month: number,
  unit?: Unit,
): { lines: Map<string, number[]>; department: Map<string, number[]> } {
  checkMonth(month);
  const at = checkUnit(unit);
  const lines = new Map<string, Exact[]>();
  const department = new Map<string, Exact[]>();
  for (const action of actions) {
    const { effect, from } = running(action, month, at);
    if (!action.decided) continue;
    const [by, name] = action.key === null ? [department, action.department] : [lines, action.key];
    const sums = by.get(name) ?? Array.from({ length: MONTHS }, () => new Exact(0));
    for (let m = from; m <= MONTHS; m++) sums[m - 1] = sums[m - 1].minus(effect);
    by.set(name, sums);
  }
  const amounts = (by: Map<string, Exact[]>) => new Map([...by].map(([name, sums]) => [name, rounded(sums, at)]));
  return { lines: amounts(lines), department: amounts(department) };
}

/** What the measures save in the months still to come as at month m, exact (a saving positive). */
export function effectStillToCome(actions: readonly ActionPlanEntry[], month: number): number {
  checkMonth(month);
  let total = new Exact(0);
  for (const action of actions) {
    const { effect, from } = running(action, month);
    if (from <= MONTHS) total = total.plus(effect.times(MONTHS - from + 1));
  }
  checkResult(total, POTENTIAL, undefined);
  return total.isZero() ? 0 : total.toNumber();
}

/** What the undecided measures would save in the months still to come as at month m, exact. */
export function potential(actions: readonly ActionPlanEntry[], month: number): number {
  actions.forEach((action) => running(action, 1));
  return effectStillToCome(actions.filter((a) => !a.decided), month);
}
