// The Danish calendar for the budget year: Easter, the public holidays, working days and calendar
// days per month. Pure arithmetic on the proleptic Gregorian calendar; dates are "YYYY-MM-DD"
// strings, never Date objects, so no time zone can shift a day.

import { BudgetError } from "./errors";
import { shown } from "./read";

const MONTHS = 12;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Days off that only some agreements give; true means the day is a day off. */
export interface WorkdayOptions {
  /** Grundlovsdag, 5 June. */
  grundlovsdag?: boolean;
  /** Juleaftensdag, 24 December. */
  christmasEve?: boolean;
  /** Nytårsaftensdag, 31 December. */
  newYearsEve?: boolean;
  /** 1. maj. */
  mayDay?: boolean;
}

/** One public holiday (or chosen day off): its date and its Danish name. */
export interface Holiday {
  /** "YYYY-MM-DD". */
  date: string;
  /** The Danish name, such as "2. påskedag". */
  name: string;
}

// --- validation --------------------------------------------------------------------------------

/** The year, checked: a whole number from 1900 to 9999 (the same rule as PERIODIZE's year). */
function checkYear(year: number): number {
  if (Number.isSafeInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return year;
  throw new BudgetError("YEAR_INVALID", { value: shown(year) });
}

const OPTION_KEYS = ["grundlovsdag", "christmasEve", "newYearsEve", "mayDay"] as const;

/** A value as it would be written in code, for a message ("24dec" quoted, null, [true]). */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The options as a bit mask (1 grundlovsdag, 2 christmasEve, 4 newYearsEve, 8 mayDay), validated:
 * an object (not an array) whose known options are each absent or true or false, checked in the
 * order above, and with no other key (inherited ones included).
 */
function optionMask(options: WorkdayOptions | undefined): number {
  if (options === undefined) return 0;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new BudgetError("WORKDAY_OPTIONS_SHAPE", { text: show(options) });
  }
  const given = options as Record<string, unknown>;
  for (const key of OPTION_KEYS) {
    const value = given[key];
    if (value !== undefined && typeof value !== "boolean") throw new BudgetError("WORKDAY_OPTION_VALUE", { name: key, text: show(value) });
  }
  for (const key in given) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) throw new BudgetError("WORKDAY_OPTION_KEY", { text: key });
  }
  return (given.grundlovsdag ? 1 : 0) | (given.christmasEve ? 2 : 0) | (given.newYearsEve ? 4 : 0) | (given.mayDay ? 8 : 0);
}

// --- calendar arithmetic -----------------------------------------------------------------------

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthLengths(year: number): number[] {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}

/** Day of the week of a date, 0 = Monday .. 6 = Sunday (Sakamoto's method, Gregorian). */
function weekday(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[month - 1] + day) % 7;
  return (sunday0 + 6) % 7;
}

/** 0-based day of the year of a month (1..12) and day. */
function ordinal(lengths: readonly number[], month: number, day: number): number {
  let days = day - 1;
  for (let m = 0; m < month - 1; m++) days += lengths[m];
  return days;
}

/** Month (1..12) and day of a 0-based day of the year. */
function fromOrdinal(lengths: readonly number[], days: number): { month: number; day: number } {
  let month = 0;
  while (days >= lengths[month]) days -= lengths[month++];
  return { month: month + 1, day: days + 1 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/**
 * Easter Sunday (month, day) in the Gregorian calendar by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher; "A New York correspondent" in Nature, 1876; J. Meeus, Astronomical
 * Algorithms, ch. 8). It implements the ecclesiastical rule: Easter is the first Sunday after the
 * Paschal full moon, the first ecclesiastical full moon on or after 21 March, using the
 * Gregorian epact tables (solar and lunar corrections). Valid for every Gregorian year.
 */
function easterMonthDay(year: number): { month: number; day: number } {
  const a = year % 19; // position in the 19-year Metonic cycle (golden number - 1)
  const b = Math.floor(year / 100); // century
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // lunar correction
  const h = (19 * a + b - d - g + 15) % 30; // epact: days from 21 March to the Paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451); // the 19 April / 18 April exceptions
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Easter Sunday of a year (1900..9999) as "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const y = checkYear(year);
  const { month, day } = easterMonthDay(y);
  return isoDate(y, month, day);
}

/** Store bededag was abolished as a public holiday from 2024. */
const LAST_STORE_BEDEDAG = 2023;

/** The holidays (and chosen days off) of a year as 0-based days of the year, with names, by date. */
function holidayOrdinals(year: number, mask: number): { days: number; name: string }[] {
  const lengths = monthLengths(year);
  const easter = easterMonthDay(year);
  const e = ordinal(lengths, easter.month, easter.day);
  const fixed = (month: number, day: number) => ordinal(lengths, month, day);
  const list: { days: number; name: string }[] = [
    { days: fixed(1, 1), name: "Nytårsdag" },
    { days: e - 3, name: "Skærtorsdag" },
    { days: e - 2, name: "Langfredag" },
    { days: e, name: "Påskedag" },
    { days: e + 1, name: "2. påskedag" },
  ];
  if (mask & 8) list.push({ days: fixed(5, 1), name: "1. maj" });
  if (year <= LAST_STORE_BEDEDAG) list.push({ days: e + 26, name: "Store bededag" });
  list.push({ days: e + 39, name: "Kristi himmelfartsdag" }, { days: e + 49, name: "Pinsedag" }, { days: e + 50, name: "2. pinsedag" });
  if (mask & 1) list.push({ days: fixed(6, 5), name: "Grundlovsdag" });
  if (mask & 2) list.push({ days: fixed(12, 24), name: "Juleaftensdag" });
  list.push({ days: fixed(12, 25), name: "1. juledag" }, { days: fixed(12, 26), name: "2. juledag" });
  if (mask & 4) list.push({ days: fixed(12, 31), name: "Nytårsaftensdag" });
  // stable sort: a date that is two holidays at once (1 May 2008 was also Kristi himmelfartsdag,
  // 5 June 2028 is also 2. pinsedag) keeps both names, the fixed-rule holiday's order above
  return list.sort((x, y) => x.days - y.days);
}

/**
 * The Danish public holidays of a year, by date, with their Danish names, plus the days off chosen
 * in the options. Sundays are included (påskedag, pinsedag). A date can appear twice when two
 * holidays fall on it (for example 1. maj and Kristi himmelfartsdag on 1 May 2008).
 */
export function danishHolidays(year: number, options?: WorkdayOptions): Holiday[] {
  const y = checkYear(year);
  const lengths = monthLengths(y);
  return holidayOrdinals(y, optionMask(options)).map(({ days, name }) => {
    const { month, day } = fromOrdinal(lengths, days);
    return { date: isoDate(y, month, day), name };
  });
}

/** Working days per month by year and option mask; read-only arrays shared by the profile. */
const workdayCache = new Map<number, readonly number[]>();
const CACHE_LIMIT = 4096;

function workdayCounts(year: number, mask: number): readonly number[] {
  const key = year * 16 + mask;
  const cached = workdayCache.get(key);
  if (cached) return cached;
  const lengths = monthLengths(year);
  const daysOff = new Set(holidayOrdinals(year, mask).map((h) => h.days));
  const counts: number[] = [];
  let days = 0;
  for (let month = 0; month < MONTHS; month++) {
    let count = 0;
    const first = weekday(year, month + 1, 1);
    for (let day = 0; day < lengths[month]; day++) {
      if ((first + day) % 7 < 5 && !daysOff.has(days + day)) count++;
    }
    counts.push(count);
    days += lengths[month];
  }
  if (workdayCache.size >= CACHE_LIMIT) workdayCache.clear();
  const frozen = Object.freeze(counts);
  workdayCache.set(key, frozen);
  return frozen;
}

/** The 12 monthly counts of Danish working days, read-only and shared; for the built-in profile. */
export function workdayProfile(year: number, options?: WorkdayOptions): readonly number[] {
  return workdayCounts(checkYear(year), optionMask(options));
}

/**
 * Danish working days in each month of a year: Monday to Friday, minus the public holidays that
 * fall on a weekday, minus the optional days off chosen in the options that fall on a weekday.
 */
export function workdays(year: number, options?: WorkdayOptions): number[] {
  return [...workdayProfile(year, options)];
}

/** The number of days in each month of a year (February has 29 in a leap year). */
export function calendarDays(year: number): number[] {
  return monthLengths(checkYear(year));
}

// --- the worksheet argument --------------------------------------------------------------------

const KEYWORDS = new Map<string, keyof WorkdayOptions>([
  ["grundlovsdag", "grundlovsdag"],
  ["constitutionday", "grundlovsdag"],
  ["juleaftensdag", "christmasEve"],
  ["24dec", "christmasEve"],
  ["christmaseve", "christmasEve"],
  ["nytaarsaftensdag", "newYearsEve"],
  ["nytårsaftensdag", "newYearsEve"],
  ["31dec", "newYearsEve"],
  ["newyearseve", "newYearsEve"],
  ["1maj", "mayDay"],
  ["mayday", "mayDay"],
]);

/**
 * Reads the options argument of a worksheet function: keywords separated by commas, semicolons
 * or spaces, in any case, Danish or English ("grundlovsdag, 24dec; 31DEC 1maj"). Each keyword
 * makes that day a day off; empty text means none.
 */
export function parseWorkdayOptions(text: string): WorkdayOptions {
  const options: WorkdayOptions = {};
  for (const word of String(text).split(/[\s,;]+/)) {
    if (word === "") continue;
    // NFC: "å" typed as "a" + combining ring is the same letter
    const key = KEYWORDS.get(word.normalize("NFC").toLowerCase());
    if (key === undefined) throw new BudgetError("WORKDAY_OPTION_UNKNOWN", { text: word });
    options[key] = true;
  }
  return options;
}
