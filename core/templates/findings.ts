// A problem found in a returned file, where it is, and how much it weighs: a file with any
// problem that must be corrected is rejected; one with only remarks (a missing justification, the
// total over the frame, an amount rounded to the unit) is accepted with remarks; a note (this
// return replaces another) changes nothing.

import type { BudgetError, ErrorCode } from "../errors";
import type { ReturnStatus } from "./types";

/** How much a problem weighs: a reason to reject, a remark, or a note that changes nothing. */
export type Severity = "reject" | "remark" | "note";

export interface Finding {
  error: BudgetError;
  severity: Severity;
  sheet?: string;
  cell?: string;
}

/** The problems that do not reject a file. */
const REMARKS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "RETURN_JUSTIFICATION_MISSING",
  "RETURN_OVER_FRAME",
  "RETURN_ANNUAL_ROUNDED",
  // a follow-up return: an explanation missing where one is needed, an amount rounded to the unit
  "FOLLOWUP_EXPLANATION_MISSING",
  "FOLLOWUP_OUTSIDE_BAND",
  "FOLLOWUP_FAR_FROM_PROJECTION",
  "FOLLOWUP_YEAR_END_ROUNDED",
  "FOLLOWUP_EFFECT_ROUNDED",
]);
const NOTES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["RETURN_REPLACES", "RETURN_REPLACED"]);

export function finding(error: BudgetError, sheet?: string, cell?: string): Finding {
  const severity: Severity = REMARKS.has(error.code) ? "remark" : NOTES.has(error.code) ? "note" : "reject";
  return { error, severity, ...(sheet === undefined ? {} : { sheet }), ...(cell === undefined ? {} : { cell }) };
}

export function statusOf(findings: readonly Finding[]): ReturnStatus {
  if (findings.some((f) => f.severity === "reject")) return "rejected";
  return findings.some((f) => f.severity === "remark") ? "remarks" : "accepted";
}
