// Which column of a selected table holds what, guessed from its header row, so a panel opens with
// its column choices already made; the user can change every one. The rules:
//   - a header names a column's role when it contains one of the role's words, Danish or English,
//     in any case ("Årsbudget 2026" names the annual amount, "Forbrug jan" the actuals); the
//     month columns a panel wrote itself ("Jan 2026", "jan 2026") name January by their start;
//   - of two headers that name a role, the leftmost is taken: month columns run from January on;
//   - a column is guessed for one role only. The roles are guessed in the order of ROLES below, the
//     more particular first: "Overordnet enhed" is the parent column, not the unit column,
//     "Budgetnøgle" the key column, not the budget, "Budgetlinje" the line key, not the budget;
//   - a role no header names takes its fallback: a fixed column, the last column holding a
//     number, the column after another choice's, or none for a column that may be left out.

import { cellText } from "../../core";
import type { CellValue } from "../gateway/types";
import type { Strings } from "./i18n";
import { da } from "./i18n/da";
import { en } from "./i18n/en";

export type ColumnRole =
  | "parent"
  | "exempt"
  | "productivityIndex"
  | "allocationKey"
  | "unit"
  | "base"
  | "capBase"
  | "adjustment"
  | "lineKey"
  | "actual"
  | "monthBudget"
  | "annual"
  | "january"
  | "templateDepartmentName"
  | "templateDepartment"
  | "hospital"
  | "account"
  | "lineText"
  | "lastBudget"
  | "lastActual"
  | "lineProfile"
  | "frame"
  | "frameUnit";

/** January's names, short and long, in both languages, as month headers start. */
const JANUARY = [...new Set([en.months[0], da.months[0], en.monthsLong[0], da.monthsLong[0]].map((name) => name.toLowerCase()))];

/** A text of the panel's (i18n) that is a plain string: a column choice's label. */
type Label = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** The words that name each role, in the order roles are guessed, and the label of its column choice. */
export const ROLES: readonly { role: ColumnRole; words: readonly string[]; at?: "start"; label: Label }[] = [
  { role: "parent", words: ["overordnet", "parent"], label: "parentColumn" },
  { role: "exempt", words: ["fritag", "exempt"], label: "exemptColumn" },
  { role: "productivityIndex", words: ["indeks", "index", "produktivitet"], label: "indexColumn" },
  { role: "allocationKey", words: ["nøgle", "key", "senge", "beds"], label: "keyColumn" },
  { role: "unit", words: ["enhed", "unit", "navn", "name"], label: "nameColumn" },
  // the Forecast panel's cap base before the Requirement panel's base ("Grundlag for loft" holds "grundlag")
  { role: "capBase", words: ["loftgrundlag", "grundlag for loft", "cap base"], label: "capBaseColumn" },
  { role: "base", words: ["budget", "base", "grundlag"], label: "baseColumn" },
  { role: "adjustment", words: ["korrektion", "adjust"], label: "adjustmentColumn" },
  { role: "lineKey", words: ["nøgle", "key", "linje", "line"], label: "lineKeyColumn" },
  { role: "actual", words: ["forbrug", "actual", "regnskab"], label: "actualColumn" },
  { role: "monthBudget", words: ["budget"], label: "budgetMonthColumn" },
  { role: "annual", words: ["budget", "annual", "årsbeløb"], label: "annualColumn" },
  { role: "january", words: JANUARY, at: "start", label: "firstMonthColumn" },
  // the Templates panel's lines table: the name before the key ("Afdelingsnavn" holds "afdeling")
  { role: "templateDepartmentName", words: ["afdelingsnavn", "department name", "navn", "name"], label: "templateDepartmentNameColumn" },
  { role: "templateDepartment", words: ["afdeling", "department", "omkostningssted", "cost centre", "cost center"], label: "templateDepartmentColumn" },
  { role: "hospital", words: ["hospital", "overordnet", "parent"], label: "hospitalColumn" },
  { role: "account", words: ["konto", "account"], label: "accountColumn" },
  { role: "lineText", words: ["tekst", "text", "beskrivelse", "description"], label: "lineTextColumn" },
  { role: "lastBudget", words: ["budget"], label: "lastBudgetColumn" },
  { role: "lastActual", words: ["regnskab", "actual", "forbrug"], label: "lastActualColumn" },
  { role: "lineProfile", words: ["profil", "profile"], label: "lineProfileColumn" },
  // and its frames table: a frame column (a Requirement panel's "budget after" too) and the unit's key or name
  { role: "frame", words: ["ramme", "frame", "budget efter", "budget after"], label: "frameColumn" },
  { role: "frameUnit", words: ["afdeling", "department", "enhed", "unit", "nøgle", "key", "navn", "name"], label: "frameUnitColumn" },
];

/** The label of a role's column choice, in the user's language. */
export function roleLabel(role: ColumnRole, t: Strings): string {
  const entry = ROLES.find((r) => r.role === role);
  return entry ? t[entry.label] : role;
}

/** Where a column no header names is guessed to be. */
export type Fallback =
  /** A fixed column, from the table's first (0). */
  | number
  /** The last column that holds a number in some line (the first column when none does). */
  | "lastNumber"
  /** The column right after the one chosen for another key. */
  | { after: string };

/** A column a panel needs: its role, and where it is when no header names it; or one it may go without. */
export type ColumnWant = { role: ColumnRole; fallback: Fallback } | { role: ColumnRole; optional: true };

export type ColumnWants = Readonly<Record<string, ColumnWant>>;

/** The columns chosen, by key: a column from the table's first (0), or null for none. */
export type ColumnsOf<W extends ColumnWants> = { -readonly [K in keyof W]: W[K] extends { optional: true } ? number | null : number };

const headerText = (v: CellValue | undefined) => cellText(v).toLowerCase();

function names(header: string, role: (typeof ROLES)[number]): boolean {
  return role.words.some((word) => (role.at === "start" ? header.startsWith(word) : header.includes(word)));
}

function lastNumberColumn(values: readonly (readonly CellValue[])[]): number {
  const width = values[0]?.length ?? 0;
  for (let c = width - 1; c >= 0; c--) {
    if (values.slice(1).some((row) => typeof row[c] === "number")) return c;
  }
  return 0;
}

/**
 * The columns of a table (its rows, the header row first) for the choices a panel offers.
 * Fallbacks are resolved in the order the keys are listed, so `{ after }` names a key before it.
 */
export function guessColumns<W extends ColumnWants>(values: readonly (readonly CellValue[])[], wants: W): ColumnsOf<W> {
  const headers = (values[0] ?? []).map(headerText);
  const claimed = new Set<number>();
  const named = new Map<string, number>();
  for (const role of ROLES) {
    for (const [key, want] of Object.entries(wants)) {
      if (want.role !== role.role) continue;
      const found = headers.findIndex((header, c) => !claimed.has(c) && names(header, role));
      if (found < 0) continue;
      named.set(key, found);
      claimed.add(found);
    }
  }
  const chosen: Record<string, number | null> = {};
  for (const [key, want] of Object.entries(wants)) {
    const found = named.get(key);
    if (found !== undefined) chosen[key] = found;
    else if ("optional" in want) chosen[key] = null;
    else if (want.fallback === "lastNumber") chosen[key] = lastNumberColumn(values);
    else if (typeof want.fallback === "number") chosen[key] = want.fallback;
    else chosen[key] = (chosen[want.fallback.after] ?? -1) + 1;
  }
  return chosen as ColumnsOf<W>;
}
