// Every error the core can raise, with the message a person can act on, in English and Danish.
// Worksheet functions show the English text (Excel error tooltips); the task pane shows the
// user's language. Codes are stable; tests assert the exact messages.

export type Language = "en" | "da";

/** Which Excel error a problem maps to: #VALUE! for wrong type or shape, #NUM! for numbers out of range. */
export type ErrorKind = "value" | "num";

type Params = Record<string, string | number>;
type Message = (p: Params) => string;

interface ErrorSpec {
  kind: ErrorKind;
  en: Message;
  da: Message;
}

const specs = {
  AMOUNT_TEXT: {
    kind: "value",
    en: (p) => `${p.what} is text ("${p.text}"); a number is needed`,
    da: (p) => `${p.whatDa} er tekst ("${p.text}"); der skal stå et tal`,
  },
  AMOUNT_DANISH_TEXT: {
    kind: "value",
    en: (p) => `${p.what} "${p.text}" is text in Danish number format; convert it to a number`,
    da: (p) => `${p.whatDa} "${p.text}" er tekst i dansk talformat; konvertér den til et tal`,
  },
  AMOUNT_BLANK: {
    kind: "value",
    en: (p) => `${p.what} is blank; enter 0 if there is none`,
    da: (p) => `${p.whatDa} er ${p.blankDa}; skriv 0, hvis der ikke er noget`,
  },
  AMOUNT_BOOLEAN: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text}; a number is needed`,
    da: (p) => `${p.whatDa} er ${p.text}; der skal stå et tal`,
  },
  AMOUNT_ERROR: {
    kind: "value",
    en: (p) => `${p.what} is an error (${p.text}); fix that cell first`,
    da: (p) => `${p.whatDa} er en fejl (${p.text}); ret den celle først`,
  },
  AMOUNT_NOT_FINITE: {
    kind: "num",
    en: (p) => `${p.what} is not a finite number`,
    da: (p) => `${p.whatDa} er ikke et endeligt tal`,
  },
  AMOUNT_TOO_LARGE: {
    kind: "num",
    en: (p) => `${p.what} ${p.text} is too large; the limit is ${p.limit}`,
    da: (p) => `${p.whatDa} ${p.text} er for stort; grænsen er ${String(p.limit).replace("at unit", "ved enhed").replace("0.01", "0,01")}`,
  },
  WEIGHT_NEGATIVE: {
    kind: "num",
    en: (p) => `profile weight ${p.index} is negative (${p.text}); weights must be 0 or more`,
    da: (p) => `profilvægt ${p.index} er negativ (${p.text}); vægte skal være 0 eller mere`,
  },
  WEIGHT_NOT_FINITE: {
    kind: "num",
    en: (p) => `profile weight ${p.index} is not a finite number`,
    da: (p) => `profilvægt ${p.index} er ikke et endeligt tal`,
  },
  WEIGHTS_ZERO_SUM: {
    kind: "num",
    en: () => `profile weights sum to 0; at least one weight must be positive`,
    da: () => `profilens vægte summer til 0; mindst én vægt skal være positiv`,
  },
  PROFILE_LENGTH: {
    kind: "value",
    en: (p) => `profile has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 are needed`,
    da: (p) => `profilen har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12`,
  },
  PROFILE_BLANK: {
    kind: "value",
    en: () => `profile is blank; give 12 weights or a profile name such as "equal"`,
    da: () => `profilen er tom; angiv 12 vægte eller et profilnavn som "equal"`,
  },
  PROFILE_ROWS: {
    kind: "value",
    en: (p) => `profile has ${p.rows} rows but there are ${p.lines} annual amounts; give 1 row or one per amount`,
    da: (p) => `profilen har ${p.rows} rækker, men der er ${p.lines} årsbeløb; angiv 1 række eller én pr. beløb`,
  },
  PROFILE_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown profile "${p.text}"; use "equal" or a range of 12 weights`,
    da: (p) => `ukendt profil "${p.text}"; brug "equal" eller et område med 12 vægte`,
  },
  ANNUAL_SHAPE: {
    kind: "value",
    en: (p) => `annual amounts must be one column; got ${p.rows} x ${p.cols}`,
    da: (p) => `årsbeløb skal stå i én kolonne; fik ${p.rows} x ${p.cols}`,
  },
  UNIT_INVALID: {
    kind: "value",
    en: (p) => `unit must be 0.01, 1 or 1000; got ${p.text}`,
    da: (p) => `enhed skal være 0,01, 1 eller 1000; fik ${p.text}`,
  },
  YEAR_INVALID: {
    kind: "value",
    en: (p) => `year must be a whole number from 1900 to 9999; got ${p.text}`,
    da: (p) => `år skal være et helt tal fra 1900 til 9999; fik ${p.text}`,
  },
} satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof specs;

/** A problem with the input, raised by the core and shown to the user; never a wrong number. */
export class BudgetError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly kind: ErrorKind;

  constructor(code: ErrorCode, params: Params = {}) {
    super(specs[code].en(params));
    this.name = "BudgetError";
    this.code = code;
    this.params = params;
    this.kind = specs[code].kind;
  }

  /** The message in the given language. */
  describe(language: Language): string {
    return specs[this.code][language](this.params);
  }
}

/** The thing an amount is, named in both languages, for messages like "annual amount is blank". */
export interface Subject {
  what: string;
  whatDa: string;
  /** "tom" or "tomt": the Danish adjective agrees with the noun. */
  blankDa: string;
}

export const ANNUAL: Subject = { what: "annual amount", whatDa: "årsbeløb", blankDa: "tomt" };
export const UNIT: Subject = { what: "unit", whatDa: "enhed", blankDa: "tom" };
export const YEAR: Subject = { what: "year", whatDa: "år", blankDa: "tomt" };
