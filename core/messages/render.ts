// Renders an error code and its parameters in a language: the catalogues say what each message
// is; this says how each language writes numbers, blanks, TRUE/FALSE and the amount limit.

import { formatNumber } from "../typedNumber";
import * as da from "./da";
import * as en from "./en";
import type { Subject } from "./subjects";
import type { Figure, Render, Shown } from "./types";

export type Language = "en" | "da";

/** Danish for any Danish display language ("da-DK", "da"), English otherwise. */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return displayLanguage?.toLowerCase().startsWith("da") ? "da" : "en";
}
export type ErrorCode = keyof typeof en.messages;
export type ErrorParams = { [C in ErrorCode]: Parameters<(typeof en.messages)[C]>[0] };

/** A figure as JavaScript writes it ("0.5", "1e+21"), or exactly for a Decimal. */
const plain = (value: Figure) => (typeof value === "number" ? String(value) : value.toFixed());

/** A figure written out in full with thousands grouped, the language's way. */
const grouped = (value: Figure, language: Language) => formatNumber(typeof value === "number" ? value : value.toFixed(), language);

const english: Render = {
  label: (s) => labelOf(en.labels[s.label], s),
  gender: () => "common",
  num: plain,
  amount: (value) => grouped(value, "en"),
  count: (value) => grouped(value, "en"),
  value: (v) => shown(v, english, "blank", "TRUE", "FALSE"),
  limit: (unit) => (unit === 0.01 ? "7e13 at unit 0.01" : "1e15"),
};

const danish: Render = {
  label: (s) => labelOf(da.labels[s.label][1], s),
  gender: (s) => da.labels[s.label][0],
  num: (value) => plain(value).replace(".", ","),
  amount: (value) => grouped(value, "da"),
  count: (value) => grouped(value, "da"),
  value: (v) => shown(v, danish, "tom", "SAND", "FALSK"),
  limit: (unit) => (unit === 0.01 ? "7e13 ved enhed 0,01" : "1e15"),
};

function labelOf(label: string | ((p: never) => string), subject: Subject): string {
  return typeof label === "string" ? label : (label as (p: Subject) => string)(subject);
}

function shown(value: Shown, r: Render, blank: string, yes: string, no: string): string {
  if (value === null) return blank;
  if (typeof value === "boolean") return value ? yes : no;
  if (typeof value === "string") return value;
  return r.num(value);
}

const RENDERERS = { en: english, da: danish } as const;

/** The message for a code in a language. */
export function render<C extends ErrorCode>(code: C, params: ErrorParams[C], language: Language): string {
  const catalogue = language === "da" ? da.messages : en.messages;
  const message = catalogue[code] as (p: ErrorParams[C], r: Render) => string;
  return message(params, RENDERERS[language]);
}
