// The Forecast panel's choices: the follow-up table's columns, the month, the method, the
// materiality thresholds, the carry-over cap and the report sheet, read from the fields as typed
// and checked before anything is read from the workbook.

import { FIELD } from "./fieldSubjects";
import { BudgetError, FORECAST_METHODS, type Language, type Unit } from "../../core";
import { checkSheetName } from "../gateway/checks";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import { optionalField, readAmountField, readPercentField } from "./fields";
import type { Strings } from "./i18n";

/** The follow-up table's columns: the line key, January's actual and budget, and the optional adjustment. */
export const FORECAST_COLUMNS = {
  key: { role: "lineKey", fallback: 0 },
  actual: { role: "actual", fallback: 1 },
  budget: { role: "monthBudget", fallback: 13 },
  adjustment: { role: "adjustment", optional: true },
} as const satisfies ColumnWants;

export type ForecastColumns = ColumnsOf<typeof FORECAST_COLUMNS>;

/** The projection methods offered: the core's, and the backtest's pick. */
export const FORECAST_PANEL_METHODS = [...FORECAST_METHODS, "auto"] as const;

/** The panel's choices, read and checked; table columns are 0-based positions in the table. */
export interface ForecastChoices {
  keyColumn: number;
  /** The table column holding January's actual; the 11 columns after it hold the other months. */
  actualColumn: number;
  /** The table column holding January's budget; the 11 columns after it hold the other months. */
  budgetColumn: number;
  adjustmentColumn: number | null;
  /** The report is as at this month, 1 to 12. */
  month: number;
  method: (typeof FORECAST_PANEL_METHODS)[number];
  unit: Unit;
  /** Kroner, 0 or more; null for none. */
  materialAmount: number | null;
  /** A rate from 0 to 1; null for none. */
  materialRate: number | null;
  capRate: number;
  /** A valid sheet name, trimmed. */
  reportSheet: string;
  /** The line the chart shows, by key; null for the total. */
  chartLine: string | null;
}

/** The panel's fields as typed: amounts and percentages as text, read exactly by the core. */
export type ForecastForm = Omit<ForecastChoices, "materialAmount" | "materialRate" | "capRate"> & {
  materialAmount: string;
  materialRate: string;
  capRate: string;
};

/** The panel's fields read and checked; a bad field raises a BudgetError naming it. */
export function forecastChoices(form: ForecastForm, t: Strings, language: Language): ForecastChoices {
  const amount = optionalField(form.materialAmount, (text) => readAmountField(text, language, FIELD.materialityAmount));
  if (amount !== null && amount < 0) throw new BudgetError("VALUE_NEGATIVE", { what: FIELD.materialityAmount, value: amount });
  const sheet = form.reportSheet.trim();
  checkSheetName(sheet);
  return {
    ...form,
    reportSheet: sheet,
    materialAmount: amount,
    materialRate: optionalField(form.materialRate, (text) => readPercentField(text, language, FIELD.materialityRate)),
    capRate: readPercentField(form.capRate, language, FIELD.carryoverCap),
  };
}
