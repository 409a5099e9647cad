// Numbers typed into a task-pane text field, read the way the display language writes them.
// Danish writes "1.234.567,89" (decimal comma, thousands point), English "1,234,567.89"; both also
// group thousands with a space, a no-break space or a narrow no-break space ("1 234,56"). A text
// is read in the display language only: "100.000" is a hundred thousand in Danish and a hundred
// in English. A text that only the other language reads is refused with the same value written
// the display language's way, and an amount whose decimal mark may have been meant as a
// thousands separator ("500,000" in Danish) is asked about rather than guessed.

import Decimal from "decimal.js";

export type TypedKind = "amount" | "decimal" | "percent";

export type TypedProblem =
  | "blank"
  | "not-a-number"
  | "percent-sign"
  | "exponent"
  | "grouping"
  | "malformed"
  | "foreign-format"
  | "ambiguous";

/**
 * The number read, as a canonical decimal string ("-1234.56", "100000", "0"): a "-" only on a
 * value other than zero, no leading zeros but the one in "0.5", no trailing zeros after the
 * decimal point and no point without decimals. A refusal says why; "foreign-format" and
 * "exponent" suggest the value written the display language's way, and "ambiguous" gives the two
 * readings [with a decimal mark, with a thousands separator].
 */
export type TypedReading =
  | { ok: true; value: string }
  | { ok: false; problem: TypedProblem; suggestion?: string; readings?: [string, string] };

type TypedLanguage = "da" | "en";

interface Marks {
  decimal: string;
  thousands: string;
}

const MARKS: Record<TypedLanguage, Marks> = {
  da: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

const OTHER: Record<TypedLanguage, TypedLanguage> = { da: "en", en: "da" };

/** Space, no-break space and narrow no-break space: thousands separators in either language. */
const SPACES = " \u00A0\u202F";
const MINUS = "-\u2212";

/** Past this power of ten an exponent is refused without writing the number out. */
const MAX_WRITTEN_EXPONENT = 20;

/** Decimal.js with the rounding of amounts: half away from zero, whatever the global setting. */
const Exact = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP });

/** A number as written, its marks taken apart. */
interface Written {
  negative: boolean;
  integer: string;
  fraction: string;
  /** a decimal mark was typed */
  pointed: boolean;
  /** a thousands separator was typed */
  grouped: boolean;
}

type Refusal = Extract<TypedReading, { ok: false }>;

function refuse(problem: TypedProblem, extra: Omit<Refusal, "ok" | "problem"> = {}): Refusal {
  return { ok: false, problem, ...extra };
}

function isSeparator(char: string, marks: Marks): boolean {
  return char === marks.thousands || SPACES.includes(char);
}

/** The separator's kind: the three spaces look alike on screen and count as one kind. */
function separatorKind(char: string): string {
  return SPACES.includes(char) ? " " : char;
}

/**
 * The unsigned body ("1.234,56") read with one language's marks. Misplaced marks (two decimal
 * marks, two marks side by side, a mark at either end, a separator after the decimal mark) are
 * "malformed"; separators that do not mark off groups of exactly three digits, or of two kinds,
 * are "grouping".
 */
function readBody(body: string, marks: Marks, negative: boolean): Written | TypedProblem {
  const chars = [...body];
  const isMark = (char: string) => char === marks.decimal || isSeparator(char, marks);
  if (chars.filter((char) => char === marks.decimal).length > 1) return "malformed";
  if (isMark(chars[chars.length - 1])) return "malformed";
  if (isSeparator(chars[0], marks)) return "malformed";
  if (chars.some((char, at) => at > 0 && isMark(char) && isMark(chars[at - 1]))) return "malformed";
  const point = chars.indexOf(marks.decimal);
  const integerChars = point === -1 ? chars : chars.slice(0, point);
  const fractionChars = point === -1 ? [] : chars.slice(point + 1);
  if (fractionChars.some((char) => isSeparator(char, marks))) return "malformed";
  const separators = integerChars.filter((char) => isSeparator(char, marks));
  if (separators.length > 0) {
    if (new Set(separators.map(separatorKind)).size > 1) return "grouping";
    const groups = integerChars.join("").split(/[^0-9]/);
    // the first group is 1 to 3 digits and no number begins with a zero group: "0.025" is no
    // Danish thousand but an English decimal, and "00.100" no number at all
    if (!/^[1-9]\d{0,2}$/.test(groups[0]) || groups.slice(1).some((group) => group.length !== 3)) return "grouping";
  }
  return {
    negative,
    integer: integerChars.filter((char) => !isSeparator(char, marks)).join(""),
    fraction: fractionChars.join(""),
    pointed: point !== -1,
    grouped: separators.length > 0,
  };
}

/** The canonical decimal string of a sign and its digits. */
function canonical(negative: boolean, integer: string, fraction: string): string {
  const whole = integer.replace(/^0+/, "") || "0";
  const decimals = fraction.replace(/0+$/, "");
  const digits = decimals === "" ? whole : `${whole}.${decimals}`;
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/**
 * An amount typed with one decimal mark, three digits after it and one to three before it
 * ("500,000" in Danish) may be a thousands separator typed by habit. Not when the part before
 * the mark is zero ("0,125"), nor when thousands separators were typed too ("1.234,567").
 */
function isAmbiguous(written: Written): boolean {
  return (
    written.pointed &&
    !written.grouped &&
    written.fraction.length === 3 &&
    written.integer.length >= 1 &&
    written.integer.length <= 3 &&
    /[1-9]/.test(written.integer)
  );
}

const EXPONENT = /^(\d+([.,]\d*)?|[.,]\d+)[eE]([+\-\u2212]?)(\d+)$/;

/** "1e3", "2,5E-4": refused, with the number written out when it is of a sensible size. */
function exponentRefusal(body: string, negative: boolean, language: TypedLanguage, percent: string): Refusal {
  const match = EXPONENT.exec(body);
  if (match === null) return refuse("not-a-number");
  const power = Number(match[4]) * (match[3] === "" || match[3] === "+" ? 1 : -1);
  if (Math.abs(power) > MAX_WRITTEN_EXPONENT) return refuse("exponent");
  const mantissa = match[1].replace(",", ".");
  const value = new Exact(`${negative ? "-" : ""}${mantissa.startsWith(".") ? "0" : ""}${mantissa}e${power}`);
  return refuse("exponent", { suggestion: formatNumber(value.toFixed(), language, { grouping: false }) + percent });
}

/**
 * An amount may carry its currency ("kr", "kr.", "DKK", before or after) and, in Danish, the
 * whole-kroner ending ",-" ("1.000.000,-"); neither changes the number, so both are set aside.
 */
function withoutCurrency(text: string, language: TypedLanguage): string {
  const bare = text.replace(/^(kr\.?|dkk)\s*/iu, "").replace(/\s*(kr\.?|dkk)$/iu, "");
  return language === "da" && /^[^,]*\d,--?$/u.test(bare) ? bare.replace(/,--?$/u, "") : bare;
}

export function readTypedNumber(text: string, language: TypedLanguage, kind: TypedKind): TypedReading {
  const trimmed = kind === "amount" ? withoutCurrency(text.trim(), language) : text.trim();
  if (trimmed === "") return refuse("blank");
  const percentMatch = /^(.*?)(\s*%)$/su.exec(trimmed);
  if (percentMatch !== null && kind !== "percent") {
    const rest = readTypedNumber(percentMatch[1], language, "decimal");
    const numeric = rest.ok || (rest.problem !== "blank" && rest.problem !== "not-a-number");
    return refuse(numeric ? "percent-sign" : "not-a-number");
  }
  const numberText = percentMatch === null ? trimmed : percentMatch[1];
  const percent = percentMatch === null ? "" : percentMatch[2];
  const signed = /^[+\-\u2212]/.test(numberText);
  const negative = signed && MINUS.includes(numberText[0]);
  const body = signed ? numberText.slice(1) : numberText;
  if (/[eE]/.test(body)) return exponentRefusal(body, negative, language, percent);
  if (!/^[0-9.,\u0020\u00A0\u202F]*$/.test(body) || !/[0-9]/.test(body)) return refuse("not-a-number");

  const own = readBody(body, MARKS[language], negative);
  if (typeof own !== "string") {
    const value = canonical(negative, own.integer, own.fraction);
    if (kind === "amount" && isAmbiguous(own)) {
      return refuse("ambiguous", { readings: [value, canonical(negative, own.integer + own.fraction, "")] });
    }
    return { ok: true, value };
  }
  const foreign = readBody(body, MARKS[OTHER[language]], negative);
  if (typeof foreign !== "string") {
    const value = canonical(negative, foreign.integer, foreign.fraction);
    const written = formatNumber(value, language, { grouping: foreign.grouped, decimals: foreign.fraction.length });
    return refuse("foreign-format", { suggestion: written + percent });
  }
  return refuse(own);
}

/**
 * A number written the display language's way: "1.234.567,89" in Danish, "1,234,567.89" in
 * English, a "-" before a negative value and never before zero. Exact for decimal strings and
 * for numbers (as the shortest decimal that reads back as the same number). `decimals` rounds half
 * away from zero and pads with zeros; without it every decimal of the value is written.
 * `grouping` (default true) marks off thousands.
 */
export function formatNumber(
  value: number | string,
  language: TypedLanguage,
  options: { grouping?: boolean; decimals?: number } = {},
): string {
  const { grouping = true, decimals } = options;
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0)) {
    throw new RangeError(`decimals must be a whole number from 0: ${decimals}`);
  }
  let exact: Decimal;
  try {
    exact = new Exact(value);
  } catch {
    throw new RangeError(`not a decimal number: ${String(value)}`);
  }
  if (!exact.isFinite()) throw new RangeError(`not a finite number: ${String(value)}`);
  const fixed = decimals === undefined ? exact.toFixed() : exact.toFixed(decimals);
  const negative = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const [integer, fraction = ""] = fixed.replace(/^-/, "").split(".");
  const marks = MARKS[language];
  const whole = grouping ? integer.replace(/\B(?=(\d{3})+$)/g, marks.thousands) : integer;
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : marks.decimal + fraction}`;
}
