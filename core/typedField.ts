// Numbers typed into a task-pane field, read in the display language (core/typedNumber.ts) and
// checked, or refused with a message that says what was typed and how to write it. An amount is
// never read as another number: "100.000" is a hundred thousand in Danish, and "500,000" in
// Danish is asked about rather than taken for 500.

import Decimal from "decimal.js";
import { BudgetError, type Language, type Subject } from "./errors";
import { MAX_AMOUNT } from "./money";
import { formatNumber, readTypedNumber, type TypedKind } from "./typedNumber";

/**
 * The two readings of an ambiguous amount written so that neither can be mistaken: the decimal
 * one with other than 3 decimals ("500,00", "1,2340"), the other with its thousands grouped.
 */
function unambiguous([decimal, thousands]: readonly [string, string], language: Language): [string, string] {
  const places = decimal.split(".")[1]?.length ?? 0;
  return [formatNumber(decimal, language, { decimals: places === 3 ? 4 : 2 }), formatNumber(thousands, language)];
}

/** The text read as an exact decimal, or the error that says why it cannot be. */
function typed(text: string, language: Language, kind: TypedKind, what: Subject): Decimal {
  const reading = readTypedNumber(text, language, kind);
  const shown = text.trim();
  if (reading.ok) {
    const value = new Decimal(reading.value);
    // no field takes more than an amount can be, so nothing typed turns into a rounded double
    if (value.abs().greaterThan(MAX_AMOUNT)) throw new BudgetError("AMOUNT_TOO_LARGE", { what, value: shown });
    return value;
  }
  switch (reading.problem) {
    case "blank":
      throw new BudgetError("TYPED_BLANK", { what });
    case "percent-sign":
      throw new BudgetError("TYPED_PERCENT_SIGN", { what, text: shown });
    case "exponent":
      throw new BudgetError("TYPED_EXPONENT", { what, text: shown, suggestion: reading.suggestion ?? "" });
    case "grouping":
      throw new BudgetError("TYPED_GROUPING", { what, text: shown, readIn: language });
    case "malformed":
      throw new BudgetError("TYPED_MALFORMED", { what, text: shown, readIn: language });
    case "foreign-format":
      throw new BudgetError("TYPED_FOREIGN", { what, text: shown, suggestion: reading.suggestion ?? "", readIn: language });
    case "ambiguous":
      throw new BudgetError("TYPED_AMBIGUOUS", { what, text: shown, readings: unambiguous(reading.readings ?? ["0", "0"], language) });
    default:
      throw new BudgetError("TYPED_NOT_NUMBER", { what, text: shown });
  }
}

/** An amount in kroner ("1.234.567,89" in Danish, "1,234,567.89" in English). */
export function typedAmount(text: string, language: Language, what: Subject): number {
  return typed(text, language, "amount", what).toNumber();
}

/** A plain number such as a strength or a number of months' salary ("0,5" / "0.5"). */
export function typedDecimal(text: string, language: Language, what: Subject): number {
  return typed(text, language, "decimal", what).toNumber();
}

/**
 * A change in percent ("1,76", "-0,5 %") as a rate (0.0176): above -100 % (a cut of less than
 * everything) and at most 100 %, as a pay rise is; a larger one is almost surely a slip.
 */
export function typedChange(text: string, language: Language, what: Subject): number {
  const percent = typed(text, language, "percent", what);
  if (percent.lessThanOrEqualTo(-100) || percent.greaterThan(100)) throw new BudgetError("PERCENT_CHANGE_RANGE", { what, value: percent });
  return percent.dividedBy(100).toNumber();
}

/** A floor and a cap typed as percentages, as rates: the floor may not be above the cap. */
export function checkPercentOrder(floor: number | undefined, cap: number | undefined, names: { floor: Subject; cap: Subject }): void {
  if (floor === undefined || cap === undefined || floor <= cap) return;
  const percent = (rate: number) => new Decimal(rate).times(100);
  throw new BudgetError("PERCENT_ORDER", { ...names, min: percent(floor), max: percent(cap) });
}

/** A percentage from 0 to 100 as a rate from 0 to 1; outside that range is refused. */
export function typedPercent(text: string, language: Language, what: Subject): number {
  const percent = typed(text, language, "percent", what);
  if (percent.isNegative() || percent.greaterThan(100)) throw new BudgetError("PERCENT_RANGE", { what, value: percent });
  return percent.dividedBy(100).toNumber();
}
