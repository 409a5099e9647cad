// Periodisation (periodisering): an annual budget split into 12 monthly amounts along a
// consumption profile. The months are rounded to the unit and always add up exactly to the
// annual amount rounded to the unit; -A gives exactly minus A (income is negative, and splits as
// exactly minus the same expense).

import { apportion, apportionInto } from "./apportion";
import { ANNUAL, BudgetError } from "./errors";
import { shown } from "./read";
import { fromBigUnits, fromUnits, fromUnitsAll, toUnits, checkUnit, type Unit } from "./money";
import { builtInProfile, MONTHS } from "./profiles";
import { cachedWeights } from "./weightCache";

/** 12 weights, or the name of a built-in profile. */
export type Profile = readonly number[] | string;

export interface PeriodizeOptions {
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
  /** Budget year (the calendar year); built-in calendar profiles depend on it. */
  year?: number;
}

export interface ResolvedOptions {
  unit: Unit;
  year: number;
}

/**
 * Validates the options and fills in defaults: unit 1 kr, year this year. The unit is checked
 * before the year; the year is a whole number from 1900 to 9999. Options that are not an object
 * are YEAR_INVALID, naming their year (if they have one).
 */
export function resolveOptions(options: PeriodizeOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new BudgetError("YEAR_INVALID", { value: shown((options as PeriodizeOptions | null)?.year) });
  }
  const unit = checkUnit(options.unit);
  const { year } = options;
  if (year !== undefined && !(Number.isSafeInteger(year) && year >= 1900 && year <= 9999)) {
    throw new BudgetError("YEAR_INVALID", { value: shown(year) });
  }
  return { unit, year: year ?? new Date().getFullYear() };
}

/** The 12 weights of a profile, checked. */
export function profileWeights(profile: Profile, year: number): readonly number[] {
  const weights = typeof profile === "string" ? builtInProfile(profile, year) : profile;
  if (weights.length !== MONTHS) throw new BudgetError("PROFILE_LENGTH", { count: weights.length });
  return weights;
}

/** Scratch counts for one line, shared by all periodizers (a line is copied out before the next). */
const counts = new Float64Array(MONTHS);

/**
 * Prepares one profile once and returns a function that periodises annual amounts along it.
 * Use this for many lines sharing a profile: the weights are validated and scaled only once. A
 * profile used lately (a formula filled down, one call per line) is prepared only once, too.
 */
export function periodizer(profile: Profile, options: PeriodizeOptions = {}): (annual: number | string) => number[] {
  const { unit, year } = resolveOptions(options);
  const weights = cachedWeights(profileWeights(profile, year));
  return (annual) => {
    const count = toUnits(annual, unit, ANNUAL);
    if (typeof count === "number" && apportionInto(count, weights, counts)) return fromUnitsAll(counts, unit);
    return apportion(count, weights).map((c) => (typeof c === "bigint" ? fromBigUnits(c, unit) : fromUnits(c, unit)));
  };
}

/** Splits one annual amount into 12 months along the profile, exactly. */
export function periodize(annual: number | string, profile: Profile, options: PeriodizeOptions = {}): number[] {
  return periodizer(profile, options)(annual);
}
