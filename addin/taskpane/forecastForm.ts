// The Forecast panel's choices: the follow-up table's columns, the year and the month, the method,
// the materiality thresholds, the carry-over cap and share, and the report sheet, read from the
// fields as typed and checked before anything is read from the workbook.
//
// Known adjustments: one column (an amount still to come, counted in December) or 12 (January
// first, each month's own), as the user chooses; the panel offers 12 when the chosen column and
// the 11 after it are headed by the months in order (monthlyAdjustmentHeaders).

import { FIELD } from "./fieldSubjects";
import { BudgetError, cellText, FORECAST_METHODS, MONTHS, type Language, type Unit } from "../../core";
import { checkSheetName } from "../gateway/checks";
import type { RangeData } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import { fieldProblem, optionalField, readAmountField, readBudgetYear, readPercentField } from "./fields";
import type { Strings } from "./i18n";
import { da } from "./i18n/da";
import { en } from "./i18n/en";

/**
 * The follow-up table's columns: the line key, January's actual and budget, the optional
 * adjustment (December's, or January's of 12), and the line's department, its name, hospital,
 * text and cap base, each optional.
 */
export const FORECAST_COLUMNS = {
  key: { role: "lineKey", fallback: 0 },
  actual: { role: "actual", fallback: 1 },
  budget: { role: "monthBudget", fallback: 13 },
  adjustment: { role: "adjustment", optional: true },
  department: { role: "templateDepartment", optional: true },
  departmentName: { role: "templateDepartmentName", optional: true },
  hospital: { role: "hospital", optional: true },
  text: { role: "lineText", optional: true },
  capBase: { role: "capBase", optional: true },
} as const satisfies ColumnWants;

export type ForecastColumns = ColumnsOf<typeof FORECAST_COLUMNS>;

/** The projection methods offered: the core's, and the backtest's pick. */
export const FORECAST_PANEL_METHODS = [...FORECAST_METHODS, "auto"] as const;

/** How many adjustment columns the table has from the chosen one: one (December) or 12. */
export const ADJUSTMENT_MONTHS = ["one", "twelve"] as const;
export type AdjustmentMonths = (typeof ADJUSTMENT_MONTHS)[number];

/** The panel's choices, read and checked; table columns are 0-based positions in the table. */
export interface ForecastChoices {
  keyColumn: number;
  /** The table column holding January's actual; the 11 columns after it hold the other months. */
  actualColumn: number;
  /** The table column holding January's budget; the 11 columns after it hold the other months. */
  budgetColumn: number;
  adjustmentColumn: number | null;
  /** One adjustment column (December's), or 12 from adjustmentColumn on. */
  adjustmentMonths: AdjustmentMonths;
  departmentColumn: number | null;
  departmentNameColumn: number | null;
  hospitalColumn: number | null;
  textColumn: number | null;
  capBaseColumn: number | null;
  /** The budget year, four digits. */
  year: number;
  /** The report is as at this month, 1 to 12. */
  month: number;
  method: (typeof FORECAST_PANEL_METHODS)[number];
  unit: Unit;
  /** Kroner, 0 or more; null for none. */
  materialAmount: number | null;
  /** A rate from 0 to 1; null for none. */
  materialRate: number | null;
  capRate: number;
  /** The share of an underspend carried, from 0 to 1. */
  capShare: number;
  /** A valid sheet name, trimmed. */
  reportSheet: string;
  /** The line the chart shows, by key; null for the total. */
  chartLine: string | null;
}

/** The panel's fields as typed: the year, amounts and percentages as text, read exactly by the core. */
export type ForecastForm = Omit<ForecastChoices, "year" | "materialAmount" | "materialRate" | "capRate" | "capShare"> & {
  year: string;
  materialAmount: string;
  materialRate: string;
  capRate: string;
  capShare: string;
};

/** The typed fields' readers, each raising a BudgetError naming its field. */
const READ = {
  materialAmount: (text: string, language: Language) => {
    const amount = optionalField(text, (typed) => readAmountField(typed, language, FIELD.materialityAmount));
    if (amount !== null && amount < 0) throw new BudgetError("VALUE_NEGATIVE", { what: FIELD.materialityAmount, value: amount });
    return amount;
  },
  materialRate: (text: string, language: Language) => optionalField(text, (typed) => readPercentField(typed, language, FIELD.materialityRate)),
  capRate: (text: string, language: Language) => readPercentField(text, language, FIELD.carryoverCap),
  capShare: (text: string, language: Language) => readPercentField(text, language, FIELD.carryoverShare),
  reportSheet: (text: string) => {
    const sheet = text.trim();
    checkSheetName(sheet);
    return sheet;
  },
};

/** The panel's fields read and checked; a bad field raises a BudgetError naming it. */
export function forecastChoices(form: ForecastForm, t: Strings, language: Language): ForecastChoices {
  const year = readBudgetYear(form.year);
  const materialAmount = READ.materialAmount(form.materialAmount, language);
  const reportSheet = READ.reportSheet(form.reportSheet);
  return {
    ...form,
    year,
    reportSheet,
    materialAmount,
    materialRate: READ.materialRate(form.materialRate, language),
    capRate: READ.capRate(form.capRate, language),
    capShare: READ.capShare(form.capShare, language),
  };
}

/** The typed fields, each with what is wrong with it as its message under the field; null when it reads. */
export type ForecastProblems = Record<"year" | "materialAmount" | "materialRate" | "capRate" | "capShare" | "reportSheet", string | null>;

export function forecastFieldProblems(form: Pick<ForecastForm, keyof ForecastProblems>, language: Language): ForecastProblems {
  const problem = (read: () => unknown) => fieldProblem(read, language);
  return {
    year: problem(() => readBudgetYear(form.year)),
    materialAmount: problem(() => READ.materialAmount(form.materialAmount, language)),
    materialRate: problem(() => READ.materialRate(form.materialRate, language)),
    capRate: problem(() => READ.capRate(form.capRate, language)),
    capShare: problem(() => READ.capShare(form.capShare, language)),
    reportSheet: problem(() => READ.reportSheet(form.reportSheet)),
  };
}

/** Every month's names, short and long, in both languages, in lower case, by month. */
const MONTH_NAMES = Array.from({ length: MONTHS }, (_, m) => [en.months[m], da.months[m], en.monthsLong[m], da.monthsLong[m]].map((n) => n.toLowerCase()));

/** Whether a header names month m (0-based) as a word of its own: "Korrektion jan", "March", "maj 2026". */
const namesMonth = (header: string, m: number) => header.split(/[^\p{L}]+/u).some((word) => MONTH_NAMES[m].includes(word));

/**
 * Whether the chosen adjustment column and the 11 after it are headed by the months in order, so
 * the panel first offers 12 adjustment columns; otherwise one.
 */
export function monthlyAdjustmentHeaders(table: RangeData, column: number | null): AdjustmentMonths {
  if (column === null) return "one";
  const headers = table.values[0] ?? [];
  const monthly = Array.from({ length: MONTHS }, (_, m) => namesMonth(cellText(headers[column + m]).toLowerCase(), m)).every(Boolean);
  return monthly ? "twelve" : "one";
}
