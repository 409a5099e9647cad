// What a template says to the department, in the template's language: sheet names, labels,
// column headers, the input messages of its input cells and the instructions. A returned file is
// read by these same texts, so a template is known again in whichever language it was built.

import type { Language } from "../messages/render";

export interface TemplateWords {
  inputSheet: (year: number) => string;
  profileSheet: string;
  instructionsSheet: string;
  title: (year: number, department: string, name: string) => string;
  department: string;
  hospital: string;
  frame: (year: number) => string;
  deadline: string;
  contact: string;
  inputNote: string;
  key: string;
  account: string;
  text: string;
  lastBudget: (year: number) => string;
  lastActual: (year: number) => string;
  annual: (year: number) => string;
  profile: string;
  justification: string;
  change: string;
  changeRate: string;
  months: readonly string[];
  total: string;
  frameRow: string;
  difference: string;
  profileName: string;
  builtIn: string;
  /** The built-in profiles as the template lists them: equal, days, workdays. */
  builtInNames: readonly [string, string, string];
  prompts: {
    annual: (year: number) => { title: string; text: string };
    profile: { title: string; text: string };
    justification: (rule: string) => { title: string; text: string };
    account: { title: string; text: string };
    text: { title: string; text: string };
  };
  errors: {
    amount: { title: string; text: string };
    profile: { title: string; text: string };
    text: (max: number) => { title: string; text: string };
  };
  /** When a justification is required, as the prompt says it. */
  justifyRule: (amount: string, percent: string) => string;
  noJustifyRule: string;
  instructions: (p: { year: number; deadline: string; contact: string; freeRows: number; rule: string }) => string[];
}

const MONTHS_DA = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const da: TemplateWords = {
  inputSheet: (year) => `Budget ${year}`,
  profileSheet: "Profiler",
  instructionsSheet: "Vejledning",
  title: (year, department, name) => `Budget ${year}: ${department} ${name}`,
  department: "Afdeling",
  hospital: "Hospital",
  frame: (year) => `Ramme ${year}`,
  deadline: "Frist",
  contact: "Kontakt",
  inputNote: "Udfyld de gule celler. Resten er låst.",
  key: "Nøgle",
  account: "Konto",
  text: "Tekst",
  lastBudget: (year) => `Budget ${year - 1}`,
  lastActual: (year) => `Regnskab ${year - 1}`,
  annual: (year) => `Budget ${year}`,
  profile: "Profil",
  justification: "Begrundelse",
  change: "Ændring, kr.",
  changeRate: "Ændring, %",
  months: MONTHS_DA,
  total: "I alt",
  frameRow: "Ramme",
  difference: "Til rådighed",
  profileName: "Profil",
  builtIn: "indbygget",
  builtInNames: ["lige", "kalenderdage", "arbejdsdage"],
  prompts: {
    annual: (year) => ({ title: `Budget ${year}`, text: "Linjens budget for næste år i kr. som et tal. Udgifter positive, indtægter negative." }),
    profile: { title: "Profil", text: "Hvordan årsbeløbet fordeles på månederne. Vælg en profil på listen (se arket Profiler)." },
    justification: (rule) => ({ title: "Begrundelse", text: `Kort begrundelse for ændringen fra sidste år. ${rule}` }),
    account: { title: "Konto", text: "Kontoen for en ny linje, fx 2290 Øvrig drift." },
    text: { title: "Tekst", text: "Hvad den nye linje dækker." },
  },
  errors: {
    amount: { title: "Skriv et tal", text: "Budgettet skal være et tal i kr., fx 1250000 eller -50000." },
    profile: { title: "Ukendt profil", text: "Vælg en af profilerne på listen." },
    text: (max) => ({ title: "For lang tekst", text: `Højst ${max} tegn.` }),
  },
  justifyRule: (amount, percent) => `Kræves, når linjen ændres med mindst ${amount} kr. og ${percent} fra sidste års budget.`,
  noJustifyRule: "Skriv en begrundelse, hvis linjen ændres væsentligt.",
  instructions: (p) => [
    `Budget ${p.year}: vejledning`,
    `1. Skriv næste års budget for hver linje i kolonnen "Budget ${p.year}" (gule celler). Udgifter skrives positive, indtægter negative.`,
    "2. Vælg en profil for hver linje; den bestemmer, hvordan beløbet fordeles på årets måneder.",
    `3. Begrund ændringer fra sidste år i kolonnen "Begrundelse". ${p.rule}`,
    p.freeRows > 0
      ? `4. Nye linjer skrives i de ${p.freeRows} rækker mærket +1, +2 ... under linjerne: konto, tekst, beløb og profil.`
      : "4. Der kan ikke tilføjes nye linjer i denne skabelon; kontakt økonomiafdelingen.",
    "5. Summen sammenlignes med afdelingens ramme nederst; over rammen vises med rødt.",
    "6. Slet ikke linjer, ark eller kolonner, og ret ikke de låste celler: filen kontrolleres, når den kommer tilbage.",
    `7. Gem filen som .xlsx og send den til økonomiafdelingen senest ${p.deadline}.`,
    `Spørgsmål: ${p.contact}`,
  ],
};

const en: TemplateWords = {
  inputSheet: (year) => `Budget ${year}`,
  profileSheet: "Profiles",
  instructionsSheet: "Instructions",
  title: (year, department, name) => `Budget ${year}: ${department} ${name}`,
  department: "Department",
  hospital: "Hospital",
  frame: (year) => `Frame ${year}`,
  deadline: "Deadline",
  contact: "Contact",
  inputNote: "Fill in the yellow cells. Everything else is locked.",
  key: "Key",
  account: "Account",
  text: "Text",
  lastBudget: (year) => `Budget ${year - 1}`,
  lastActual: (year) => `Actual ${year - 1}`,
  annual: (year) => `Budget ${year}`,
  profile: "Profile",
  justification: "Justification",
  change: "Change, DKK",
  changeRate: "Change, %",
  months: MONTHS_EN,
  total: "Total",
  frameRow: "Frame",
  difference: "Still available",
  profileName: "Profile",
  builtIn: "built in",
  builtInNames: ["equal", "days", "workdays"],
  prompts: {
    annual: (year) => ({ title: `Budget ${year}`, text: "The line's budget for next year in DKK, as a number. Expenses positive, income negative." }),
    profile: { title: "Profile", text: "How the annual amount is spread over the months. Pick a profile from the list (see the Profiles sheet)." },
    justification: (rule) => ({ title: "Justification", text: `A short reason for the change from last year. ${rule}` }),
    account: { title: "Account", text: "The account of a new line, e.g. 2290 Other operating costs." },
    text: { title: "Text", text: "What the new line covers." },
  },
  errors: {
    amount: { title: "Enter a number", text: "The budget must be a number in DKK, e.g. 1250000 or -50000." },
    profile: { title: "Unknown profile", text: "Pick one of the profiles on the list." },
    text: (max) => ({ title: "Text too long", text: `At most ${max} characters.` }),
  },
  justifyRule: (amount, percent) => `Required when the line changes by at least DKK ${amount} and ${percent} from last year's budget.`,
  noJustifyRule: "Give a reason when the line changes materially.",
  instructions: (p) => [
    `Budget ${p.year}: instructions`,
    `1. Enter next year's budget for every line in the column "Budget ${p.year}" (yellow cells). Expenses are positive, income negative.`,
    "2. Pick a profile for every line; it decides how the amount is spread over the year's months.",
    `3. Explain changes from last year in the column "Justification". ${p.rule}`,
    p.freeRows > 0
      ? `4. New lines go in the ${p.freeRows} rows marked +1, +2 ... below the lines: account, text, amount and profile.`
      : "4. This template takes no new lines; contact central finance.",
    "5. The total is compared with the department's frame at the bottom; over the frame shows in red.",
    "6. Do not delete lines, sheets or columns, and do not change the locked cells: the file is checked when it comes back.",
    `7. Save the file as .xlsx and send it to central finance by ${p.deadline}.`,
    `Questions: ${p.contact}`,
  ],
};

export const WORDS: Record<Language, TemplateWords> = { da, en };

/** Every built-in profile name either language lists, with the core's own name for it. */
export const BUILT_IN_PROFILES: ReadonlyMap<string, string> = new Map(
  [da, en].flatMap((w) => w.builtInNames.map((name, i) => [name.toLowerCase(), ["equal", "days", "workdays"][i]] as const)),
);
