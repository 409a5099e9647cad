// The preview's formula engine: HyperFormula (GPL-3.0) with the BUDGET functions registered.
// Used only by the preview host and tests, never by the production add-in bundle. A sheet holds
// as many rows and columns as one in Excel.

import { HyperFormula, type RawCellContent, type Sheets } from "hyperformula";
import { daDK, enGB } from "hyperformula/i18n/languages";
import { MAX_COLUMNS, MAX_ROWS } from "../gateway/address";
import type { Language } from "../../core";
import { BudgetPlugin, budgetTranslations, type BudgetContext } from "./budgetPlugin";

let registered = false;

interface ChangeList {
  changes: Map<string, unknown>;
  exportChanges(exporter: { exportChange(change: unknown): unknown }): unknown[];
}

/**
 * The engine lists the cells a change touched by concatenating each dynamic array's cells onto the
 * list so far, so a write of n spilling formulas (one per line, as the Periodise panel writes) takes
 * time growing with n squared. The same list, in the same order, built by appending. Left as it is
 * when the engine's change list is not the one this expects.
 */
function listChangesByAppending(): void {
  const changes = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" }).dependencyGraph.getAndClearContentChanges() as unknown as ChangeList;
  const list = Object.getPrototypeOf(changes) as ChangeList;
  if (!(changes.changes instanceof Map) || typeof list.exportChanges !== "function") return;
  list.exportChanges = function (this: ChangeList, exporter) {
    const exported: unknown[] = [];
    for (const change of this.changes.values()) {
      const cells = exporter.exportChange(change);
      if (Array.isArray(cells)) for (const cell of cells) exported.push(cell);
      else exported.push(cells);
    }
    return exported;
  };
}

function register(): void {
  if (registered) return;
  // languages first: a plugin's translations are merged into the languages registered before it
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("daDK")) HyperFormula.registerLanguage("daDK", daDK);
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("enGB")) HyperFormula.registerLanguage("enGB", enGB);
  HyperFormula.registerFunctionPlugin(BudgetPlugin, budgetTranslations);
  listChangesByAppending();
  registered = true;
}

export type EngineLanguage = "enGB" | "daDK";

/**
 * An engine reading function names in `language` (formulas keep commas and "." decimals either
 * way: the preview keeps formulas as Excel stores them, and its formula bar shows them in the
 * user's language), its BUDGET functions' messages in `messages`.
 */
export function createEngine(sheets: Sheets, language: EngineLanguage = "enGB", messages: Language = "en"): HyperFormula {
  register();
  const context: BudgetContext = { messages };
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    language,
    context,
    useArrayArithmetic: true,
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
  });
}

/**
 * An engine holding the sheets in the order given, with names (a sheet's own when `sheet` is its
 * index) added before the cells that use them. An object of sheets would put a sheet named like a
 * number ("2027") first, as JavaScript orders such keys. A name the engine cannot take is left out.
 */
export function createOrderedEngine(
  sheets: readonly { name: string; cells: RawCellContent[][] }[],
  names: readonly { name: string; expression: string; sheet?: number }[],
  language: EngineLanguage = "enGB",
  messages: Language = "en",
): { engine: HyperFormula; skippedNames: string[] } {
  const engine = createEngine({}, language, messages);
  const ids = sheets.map(({ name }) => engine.getSheetId(engine.addSheet(name)) as number);
  const skippedNames: string[] = [];
  for (const { name, expression, sheet } of names) {
    try {
      engine.addNamedExpression(name, expression, sheet === undefined ? undefined : ids[sheet]);
    } catch {
      skippedNames.push(name);
    }
  }
  engine.batch(() => sheets.forEach(({ cells }, index) => engine.setSheetContent(ids[index], cells)));
  return { engine, skippedNames };
}
