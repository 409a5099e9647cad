// Periodisation (periodisering): an annual budget split into 12 monthly amounts along a
// consumption profile. The months are rounded to the unit and always add up exactly to the
// annual amount rounded to the unit; -A gives exactly minus A (DESIGN.md, rules of the numbers).

import { z } from "zod";
import { apportion, apportionInto, prepareWeights } from "./apportion";
import { ANNUAL, BudgetError } from "./errors";
import { fromBigUnits, fromUnits, fromUnitsAll, toUnits, UNITS, type Unit } from "./money";
import { builtInProfile, MONTHS } from "./profiles";

/** 12 weights, or the name of a built-in profile. */
export type Profile = readonly number[] | string;

export interface PeriodizeOptions {
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
  /** Budget year (the calendar year); built-in calendar profiles depend on it. */
  year?: number;
}

const optionsSchema = z.object({
  unit: z.union(UNITS.map((u) => z.literal(u))).optional(),
  year: z.number().int().min(1900).max(9999).optional(),
});

export interface ResolvedOptions {
  unit: Unit;
  year: number;
}

/** Validates the options (zod) and fills in defaults: unit 1 kr, year this year. */
export function resolveOptions(options: PeriodizeOptions = {}): ResolvedOptions {
  // the common case (a known unit or none, a whole year in range or none) skips the schema:
  // a periodizer per line would otherwise spend much of its time here
  if (typeof options === "object" && options !== null && !Array.isArray(options)) {
    const { unit, year } = options;
    const unitOk = unit === undefined || UNITS.includes(unit);
    const yearOk = year === undefined || (Number.isSafeInteger(year) && year >= 1900 && year <= 9999);
    if (unitOk && yearOk) return { unit: unit ?? 1, year: year ?? new Date().getFullYear() };
  }
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const field = parsed.error.issues[0].path[0];
    const value = field === "unit" ? options.unit : options.year;
    throw new BudgetError(field === "unit" ? "UNIT_INVALID" : "YEAR_INVALID", { text: String(value) });
  }
  return { unit: parsed.data.unit ?? 1, year: parsed.data.year ?? new Date().getFullYear() };
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
 * Use this for many lines sharing a profile: the weights are validated and scaled only once.
 */
export function periodizer(profile: Profile, options: PeriodizeOptions = {}): (annual: number | string) => number[] {
  const { unit, year } = resolveOptions(options);
  const weights = prepareWeights(profileWeights(profile, year));
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
