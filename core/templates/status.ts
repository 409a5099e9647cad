// What the status sheet says about each department: how many days are left to the deadline, and
// how many problems of each weight its return had.

import type { ReturnProblem } from "./types";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whole days from `today` (its calendar date where the user is) to the deadline ("YYYY-MM-DD"):
 * 0 on the day itself, negative once it has passed; null without a deadline.
 */
export function daysToDeadline(deadline: string | null, today: Date): number | null {
  if (deadline === null) return null;
  const [y, m, d] = deadline.split("-").map(Number);
  const due = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / DAY);
}

/** A return's problems counted by weight. */
export function problemCounts(problems: readonly Pick<ReturnProblem, "severity">[]): { rejects: number; remarks: number; notes: number } {
  const count = (severity: ReturnProblem["severity"]) => problems.filter((p) => p.severity === severity).length;
  return { rejects: count("reject"), remarks: count("remark"), notes: count("note") };
}
