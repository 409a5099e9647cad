// The terms of a year-end forecast: its projection methods, its options, and the names its
// messages give the amounts (the actuals, the budget, the adjustments and the projections).

import type { Subject } from "./errors";
import type { Unit } from "./money";

export const FORECAST_METHODS = ["budget", "profile", "runrate", "prioryear", "ets"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface ForecastOptions {
  /** Projection method; default "budget". "auto": the backtest's best method (core/autoMethod.ts). */
  method?: ForecastMethod | "auto";
  /** Prior years' monthly actuals, oldest first, one row of 12 per year (blanks count as 0). */
  history?: readonly (readonly (number | null)[])[];
  /** 12 amounts added on top of the projected months (one-off bookings, decided measures). */
  adjustments?: readonly number[];
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
}

export const actualSubject = (month: number): Subject => ({ label: "actualMonth", month });
export const budgetSubject = (month: number): Subject => ({ label: "budgetMonth", month });
export const adjustmentSubject = (month: number): Subject => ({ label: "adjustmentMonth", month });
export const projectionSubject = (month: number): Subject => ({ label: "projectionMonth", month });
export const YEAR_END: Subject = { label: "yearEnd" };
export const historyCell = (row: number, month: number): Subject => ({ label: "historyCell", row, month });

/** Options with a method to project by: "auto" already resolved to the method it stands for. */
export type ProjectionOptions = Omit<ForecastOptions, "method"> & { method?: ForecastMethod };
