// Every error message in English, by code. This catalogue also declares the parameters each code
// takes (the Danish catalogue renders the same ones); worksheet functions show these texts as
// Excel's error tooltips. Tests assert the exact messages.

import type { Render, EnglishLabels, Figure, Shown, UnitValue } from "./types";
import type { Subject } from "./subjects";
import { followUpMessages } from "./followupEn";
import { templateMessages } from "./templatesEn";

export const labels: EnglishLabels = {
  annual: "annual amount",
  unit: "unit",
  year: "year",
  total: "total",
  sum: "sum",
  month: (p) => `month ${p.month}`,
  monthTotal: (p) => `the total of month ${p.month} over all lines`,
  annualTotal: "the total of the annual amounts",
  profileWeight: (p) => `profile weight ${p.index}`,
  lockedThrough: "lockedThrough",
  actualMonth: (p) => `actual for month ${p.month}`,
  budgetMonth: (p) => `budget for month ${p.month}`,
  adjustmentMonth: (p) => `adjustment for month ${p.month}`,
  projectionMonth: (p) => `the projection for month ${p.month}`,
  yearEnd: "the projected year-end",
  historyCell: (p) => `history row ${p.row}, month ${p.month}`,
  historyOf: (p) => `history of "${p.key}" ${p.year}, month ${p.month}`,
  actualToDate: "the actual to date",
  budgetToDate: "the budget to date",
  monthVariance: "the variance for the month",
  ytdVariance: "the variance year to date",
  annualBudget: "the annual budget",
  knownAdjustments: "the sum of the known adjustments",
  decidedActions: "the remaining effect of the decided measures",
  yearEndAfterActions: "the projected year-end after decided measures",
  resultAfterActions: "the expected result after decided measures",
  departmentYearEnd: "the departments' projected year-end",
  actionEffect: (p) => `the effect of measure "${p.id}"`,
  actionPotential: "the potential of the proposed measures",
  carryoverShare: "share of an underspend carried",
  expectedResult: "the expected result",
  adjustment: "adjustment",
  materialityAmount: "materiality amount",
  materialityRate: "materiality rate",
  carryoverCap: "carry-over cap",
  justifyAmount: "justification amount",
  justifyRate: "justification rate",
  lastBudget: "current year's budget",
  lastActual: "latest actual",
  capRate: "capRate",
  actualAmount: "actual amount",
  budgetAmount: "budget amount",
  actualQuantity: "actual quantity",
  budgetQuantity: "budget quantity",
  totalVariance: "total variance",
  volumeVariance: "volume variance",
  priceVariance: "price variance",
  carryover: "carry-over",
  capBase: "cap base",
  carryShare: "share",
  baseBudget: "base budget",
  requirement: "requirement",
  newBudget: "new budget",
  baseActivity: "base activity",
  baseActivityOf: (p) => `base activity ${p.index}`,
  baseOfUnit: (p) => `base of unit ${p.index}`,
  keyOfUnit: (p) => `key of unit ${p.index}`,
  budgetOf: (p) => `budget of "${p.key}"`,
  keyOf: (p) => `key of "${p.key}"`,
  indexOf: (p) => `index of "${p.key}"`,
  exemptOf: (p) => `the exemption of "${p.key}"`,
  minRate: "minRate",
  maxRate: "maxRate",
  floor: "the floor",
  cap: "the cap",
  rate: "rate",
  years: "years",
  strength: "strength",
  activityMonth: (p) => `activity in month ${p.month}`,
  unitCost: "unit cost",
  fixedPerMonth: "fixed amount per month",
  riseMonth: (p) => `month of pay rise ${p.index}`,
  riseRate: (p) => `rate of pay rise ${p.index}`,
  riseRateInMonth: (p) => `pay-rise rate in month ${p.month}`,
  payRise: "pay rise",
  extraMonth: (p) => `month of extra payment ${p.index}`,
  extraMonths: (p) => `extra payment ${p.index}`,
  extraPaymentInMonth: (p) => `extra payment in month ${p.month}`,
  extraPayment: "extra payment",
  paymentMonth: (p) => `payment month ${p.index}`,
  paymentMonthsCell: "payment months cell",
  profileMethod: "profile method",
};

const values = (n: number) => `${n} ${n === 1 ? "value" : "values"}`;
const bases = (n: number) => (n === 1 ? "is 1 base" : `are ${n} bases`);
const fromMonth = (from: number) => (from === 12 ? "month 12" : `months ${from}-12`);
const booked = (m: number) => (m === 1 ? "month 1" : `months 1-${m}`);

/** The shape a projection follows: the budget's months, the history's, or a profile of it. */
export type Shape = "budget" | "history" | "historyProfile";
const SHAPES: Record<Shape, string> = { budget: "budget", history: "history", historyProfile: "history profile" };

type What = { what: Subject };
/** The arguments of VARIANCE and CARRYOVER that give one value per line. */
export type LineArg = "actual" | "budget" | "actualQty" | "budgetQty" | "capBase";
/** The language a typed number was read in: the display language when it was typed. */
type ReadIn = "da" | "en";
type WhatShown = What & { value: Shown };

export const messages = {
  AMOUNT_TEXT: (p: What & { text: string }, r: Render) => `${r.label(p.what)} is text ("${p.text}"); a number is needed`,
  AMOUNT_DANISH_TEXT: (p: What & { text: string }, r: Render) =>
    `${r.label(p.what)} "${p.text}" is text in Danish number format; convert it to a number`,
  AMOUNT_BLANK: (p: What, r: Render) => `${r.label(p.what)} is blank; enter 0 if there is none`,
  AMOUNT_BOOLEAN: (p: What & { value: boolean }, r: Render) => `${r.label(p.what)} is ${r.value(p.value)}; a number is needed`,
  AMOUNT_ERROR: (p: What & { text: string }, r: Render) => `${r.label(p.what)} is an error (${p.text}); fix that cell first`,
  AMOUNT_NOT_FINITE: (p: What, r: Render) => `${r.label(p.what)} is not a finite number`,
  AMOUNT_TOO_LARGE: (p: What & { value: Shown; unit?: UnitValue }, r: Render) =>
    `${r.label(p.what)} ${r.value(p.value)} is too large; the limit is ${r.limit(p.unit)}`,
  WEIGHT_NEGATIVE: (p: { index: number; value: Figure }, r: Render) =>
    `profile weight ${p.index} is negative (${r.num(p.value)}); weights must be 0 or more`,
  WEIGHT_NOT_FINITE: (p: { index: number }) => `profile weight ${p.index} is not a finite number`,
  WEIGHTS_ZERO_SUM: () => `profile weights sum to 0; at least one weight must be positive`,
  PROFILE_LENGTH: (p: { count: number }) => `profile has ${values(p.count)}; 12 are needed`,
  PROFILE_BLANK: () => `profile is blank; give 12 weights or a profile name such as "equal"`,
  PROFILE_ROWS: (p: { rows: number; lines: number }) =>
    `profile has ${p.rows} rows but there are ${p.lines} annual amounts; give 1 row or one per amount`,
  MONTHS_ROWS: (p: { rows: number; lines: number }) =>
    `months has ${p.rows} rows but there are ${p.lines} new annual amounts; give one row of 12 months per amount`,
  BUDGET_ROWS: (p: { rows: number; lines: number }) =>
    `budget has ${p.rows} rows but there are ${p.lines} lines of actuals; give 1 row or one per line`,
  LINE_ROWS: (p: { name: LineArg; rows: number; longest: LineArg; lines: number }) =>
    `${p.name} has ${p.rows} rows but ${p.longest} has ${p.lines}; give 1 row (for every line) or one per line`,
  PROFILE_UNKNOWN: (p: { text: string }) => `unknown profile "${p.text}"; use equal, days, workdays or a range of 12 weights`,
  ANNUAL_SHAPE: (p: { rows: number; cols: number }) => `annual amounts must be one column; got ${p.rows} x ${p.cols}`,
  ARGUMENT_NOT_ONE_CELL: (p: { argument: { en: string; da: string }; rows: number; cols: number }) =>
    `${p.argument.en} must be one cell; got ${p.rows} x ${p.cols}`,
  RESULT_OUTGROWS_ROOM: (p: { name: { en: string; da: string }; rows: number; cols: number; roomRows: number; roomCols: number }) =>
    `${p.name.en} gave ${p.rows} x ${p.cols} values where its arguments leave room for ${p.roomRows} x ${p.roomCols}`,
  UNIT_INVALID: (p: { value: Shown }, r: Render) => `unit must be 0.01, 1 or 1000; got ${r.value(p.value)}`,
  YEAR_INVALID: (p: { value: Shown }, r: Render) => `year must be a whole number from 1900 to 9999; got ${r.value(p.value)}`,
  WORKDAY_OPTION_UNKNOWN: (p: { text: string }) =>
    `unknown working-day option "${p.text}"; use grundlovsdag, 24dec, 31dec or 1maj`,
  WORKDAY_OPTION_KEY: (p: { text: string }) =>
    `unknown working-day option "${p.text}"; use grundlovsdag, christmasEve, newYearsEve or mayDay`,
  WORKDAY_OPTION_VALUE: (p: { name: string; text: string }) => `working-day option ${p.name} must be true or false; got ${p.text}`,
  WORKDAY_OPTIONS_SHAPE: (p: { text: string }) =>
    `working-day options must be an object such as { christmasEve: true }; got ${p.text}`,
  MONTHS_LENGTH: (p: { count: number }) => `months has ${values(p.count)}; 12 are needed`,
  LOCKED_INVALID: (p: { value: Shown }, r: Render) =>
    `lockedThrough (the last month to keep) must be a whole number from 0 to 12; got ${r.value(p.value)}`,
  REMAINING_WEIGHTS_ZERO: (p: { from: number }) =>
    `the profile has no weight in ${fromMonth(p.from)}, so there is nothing to spread the rest over; give ${p.from === 12 ? "it" : "them"} a weight or lock fewer months`,
  LOCKED_NOT_ON_UNIT: (p: { month: number; value: Figure; locked: number; sum: Figure; unit: UnitValue; ore: boolean }, r: Render) => {
    const them = p.locked === 1 ? "the locked month" : "the locked months";
    const advice =
      p.unit === 0.01
        ? `round ${them} to 2 decimals`
        : p.ore
          ? `use unit 0.01 or round ${them} to the unit`
          : `round ${them} to the unit, or to 2 decimals and use unit 0.01`;
    const sum = p.locked === 1 ? "" : ` and the locked months 1-${p.locked} sum to ${r.num(p.sum)}`;
    return `locked month ${p.month} is ${r.num(p.value)}${sum}, not a whole multiple of the unit ${r.num(p.unit)}; ${advice}`;
  },
  LOCKED_ALL_MISMATCH: (p: { sum: Figure; annual: Figure }, r: Render) =>
    `all 12 months are locked but they sum to ${r.num(p.sum)}, not ${r.num(p.annual)}; lock fewer months so the difference can be spread`,
  REST_TOO_LARGE: (p: { from: number; value: Figure; unit: UnitValue }, r: Render) =>
    `the rest to spread over ${fromMonth(p.from)} (annual amount minus locked months) is ${r.num(p.value)}, too large; the limit is ${r.limit(p.unit)}`,
  HISTORY_EMPTY: () =>
    `the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0`,
  HISTORY_LENGTH: (p: { row: number; count: number }) => `history row ${p.row} has ${values(p.count)}; 12 are needed`,
  HISTORY_SHAPE: () => `history must be rows of 12 monthly actuals, one row per year`,
  ACTIVITY_LENGTH: (p: { count: number }) => `activity has ${values(p.count)}; 12 are needed`,
  ACTIVITY_ZERO: () =>
    `the activity profile is 0 in every month; give planned activity and a unit cost above 0, or a fixed amount per month`,
  VALUE_NEGATIVE: (p: WhatShown, r: Render) => `${r.label(p.what)} is negative (${r.value(p.value)}); use 0 or more`,
  VALUE_TOO_LARGE: (p: WhatShown, r: Render) => `${r.label(p.what)} ${r.value(p.value)} is too large; the limit is ${r.limit(1)}`,
  RISE_RATE_RANGE: (p: WhatShown, r: Render) =>
    `${r.label(p.what)} is ${r.value(p.value)}; use a rate above -1 and at most 1, e.g. ${r.num(0.04)} for 4 %`,
  EXTRA_MONTHS_RANGE: (p: WhatShown, r: Render) =>
    `${r.label(p.what)} is ${r.value(p.value)} months' salary; use 0 to 12, e.g. ${r.num(0.5)} for half a month`,
  SALARY_OPTIONS_SHAPE: (p: { text: string }) =>
    `salary options must be an object such as { rises: [{ month: 4, rate: 0.04 }], extras: [{ month: 5, months: 0.5 }] }; got ${p.text}`,
  SALARY_OPTION_UNKNOWN: (p: { text: string }) => `unknown salary option "${p.text}"; use rises or extras`,
  SALARY_LIST: (p: { name: "rises" | "extras" }) =>
    `salary option ${p.name} must be a list of at most 100 items such as ${p.name === "rises" ? "[{ month: 4, rate: 0.04 }]" : "[{ month: 5, months: 0.5 }]"}`,
  SALARY_ZERO: () => `the salary profile rounds to 0 in every month; check the pay rise rates (${0.04} means 4 %)`,
  MONTH_INVALID: (p: WhatShown, r: Render) => `${r.label(p.what)} is ${r.value(p.value)}; use a month number from 1 to 12`,
  MONTH_DUPLICATE: (p: { month: number }) => `month ${p.month} is named twice; name each payment month once`,
  MONTH_UNKNOWN: (p: { text: string }) =>
    `unknown month "${p.text}"; use month numbers 1 to 12, names such as jan or january, or a keyword such as quarterly`,
  PAYMENT_EMPTY: () => `no payment months; give one or more months, e.g. 1, 4, 7, 10 or jan,apr,jul,oct`,
  PROFILE_METHOD_UNKNOWN: (p: { text: string }) =>
    `unknown profile method "${p.text}"; use equal, days, workdays, historical, activity, salary or payments`,
  PROFILE_OPTIONS_MISSING: (p: { text: string; method: "historical" | "payments" | "activity" }) => `profile "${p.text}" needs options: ${NEEDS[p.method]}`,
  PROFILE_OPTIONS_SHAPE: (p: { text: string; method: ProfileOptionsMethod; rows: number; cols: number }) =>
    `options for profile "${p.text}" are ${p.rows} x ${p.cols}; give ${SHAPE_NEEDS[p.method]}`,
  PROFILE_OPTIONS_UNUSED: (p: { text: string }) => `profile "${p.text}" takes no options; leave options blank`,
  ACTIVITY_OPTIONS_EXTRA: (p: { col: number; value: Shown }, r: Render) =>
    `row 2, column ${p.col} of the activity options holds ${r.value(p.value)}; row 2 takes only the unit cost (column 1) and the fixed amount per month (column 2), so leave columns 3-12 blank or 0`,
  CASCADE_TOP: (p: { count: number }) =>
    `the units table has ${p.count} units without a parent; give exactly one top unit (the region) with the parent left blank`,
  CASCADE_DUPLICATE: (p: { text: string }) => `unit "${p.text}" appears twice; every unit needs its own name`,
  CASCADE_PARENT_UNKNOWN: (p: { text: string; parent: string }) => `unit "${p.text}" names the parent "${p.parent}", which is not in the table`,
  CASCADE_CYCLE: (p: { text: string }) => `unit "${p.text}" is not below the top unit (its parents go round in a circle)`,
  CASCADE_LEVEL_MISSING: (p: { level: number }) => `no method is given for level ${p.level}; choose how that level is split`,
  CASCADE_LEVEL_INVALID: (p: { level: number }) =>
    `the method for level ${p.level} is not valid; use general, key or productivity with a strength of 0 or more`,
  CASCADE_KEY_MISSING: (p: { text: string }) => `unit "${p.text}" has no key; the method "key" needs a key for every unit on its level`,
  CASCADE_INDEX_MISSING: (p: { text: string }) =>
    `unit "${p.text}" has no productivity index; the method "productivity" needs one for every unit on its level`,
  RATE_INVALID: (p: { value: Shown }, r: Render) =>
    `rate must be from 0 up to (not including) 1, e.g. ${r.num(0.02)} for 2 %; got ${r.value(p.value)}`,
  YEARS_INVALID: (p: { value: Shown }, r: Render) => `years must be a whole number from 1 to 50; got ${r.value(p.value)}`,
  ALLOCATE_NO_UNITS: () => `there are no units; give at least one base`,
  BASE_NOT_FINITE: (p: { index: number }) => `base of unit ${p.index} is not a finite number`,
  BASE_NEGATIVE: (p: { index: number; value: Figure }, r: Render) =>
    `base of unit ${p.index} is negative (${r.num(p.value)}); bases must be 0 or more`,
  BASE_TOO_LARGE: (p: { index: number; value: Figure }, r: Render) =>
    `base of unit ${p.index} is ${r.num(p.value)}, too large; the limit is ${r.limit(1)}`,
  KEYS_LENGTH: (p: { count: number; units: number }) =>
    `keys has ${values(p.count)} but there ${bases(p.units)}; give one key per unit`,
  KEY_NOT_FINITE: (p: { index: number }) => `key of unit ${p.index} is not a finite number`,
  KEY_NEGATIVE: (p: { index: number; value: Figure }, r: Render) =>
    `key of unit ${p.index} is negative (${r.num(p.value)}); keys must be 0 or more`,
  EXEMPT_LENGTH: (p: { count: number; units: number }) =>
    `exempt has ${values(p.count)} but there ${bases(p.units)}; give true or false for every unit`,
  EXEMPT_VALUE: (p: { index: number; value: Shown }, r: Render) => `exempt for unit ${p.index} must be true or false; got ${r.value(p.value)}`,
  RATE_NOT_FINITE: (p: What, r: Render) => `${r.label(p.what)} is not a finite number`,
  RATE_NEGATIVE: (p: What & { value: Figure }, r: Render) =>
    `${r.label(p.what)} is negative (${r.num(p.value)}); rates must be 0 or more, e.g. ${r.num(0.01)} for 1 %`,
  RATES_ORDER: (p: { floor: Subject; cap: Subject; min: Figure; max: Figure }, r: Render) =>
    `${r.label(p.floor)} (${r.num(p.min)}) is above ${r.label(p.cap)} (${r.num(p.max)}); the floor cannot be above the cap`,
  ALLOCATE_ALL_EXEMPT: () => `every unit is exempt (or has key 0); nothing can carry the total`,
  ALLOCATE_INFEASIBLE: (p: { bound: "floor" | "cap"; floor: Subject; cap: Subject; amount: Figure; total: Figure; negative: boolean }, r: Render) =>
    p.bound === "floor"
      ? `floors and caps cannot reach the total: with the floors the units must carry at least ${r.amount(p.amount)}, but the total is ${r.amount(p.total)}; lower ${r.label(p.floor)} or ${p.negative ? "make the total larger in absolute value" : "raise the total"}`
      : `floors and caps cannot reach the total: with the caps the units can carry at most ${r.amount(p.amount)}, but the total is ${r.amount(p.total)}; raise ${r.label(p.cap)} or ${p.negative ? "make the total smaller in absolute value" : "lower the total"}`,
  STRENGTH_INVALID: (p: { value: Shown }, r: Render) =>
    `strength must be a finite number of 0 or more (0 is the general case); got ${r.value(p.value)}`,
  INDEXES_LENGTH: (p: { count: number; units: number }) =>
    `indexes has ${values(p.count)} but there ${bases(p.units)}; give one productivity index per unit`,
  INDEX_NOT_FINITE: (p: { index: number }) => `productivity index of unit ${p.index} is not a finite number`,
  INDEX_NOT_POSITIVE: (p: { index: number; value: Figure }, r: Render) =>
    `productivity index of unit ${p.index} is ${r.num(p.value)}; indexes must be above 0`,
  PRODUCTIVITY_KEY_RANGE: (p: { index: number; value: Figure; strength: Figure }, r: Render) =>
    `the productivity key of unit ${p.index} (base x ${r.num(p.value)} ^ -${r.num(p.strength)}) is out of range; use a smaller strength or check the index`,
  ACTUALS_LENGTH: (p: { count: number }) => `actuals has ${p.count} values; give at most 12 months`,
  ACTUALS_GAP: (p: { month: number; blank: number }) => `month ${p.month} is booked but month ${p.blank} is blank; book the months in order`,
  BUDGET_LENGTH: (p: { count: number }) => `budget has ${values(p.count)}; 12 months are needed`,
  ADJUSTMENTS_LENGTH: (p: { count: number }) => `adjustments has ${values(p.count)}; 12 months are needed`,
  ACTION_START_MONTH: (p: { id: string; value: Shown }, r: Render) =>
    `the start month of measure "${p.id}" must be a whole number from 1 to 12; got ${r.value(p.value)}`,
  FOLLOWUP_MONTH: (p: { value: Shown }, r: Render) => `the report month must be a whole number from 1 to 12; got ${r.value(p.value)}`,
  FOLLOWUP_NOT_BOOKED: (p: { month: number; report: number }) =>
    `the actual for month ${p.month} is blank, but the report is as at month ${p.report}; enter 0 if nothing was booked${p.month > 1 ? `, or report as at month ${p.month - 1}` : ""}`,
  PERCENT_RANGE: (p: What & { value: Figure }, r: Render) => `${r.label(p.what)} is ${r.num(p.value)} %; use a percentage from 0 to 100`,
  PERCENT_ORDER: (p: { floor: Subject; cap: Subject; min: Figure; max: Figure }, r: Render) =>
    `${r.label(p.floor)} (${r.num(p.min)} %) is above ${r.label(p.cap)} (${r.num(p.max)} %); the floor cannot be above the cap`,
  PERCENT_CHANGE_RANGE: (p: What & { value: Figure }, r: Render) =>
    `${r.label(p.what)} is ${r.num(p.value)} %; use a change above -100 % and at most 100 %, e.g. 4 for a rise of 4 %`,
  FORECAST_METHOD_UNKNOWN: (p: { text: string }) =>
    `unknown forecast method "${p.text}"; use budget, profile, runrate, prioryear, ets or auto`,
  FORECAST_NOTHING_BOOKED: (p: { method: string }) =>
    `no month is booked yet, so the ${p.method} method has nothing to scale; use the budget or ets method`,
  FORECAST_SHAPE_SIGNS: (p: { shape: Shape }) =>
    `the ${SHAPES[p.shape]} has both positive and negative months, so it gives no profile to project along; use another method`,
  FORECAST_SHAPE_ZERO: (p: { shape: Shape; booked: number }) =>
    `the ${SHAPES[p.shape]} is 0 in ${booked(p.booked)}, the months booked so far, so the actual to date cannot be scaled up; use another method`,
  ETS_HISTORY: (p: { count: number }) => `the ets method needs at least 24 months of history (2 full years) before this year; got ${p.count}`,
  VARIANCE_QTY_ONE_SIDED: (p: { given: "actual" | "budget" }) =>
    `only the ${p.given} quantity is given; give both the actual and the budget quantity, or neither`,
  VARIANCE_BUDGET_QTY_ZERO: () => `budget quantity is 0, so there is no budget price; give a budget quantity above 0, or leave out both quantities`,
  CAP_RATE_INVALID: (p: { value: Shown }, r: Render) =>
    `capRate must be from 0 to 1, e.g. ${r.num(0.02)} for 2 % or ${r.num(0.005)} for ${r.num(0.5)} %; got ${r.value(p.value)}`,
  CARRY_SHARE_INVALID: (p: { value: Shown }, r: Render) =>
    `share must be from 0 to 1, e.g. ${r.num(0.5)} to carry half of an underspend; got ${r.value(p.value)}`,
  HISTORY_ONE_LINE: (p: { lines: number }) =>
    `history works one line at a time, but there are ${p.lines} lines; give one line of actuals with its history`,
  FORECAST_AUTO_HISTORY: (p: { count: number; month: number }) =>
    `the auto method picks the method that did best on the prior years, but with ${p.count} ${p.count === 1 ? "year" : "years"} of history and ${p.month} ${p.month === 1 ? "month" : "months"} booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method`,
  RESULT_TOO_LARGE: (p: What & { value: Figure; unit?: UnitValue }, r: Render) =>
    `${r.label(p.what)} comes to ${r.num(p.value)}, beyond the limit of ${r.limit(p.unit)} for an amount; check the amounts it is made from`,
  TOTAL_TOO_LARGE: (p: What & { value: Figure; unit: UnitValue }, r: Render) =>
    `${r.label(p.what)} comes to ${r.num(p.value)}, beyond the limit of ${r.limit(p.unit)} for an amount, so the months cannot be checked against the annual amounts to the last ${{ 0.01: "øre", 1: "krone", 1000: "thousand" }[p.unit]}; periodise the table in parts${p.unit === 0.01 ? " or use unit 1" : ""}`,
  // numbers typed into a task-pane field, read in the display language
  TYPED_BLANK: (p: What, r: Render) => `${r.label(p.what)} is blank; enter a number`,
  TYPED_NOT_NUMBER: (p: What & { text: string }, r: Render) => `${r.label(p.what)} "${p.text}" is not a number`,
  TYPED_PERCENT_SIGN: (p: What & { text: string }, r: Render) => `${r.label(p.what)} "${p.text}" has a percent sign; give the number without %`,
  TYPED_EXPONENT: (p: What & { text: string; suggestion: string }, r: Render) =>
    `${r.label(p.what)} "${p.text}" is written with an exponent; write the number in full, e.g. ${p.suggestion}`,
  TYPED_GROUPING: (p: What & { text: string; readIn: ReadIn }, r: Render) =>
    `${r.label(p.what)} "${p.text}" has misplaced thousands separators; write e.g. ${p.readIn === "da" ? "1.234.567,89 or 1234567,89" : "1,234,567.89 or 1234567.89"}`,
  TYPED_MALFORMED: (p: What & { text: string; readIn: ReadIn }, r: Render) =>
    `${r.label(p.what)} "${p.text}" is not a number as written; write e.g. ${p.readIn === "da" ? "1.234,56" : "1,234.56"}`,
  TYPED_FOREIGN: (p: What & { text: string; suggestion: string; readIn: ReadIn }, r: Render) =>
    p.readIn === "en"
      ? `${r.label(p.what)} "${p.text}" is written in Danish format; in English write ${p.suggestion}`
      : `${r.label(p.what)} "${p.text}" is written in English format; in Danish write ${p.suggestion}`,
  TYPED_AMBIGUOUS: (p: What & { text: string; readings: readonly [string, string] }, r: Render) =>
    `${r.label(p.what)} "${p.text}" could be ${p.readings[0]} or ${p.readings[1]}; write the one you mean`,
  // the workbook: addresses, selections and Excel's limits, checked before any write
  ADDRESS_INVALID: (p: { text: string }) => `"${p.text}" is not a cell address such as Budget!A1:D20`,
  SELECTION_AREAS: (p: { count: number; text: string }) =>
    `the selection has ${p.count} separate areas (${p.text}); select one block of cells`,
  RANGE_EMPTY: (p: { text: string }) => `${p.text} holds no values; select the cells of the table`,
  RANGE_OFF_SHEET: (p: { text: string }) => `${p.text} does not fit on a worksheet, which has 1,048,576 rows and 16,384 columns`,
  SHEET_MISSING: (p: { name: string }) => `there is no sheet named "${p.name}"`,
  UNDO_SHEET_GONE: (p: { name: string }) =>
    `the sheet "${p.name}" the write wrote on has been deleted or renamed since, so the write cannot be undone`,
  SHEET_NAME_LENGTH: (p: { name: string; count: number }) => `a sheet name must have 1 to 31 characters; "${p.name}" has ${p.count}`,
  SHEET_NAME_CHARACTER: (p: { name: string; text: string }) =>
    `sheet name "${p.name}" contains "${p.text}"; a sheet name cannot contain : \\ / ? * [ ]`,
  SHEET_NAME_CONTROL: (p: { name: string; text: string }) =>
    `sheet name "${p.name}" contains a control character (${p.text}, such as a line break or a tab), which Excel does not allow`,
  SHEET_NAME_APOSTROPHE: (p: { name: string }) => `sheet name "${p.name}" begins or ends with an apostrophe, which Excel does not allow`,
  SHEET_NAME_RESERVED: (p: { name: string }) => `"${p.name}" is a name Excel reserves and cannot name a sheet`,
  CELL_TEXT_TOO_LONG: (p: { address: string; count: number }, r: Render) =>
    `the text for ${p.address} has ${r.count(p.count)} characters; an Excel cell holds at most ${r.count(32767)}`,
  FORMULA_TOO_LONG: (p: { address: string; count: number }, r: Render) =>
    `the formula for ${p.address} has ${r.count(p.count)} characters; Excel allows at most ${r.count(8192)}`,
  CELL_NOT_FINITE: (p: { address: string; value: number }) =>
    `the number for ${p.address} is ${Number.isNaN(p.value) ? "not a number" : "infinite"}, which no cell can hold`,
  ...templateMessages,
  ...followUpMessages,
};

/** The profile methods whose options a message describes. */
export type ProfileOptionsMethod = "historical" | "payments" | "activity" | "workdays" | "salary";
/** What the options are, when they are missing. */
const NEEDS: Record<"historical" | "payments" | "activity", string> = {
  historical: "the prior years' monthly actuals (k x 12)",
  payments: 'the payment months, e.g. "jan,apr,jul,oct" or "quarterly"',
  activity: "the planned activity per month (1 x 12), and the unit cost and the fixed amount per month in row 2",
};
/** The shape the options must have. */
const SHAPE_NEEDS: Record<ProfileOptionsMethod, string> = {
  workdays: 'one cell with the extra days off, e.g. "grundlovsdag, 24dec"',
  historical: "one row of 12 columns (one per month) for each prior year",
  payments: 'one cell with the months, e.g. "jan,apr,jul,oct"',
  salary: "1 or 2 rows of 12 columns (one per month): the pay-rise rates, then the extra payments in months of salary",
  activity:
    "1 or 2 rows of 12 columns (one per month): the planned activity, then the unit cost and the fixed amount per month in the first two cells",
};
