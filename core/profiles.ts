// Built-in consumption profiles, by name. A profile is 12 non-negative monthly weights for the
// budget year, which is the calendar year (January to December). More profiles (salary, payment
// dates) join this table.

import { calendarDays, workdayProfile, type WorkdayOptions } from "./calendar";
import { BudgetError } from "./errors";

export const MONTHS = 12;

const EQUAL: readonly number[] = Array.from({ length: MONTHS }, () => 1);

/** Profile names as typed in a formula or chosen in the panel; Danish aliases included. */
const builtIns: Record<string, (year: number, options?: WorkdayOptions) => readonly number[]> = {
  equal: () => EQUAL,
  lige: () => EQUAL,
  /** Calendar days per month (29 in February of a leap year). */
  days: (year) => calendarDays(year),
  kalenderdage: (year) => calendarDays(year),
  /** Danish working days per month; the options choose the extra days off. */
  workdays: (year, options) => workdayProfile(year, options),
  arbejdsdage: (year, options) => workdayProfile(year, options),
};

export const PROFILE_NAMES = ["equal", "days", "workdays"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/**
 * The weights of a built-in profile; unknown names are an error that lists the choices. The
 * options (extra days off) only matter to the working-days profile.
 */
export function builtInProfile(name: string, year: number, options?: WorkdayOptions): readonly number[] {
  const key = name.trim().toLowerCase();
  const make = Object.hasOwn(builtIns, key) ? builtIns[key] : undefined;
  if (!make) throw new BudgetError("PROFILE_UNKNOWN", { text: name });
  return make(year, options);
}
