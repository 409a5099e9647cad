// What a follow-up template says to the department, in the template's language: sheet names,
// labels, column headers, the words of its lists, the input messages of its input cells and the
// instructions. A returned file is read by these same texts.

import type { ForecastMethod } from "../forecastTerms";
import type { Language } from "../messages/render";

type Prompt = { title: string; text: string };

export interface FollowUpWords {
  monthNames: readonly string[];
  /** "Opfølgning maj 2027": at most 31 characters with any month's name. */
  inputSheet: (month: number, year: number) => string;
  actionSheet: string;
  instructionsSheet: string;
  title: (month: number, year: number, department: string, name: string) => string;
  actionTitle: (month: number, year: number, department: string, name: string) => string;
  department: string;
  hospital: string;
  asAt: string;
  asAtValue: (month: number, year: number) => string;
  deadline: string;
  contact: string;
  inputNote: string;
  actionNote: (first: number) => string;
  key: string;
  text: string;
  actualToDate: string;
  budgetToDate: string;
  budget: (year: number) => string;
  projection: string;
  bandLow: string;
  bandHigh: string;
  result: string;
  material: string;
  method: string;
  yearEnd: string;
  explanation: string;
  total: string;
  methods: Record<ForecastMethod, string>;
  yes: string;
  no: string;
  wholeDepartment: string;
  actionColumns: { id: string; measure: string; key: string; owner: string; decided: string; startMonth: string; effect: string };
  choices: { lines: string; decided: string };
  prompts: {
    yearEnd: (year: number) => Prompt;
    explanation: Prompt;
    measure: Prompt;
    key: Prompt;
    owner: Prompt;
    decided: Prompt;
    startMonth: (first: number) => Prompt;
    effect: Prompt;
  };
  errors: { amount: Prompt; list: Prompt; month: Prompt; text: (max: number) => Prompt };
  instructions: (p: { month: string; year: number; deadline: string; contact: string; actionRows: number; first: number }) => string[];
}

const MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const da: FollowUpWords = {
  monthNames: MONTHS_DA,
  inputSheet: (month, year) => `Opfølgning ${MONTHS_DA[month - 1]} ${year}`,
  actionSheet: "Handleplan",
  instructionsSheet: "Vejledning",
  title: (month, year, department, name) => `Opfølgning ${MONTHS_DA[month - 1]} ${year}: ${department} ${name}`,
  actionTitle: (month, year, department, name) => `Handleplan ${MONTHS_DA[month - 1]} ${year}: ${department} ${name}`,
  department: "Afdeling",
  hospital: "Hospital",
  asAt: "Opgjort pr.",
  asAtValue: (month, year) => `udgangen af ${MONTHS_DA[month - 1]} ${year}`,
  deadline: "Frist",
  contact: "Kontakt",
  inputNote: "Udfyld de gule celler. Resten er låst. Jeres skøn er udfyldt med fremskrivningen: er I enige, så lad det stå.",
  actionNote: (first) => `Et tiltag pr. række. Effekten er kr. pr. måned fra startmåneden; en besparelse er positiv. Nye tiltag starter tidligst i måned ${first}.`,
  key: "Nøgle",
  text: "Tekst",
  actualToDate: "Forbrug til dato",
  budgetToDate: "Budget til dato",
  budget: (year) => `Budget ${year}`,
  projection: "Fremskrivning",
  bandLow: "Interval, lav",
  bandHigh: "Interval, høj",
  result: "Forventet afvigelse",
  material: "Væsentlig",
  method: "Metode",
  yearEnd: "Jeres forventede årsresultat",
  explanation: "Forklaring",
  total: "I alt",
  methods: { budget: "budget", profile: "profil", runrate: "løbende gns.", prioryear: "sidste år", ets: "ets" },
  yes: "Ja",
  no: "Nej",
  wholeDepartment: "Hele afdelingen",
  actionColumns: {
    id: "Tiltag-id",
    measure: "Tiltag",
    key: "Linje",
    owner: "Ansvarlig",
    decided: "Besluttet",
    startMonth: "Startmåned",
    effect: "Effekt, kr. pr. måned (besparelse positiv)",
  },
  choices: { lines: "Linjer", decided: "Besluttet" },
  prompts: {
    yearEnd: (year) => ({
      title: "Forventet årsresultat",
      text: `Jeres eget skøn over linjens forbrug for hele ${year} i kr. Udfyldt med fremskrivningen: er I enige, så lad det stå.`,
    }),
    explanation: { title: "Forklaring", text: "Forklar afvigelsen. Kræves for væsentlige linjer, og når jeres skøn ligger uden for intervallet eller langt fra fremskrivningen." },
    measure: { title: "Tiltag", text: "Hvad der gøres, fx færre vikartimer eller udskudt indkøb." },
    key: { title: "Linje", text: "Linjen tiltaget virker på, eller Hele afdelingen. Vælg på listen." },
    owner: { title: "Ansvarlig", text: "Hvem der står for tiltaget." },
    decided: { title: "Besluttet", text: "Ja, når ledelsen har besluttet tiltaget; kun besluttede tiltag indgår i prognosen." },
    startMonth: (first) => ({ title: "Startmåned", text: `Den første måned (1-12), effekten falder i. Et nyt tiltag starter tidligst i måned ${first}.` }),
    effect: { title: "Effekt pr. måned", text: "Effekten i kr. pr. måned fra startmåneden til december. En besparelse er positiv, en merudgift negativ." },
  },
  errors: {
    amount: { title: "Skriv et tal", text: "Skriv et beløb i kr. som et tal, fx 1250000 eller -50000." },
    list: { title: "Vælg på listen", text: "Vælg en af mulighederne på listen." },
    month: { title: "Skriv en måned", text: "Startmåneden er et helt tal fra 1 til 12." },
    text: (max) => ({ title: "For lang tekst", text: `Højst ${max} tegn.` }),
  },
  instructions: (p) => [
    `Opfølgning ${p.month} ${p.year}: vejledning`,
    `1. Arket "Opfølgning ${p.month} ${p.year}" viser hver linjes forbrug og budget til dato, årsbudgettet og tilføjelsesprogrammets fremskrivning af årets forbrug.`,
    `2. Skriv jeres eget forventede årsresultat i den gule kolonne. Den er udfyldt med fremskrivningen: er I enige, så lad den stå.`,
    "3. Forklar afvigelsen i kolonnen Forklaring, når linjen er væsentlig (Ja), og når jeres skøn ligger uden for intervallet eller langt fra fremskrivningen. Manglende forklaringer vises med rødt.",
    `4. Skriv jeres tiltag på arket "Handleplan": ét tiltag pr. række med linje, ansvarlig, om det er besluttet, startmåned og effekt i kr. pr. måned (en besparelse er positiv). Nye tiltag starter tidligst i måned ${p.first}; der er ${p.actionRows} tomme rækker.`,
    "5. Tiltag fra tidligere måneder står øverst med deres id; ret dem, hvis de har ændret sig, og tøm rækken (undtagen id), hvis tiltaget er opgivet.",
    "6. Slet ikke linjer, ark eller kolonner, og ret ikke de låste celler: filen kontrolleres, når den kommer tilbage.",
    `7. Gem filen som .xlsx og send den til økonomiafdelingen senest ${p.deadline}.`,
    `Spørgsmål: ${p.contact}`,
  ],
};

const en: FollowUpWords = {
  monthNames: MONTHS_EN,
  inputSheet: (month, year) => `Follow-up ${MONTHS_EN[month - 1]} ${year}`,
  actionSheet: "Action plan",
  instructionsSheet: "Instructions",
  title: (month, year, department, name) => `Follow-up ${MONTHS_EN[month - 1]} ${year}: ${department} ${name}`,
  actionTitle: (month, year, department, name) => `Action plan ${MONTHS_EN[month - 1]} ${year}: ${department} ${name}`,
  department: "Department",
  hospital: "Hospital",
  asAt: "As at",
  asAtValue: (month, year) => `end of ${MONTHS_EN[month - 1]} ${year}`,
  deadline: "Deadline",
  contact: "Contact",
  inputNote: "Fill in the yellow cells. Everything else is locked. Your year-end is prefilled with the projection: if you agree, leave it.",
  actionNote: (first) => `One measure per row. The effect is DKK per month from the start month; a saving is positive. New measures start in month ${first} at the earliest.`,
  key: "Key",
  text: "Text",
  actualToDate: "Actual to date",
  budgetToDate: "Budget to date",
  budget: (year) => `Budget ${year}`,
  projection: "Projection",
  bandLow: "Band, low",
  bandHigh: "Band, high",
  result: "Expected result",
  material: "Material",
  method: "Method",
  yearEnd: "Your expected year-end",
  explanation: "Explanation",
  total: "Total",
  methods: { budget: "budget", profile: "profile", runrate: "run rate", prioryear: "prior year", ets: "ets" },
  yes: "Yes",
  no: "No",
  wholeDepartment: "Whole department",
  actionColumns: {
    id: "Measure id",
    measure: "Measure",
    key: "Line",
    owner: "Owner",
    decided: "Decided",
    startMonth: "Start month",
    effect: "Effect, DKK per month (saving positive)",
  },
  choices: { lines: "Lines", decided: "Decided" },
  prompts: {
    yearEnd: (year) => ({
      title: "Expected year-end",
      text: `Your own estimate of the line's spending for all of ${year} in DKK. Prefilled with the projection: if you agree, leave it.`,
    }),
    explanation: { title: "Explanation", text: "Explain the variance. Required for material lines, and when your estimate is outside the band or far from the projection." },
    measure: { title: "Measure", text: "What is done, e.g. fewer temp hours or a purchase put off." },
    key: { title: "Line", text: "The line the measure acts on, or Whole department. Pick from the list." },
    owner: { title: "Owner", text: "Who answers for the measure." },
    decided: { title: "Decided", text: "Yes when management has decided the measure; only decided measures go into the forecast." },
    startMonth: (first) => ({ title: "Start month", text: `The first month (1-12) the effect falls in. A new measure starts in month ${first} at the earliest.` }),
    effect: { title: "Effect per month", text: "The effect in DKK per month from the start month to December. A saving is positive, an extra cost negative." },
  },
  errors: {
    amount: { title: "Enter a number", text: "Enter an amount in DKK as a number, e.g. 1250000 or -50000." },
    list: { title: "Pick from the list", text: "Pick one of the choices on the list." },
    month: { title: "Enter a month", text: "The start month is a whole number from 1 to 12." },
    text: (max) => ({ title: "Text too long", text: `At most ${max} characters.` }),
  },
  instructions: (p) => [
    `Follow-up ${p.month} ${p.year}: instructions`,
    `1. The "Follow-up ${p.month} ${p.year}" sheet shows each line's actual and budget to date, the annual budget and the add-in's projection of the year's spending.`,
    "2. Enter your own expected year-end in the yellow column. It is prefilled with the projection: if you agree, leave it.",
    "3. Explain the variance in the Explanation column when the line is material (Yes), and when your estimate is outside the band or far from the projection. Missing explanations show in red.",
    `4. Enter your measures on the "Action plan" sheet: one measure per row with its line, owner, whether it is decided, start month and effect in DKK per month (a saving is positive). New measures start in month ${p.first} at the earliest; there are ${p.actionRows} empty rows.`,
    "5. Measures of earlier months are at the top with their ids; correct them if they have changed, and empty the row (all but the id) if a measure was given up.",
    "6. Do not delete lines, sheets or columns, and do not change the locked cells: the file is checked when it comes back.",
    `7. Save the file as .xlsx and send it to central finance by ${p.deadline}.`,
    `Questions: ${p.contact}`,
  ],
};

export const FOLLOWUP_WORDS: Record<Language, FollowUpWords> = { da, en };

/** "Ja"/"Nej" or "Yes"/"No" in either language, as a decided flag. */
export function decidedOf(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if ([da.yes, en.yes].some((w) => w.toLowerCase() === t)) return true;
  if ([da.no, en.no].some((w) => w.toLowerCase() === t)) return false;
  return undefined;
}

/** "Hele afdelingen" or "Whole department", in either language. */
export const isWholeDepartment = (text: string): boolean => [da.wholeDepartment, en.wholeDepartment].some((w) => w.toLowerCase() === text.trim().toLowerCase());
