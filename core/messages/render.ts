// Renders an error code and its parameters in a language: the catalogues say what each message
// is; this says how each language writes numbers, blanks, TRUE/FALSE and the amount limit.

import * as da from "./da";
import * as en from "./en";
import type { Subject } from "./subjects";
import type { Figure, Render, Shown, UnitValue } from "./types";

export type Language = "en" | "da";
export type ErrorCode = keyof typeof en.messages;
export type ErrorParams = { [C in ErrorCode]: Parameters<(typeof en.messages)[C]>[0] };

/** A figure as JavaScript writes it ("0.5", "1e+21"), or exactly for a Decimal. */
const plain = (value: Figure) => (typeof value === "number" ? String(value) : value.toFixed());

const grouped = (value: number, separator: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

const english: Render = {
  label: (s) => labelOf(en.labels[s.label], s),
  gender: () => "common",
  num: plain,
  count: (value) => grouped(value, ","),
  value: (v) => shown(v, english, "blank", "TRUE", "FALSE"),
  limit: (unit) => (unit === 0.01 ? "7e13 at unit 0.01" : "1e15"),
};

const danish: Render = {
  label: (s) => labelOf(da.labels[s.label][1], s),
  gender: (s) => da.labels[s.label][0],
  num: (value) => plain(value).replace(".", ","),
  count: (value) => grouped(value, "."),
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
