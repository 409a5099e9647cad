// Every number a person types into a panel field is read here, and nowhere else in the panels:
// amounts (a materiality amount, a requirement total), plain numbers (a strength, months of
// salary, a number of years), percentages (a rate from 0 to 100 %, or a pay rise of any size) and
// budget years. Each reader takes the user's language: Danish "1.234.567,89", English
// "1,234,567.89" (core/typedField.ts); a text in the other language's format, or an amount that
// could be read two ways ("500,000" in Danish), is refused with a message naming the field. The numbers a choice list stands for (a column, a month, a rounding unit) are
// read back here too, so no panel turns text into a number on its own.

import { BudgetError, typedAmount, typedDecimal, typedPercent, typedChange, UNITS, type Language, type Subject, type Unit } from "../../core";

/** A field left empty: an optional field then means "none". */
export function isBlankField(text: string): boolean {
  return text.trim() === "";
}

/** An optional field: null when left empty, else what `read` makes of it. */
export function optionalField<T>(text: string, read: (text: string) => T): T | null {
  return isBlankField(text) ? null : read(text);
}

/** An amount in kroner, e.g. a materiality amount or a requirement total. */
export function readAmountField(text: string, language: Language, subject: Subject): number {
  return typedAmount(text, language, subject);
}

/** A plain number, e.g. a strength, months of salary or a number of years. */
export function readNumberField(text: string, language: Language, subject: Subject): number {
  return typedDecimal(text, language, subject);
}

/** A percentage from 0 to 100 ("5", "0,5 %") as a rate from 0 to 1. */
export function readPercentField(text: string, language: Language, subject: Subject): number {
  return typedPercent(text, language, subject);
}

/** A change in percent of any sign and size, e.g. a pay rise ("4", "-0,5 %"), as a rate. */
export function readPercentChangeField(text: string, language: Language, subject: Subject): number {
  return typedChange(text, language, subject);
}

const YEAR_TEXT = /^\d{4}$/;

/** A budget year as four digits ("2026"), written alike in both languages; null for anything else. */
export function readYearField(text: string): number | null {
  const trimmed = text.trim();
  return YEAR_TEXT.test(trimmed) ? Number(trimmed) : null;
}

/** A budget year as typed, read: four digits from 1900 to 9999; anything else is YEAR_INVALID, quoting what was typed. */
export function readBudgetYear(text: string): number {
  const year = readYearField(text);
  if (year === null || year < 1900) throw new BudgetError("YEAR_INVALID", { value: `"${text.trim()}"` });
  return year;
}

/**
 * What is wrong with a field as typed, as the user is told it under the field: the core's message
 * in their language for what `read` refuses; null when it reads.
 */
export function fieldProblem(read: () => unknown, language: Language): string | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof BudgetError) return error.describe(language);
    throw error;
  }
}

/** Whether every field of a panel reads: no problem in any (a list's entries each counted). */
export function allFieldsRead(problems: Readonly<Record<string, string | null | readonly (string | null)[]>>): boolean {
  return Object.values(problems).every((p) => (Array.isArray(p) ? p.every((q) => q === null) : p === null));
}

/** The number a choice list's option stands for (its value is the number written out). */
export function chosenOption(value: string): number {
  return Number(value);
}

/** The same for a list that offers "(none)" as its empty option. */
export function chosenOptionOrNone(value: string): number | null {
  return value === "" ? null : chosenOption(value);
}

/** The rounding unit a choice list's option stands for; null for an option that is none. */
export function chosenUnit(value: string): Unit | null {
  return UNITS.find((unit) => String(unit) === value) ?? null;
}
