import type { Language } from "../../../core";
import { da } from "./da";
import { en, type Strings } from "./en";

export type { Strings };

/** Danish for any Danish display language ("da-DK", "da"), English otherwise. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("da") ? "da" : "en";
}

export function stringsFor(language: Language): Strings {
  return language === "da" ? da : en;
}
