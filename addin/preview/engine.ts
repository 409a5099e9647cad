// The preview's formula engine: HyperFormula (GPL-3.0) with the BUDGET functions registered.
// Used only by the preview host and tests, never by the production add-in bundle.

import { HyperFormula, type Sheets } from "hyperformula";
import { daDK, enGB } from "hyperformula/i18n/languages";
import { BudgetPlugin, budgetTranslations } from "./budgetPlugin";

let registered = false;

function register(): void {
  if (registered) return;
  // languages first: a plugin's translations are merged into the languages registered before it
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("daDK")) HyperFormula.registerLanguage("daDK", daDK);
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("enGB")) HyperFormula.registerLanguage("enGB", enGB);
  HyperFormula.registerFunctionPlugin(BudgetPlugin, budgetTranslations);
  registered = true;
}

export type EngineLanguage = "enGB" | "daDK";

export function createEngine(sheets: Sheets, language: EngineLanguage = "enGB"): HyperFormula {
  register();
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", language, useArrayArithmetic: true });
}
