// Built-in consumption profiles, by name. A profile is 12 non-negative monthly weights for the
// budget year (the calendar year, DESIGN.md). More profiles (calendar days, Danish working days,
// salary, payment dates) join this table.

import { BudgetError } from "./errors";

export const MONTHS = 12;

const EQUAL: readonly number[] = Array.from({ length: MONTHS }, () => 1);

/** Profile names as typed in a formula or chosen in the panel; Danish aliases included. */
const builtIns: Record<string, (year: number) => readonly number[]> = {
  equal: () => EQUAL,
  lige: () => EQUAL,
};

export const PROFILE_NAMES = ["equal"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** The weights of a built-in profile; unknown names are an error that lists the choices. */
export function builtInProfile(name: string, year: number): readonly number[] {
  const make = builtIns[name.trim().toLowerCase()];
  if (!make) throw new BudgetError("PROFILE_UNKNOWN", { text: name });
  return make(year);
}
