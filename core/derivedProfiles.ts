// Profile builders: 12 monthly weights derived from what a controller knows about a budget line,
// for periodize(annual, weights):
//
//   historicalProfile  last years' consumption pattern (each year as shares of its own total),
//                      in linear time in historicalProfile.ts
//   activityProfile    planned activity x unit cost + a fixed monthly part
//   salaryProfile      a monthly salary with pay rises and extra payments
//   paymentProfile     known payment months (parseMonths reads "jan,apr,jul,okt", "kvartalsvis")
//
// The weights are computed exactly with decimal.js, reading every input number as the decimal it
// prints as (0.1 is one tenth), and only the result is rounded: half up to at most
// WEIGHT_DECIMALS (10) decimal places, then returned as the number nearest that decimal. A weight
// keeps all 10 decimals while it has at most 15 significant digits (below 100,000); larger
// weights keep as many as a number holds (about 16 significant digits). periodize then splits
// exactly along the weights as they print, so this final rounding is the only approximation: below
// 100,000 it moves each weight by at most 0.00000000005.
//
// Every builder validates its input and throws a BudgetError (English and Danish message) instead
// of returning a weight it cannot stand behind.

import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";
import { Exact } from "./money";
import { historySubject, type HistoryValue } from "./historicalProfile";
import { readNumber, shown, wholeNumber } from "./read";

/** The 12 months of the budget year (a local constant: profiles.ts may come to import this file). */
const MONTH_COUNT = 12;

/** Builders round their weights half up to this many decimal places. */
export const WEIGHT_DECIMALS = 10;

/** Inputs above this (activity, unit cost, fixed part) are refused, like amounts (MAX_AMOUNT). */
const MAX_INPUT = 1e15;


/**
 * The one division (historical shares) truncates to 40 significant digits. Truncation never
 * crosses a half-way point of the 10-decimal grid (those points fit in 40 digits), so truncating
 * and then rounding half up at 10 decimals rounds the exact quotient.
 */
const Quotient = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_DOWN });

/** A weight: the exact value rounded half up to 10 decimals, as the nearest number. */
function toWeight(value: Decimal): number {
  const rounded = value.toDecimalPlaces(WEIGHT_DECIMALS, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? 0 : rounded.toNumber();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A finite number from 0 to MAX_INPUT. */
function boundedNumber(value: unknown, what: Subject): number {
  const number = readNumber(value, what);
  if (number < 0) throw new BudgetError("VALUE_NEGATIVE", { what, value: number });
  if (number > MAX_INPUT) throw new BudgetError("VALUE_TOO_LARGE", { what, value: number });
  return number;
}

/** A month number 1..12; anything else is MONTH_INVALID, naming what was given. */
function monthNumber(value: unknown, what: Subject): number {
  const month = wholeNumber(value, 1, MONTH_COUNT);
  if (month === null) throw new BudgetError("MONTH_INVALID", { what, value: shown(value) });
  return month;
}

// --- 1. last years' consumption ---------------------------------------------------------------

export { historicalProfile, historicalProfileOfCells, historySubject, type HistoryValue } from "./historicalProfile";

/**
 * The historical profile by its definition, for reference: every share exact over the common
 * denominator K x A[1] x ... x A[K] (its size grows with K, so the time grows faster than K).
 * historicalProfile (historicalProfile.ts) gives the same weights in linear time; the tests compare
 * the two. Same checks and messages.
 */
export function historicalProfileExact(actuals: readonly (readonly HistoryValue[])[]): number[] {
  if (!Array.isArray(actuals)) throw new BudgetError("HISTORY_SHAPE");
  // every row is checked before anything is computed, in row order: shape first, then the values
  const rows = Array.from(actuals, (row: unknown, r) => {
    if (!Array.isArray(row)) throw new BudgetError("HISTORY_SHAPE");
    if (row.length !== MONTH_COUNT) throw new BudgetError("HISTORY_LENGTH", { row: r + 1, count: row.length });
    return Array.from(row, (value: unknown, m) => {
      if (value === null || value === undefined) return new Exact(0);
      const number = readNumber(value, historySubject(r + 1, m + 1));
      return new Exact(number > 0 ? number : 0);
    });
  });
  const years = rows
    .map((months) => ({ months, total: months.reduce((sum, v) => sum.plus(v), new Exact(0)) }))
    .filter((year) => year.total.greaterThan(0));
  if (years.length === 0) throw new BudgetError("HISTORY_EMPTY");

  // The average share of month m is (1/k) * sum over years y of a[y][m] / A[y]. Over the common
  // denominator k * A[1] * ... * A[k] its numerator is sum over y of a[y][m] * (product of the
  // other years' totals): integers and decimals times decimals, exact. One division per month.
  const k = years.length;
  const before: Decimal[] = [new Exact(1)];
  for (let y = 0; y < k; y++) before.push(before[y].times(years[y].total));
  const after: Decimal[] = new Array<Decimal>(k + 1);
  after[k] = new Exact(1);
  for (let y = k - 1; y >= 0; y--) after[y] = after[y + 1].times(years[y].total);
  const others = years.map((_, y) => before[y].times(after[y + 1]));
  const denominator = new Quotient(before[k].times(k));

  return Array.from({ length: MONTH_COUNT }, (_, m) => {
    const numerator = years.reduce((sum, year, y) => sum.plus(year.months[m].times(others[y])), new Exact(0));
    return toWeight(new Quotient(numerator).dividedBy(denominator));
  });
}

// --- 2. planned activity ----------------------------------------------------------------------

/** Planned activity in a month, for messages. */
export const activitySubject = (month: number): Subject => ({ label: "activityMonth", month });
export const UNIT_COST: Subject = { label: "unitCost" };
export const FIXED_PER_MONTH: Subject = { label: "fixedPerMonth" };

/**
 * A profile from planned activity (DRG production, bed days, visits ...): weight for month m =
 * activity[m] x unitCost + fixedPerMonth. Activity is 12 values from 0 to 1e15; unitCost and
 * fixedPerMonth are from 0 to 1e15; at least one weight must be positive (after rounding to 10
 * decimals).
 */
export function activityProfile(activity: readonly number[], unitCost: number, fixedPerMonth = 0): number[] {
  if (!Array.isArray(activity) || activity.length !== MONTH_COUNT) {
    throw new BudgetError("ACTIVITY_LENGTH", { count: Array.isArray(activity) ? activity.length : 1 });
  }
  const amounts = Array.from(activity, (value: unknown, m) => boundedNumber(value, activitySubject(m + 1)));
  const cost = new Exact(boundedNumber(unitCost, UNIT_COST));
  const fixed = new Exact(boundedNumber(fixedPerMonth, FIXED_PER_MONTH));
  const weights = amounts.map((a) => toWeight(new Exact(a).times(cost).plus(fixed)));
  if (!weights.some((w) => w > 0)) throw new BudgetError("ACTIVITY_ZERO");
  return weights;
}

// --- 3. salary with pay rises and extra payments ----------------------------------------------

/** A pay rise of `rate` (0.04 for 4 %) from the first of `month` (1..12) on. */
export interface PayRise {
  month: number;
  rate: number;
}

/** An extra payment in `month` of `months` times that month's salary (0.5 for half a month). */
export interface ExtraPayment {
  month: number;
  months: number;
}

export interface SalaryOptions {
  rises?: readonly PayRise[];
  extras?: readonly ExtraPayment[];
}

/** At most this many pay rises and this many extra payments (it keeps every weight finite). */
const MAX_SALARY_ITEMS = 100;
/** The largest rate: a rise above 100 % is almost surely a percentage typed as a whole number. */
const MAX_RATE = 1;
/** The largest extra payment, in months' salary. */
const MAX_EXTRA_MONTHS = 12;

const riseSubject = (index: number, field: "month" | "rate"): Subject =>
  field === "month" ? { label: "riseMonth", index } : { label: "riseRate", index };

const extraSubject = (index: number, field: "month" | "months"): Subject =>
  field === "month" ? { label: "extraMonth", index } : { label: "extraMonths", index };

/** The salary options, checked: { rises?: [...], extras?: [...] } and nothing else. */
function salaryLists(options: unknown): { rises: unknown[]; extras: unknown[] } {
  const given = options ?? {};
  if (!isRecord(given)) throw new BudgetError("SALARY_OPTIONS_SHAPE", { text: Array.isArray(options) ? "[...]" : String(options) });
  const unknown = Object.keys(given).find((key) => key !== "rises" && key !== "extras");
  if (unknown !== undefined) throw new BudgetError("SALARY_OPTION_UNKNOWN", { text: unknown });
  const list = (name: "rises" | "extras"): unknown[] => {
    const value = given[name];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length > MAX_SALARY_ITEMS) throw new BudgetError("SALARY_LIST", { name });
    return value;
  };
  return { rises: list("rises"), extras: list("extras") };
}

/**
 * A salary profile: a monthly salary of 1, raised by each pay rise from its month on (rises
 * compound: +4 % from April and +1.76 % from October make October-December 1.04 x 1.0176), plus
 * each extra payment as `months` times the salary of its month (0.5 in May is half of May's
 * salary on top). Several rises in one month compound; several extras in one month add up.
 *
 * Months are whole numbers 1..12; a rate is above -1 (a cut of less than 100 %) and at most 1
 * (100 %); an extra payment is 0 to 12 months' salary; at most 100 rises and 100 extras.
 */
export function salaryProfile(options: SalaryOptions = {}): number[] {
  const lists = salaryLists(options);
  const rises = lists.rises.map((rise, i) => {
    if (!isRecord(rise)) throw new BudgetError("SALARY_LIST", { name: "rises" });
    const month = monthNumber(rise.month, riseSubject(i + 1, "month"));
    const rate = readNumber(rise.rate, riseSubject(i + 1, "rate"));
    if (!(rate > -1 && rate <= MAX_RATE)) throw new BudgetError("RISE_RATE_RANGE", { what: riseSubject(i + 1, "rate"), value: rate });
    return { month, factor: new Exact(1).plus(rate) };
  });
  const extras = lists.extras.map((extra, i) => {
    if (!isRecord(extra)) throw new BudgetError("SALARY_LIST", { name: "extras" });
    const month = monthNumber(extra.month, extraSubject(i + 1, "month"));
    const months = readNumber(extra.months, extraSubject(i + 1, "months"));
    if (!(months >= 0 && months <= MAX_EXTRA_MONTHS)) {
      throw new BudgetError("EXTRA_MONTHS_RANGE", { what: extraSubject(i + 1, "months"), value: months });
    }
    return { month, months: new Exact(months) };
  });

  let salary: Decimal = new Exact(1);
  const weights = Array.from({ length: MONTH_COUNT }, (_, m) => {
    for (const rise of rises) if (rise.month === m + 1) salary = salary.times(rise.factor);
    const paid = extras.reduce((sum, extra) => (extra.month === m + 1 ? sum.plus(extra.months) : sum), new Exact(1));
    return toWeight(salary.times(paid));
  });
  if (!weights.some((w) => w > 0)) throw new BudgetError("SALARY_ZERO");
  return weights;
}

// --- 4. known payment months ------------------------------------------------------------------

const paymentSubject = (index: number): Subject => ({ label: "paymentMonth", index });

/**
 * A payment profile: weight 1 in each named month (1..12), 0 in the others. The months may come
 * in any order; a month named twice and an empty list are refused.
 */
export function paymentProfile(months: readonly number[]): number[] {
  if (!Array.isArray(months) || months.length === 0) throw new BudgetError("PAYMENT_EMPTY");
  const named = Array.from(months, (value: unknown, i) => monthNumber(value, paymentSubject(i + 1)));
  const weights = new Array<number>(MONTH_COUNT).fill(0);
  for (const month of named) {
    if (weights[month - 1] === 1) throw new BudgetError("MONTH_DUPLICATE", { month });
    weights[month - 1] = 1;
  }
  return weights;
}

/** Month names and abbreviations, Danish and English, lower case. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["jan", "januar", "january"],
  ["feb", "februar", "february"],
  ["mar", "marts", "march"],
  ["apr", "april"],
  ["maj", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
];

/** Keywords for common payment patterns. */
const KEYWORDS: Record<string, readonly number[]> = {
  quarterly: [1, 4, 7, 10],
  kvartalsvis: [1, 4, 7, 10],
  annual: [1],
  annually: [1],
  yearly: [1],
  årlig: [1],
  aarlig: [1],
  "half-yearly": [1, 7],
  semiannual: [1, 7],
  halvårlig: [1, 7],
  halvaarlig: [1, 7],
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  månedlig: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  maanedlig: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
};

const TOKENS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ...MONTH_NAMES.flatMap((names, m) => names.map((name): [string, readonly number[]] => [name, [m + 1]])),
  ...Object.entries(KEYWORDS),
]);

/**
 * Reads payment months from text: month numbers (1..12, "04"), Danish and English month names and
 * abbreviations ("jan", "januar", "january", "okt", "oct", an abbreviation may end in a dot), and
 * the keywords "quarterly"/"kvartalsvis" (Jan, Apr, Jul, Oct), "annual"/"årlig"/"aarlig" (Jan),
 * "half-yearly"/"halvårlig" (Jan, Jul) and "monthly"/"månedlig" (all 12), in any case, separated
 * by commas, semicolons or spaces. The months come back in the order written, keywords expanded;
 * paymentProfile refuses a month named twice. An unknown word is MONTH_UNKNOWN, naming it.
 */
export function parseMonths(text: string): number[] {
  // a number (a cell holding 4) is read as its text; anything else not text names itself
  const value: unknown = text;
  const source = typeof value === "number" ? String(value) : value;
  if (typeof source !== "string") throw new BudgetError("MONTH_UNKNOWN", { text: String(source) });
  const tokens = source.split(/[\s,;]+/).filter((token) => token !== "");
  if (tokens.length === 0) throw new BudgetError("PAYMENT_EMPTY");
  return tokens.flatMap((token) => {
    const key = token.normalize("NFC").toLowerCase().replace(/\.$/, "");
    const months = TOKENS.get(key);
    if (months) return [...months];
    if (/^\d{1,2}$/.test(key)) {
      const month = Number(key);
      if (month >= 1 && month <= MONTH_COUNT) return [month];
    }
    throw new BudgetError("MONTH_UNKNOWN", { text: token });
  });
}
