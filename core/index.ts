// The calculation core's public API. Worksheet functions, the task pane and other tools rely on
// these names. Pure TypeScript: no Office, no DOM, no I/O.

export { periodize, periodizer, resolveOptions, profileWeights } from "./periodize";
export type { PeriodizeOptions, Profile, ResolvedOptions } from "./periodize";
export { BudgetError, ANNUAL, UNIT, YEAR } from "./errors";
export type { ErrorCode, ErrorKind, Language, Subject } from "./errors";
export { UNITS, MAX_AMOUNT, sumAmounts } from "./money";
export type { Unit } from "./money";
export { MONTHS, PROFILE_NAMES } from "./profiles";
export type { ProfileName } from "./profiles";
