// The calculation core's public API. Worksheet functions, the task pane and other tools rely on
// these names. Pure TypeScript: no Office, no DOM, no I/O.

export { periodize, periodizer, resolveOptions, profileWeights } from "./periodize";
export type { PeriodizeOptions, Profile, ResolvedOptions } from "./periodize";
export { BudgetError, ANNUAL, TOTAL, UNIT, YEAR, errorKind } from "./errors";
export type { ErrorCode, ErrorKind, ErrorParams, LabelId, Language, LineArg, Subject } from "./errors";
export { render } from "./messages/render";
export { labels as englishLabels } from "./messages/en";
export { labels as danishLabels } from "./messages/da";
export { columnName } from "./cellNames";
export { readNumber, readAmount, shown, isBlank, isCellError, cellText, type Cell, type CellError } from "./read";
export { UNITS, MAX_AMOUNT, sumAmounts, checkTotal, checkUnit } from "./money";
export type { Unit } from "./money";
export { MONTHS, PROFILE_NAMES, builtInProfile } from "./profiles";
export type { ProfileName } from "./profiles";
export { workdays, calendarDays, easterSunday, danishHolidays, parseWorkdayOptions } from "./calendar";
export type { WorkdayOptions, Holiday } from "./calendar";
export { reperiodize, monthSubject } from "./reperiodize";
export type { ReperiodizeOptions } from "./reperiodize";
export {
  historicalProfile,
  historicalProfileOfCells,
  activityProfile,
  salaryProfile,
  paymentProfile,
  parseMonths,
  historySubject,
  activitySubject,
  UNIT_COST,
  FIXED_PER_MONTH,
  WEIGHT_DECIMALS,
} from "./derivedProfiles";
export type { HistoryValue, PayRise, ExtraPayment, SalaryOptions } from "./derivedProfiles";
export { checkPercentOrder, typedAmount, typedChange, typedDecimal, typedPercent } from "./typedField";
export { cascade, flattenCascade, effectiveRate, rateOfBase, LEVEL_METHODS } from "./cascade";
export type { CascadeUnit, CascadeNode, CascadeOptions, LevelRule } from "./cascade";
export { compoundRequirement, MAX_YEARS, BASE_BUDGET } from "./requirement";
export type { RequirementRow } from "./requirement";
export { allocate } from "./allocate";
export { productivityKeys } from "./productivityKeys";
export type { AllocateOptions } from "./allocate";
export { variance, carryover, ACTUAL, BUDGET, ACTUAL_QTY, BUDGET_QTY, CAP_BASE, DEFAULT_CAP_RATE } from "./variance";
export { forecast, yearEnd } from "./forecast";
export { FORECAST_METHODS, actualSubject, budgetSubject, adjustmentSubject } from "./forecastTerms";
export type { ForecastMethod, ForecastOptions } from "./forecastTerms";
export { ETS_ALPHA, ETS_BETA, ETS_GAMMA } from "./ets";
export { backtest, errorBand, BACKTEST_PREFERENCE } from "./backtest";
export type { BacktestResult, BacktestMethodResult, BacktestOptions } from "./backtest";
export { followUpLine, followUpTotal, followUpCurves, stillToCome } from "./followup";
export { decidedAdjustments, effectStillToCome, potential } from "./actionPlan";
export type { ActionPlanEntry, ActionRegisterRow, ActionStatus } from "./actionPlan";
export { departmentProjection } from "./followupReturns";
export type { FollowUpLine, FollowUpOptions, FollowUpFigures, FollowUpRow } from "./followup";
export { readTypedNumber, formatNumber } from "./typedNumber";
export type { TypedKind, TypedProblem, TypedReading } from "./typedNumber";
