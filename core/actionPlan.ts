// Action plans (handleplaner): the measures a department takes to meet its budget, as it reports
// them in a follow-up return and as finance keeps them in the action-plan register, one row per
// measure across the months by the measure's id.
//
// A measure's effect is in kroner per month from its start month through December, a saving
// positive (it lowers the spending); an extra cost is negative. Only a decided measure feeds the
// projection, and only in the months still to come: as at month m, months m+1 to 12.

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
