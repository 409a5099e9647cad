// BUDGET.WORKDAYS and BUDGET.PROFILE through the worksheet adapter: exact rows and the bad-input
// corpus with the exact messages. 2026: Easter Sunday 5 April; holidays on weekdays 1 Jan,
// 2-3 Apr (skærtorsdag, langfredag), 6 Apr, 14 May (Kristi himmelfart), 25 May (2. pinsedag),
// 25 Dec; 26 Dec is a Saturday. Optional days: 5 June is a Friday, 24 Dec a Thursday.

import { describe, expect, it } from "vitest";
import type { Cell } from "../../addin/functions/cells";
import { profileCells, workdaysCells } from "../../addin/functions/profile";

const WORKDAYS_2026 = [21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22];
const value = (message: string, messageDa: string) => [[{ kind: "value", message, messageDa }]];

describe("WORKDAYS", () => {
  it.each<[string, Cell, Cell | undefined, number[]]>([
    ["2026", 2026, undefined, WORKDAYS_2026],
    ["2026 with grundlovsdag and 24 Dec off", 2026, "grundlovsdag, 24dec", [21, 20, 22, 19, 19, 21, 23, 21, 22, 22, 21, 21]],
    ["2026 with 1 May (a Friday) off", 2026, "1maj", [21, 20, 22, 19, 18, 22, 23, 21, 22, 22, 21, 22]],
    // 2023: store bededag 5 May still a holiday (May 20 days); 2024 not (May 21); checked with an
    // independent Python count over datetime
    ["2023", 2023, "", [22, 20, 23, 17, 20, 22, 21, 23, 21, 22, 22, 19]],
    ["2024", 2024, null, [22, 21, 19, 21, 21, 20, 23, 22, 21, 23, 21, 20]],
  ])("%s", (_, year, options, expected) => {
    expect(workdaysCells(year, options)).toEqual([expected]);
  });

  it.each<[string, Cell | undefined, Cell | undefined, ReturnType<typeof value>]>([
    ["blank year", null, undefined, value("year is blank; enter 0 if there is none", "år er tomt; skriv 0, hvis der ikke er noget")],
    ["year as text", "2026", undefined, value('year is text ("2026"); a number is needed', 'år er tekst ("2026"); der skal stå et tal')],
    ["year 1899", 1899, undefined, value("year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899")],
    [
      "unknown option",
      2026,
      "25dec",
      value(
        'unknown working-day option "25dec"; use grundlovsdag, 24dec, 31dec or 1maj',
        'ukendt valg for arbejdsdage "25dec"; brug grundlovsdag, 24dec, 31dec eller 1maj',
      ),
    ],
  ])("%s", (_, year, options, expected) => {
    expect(workdaysCells(year, options)).toEqual(expected);
  });
});

describe("PROFILE", () => {
  it.each<[string, Cell, Cell | undefined, Cell[][] | undefined, number[]]>([
    ["equal", "equal", 2026, undefined, Array(12).fill(1)],
    ["days in a leap year", "days", 2024, undefined, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["Danish alias kalenderdage", "Kalenderdage", 2025, undefined, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]],
    ["workdays", "workdays", 2026, undefined, WORKDAYS_2026],
    ["workdays with options", "arbejdsdage", 2026, [["grundlovsdag"]], [21, 20, 22, 19, 19, 21, 23, 21, 22, 22, 21, 22]],
  ])("%s", (_, method, year, options, expected) => {
    expect(profileCells(method, year, options)).toEqual([expected]);
  });

  it.each<[string, Cell, ReturnType<typeof value>]>([
    [
      "unknown name",
      "seasonal",
      value(
        'unknown profile "seasonal"; use equal, days, workdays or a range of 12 weights',
        'ukendt profil "seasonal"; brug equal, days, workdays eller et område med 12 vægte',
      ),
    ],
    [
      "a number",
      5,
      value('unknown profile "5"; use equal, days, workdays or a range of 12 weights', 'ukendt profil "5"; brug equal, days, workdays eller et område med 12 vægte'),
    ],
  ])("%s", (_, method, expected) => {
    expect(profileCells(method, 2026)).toEqual(expected);
  });
});
