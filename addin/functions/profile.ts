// BUDGET.WORKDAYS (ARBEJDSDAGE) and BUDGET.PROFILE (PROFIL): every profile as a 1 x 12 row, so
// finance can see, keep and adjust it in a sheet. The method names any profile, English or
// Danish, in any case; what the options argument holds depends on it:
//
//   equal, days            nothing
//   workdays               one cell of extra days off: "grundlovsdag, 24dec"
//   historical             k x 12: prior years' monthly actuals, one row per year; blank = nothing booked
//   payments               one cell of months: "jan,apr,jul,okt", "kvartalsvis", "1;4;7;10" (or 4)
//   salary                 1 or 2 rows of 12: the pay-rise rate per month, then the extra payment per
//                          month in months of salary (blank or 0 = none); left out = a flat salary
//   activity               1 or 2 rows of 12: planned activity per month, then the unit cost and the
//                          fixed amount per month in the first two cells, the rest blank or 0 (1 row,
//                          or a blank row 2: unit cost 1, no fixed part)
//
// The shape is checked before any value, and any problem is one error for the whole result.

import {
  activityProfile,
  activitySubject,
  BudgetError,
  builtInProfile,
  FIXED_PER_MONTH,
  historicalProfileOfCells,
  MONTHS,
  parseMonths,
  parseWorkdayOptions,
  isCellError,
  shown,
  paymentProfile,
  salaryProfile,
  UNIT_COST,
  workdays,
  YEAR,
  type ExtraPayment,
  type PayRise,
  type SalaryOptions,
  type Subject,
  type WorkdayOptions,
} from "../../core";
import { isBlank, readNumber, readYear, type Cell, type FunctionResult } from "./cells";
import { wholeOrError } from "./periodize";

/** The working-day options argument: blank, or keywords such as "grundlovsdag, 24dec". */
export function readWorkdayOptions(cell: Cell | undefined): WorkdayOptions {
  if (isBlank(cell)) return {};
  if (isCellError(cell)) return parseWorkdayOptions(cell.error);
  return parseWorkdayOptions(String(cell));
}

/** A required year: blank is an error here, not this year. */
export function requiredYear(cell: Cell | undefined): number {
  if (isBlank(cell)) readNumber(null, YEAR);
  return readYear(cell);
}

/** The year and the days off as read by the catalogue. */
export function workdaysCells(year: number, daysOff: WorkdayOptions): FunctionResult {
  return wholeOrError(() => [workdays(year, daysOff)]);
}

// --- BUDGET.PROFILE ----------------------------------------------------------------------------

type Method = "equal" | "days" | "workdays" | "historical" | "payments" | "salary" | "activity";

/** Method names as typed (trimmed, lower case), English and Danish. */
const METHODS: ReadonlyMap<string, Method> = new Map<string, Method>([
  ["equal", "equal"],
  ["lige", "equal"],
  ["days", "days"],
  ["kalenderdage", "days"],
  ["workdays", "workdays"],
  ["arbejdsdage", "workdays"],
  ["historical", "historical"],
  ["historisk", "historical"],
  ["payments", "payments"],
  ["betalinger", "payments"],
  ["salary", "salary"],
  ["løn", "salary"],
  ["loen", "salary"],
  ["activity", "activity"],
  ["aktivitet", "activity"],
]);

const METHOD: Subject = { label: "profileMethod" };
const PAYMENT_MONTHS: Subject = { label: "paymentMonthsCell" };

/** The methods whose options have a shape; the messages say what that shape is. */
type OptionsMethod = "workdays" | "historical" | "payments" | "salary" | "activity";

function shapeError(name: string, options: Cell[][], method: OptionsMethod): BudgetError {
  // a loop, not Math.max(...): a history may have more rows than a call takes arguments
  const cols = options.reduce((widest, row) => Math.max(widest, row.length), 0);
  return new BudgetError("PROFILE_OPTIONS_SHAPE", { text: name, method, rows: options.length, cols });
}

/** Options of 1 to maxRows rows of 12 columns. */
function monthRows(name: string, options: Cell[][], maxRows: number, method: OptionsMethod): Cell[][] {
  if (options.length > maxRows || options.some((row) => row.length !== MONTHS)) throw shapeError(name, options, method);
  return options;
}

/** Options of one cell. */
function oneCell(name: string, options: Cell[][], method: OptionsMethod): Cell {
  if (options.length !== 1 || options[0].length !== 1) throw shapeError(name, options, method);
  return options[0][0];
}

/** The history's rows, every one 12 wide; the core reads the cells (blank is nothing booked). */
function history(name: string, options: Cell[][] | undefined): Cell[][] {
  if (!options) throw new BudgetError("PROFILE_OPTIONS_MISSING", { text: name, method: "historical" });
  return monthRows(name, options, Number.POSITIVE_INFINITY, "historical");
}

function paymentMonths(name: string, options: Cell[][] | undefined): number[] {
  if (!options) throw new BudgetError("PROFILE_OPTIONS_MISSING", { text: name, method: "payments" });
  const cell = oneCell(name, options, "payments");
  if (isCellError(cell)) throw new BudgetError("AMOUNT_ERROR", { what: PAYMENT_MONTHS, text: cell.error });
  // a number cell such as 4 reads as "4"; TRUE as "TRUE", which is no month
  return parseMonths(typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell));
}

const riseSubject = (month: number): Subject => ({ label: "riseRateInMonth", month });
const extraSubject = (month: number): Subject => ({ label: "extraPaymentInMonth", month });

/**
 * A number from a cell of the salary options, or null for blank or 0 (none that month). The
 * range is checked here, with the month in the message, rather than by salaryProfile, which
 * numbers the rises it is given in a list: the same limits (a rate above -1 and at most 1, an
 * extra payment of 0 to 12 months' salary).
 */
function salaryCell(cell: Cell, subject: Subject, inRange: (n: number) => boolean, code: "RISE_RATE_RANGE" | "EXTRA_MONTHS_RANGE"): number | null {
  if (isBlank(cell)) return null;
  const number = readNumber(cell, subject);
  if (number === 0) return null;
  if (!inRange(number)) throw new BudgetError(code, { what: subject, value: number });
  return number;
}

function salaryOptions(name: string, options: Cell[][] | undefined): SalaryOptions {
  if (!options) return {};
  const rows = monthRows(name, options, 2, "salary");
  const extraMonths: Cell[] | undefined = rows[1];
  const rises: PayRise[] = [];
  rows[0].forEach((cell, m) => {
    const rate = salaryCell(cell, riseSubject(m + 1), (n) => n > -1 && n <= 1, "RISE_RATE_RANGE");
    if (rate !== null) rises.push({ month: m + 1, rate });
  });
  const extras: ExtraPayment[] = [];
  extraMonths?.forEach((cell, m) => {
    const months = salaryCell(cell, extraSubject(m + 1), (n) => n >= 0 && n <= 12, "EXTRA_MONTHS_RANGE");
    if (months !== null) extras.push({ month: m + 1, months });
  });
  return { rises, extras };
}

function activity(name: string, options: Cell[][] | undefined): number[] {
  if (!options) throw new BudgetError("PROFILE_OPTIONS_MISSING", { text: name, method: "activity" });
  const rows = monthRows(name, options, 2, "activity");
  const planned = rows[0];
  const costs: Cell[] | undefined = rows[1];
  // columns 3-12 of row 2 hold nothing: blank, or 0 (an array constant such as {…;2500,0,0,…} has no blanks)
  costs?.forEach((cell, c) => {
    if (c >= 2 && !isBlank(cell) && cell !== 0) throw new BudgetError("ACTIVITY_OPTIONS_EXTRA", { col: c + 1, value: shown(cell) });
  });
  const amounts = planned.map((cell, m) => readNumber(cell, activitySubject(m + 1)));
  // no row 2, or a blank one: the activity itself, at unit cost 1 and no fixed part
  if (!costs || costs.every(isBlank)) return activityProfile(amounts, 1, 0);
  const unitCost = readNumber(costs[0], UNIT_COST);
  const fixed = isBlank(costs[1]) ? 0 : readNumber(costs[1], FIXED_PER_MONTH);
  return activityProfile(amounts, unitCost, fixed);
}

/** A profile method as typed (trimmed, for the messages) and the method it names. */
export interface ProfileMethod {
  name: string;
  kind: Method;
}

/** The method argument: a name from the table above, any case. */
export function readProfileMethod(cell: Cell | undefined): ProfileMethod {
  if (isCellError(cell)) throw new BudgetError("AMOUNT_ERROR", { what: METHOD, text: cell.error });
  const name = String(cell ?? "").trim();
  const kind = METHODS.get(name.normalize("NFC").toLowerCase());
  if (!kind) throw new BudgetError("PROFILE_METHOD_UNKNOWN", { text: name });
  return { name, kind };
}

/**
 * BUDGET.PROFILE: the 12 weights of a profile by its method (see the top of this file for the
 * options of each), or one error for the whole result. The method and year as read by the
 * catalogue; the options as cells, undefined when left out.
 */
export function profileCells({ name, kind }: ProfileMethod, budgetYear: number, args: Cell[][] | undefined): FunctionResult {
  return wholeOrError(() => {
    switch (kind) {
      case "equal":
      case "days":
        if (args) throw new BudgetError("PROFILE_OPTIONS_UNUSED", { text: name });
        return [[...builtInProfile(kind, budgetYear)]];
      case "workdays": {
        const days = args ? readWorkdayOptions(oneCell(name, args, "workdays")) : {};
        return [[...builtInProfile(kind, budgetYear, days)]];
      }
      case "historical":
        return [historicalProfileOfCells(history(name, args))];
      case "payments":
        return [paymentProfile(paymentMonths(name, args))];
      case "salary":
        return [salaryProfile(salaryOptions(name, args))];
      case "activity":
        return [activity(name, args)];
    }
  });
}
