// What a message catalogue is made of: each language renders every error code from its typed
// parameters with the same small set of helpers, so numbers, blanks and TRUE/FALSE are written
// the way that language writes them.

import type Decimal from "decimal.js";
import type { LabelId, LabelParams, Subject } from "./subjects";

/** A number in a message: written with the language's decimal mark. */
export type Figure = number | Decimal;

/** A value a person gave, shown back: numbers localised, text as typed, null as "blank". */
export type Shown = Figure | string | boolean | null;

/** Danish nouns are common (en), neuter (et) or plural; adjectives agree ("tom", "tomt", "tomme"). */
export type Gender = "common" | "neuter" | "plural";

/** The rounding units, as messages name them. */
export type UnitValue = 0.01 | 1 | 1000;

export interface Render {
  /** The subject's name, e.g. "annual amount" / "årsbeløb". */
  label(subject: Subject): string;
  /** The noun's gender (English has none: "common"). */
  gender(subject: Subject): Gender;
  /** A number with the language's decimal mark and no grouping: 0.5 / 0,5. */
  num(value: Figure): string;
  /** An amount grouped in thousands: 1,234,567.5 / 1.234.567,5. */
  amount(value: Figure): string;
  /** A whole number grouped in thousands: 32,767 / 32.767. */
  count(value: number): string;
  /** A value shown back: a number as num, text as it is, null as blank, TRUE/FALSE. */
  value(value: Shown): string;
  /** The amount limit at a unit: "1e15", or "7e13 at unit 0.01". */
  limit(unit: UnitValue | undefined): string;
}

/** One language's labels: how each subject is named. */
export type EnglishLabels = { [K in LabelId]: string | ((p: LabelParams[K]) => string) };
export type DanishLabels = { [K in LabelId]: readonly [Gender, string | ((p: LabelParams[K]) => string)] };
