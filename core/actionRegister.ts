// What the follow-up returns leave in the master: the action-plan register (one row per measure,
// kept across the months by the measure's id) and the departments' own forecasts per line and
// month. Both are merged from the sheet as it was and the returns collected now.
//
// The action-plan register:
//   - a measure not in the register yet is added: decided or proposed by its `decided`, first
//     reported and as at the return's month, with no note;
//   - a known measure takes what the latest return says of it; a return for a month before the
//     row's as-at month changes nothing (an old file collected late does not undo a newer one);
//   - a measure of a department whose return for a month at or after the row's as-at month no
//     longer lists it is dropped (it keeps what it last said, and its as-at month);
//   - finance's note stays whatever a return says;
//   - rows are ordered by department as first seen (the register's, then the returns'), then the
//     month first reported, then the id (numbers within ids in their numeric order).
// Returns are taken in the order of their months; of two for one month the later in the list wins.
//
// The departments' forecasts: one row per department, month and line key; a department's return
// for a month replaces that department's rows of that month, and only those.

import type { ActionPlanEntry, ActionRegisterRow } from "./actionPlan";
import type { DepartmentForecast, FollowUpReturn } from "./followupTemplates/types";

const byMonth = (returns: readonly FollowUpReturn[]): FollowUpReturn[] =>
  returns
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.month - b.r.month || a.i - b.i)
    .map(({ r }) => r);

const ids = new Intl.Collator("en", { numeric: true });

/** The order of rows: department as first seen, then `then`. */
function inDepartmentOrder<T extends { department: string }>(rows: readonly T[], seen: readonly string[], then: (a: T, b: T) => number): T[] {
  const rank = new Map<string, number>();
  for (const d of [...seen, ...rows.map((r) => r.department)]) if (!rank.has(d)) rank.set(d, rank.size);
  return [...rows].sort((a, b) => (rank.get(a.department) ?? 0) - (rank.get(b.department) ?? 0) || then(a, b));
}

const reported = (entry: ActionPlanEntry): Omit<ActionRegisterRow, "firstMonth" | "asAt" | "note"> => ({
  id: entry.id,
  department: entry.department,
  key: entry.key,
  measure: entry.measure,
  owner: entry.owner,
  decided: entry.decided,
  startMonth: entry.startMonth,
  effect: entry.effect,
  status: entry.decided ? "decided" : "proposed",
});

/** The register after the returns (see the rules at the top of this file). */
export function mergeActionRegister(rows: readonly ActionRegisterRow[], returns: readonly FollowUpReturn[]): ActionRegisterRow[] {
  const register = new Map<string, ActionRegisterRow>(rows.map((r) => [r.id, { ...r }]));
  const seen = [...rows.map((r) => r.department)];
  for (const ret of byMonth(returns)) {
    seen.push(ret.department);
    const listed = new Set<string>();
    for (const entry of ret.actions) {
      listed.add(entry.id);
      const before = register.get(entry.id);
      if (before === undefined) register.set(entry.id, { ...reported(entry), firstMonth: ret.month, asAt: ret.month, note: "" });
      else if (ret.month >= before.asAt) register.set(entry.id, { ...reported(entry), firstMonth: before.firstMonth, asAt: ret.month, note: before.note });
    }
    for (const row of register.values()) {
      if (row.department === ret.department && !listed.has(row.id) && ret.month >= row.asAt) row.status = "dropped";
    }
  }
  return inDepartmentOrder([...register.values()], seen, (a, b) => a.firstMonth - b.firstMonth || ids.compare(a.id, b.id));
}

/** The departments' forecasts after the returns: each return replaces its department's rows of its month. */
export function mergeDepartmentForecasts(rows: readonly DepartmentForecast[], returns: readonly FollowUpReturn[]): DepartmentForecast[] {
  let kept: DepartmentForecast[] = [...rows];
  const seen = rows.map((r) => r.department);
  for (const ret of byMonth(returns)) {
    seen.push(ret.department);
    kept = [
      ...kept.filter((r) => r.department !== ret.department || r.month !== ret.month),
      ...ret.lines.map((l) => ({ department: ret.department, key: l.key, month: ret.month, yearEnd: l.yearEnd, projection: l.projection, explanation: l.explanation })),
    ];
  }
  // within a department and month the lines keep their order: the sort is stable
  return inDepartmentOrder(kept, seen, (a, b) => a.month - b.month);
}
