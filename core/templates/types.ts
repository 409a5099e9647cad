// The standard budget template (budgetskabelon) as central finance sends it to each department and
// gets it back: what goes in, what the register of sent templates keeps, and what a collect of the
// returned files reports.

import type { FollowUpReturn } from "../followupTemplates/types";
import type { Language } from "../messages/render";
import type { Unit } from "../money";

/** A line of the master's lines table: one account of one department. */
export interface MasterLine {
  /** The department's key, e.g. "4101". */
  department: string;
  departmentName: string;
  /** The unit above the department: its hospital. */
  parent: string;
  account: string;
  text: string;
  lastBudget: number;
  lastActual: number;
  /** A built-in profile name (either language) or a profile of the library; the default is equal. */
  profile?: string;
}

/** A department's frame (rammebeløb): the most its budget may add up to. */
export interface MasterFrame {
  department: string;
  frame: number;
}

/** A named profile of the master's profile library: 12 non-negative weights. */
export interface LibraryProfile {
  name: string;
  weights: readonly number[];
}

export interface TemplateInput {
  lines: readonly MasterLine[];
  frames: readonly MasterFrame[];
  /** The profile library copied, locked, into every template; lines may name its profiles. */
  profiles?: readonly LibraryProfile[];
}

/** A line must be justified when it changes from last year's budget by at least both of these. */
export interface JustifyFrom {
  /** Kroner (the change's size, either way). */
  amount: number;
  /** A fraction of last year's budget: 0.1 for 10 %. */
  rate: number;
}

export interface TemplateOptions {
  /** The budget year the departments budget for. */
  year: number;
  /** Rounding unit of the months: 0.01, 1 (default) or 1000 kr. */
  unit?: Unit;
  /** The return deadline, "YYYY-MM-DD". */
  deadline?: string;
  /** Who to ask: a name, an e-mail, a phone number. */
  contact?: string;
  /** Finance's own instructions, shown first on the instructions sheet. */
  instructions?: string;
  /** Rows where a department may add lines of its own; default 5, at most 50. */
  freeRows?: number;
  /** When a justification is required; absent: never. */
  justifyFrom?: JustifyFrom;
  /** The template's language (sheet names, labels, instructions, profile names); default Danish. */
  language?: Language;
}

/** A budget template (next year's budget) or a follow-up return (this year's forecast as at a month). */
export type TemplateKind = "budget" | "followup";

/** What a template is, as its metadata sheet and the register both record it. */
export interface TemplateIdentity {
  /** Unique per template built. */
  id: string;
  /** 1 for a department's first template of the year, one more each time it is built again. */
  version: number;
  department: string;
  departmentName: string;
  parent: string;
  year: number;
  unit: Unit;
  /** The department's frame; for a follow-up, its annual budget (the lines' budgets added up). */
  frame: number;
  /** Hex SHA-256 of the template's locked content (checksumContent). */
  checksum: string;
  /** When it was built, ISO 8601. */
  generated: string;
  /** The return deadline, "YYYY-MM-DD". */
  deadline: string | null;
}

/** One template sent: what a returned file is checked against. */
export interface RegisterEntry extends TemplateIdentity {
  kind: TemplateKind;
  /** A follow-up template's month: it is as at the end of this month (1-12). */
  month?: number;
  fileName: string;
}

export type ReturnStatus = "accepted" | "remarks" | "rejected";

/** A problem found in a returned file: where in the department's file, and what. */
export interface ReturnProblem {
  code: string;
  /** "reject": the file is rejected; "remark": accepted with remarks; "note": changes nothing. */
  severity: "reject" | "remark" | "note";
  sheet?: string;
  /** "F12". */
  cell?: string;
  message: string;
}

/** A line of an accepted return, its months computed from its inputs (never read from the file). */
export interface ConsolidatedLine {
  department: string;
  departmentName: string;
  parent: string;
  /** The template's line key; a line the department added has "+1", "+2", ... by its free row. */
  key: string;
  account: string;
  text: string;
  lastBudget: number | null;
  lastActual: number | null;
  annual: number;
  /** The profile as the department chose it. */
  profile: string;
  justification: string;
  months: number[];
}

export interface FileReport {
  fileName: string;
  /** The department the file is a template of, when it can be told. */
  department?: string;
  status: ReturnStatus;
  problems: ReturnProblem[];
  /** The template's id and version, when the file is one of ours. */
  id?: string;
  version?: number;
  /** Set when a later file in the same collect, or the same file again, replaces this return. */
  replacedBy?: string;
  /** Set for a follow-up return: its kind and month (a budget return's report has neither). */
  kind?: TemplateKind;
  month?: number;
}

export interface CollectReport {
  /** One per file, in the order given. */
  files: FileReport[];
  /** The lines of the accepted returns (with or without remarks), one department's return each. */
  consolidated: ConsolidatedLine[];
  /** The accepted follow-up returns, the latest per department and month. */
  followUps: FollowUpReturn[];
}
