// The Danish calendar: Easter, public holidays, working days and calendar days per month, the
// worksheet's options text, and the built-in "days" and "workdays" profiles. Every expected value
// was counted by hand from a calendar (the reasoning is in the comments) and checked by an
// independent Python computation (datetime + dateutil.easter), never by running the code under
// test. The property tests compare against a reference written here with a different Easter
// algorithm (Oudin's) and JavaScript's own Date for weekdays.
import { failure } from "./failure";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builtInProfile,
  calendarDays,
  danishHolidays,
  easterSunday,
  parseWorkdayOptions,
  periodize,
  PROFILE_NAMES,
  workdays,
  type ErrorCode,
  type WorkdayOptions,
} from "../../core";

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
/** A month list with some months replaced: 1-based month -> count. */
const change = (base: readonly number[], months: Record<number, number>): number[] => base.map((v, i) => months[i + 1] ?? v);

const G: WorkdayOptions = { grundlovsdag: true };
const C: WorkdayOptions = { christmasEve: true };
const N: WorkdayOptions = { newYearsEve: true };
const M: WorkdayOptions = { mayDay: true };
const ALL: WorkdayOptions = { grundlovsdag: true, christmasEve: true, newYearsEve: true, mayDay: true };

describe("easterSunday", () => {
  // Published Easter dates (Gregorian), confirmed with Python's dateutil.easter.easter(year).
  // 2285 has the earliest possible date (22 March), 1943 and 2038 the latest (25 April).
  it.each([
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2019, "2019-04-21"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
    [1943, "1943-04-25"],
  ])("Easter %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("danishHolidays", () => {
  it("2023: Easter 9 April, store bededag 5 May (Easter + 26) is still a holiday", () => {
    expect(danishHolidays(2023)).toEqual([
      { date: "2023-01-01", name: "Nytårsdag" },
      { date: "2023-04-06", name: "Skærtorsdag" },
      { date: "2023-04-07", name: "Langfredag" },
      { date: "2023-04-09", name: "Påskedag" },
      { date: "2023-04-10", name: "2. påskedag" },
      { date: "2023-05-05", name: "Store bededag" },
      { date: "2023-05-18", name: "Kristi himmelfartsdag" },
      { date: "2023-05-28", name: "Pinsedag" },
      { date: "2023-05-29", name: "2. pinsedag" },
      { date: "2023-12-25", name: "1. juledag" },
      { date: "2023-12-26", name: "2. juledag" },
    ]);
  });

  it("2024: Easter 31 March (leap year), no store bededag", () => {
    expect(danishHolidays(2024)).toEqual([
      { date: "2024-01-01", name: "Nytårsdag" },
      { date: "2024-03-28", name: "Skærtorsdag" },
      { date: "2024-03-29", name: "Langfredag" },
      { date: "2024-03-31", name: "Påskedag" },
      { date: "2024-04-01", name: "2. påskedag" },
      { date: "2024-05-09", name: "Kristi himmelfartsdag" },
      { date: "2024-05-19", name: "Pinsedag" },
      { date: "2024-05-20", name: "2. pinsedag" },
      { date: "2024-12-25", name: "1. juledag" },
      { date: "2024-12-26", name: "2. juledag" },
    ]);
  });

  it("2026 with every optional day off, in date order", () => {
    expect(danishHolidays(2026, ALL)).toEqual([
      { date: "2026-01-01", name: "Nytårsdag" },
      { date: "2026-04-02", name: "Skærtorsdag" },
      { date: "2026-04-03", name: "Langfredag" },
      { date: "2026-04-05", name: "Påskedag" },
      { date: "2026-04-06", name: "2. påskedag" },
      { date: "2026-05-01", name: "1. maj" },
      { date: "2026-05-14", name: "Kristi himmelfartsdag" },
      { date: "2026-05-24", name: "Pinsedag" },
      { date: "2026-05-25", name: "2. pinsedag" },
      { date: "2026-06-05", name: "Grundlovsdag" },
      { date: "2026-12-24", name: "Juleaftensdag" },
      { date: "2026-12-25", name: "1. juledag" },
      { date: "2026-12-26", name: "2. juledag" },
      { date: "2026-12-31", name: "Nytårsaftensdag" },
    ]);
  });

  it("keeps both names of a date that is two holidays (1 May 2008 was Kristi himmelfartsdag)", () => {
    // Easter 23 March 2008 + 39 days = 1 May 2008
    const may1 = danishHolidays(2008, M).filter((h) => h.date === "2008-05-01");
    expect(may1.map((h) => h.name).sort()).toEqual(["1. maj", "Kristi himmelfartsdag"]);
  });
});

describe("workdays", () => {
  // Counting by hand: Monday-Friday in each month, then minus the holidays on a weekday.
  //
  // 2023 (1 January a Sunday). Weekdays 22 20 23 20 23 22 21 23 21 22 22 21 = 260.
  //   April: skærtorsdag Thu 6, langfredag Fri 7, 2. påskedag Mon 10 -> 17.
  //   May: store bededag Fri 5, Kristi himmelfart Thu 18, 2. pinsedag Mon 29 -> 20.
  //   December: 1. and 2. juledag Mon 25, Tue 26 -> 19. Nytårsdag is a Sunday. 260 - 8 = 252.
  //   Options: 5 June is a Monday (June 21), 1 May a Monday (May 19); 24 and 31 December are
  //   Sundays, so those two options change nothing.
  const Y2023 = [22, 20, 23, 17, 20, 22, 21, 23, 21, 22, 22, 19];
  // 2024 (leap year, 1 January a Monday). Weekdays 23 21 21 22 23 20 23 22 21 23 21 22 = 262.
  //   January: nytårsdag Mon 1 -> 22. March: skærtorsdag Thu 28, langfredag Fri 29 -> 19.
  //   April: 2. påskedag Mon 1 -> 21. May: Kristi himmelfart Thu 9, 2. pinsedag Mon 20 -> 21;
  //   Fri 26 April (Easter + 26, store bededag until 2023) is a working day now.
  //   December: Wed 25, Thu 26 -> 20. 262 - 8 = 254.
  //   Options: 5 June Wed, 24 and 31 December Tue, 1 May Wed: each removes one day.
  const Y2024 = [22, 21, 19, 21, 21, 20, 23, 22, 21, 23, 21, 20];
  // 2025 (1 January a Wednesday). Weekdays 23 20 21 22 22 21 23 21 22 23 20 23 = 261.
  //   January: Wed 1 -> 22. April: Thu 17, Fri 18, Mon 21 -> 19. May: Kristi himmelfart Thu 29
  //   -> 21. June: 2. pinsedag Mon 9 -> 20. December: Thu 25, Fri 26 -> 21. 261 - 8 = 253.
  //   Options: 5 June Thu, 24 and 31 December Wed, 1 May Thu: each removes one day.
  const Y2025 = [22, 20, 21, 19, 21, 20, 23, 21, 22, 23, 20, 21];
  // 2026 (1 January a Thursday). Weekdays 22 20 22 22 21 22 23 21 22 22 21 23 = 261.
  //   January: Thu 1 -> 21. April: Thu 2, Fri 3, Mon 6 -> 19. May: Kristi himmelfart Thu 14,
  //   2. pinsedag Mon 25 -> 19. December: 1. juledag Fri 25 -> 22 (2. juledag is a Saturday).
  //   261 - 7 = 254. Options: 5 June Fri, 24 and 31 December Thu, 1 May Fri: one day each.
  const Y2026 = [21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22];
  // 2027 (1 January a Friday). Weekdays 21 20 23 22 21 22 22 22 22 21 22 23 = 261.
  //   January: Fri 1 -> 20. March: Thu 25, Fri 26, Mon 29 -> 20. May: Thu 6, Mon 17 -> 19.
  //   25 and 26 December are Saturday and Sunday. 261 - 6 = 255.
  //   Options: 5 June and 1 May are Saturdays (no effect); 24 and 31 December are Fridays.
  const Y2027 = [20, 20, 20, 22, 19, 22, 22, 22, 22, 21, 22, 23];
  // 2028: Easter 16 April, 2. pinsedag = Easter + 50 = Monday 5 June, which is also grundlovsdag,
  //   so the grundlovsdag option removes nothing. June: 22 weekdays - 1 = 21.
  const Y2028 = [21, 21, 23, 17, 22, 21, 21, 23, 21, 22, 22, 19];
  // 2008: Easter 23 March, Kristi himmelfart = Easter + 39 = Thursday 1 May, so the 1. maj option
  //   removes nothing. May: 22 weekdays - Kristi himmelfart Thu 1 - 2. pinsedag Mon 12 = 20.
  const Y2008 = [22, 21, 18, 21, 20, 21, 23, 21, 22, 23, 20, 21];

  it.each<{ name: string; year: number; options?: WorkdayOptions; months: number[]; total: number }>([
    { name: "2023 (store bededag 5 May counts)", year: 2023, months: Y2023, total: 252 },
    { name: "2023 grundlovsdag (Monday)", year: 2023, options: G, months: change(Y2023, { 6: 21 }), total: 251 },
    { name: "2023 24 December (Sunday: no effect)", year: 2023, options: C, months: Y2023, total: 252 },
    { name: "2023 31 December (Sunday: no effect)", year: 2023, options: N, months: Y2023, total: 252 },
    { name: "2023 1 May (Monday)", year: 2023, options: M, months: change(Y2023, { 5: 19 }), total: 251 },
    { name: "2023 all options", year: 2023, options: ALL, months: change(Y2023, { 5: 19, 6: 21 }), total: 250 },
    { name: "2024 (no store bededag)", year: 2024, months: Y2024, total: 254 },
    { name: "2024 grundlovsdag", year: 2024, options: G, months: change(Y2024, { 6: 19 }), total: 253 },
    { name: "2024 24 December", year: 2024, options: C, months: change(Y2024, { 12: 19 }), total: 253 },
    { name: "2024 31 December", year: 2024, options: N, months: change(Y2024, { 12: 19 }), total: 253 },
    { name: "2024 1 May", year: 2024, options: M, months: change(Y2024, { 5: 20 }), total: 253 },
    { name: "2024 all options", year: 2024, options: ALL, months: change(Y2024, { 5: 20, 6: 19, 12: 18 }), total: 250 },
    { name: "2025", year: 2025, months: Y2025, total: 253 },
    { name: "2025 grundlovsdag", year: 2025, options: G, months: change(Y2025, { 6: 19 }), total: 252 },
    { name: "2025 24 December", year: 2025, options: C, months: change(Y2025, { 12: 20 }), total: 252 },
    { name: "2025 31 December", year: 2025, options: N, months: change(Y2025, { 12: 20 }), total: 252 },
    { name: "2025 1 May", year: 2025, options: M, months: change(Y2025, { 5: 20 }), total: 252 },
    { name: "2025 all options", year: 2025, options: ALL, months: change(Y2025, { 5: 20, 6: 19, 12: 19 }), total: 249 },
    { name: "2026", year: 2026, months: Y2026, total: 254 },
    { name: "2026 grundlovsdag", year: 2026, options: G, months: change(Y2026, { 6: 21 }), total: 253 },
    { name: "2026 24 December", year: 2026, options: C, months: change(Y2026, { 12: 21 }), total: 253 },
    { name: "2026 31 December", year: 2026, options: N, months: change(Y2026, { 12: 21 }), total: 253 },
    { name: "2026 1 May", year: 2026, options: M, months: change(Y2026, { 5: 18 }), total: 253 },
    { name: "2026 all options", year: 2026, options: ALL, months: change(Y2026, { 5: 18, 6: 21, 12: 20 }), total: 250 },
    { name: "2026 options all false", year: 2026, options: { grundlovsdag: false, christmasEve: false, newYearsEve: false, mayDay: false }, months: Y2026, total: 254 },
    { name: "2026 empty options", year: 2026, options: {}, months: Y2026, total: 254 },
    { name: "2027", year: 2027, months: Y2027, total: 255 },
    { name: "2027 grundlovsdag (Saturday: no effect)", year: 2027, options: G, months: Y2027, total: 255 },
    { name: "2027 1 May (Saturday: no effect)", year: 2027, options: M, months: Y2027, total: 255 },
    { name: "2027 24 and 31 December (Fridays)", year: 2027, options: { christmasEve: true, newYearsEve: true }, months: change(Y2027, { 12: 21 }), total: 253 },
    { name: "2028 grundlovsdag is 2. pinsedag", year: 2028, options: G, months: Y2028, total: 253 },
    { name: "2008 1 May is Kristi himmelfartsdag", year: 2008, options: M, months: Y2008, total: 253 },
  ])("$name", ({ year, options, months, total }) => {
    const result = workdays(year, options);
    expect(result).toEqual(months);
    expect(sum(result)).toBe(total);
    expect(sum(months)).toBe(total); // the hand-written table is consistent with its total
  });

  it("returns a fresh array each time: changing it does not change the next answer", () => {
    const first = workdays(2026);
    first[0] = 99;
    expect(workdays(2026)[0]).toBe(21);
  });
});

describe("calendarDays", () => {
  it.each([
    [2024, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], 366],
    [2025, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], 365],
    [2000, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], 366], // divisible by 400: leap
    [1900, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], 365], // divisible by 100: not leap
  ])("%i", (year, months, total) => {
    expect(calendarDays(year)).toEqual(months);
    expect(sum(calendarDays(year))).toBe(total);
  });
});

describe("parseWorkdayOptions", () => {
  it.each<[string, WorkdayOptions]>([
    ["", {}],
    ["   ", {}],
    [" ,; ", {}],
    ["grundlovsdag", { grundlovsdag: true }],
    ["ConstitutionDay", { grundlovsdag: true }],
    ["juleaftensdag", { christmasEve: true }],
    ["24DEC", { christmasEve: true }],
    ["christmasEve", { christmasEve: true }],
    ["nytårsaftensdag", { newYearsEve: true }],
    ["NYTÅRSAFTENSDAG", { newYearsEve: true }],
    ["nyta\u030Arsaftensdag", { newYearsEve: true }], // "å" as "a" + combining ring
    ["nytaarsaftensdag", { newYearsEve: true }],
    ["31dec", { newYearsEve: true }],
    ["NewYearsEve", { newYearsEve: true }],
    ["1maj", { mayDay: true }],
    ["mayday", { mayDay: true }],
    ["grundlovsdag, 24dec; 31dec 1maj", ALL],
    ["  24dec,,;;  juleaftensdag\t31dec\n", { christmasEve: true, newYearsEve: true }],
  ])("%j", (text, options) => {
    expect(parseWorkdayOptions(text)).toEqual(options);
  });

  it("feeds workdays: 2026 with 24 and 31 December off", () => {
    expect(workdays(2026, parseWorkdayOptions("24dec;31dec"))).toEqual(change([21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22], { 12: 20 }));
  });
});

describe("built-in profiles", () => {
  it("lists equal, days and workdays", () => {
    expect(PROFILE_NAMES).toEqual(["equal", "days", "workdays"]);
  });

  it.each([
    ["days", 2024, undefined, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["kalenderdage", 2025, undefined, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["workdays", 2026, undefined, [21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22]],
    [" Arbejdsdage ", 2026, ALL, [21, 20, 22, 19, 18, 21, 23, 21, 22, 22, 21, 20]],
    ["WORKDAYS", 2023, undefined, [22, 20, 23, 17, 20, 22, 21, 23, 21, 22, 22, 19]],
    ["equal", 2026, ALL, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
    ["lige", 2026, undefined, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
  ] as const)("%s %i %j", (name, year, options, weights) => {
    expect(builtInProfile(name, year, options)).toEqual(weights);
  });

  it("periodises 254,000 kr over 2026's 254 working days as exactly 1,000 kr a day", () => {
    expect(periodize(254000, "workdays", { year: 2026 })).toEqual([21000, 20000, 22000, 19000, 19000, 22000, 23000, 21000, 22000, 22000, 21000, 22000]);
    expect(periodize(254000, "arbejdsdage", { year: 2026 })).toEqual(periodize(254000, "workdays", { year: 2026 }));
  });

  it("periodises 36,600 kr over 2024's 366 days as exactly 100 kr a day", () => {
    expect(periodize(36600, "days", { year: 2024 })).toEqual([3100, 2900, 3100, 3000, 3100, 3000, 3100, 3100, 3000, 3100, 3000, 3100]);
  });
});

// --- bad input ---------------------------------------------------------------------------------


/** A value the types do not allow, as a caller without TypeScript could pass it. */
const loose = <T>(value: unknown): T => value as T;

const yearError = (text: string, textDa = text.replace(".", ",")) => ({
  code: "YEAR_INVALID" as ErrorCode,
  kind: "value",
  en: `year must be a whole number from 1900 to 9999; got ${text}`,
  da: `år skal være et helt tal fra 1900 til 9999; fik ${textDa}`,
});

describe("bad input", () => {
  it.each<[string, () => unknown, ReturnType<typeof yearError>]>([
    ["workdays(1899)", () => workdays(1899), yearError("1899")],
    ["workdays(2026.5)", () => workdays(2026.5), yearError("2026.5")],
    ["workdays(10000)", () => workdays(10000), yearError("10000")],
    ["workdays(NaN)", () => workdays(Number.NaN), yearError("NaN")],
    ["workdays(Infinity)", () => workdays(Number.POSITIVE_INFINITY), yearError("Infinity")],
    ['workdays("2026")', () => workdays(loose<number>("2026")), yearError('"2026"')],
    ["calendarDays(1899)", () => calendarDays(1899), yearError("1899")],
    ["calendarDays(2026.5)", () => calendarDays(2026.5), yearError("2026.5")],
    ["easterSunday(1899)", () => easterSunday(1899), yearError("1899")],
    ["danishHolidays(2026.5)", () => danishHolidays(2026.5), yearError("2026.5")],
    ['builtInProfile("workdays", 1899)', () => builtInProfile("workdays", 1899), yearError("1899")],
    ['builtInProfile("days", 2026.5)', () => builtInProfile("days", 2026.5), yearError("2026.5")],
    [
      'parseWorkdayOptions("24dec, 25dec")',
      () => parseWorkdayOptions("24dec, 25dec"),
      {
        code: "WORKDAY_OPTION_UNKNOWN",
        kind: "value",
        en: 'unknown working-day option "25dec"; use grundlovsdag, 24dec, 31dec or 1maj',
        da: 'ukendt valg for arbejdsdage "25dec"; brug grundlovsdag, 24dec, 31dec eller 1maj',
      },
    ],
    [
      'parseWorkdayOptions("Juleaften")',
      () => parseWorkdayOptions("Juleaften"),
      {
        code: "WORKDAY_OPTION_UNKNOWN",
        kind: "value",
        en: 'unknown working-day option "Juleaften"; use grundlovsdag, 24dec, 31dec or 1maj',
        da: 'ukendt valg for arbejdsdage "Juleaften"; brug grundlovsdag, 24dec, 31dec eller 1maj',
      },
    ],
    [
      'parseWorkdayOptions("1. maj")',
      () => parseWorkdayOptions("1. maj"),
      {
        code: "WORKDAY_OPTION_UNKNOWN",
        kind: "value",
        en: 'unknown working-day option "1."; use grundlovsdag, 24dec, 31dec or 1maj',
        da: 'ukendt valg for arbejdsdage "1."; brug grundlovsdag, 24dec, 31dec eller 1maj',
      },
    ],
    [
      'parseWorkdayOptions("constructor")',
      () => parseWorkdayOptions("constructor"),
      {
        code: "WORKDAY_OPTION_UNKNOWN",
        kind: "value",
        en: 'unknown working-day option "constructor"; use grundlovsdag, 24dec, 31dec or 1maj',
        da: 'ukendt valg for arbejdsdage "constructor"; brug grundlovsdag, 24dec, 31dec eller 1maj',
      },
    ],
    [
      "workdays(2026, { christmas: true })",
      () => workdays(2026, loose<WorkdayOptions>({ christmas: true })),
      {
        code: "WORKDAY_OPTION_KEY",
        kind: "value",
        en: 'unknown working-day option "christmas"; use grundlovsdag, christmasEve, newYearsEve or mayDay',
        da: 'ukendt valg for arbejdsdage "christmas"; brug grundlovsdag, christmasEve, newYearsEve eller mayDay',
      },
    ],
    [
      'workdays(2026, { christmasEve: "yes" })',
      () => workdays(2026, loose<WorkdayOptions>({ christmasEve: "yes" })),
      {
        code: "WORKDAY_OPTION_VALUE",
        kind: "value",
        en: 'working-day option christmasEve must be true or false; got "yes"',
        da: 'valget christmasEve for arbejdsdage skal være true eller false; fik "yes"',
      },
    ],
    [
      "danishHolidays(2026, { mayDay: 1 })",
      () => danishHolidays(2026, loose<WorkdayOptions>({ mayDay: 1 })),
      {
        code: "WORKDAY_OPTION_VALUE",
        kind: "value",
        en: "working-day option mayDay must be true or false; got 1",
        da: "valget mayDay for arbejdsdage skal være true eller false; fik 1",
      },
    ],
    [
      'workdays(2026, "24dec")',
      () => workdays(2026, loose<WorkdayOptions>("24dec")),
      {
        code: "WORKDAY_OPTIONS_SHAPE",
        kind: "value",
        en: 'working-day options must be an object such as { christmasEve: true }; got "24dec"',
        da: 'valg for arbejdsdage skal være et objekt som { christmasEve: true }; fik "24dec"',
      },
    ],
    [
      "workdays(2026, null)",
      () => workdays(2026, loose<WorkdayOptions>(null)),
      {
        code: "WORKDAY_OPTIONS_SHAPE",
        kind: "value",
        en: "working-day options must be an object such as { christmasEve: true }; got null",
        da: "valg for arbejdsdage skal være et objekt som { christmasEve: true }; fik null",
      },
    ],
    [
      'builtInProfile("workdays", 2026, { newYearsEve: "x" })',
      () => builtInProfile("workdays", 2026, loose<WorkdayOptions>({ newYearsEve: "x" })),
      {
        code: "WORKDAY_OPTION_VALUE",
        kind: "value",
        en: 'working-day option newYearsEve must be true or false; got "x"',
        da: 'valget newYearsEve for arbejdsdage skal være true eller false; fik "x"',
      },
    ],
    [
      'builtInProfile("constructor", 2026)',
      () => builtInProfile("constructor", 2026),
      {
        code: "PROFILE_UNKNOWN",
        kind: "value",
        en: 'unknown profile "constructor"; use equal, days, workdays or a range of 12 weights',
        da: 'ukendt profil "constructor"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
      },
    ],
    [
      'builtInProfile("arbejdsdag", 2026)',
      () => builtInProfile("arbejdsdag", 2026),
      {
        code: "PROFILE_UNKNOWN",
        kind: "value",
        en: 'unknown profile "arbejdsdag"; use equal, days, workdays or a range of 12 weights',
        da: 'ukendt profil "arbejdsdag"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
      },
    ],
  ])("%s", (_name, run, expected) => {
    expect(failure(run)).toEqual(expected);
  });
});

// --- properties against an independent reference ----------------------------------------------

/** Easter by Oudin's algorithm (1940; Tøndering's calendar FAQ), a different method from the core's. */
function referenceEaster(year: number): number {
  const div = Math.trunc;
  const g = year % 19;
  const c = div(year / 100);
  const h = (c - div(c / 4) - div((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - div(h / 28) * (1 - div(29 / (h + 1)) * div((21 - g) / 11));
  const j = (year + div(year / 4) + i + 2 - c + div(c / 4)) % 7;
  const l = i - j;
  const month = 3 + div((l + 40) / 44);
  const day = l + 28 - 31 * div(month / 4);
  return Date.UTC(year, month - 1, day);
}

const DAY = 86_400_000;
const isWeekday = (time: number): boolean => {
  const d = new Date(time).getUTCDay();
  return d !== 0 && d !== 6;
};

/** Month index (0..11) of each weekday public holiday (unique dates), and of each weekday option day. */
function reference(year: number): { weekdays: number[]; holidays: number[]; optional: Record<keyof WorkdayOptions, number | null> } {
  const easter = referenceEaster(year);
  const offsets = [-3, -2, 0, 1, 39, 49, 50, ...(year <= 2023 ? [26] : [])];
  const dates = new Set<number>([Date.UTC(year, 0, 1), Date.UTC(year, 11, 25), Date.UTC(year, 11, 26), ...offsets.map((o) => easter + o * DAY)]);
  const weekdays = new Array<number>(12).fill(0);
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) if (isWeekday(t)) weekdays[new Date(t).getUTCMonth()]++;
  const holidays = [...dates].filter(isWeekday).map((t) => new Date(t).getUTCMonth());
  const extra = (month: number, day: number): number | null => {
    const t = Date.UTC(year, month, day);
    return isWeekday(t) && !dates.has(t) ? month : null;
  };
  return {
    weekdays,
    holidays,
    optional: { grundlovsdag: extra(5, 5), christmasEve: extra(11, 24), newYearsEve: extra(11, 31), mayDay: extra(4, 1) },
  };
}

const KEYS = ["grundlovsdag", "christmasEve", "newYearsEve", "mayDay"] as const;

describe("properties, 1900..2200", () => {
  it("every year: the sum is weekdays minus weekday holidays, month by month, each month 15..23", () => {
    for (let year = 1900; year <= 2200; year++) {
      const ref = reference(year);
      const expected = ref.weekdays.map((w, m) => w - ref.holidays.filter((h) => h === m).length);
      const result = workdays(year);
      expect(result, String(year)).toEqual(expected);
      expect(sum(result), String(year)).toBe(sum(ref.weekdays) - ref.holidays.length);
      const all = workdays(year, ALL);
      for (const n of [...result, ...all]) expect(n >= 15 && n <= 23, `${year}: ${n}`).toBe(true);
      expect(easterSunday(year), String(year)).toBe(new Date(referenceEaster(year)).toISOString().slice(0, 10));
    }
  });

  it("options only ever remove days: exactly the chosen days that fall on a weekday and are not already holidays", () => {
    const optionsArb = fc.record({ grundlovsdag: fc.boolean(), christmasEve: fc.boolean(), newYearsEve: fc.boolean(), mayDay: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), optionsArb, optionsArb, (year, a, b) => {
        const base = workdays(year);
        const withA = workdays(year, a);
        const ref = reference(year);
        const removed = new Array<number>(12).fill(0);
        for (const key of KEYS) if (a[key] && ref.optional[key] !== null) removed[ref.optional[key]]++;
        expect(withA).toEqual(base.map((n, m) => n - removed[m]));
        // more days off never gives more working days in any month
        const union = Object.fromEntries(KEYS.map((k) => [k, a[k] || b[k]])) as WorkdayOptions;
        const withUnion = workdays(year, union);
        for (let m = 0; m < 12; m++) expect(withUnion[m]).toBeLessThanOrEqual(Math.min(withA[m], workdays(year, b)[m]));
      }),
      { numRuns: 500 },
    );
  });

  it("calendar days sum to 365 or 366 and February is the only month that changes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), (year) => {
        const days = calendarDays(year);
        const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
        expect(days[1]).toBe(leap ? 29 : 28);
        expect(sum(days)).toBe(leap ? 366 : 365);
      }),
    );
  });
});
