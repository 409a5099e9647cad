// The follow-up return (opfølgningsskabelon): finance sends each department its lines as at month
// m, with the add-in's projection locked, and gets back the department's own expected year-end per
// line, an explanation where one is needed, and its action plan.

import type { ActionPlanEntry } from "../actionPlan";
import type { ForecastMethod } from "../forecastTerms";
import type { Language } from "../messages/render";
import type { Unit } from "../money";

/** One line of the Forecast panel's follow-up table as at month m, with its department. */
export interface FollowUpTemplateLine {
  department: string;
  departmentName: string;
  /** The unit above the department: its hospital. */
  parent: string;
  key: string;
  /** The line's text (account name); may be "". */
  text: string;
  actualToDate: number;
  budgetToDate: number;
  /** The annual (periodised) budget. */
  budget: number;
  /** The add-in's projected year-end. */
  projection: number;
  /** The backtest's error band around the projection (method "auto"); null without one. */
  band: { low: number; high: number } | null;
  /** Projection minus budget; positive = expected overspend. */
  result: number;
  /** Material by the Forecast panel's thresholds: an explanation is required. */
  material: boolean;
  method: ForecastMethod;
}

export interface FollowUpTemplateInput {
  lines: readonly FollowUpTemplateLine[];
  /** Measures already in the action-plan register: prefilled in their department's template with their id. */
  actions?: readonly ActionPlanEntry[];
  /** What departments explained last time, by department and key: prefilled so nothing typed is lost. */
  explanations?: readonly { department: string; key: string; explanation: string }[];
}

export interface FollowUpTemplateOptions {
  year: number;
  /** The months booked: the template is as at the end of this month (1-11). */
  month: number;
  unit?: Unit;
  /** The return deadline, "YYYY-MM-DD". */
  deadline?: string;
  contact?: string;
  instructions?: string;
  language?: Language;
  /** Empty rows of the action-plan block for new measures; default 5, at most 50. */
  actionRows?: number;
  /**
   * The Forecast panel's materiality thresholds, for a department's year-end that needs explaining:
   * a line without a band needs an explanation when the year-end differs from the projection by at
   * least this amount (kroner) and this share of the annual budget (0.05 = 5 %); a threshold left
   * out or null is not applied, and with neither no explanation is asked on that count.
   */
  materialAmount?: number | null;
  materialRate?: number | null;
}

/** A line of an accepted follow-up return. */
export interface FollowUpReturnLine {
  department: string;
  key: string;
  text: string;
  /** The add-in's projection, as sent (locked). */
  projection: number;
  /** The department's own expected year-end (the projection when left as prefilled). */
  yearEnd: number;
  explanation: string;
  material: boolean;
}

/** An accepted follow-up return: one department's lines and action plan as at month m. */
export interface FollowUpReturn {
  department: string;
  departmentName: string;
  parent: string;
  year: number;
  month: number;
  fileName: string;
  lines: FollowUpReturnLine[];
  actions: ActionPlanEntry[];
}

/** A department's figures for one line as at a month, as collected and kept in the master. */
export interface DepartmentForecast {
  department: string;
  key: string;
  month: number;
  /** The department's expected year-end. */
  yearEnd: number;
  /** The add-in's projection it was given. */
  projection: number;
  explanation: string;
}
