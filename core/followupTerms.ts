// The follow-up's terms (followup.ts): a line as it comes in, the report's options, and the
// figures and row that come out; shared by the decimal path and the integer path (followupFast.ts).

import type { ForecastMethod } from "./forecastTerms";
import type { Unit } from "./money";

export interface FollowUpLine {
  /** The line's actuals by month; months after `month` are ignored. */
  actuals: readonly (number | null)[];
  /** The 12 budget months. */
  budget: readonly number[];
  /** Prior years' monthly actuals, oldest first (for profile, prioryear, ets and auto). */
  history?: readonly (readonly (number | null)[])[];
  /** Known amounts by month (one-off bookings): 12 of them; those in months booked count for nothing. */
  adjustments?: readonly number[];
  /** The decided measures' adjustments by month (actionPlan.ts decidedAdjustments); none without. */
  actions?: readonly number[];
  /** The department's own expected year-end (its follow-up return); null or absent without one. */
  departmentYearEnd?: number | null;
  /** The budget the carry-over cap is a rate of; default the annual budget. */
  capBase?: number;
}

export interface FollowUpOptions {
  /** The months booked so far: the report is as at the end of this month (1-12). */
  month: number;
  method: ForecastMethod | "auto";
  unit?: Unit;
  /** Material from this absolute amount in kroner; null = no amount threshold. */
  materialAmount: number | null;
  /** Material from this share of the annual budget (0.05 = 5 %); null = no rate threshold. */
  materialRate: number | null;
  /** Underspend carried over up to this share of the cap base (variance.ts). */
  capRate: number;
  /** The share of an underspend carried at all, from 0 to 1; default 1 (variance.ts). */
  capShare?: number;
}

export interface FollowUpFigures {
  actualToDate: number;
  budgetToDate: number;
  /** Actual minus budget in month m. */
  monthVariance: number;
  /** Actual to date minus budget to date. */
  ytdVariance: number;
  budget: number;
  adjustment: number;
  yearEnd: number;
  /** Projected year-end minus budget; positive = expected overspend. */
  result: number;
  /** The budget the carry-over cap was taken of. */
  capBase: number;
  carryover: number;
  material: boolean;
  /** The department's projected year-end; null without one (in the total: when no line has one). */
  departmentYearEnd: number | null;
  /** The decided measures' effect still to come on the year-end (negative = a saving). */
  actions: number;
  /** The add-in's projected year-end with the decided measures. */
  actionsYearEnd: number;
  /** actionsYearEnd minus budget. */
  resultAfterActions: number;
}

export interface FollowUpRow extends FollowUpFigures {
  /** The method used: the chosen one, or the backtest's pick for "auto". */
  method: ForecastMethod;
  /** The backtest's mean absolute percentage error of that method; null when not backtested. */
  mape: number | null;
  /** The 12 months: actuals through month m, then the projection. */
  months: number[];
  /** The projected year-end plus and minus the backtest's MAPE (backtest.ts errorBand); null when not backtested. */
  band: { low: number; high: number } | null;
}
