// Percentages as people type them ("4", "1,76", "1.76 %") read exactly as rates (0.04, 0.0176).

import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";

const PERCENT_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)\s*%?$/;

export function percentToRate(text: string, what: Subject): number {
  const trimmed = text.trim();
  if (trimmed === "") throw new BudgetError("AMOUNT_BLANK", { what });
  if (!PERCENT_TEXT.test(trimmed)) throw new BudgetError("AMOUNT_TEXT", { what, text });
  return new Decimal(trimmed.replace("%", "").trim().replace(",", ".")).dividedBy(100).toNumber();
}

const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** A plain number typed in a text field, with a decimal comma or point ("0,5", "12.5"). */
export function decimalText(text: string, what: Subject): number {
  const trimmed = text.trim();
  if (trimmed === "") throw new BudgetError("AMOUNT_BLANK", { what });
  if (!DECIMAL_TEXT.test(trimmed)) throw new BudgetError("AMOUNT_TEXT", { what, text });
  return new Decimal(trimmed.replace(",", ".")).toNumber();
}

/** A percentage typed in a panel field ("5", "0,5 %") as a rate from 0 to 1; outside 0-100 % is refused. */
export function percentField(text: string, what: Subject): number {
  const rate = percentToRate(text, what);
  if (rate < 0 || rate > 1) throw new BudgetError("PERCENT_RANGE", { what, value: new Decimal(rate).times(100) });
  return rate;
}
