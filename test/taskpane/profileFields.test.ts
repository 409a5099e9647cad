// The panel's own profile inputs, read through a real (preview) workbook gateway: what each
// choice becomes, and the exact message for every bad entry, before anything is planned.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { ChoiceError } from "../../addin/taskpane/planner";
import { initialProfileForm, libraryEntries, profileChoiceFrom, type ProfileForm } from "../../addin/taskpane/profileChoice";

const gateway = new PreviewGateway(
  new PreviewWorkbook(
    createEngine({
      Profiler: [
        ["Profil", "jan"],
        ["Flad", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        ["Halv", 1, 1, 1, 1, 1, 1],
      ],
    }),
  ),
);

const form = (patch: Partial<ProfileForm>): ProfileForm => ({ ...initialProfileForm("equal"), ...patch });

async function message(patch: Partial<ProfileForm>, language: "en" | "da" = "en"): Promise<string> {
  try {
    await profileChoiceFrom(form(patch), gateway, language === "en" ? en : da, language);
  } catch (error) {
    if (error instanceof ChoiceError) return error.message;
    throw error;
  }
  throw new Error("expected a ChoiceError");
}

describe("profile choices", () => {
  it("reads working-day options, payment months and salary rises exactly", async () => {
    expect(await profileChoiceFrom(form({ kind: "workdays", workdayOptions: { grundlovsdag: true, christmasEve: true, newYearsEve: false, mayDay: false } }), gateway, en, "en")).toEqual({
      kind: "builtin",
      name: "workdays",
      workdayOptions: "grundlovsdag,24dec",
    });
    expect(await profileChoiceFrom(form({ kind: "payments", paymentMonths: [10, 1, 7, 4] }), gateway, en, "en")).toEqual({ kind: "payments", months: [1, 4, 7, 10] });
    expect(
      await profileChoiceFrom(form({ kind: "salary", rises: [{ month: 4, percent: "4" }, { month: 10, percent: "1,76" }], extras: [{ month: 5, months: "0,5" }] }), gateway, en, "da"),
    ).toEqual({
      kind: "salary",
      rises: [0, 0, 0, 0.04, 0, 0, 0, 0, 0, 0.0176, 0, 0],
      extras: [0, 0, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it("lists only library rows that have a name and 12 numbers", async () => {
    const data = await gateway.readRange("Profiler!A1:M3");
    expect(libraryEntries(data.values)).toEqual([{ name: "Flad", row: 1 }]);
  });

  it.each<[string, Partial<ProfileForm>, string, string]>([
    ["no range", { kind: "range", ref: " " }, "Enter the range that holds the 12 weights.", "Angiv området med de 12 vægte."],
    ["not an address", { kind: "historical", ref: "Profiler B2" }, '"Profiler B2" is not a range address.', '"Profiler B2" er ikke en områdeadresse.'],
    ["no library row chosen", { kind: "library", libraryRow: null }, "No profiles found in Profiler: column A names a profile, B to M hold its 12 weights.", "Ingen profiler fundet i Profiler: kolonne A navngiver en profil, B til M rummer dens 12 vægte."],
    ["no payment month", { kind: "payments", paymentMonths: [] }, "Tick at least one month with payments.", "Markér mindst én måned med betaling."],
    ["a rise as text", { kind: "salary", rises: [{ month: 4, percent: "fire" }] }, 'pay rise "fire" is not a number', 'lønstigning "fire" er ikke et tal'],
    ["a blank rise", { kind: "salary", rises: [{ month: 4, percent: "" }] }, "pay rise is blank; enter a number", "lønstigning er tom; skriv et tal"],
    ["two rises in one month", { kind: "salary", rises: [{ month: 4, percent: "4" }, { month: 4, percent: "1" }] }, "Two entries name the same month; give one per month.", "To rækker nævner samme måned; angiv hver måned én gang."],
    ["an extra typed with a comma", { kind: "salary", rises: [], extras: [{ month: 5, months: "0,5" }] }, 'extra payment "0,5" is written in Danish format; in English write 0.5', "(reads)"],
    ["an extra typed with a point", { kind: "salary", rises: [], extras: [{ month: 5, months: "0.5" }] }, "(reads)", 'ekstra udbetaling "0.5" er skrevet i engelsk format; på dansk skrives 0,5'],
  ])("%s", async (_, patch, english, danish) => {
    // "(reads)": the field is read in that language, as half a month's extra salary in May
    for (const [language, expected] of [["en", english], ["da", danish]] as const) {
      if (expected === "(reads)") {
        await expect(profileChoiceFrom(form(patch), gateway, language === "en" ? en : da, language)).resolves.toEqual({
          kind: "salary",
          rises: new Array(12).fill(0),
          extras: [0, 0, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0],
        });
      }
      else expect(await message(patch, language)).toBe(expected);
    }
  });
});
