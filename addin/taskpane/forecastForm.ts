// The Forecast panel's choices: the follow-up table's columns, the month, the method, the
// materiality thresholds, the carry-over cap and the report sheet, read from the fields as typed
// and checked before anything is read from the workbook.

import { z } from "zod";
import { BudgetError, FORECAST_METHODS, MONTHS, UNITS, type Language } from "../../core";
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

const column = z.number().int().min(0);

export const forecastSchema = z.object({
  keyColumn: column,
  /** The table column holding January's actual; the 11 columns after it hold the other months. */
  actualColumn: column,
  /** The table column holding January's budget; the 11 columns after it hold the other months. */
  budgetColumn: column,
  adjustmentColumn: column.nullable(),
  month: z.number().int().min(1).max(MONTHS),
  method: z.enum(FORECAST_PANEL_METHODS),
  unit: z.union(UNITS.map((u) => z.literal(u))),
  materialAmount: z.number().finite().min(0).nullable(),
  materialRate: z.number().finite().min(0).max(1).nullable(),
  capRate: z.number().finite().min(0).max(1),
  reportSheet: z.string().trim().min(1),
  /** The line the chart shows, by key; null for the total. */
  chartLine: z.string().nullable(),
});

export type ForecastChoices = z.infer<typeof forecastSchema>;

/** The panel's fields as typed: amounts and percentages as text, read exactly by the core. */
export type ForecastForm = Omit<ForecastChoices, "materialAmount" | "materialRate" | "capRate"> & {
  materialAmount: string;
  materialRate: string;
  capRate: string;
};

/** The panel's fields read and checked; a bad field raises a BudgetError naming it. */
export function forecastChoices(form: ForecastForm, t: Strings, language: Language): ForecastChoices {
  const amount = optionalField(form.materialAmount, (text) => readAmountField(text, language, t.amountSubject));
  if (amount !== null && amount < 0) throw new BudgetError("VALUE_NEGATIVE", { what: t.amountSubject, value: amount });
  const sheet = form.reportSheet.trim();
  checkSheetName(sheet);
  return forecastSchema.parse({
    ...form,
    reportSheet: sheet,
    materialAmount: amount,
    materialRate: optionalField(form.materialRate, (text) => readPercentField(text, language, t.materialRateSubject)),
    capRate: readPercentField(form.capRate, language, t.capRateSubject),
  });
}
