import type { Language } from "../../../core";
export { languageOf } from "../../../core/messages/render";
import { da } from "./da";
import { en, type Strings } from "./en";

export type { Strings };

export function stringsFor(language: Language): Strings {
  return language === "da" ? da : en;
}
