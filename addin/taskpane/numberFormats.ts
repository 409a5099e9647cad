// How the panels' numbers are shown in the cells they write, as Excel users expect them: amounts
// with thousands separators, whole kroner ("#,##0"), or with øre when they are rounded to øre
// ("#,##0.00"); rates as percentages to four decimals ("0.0000%"), the precision the rates are
// worked out to (1.8724 % is the rate 0.018724); headers bold.

import type { Unit } from "../../core";

/** A block of written cells and how it is shown: an Excel number format code, bold. */
export interface BlockFormat {
  ref: string;
  numberFormat?: string;
  bold?: boolean;
}

export const WHOLE_AMOUNT_FORMAT = "#,##0";
export const ORE_AMOUNT_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.0000%";

/** The format of amounts rounded to `unit`: with øre for 0.01, whole kroner otherwise. */
export function amountFormat(unit: Unit): string {
  return unit === 0.01 ? ORE_AMOUNT_FORMAT : WHOLE_AMOUNT_FORMAT;
}
