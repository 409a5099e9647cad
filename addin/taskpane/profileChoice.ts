// The profile a user picks in the panel, turned into what the worksheet functions take: the
// weights (through the same BUDGET.PROFILE adapter Excel runs) and the formula text that gives
// the same weights in a cell, so "live formulas" and "values" always agree.

import { z } from "zod";
import { MONTHS, type Language } from "../../core";
import { isFunctionError, type Cell } from "../functions/cells";
import { PROFILE } from "../functions/catalog";
import { absoluteAddress, parseBlock, withSheet } from "../gateway/address";

const cells = z.array(z.array(z.union([z.number(), z.string(), z.boolean(), z.null(), z.object({ error: z.string() })])));

export const profileChoiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("builtin"), name: z.enum(["equal", "days", "workdays"]), workdayOptions: z.string() }),
  /** 12 weights in the workbook: a range the user names, or a row of the profile library. */
  z.object({ kind: z.literal("range"), ref: z.string().min(1), weights: cells }),
  /** A profile built from data in the workbook: prior years' actuals, or planned activity. */
  z.object({ kind: z.enum(["historical", "activity"]), ref: z.string().min(1), options: cells }),
  z.object({ kind: z.literal("payments"), months: z.array(z.number().int().min(1).max(MONTHS)).min(1) }),
  z.object({
    kind: z.literal("salary"),
    /** Rates per month (0.04 for 4 %), 0 where there is none; extra payments in months of salary. */
    rises: z.array(z.number()).length(MONTHS),
    extras: z.array(z.number()).length(MONTHS),
  }),
  /** Re-spreading only: the current shape of the remaining months. */
  z.object({ kind: z.literal("current") }),
]);

export type ProfileChoice = z.infer<typeof profileChoiceSchema>;

export interface ResolvedProfile {
  /** The profile argument as the worksheet adapters take it: a name or 12 weights; null for "current". */
  cells: Cell[][] | null;
  /** The same profile as formula text, e.g. "equal" or Profiler!$B$2:$M$2. */
  formula: string;
  error: string | null;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An Excel array constant: {1,2,3;4,5,6} (formulas always use "." and "," in the API). */
function arrayConstant(rows: readonly (readonly number[])[]): string {
  return `{${rows.map((row) => row.join(",")).join(";")}}`;
}

function absolute(ref: string): string {
  const block = parseBlock(ref);
  return block ? withSheet(block.sheet, absoluteAddress(block)) : ref;
}

/** The method and options for BUDGET.PROFILE, with their formula text. */
function profileCall(choice: ProfileChoice): { method: string; options: Cell[][] | undefined; optionsFormula: string } | null {
  switch (choice.kind) {
    case "builtin":
      return choice.workdayOptions.trim() === "" || choice.name !== "workdays"
        ? null
        : { method: "workdays", options: [[choice.workdayOptions]], optionsFormula: quote(choice.workdayOptions) };
    case "historical":
    case "activity":
      return { method: choice.kind, options: choice.options, optionsFormula: absolute(choice.ref) };
    case "payments": {
      const text = choice.months.join(",");
      return { method: "payments", options: [[text]], optionsFormula: quote(text) };
    }
    case "salary":
      return { method: "salary", options: [choice.rises, choice.extras], optionsFormula: arrayConstant([choice.rises, choice.extras]) };
    default:
      return null;
  }
}

export function resolveProfile(choice: ProfileChoice, year: number, language: Language): ResolvedProfile {
  if (choice.kind === "current") return { cells: null, formula: "", error: null };
  if (choice.kind === "range") return { cells: choice.weights, formula: absolute(choice.ref), error: null };
  const call = profileCall(choice);
  if (!call) {
    const name = (choice as { name: string }).name;
    return { cells: [[name]], formula: quote(name), error: null };
  }
  const result = PROFILE.evaluate(call.method, year, call.options);
  const first = result[0][0];
  if (isFunctionError(first)) return { cells: null, formula: "", error: language === "da" ? first.messageDa : first.message };
  return {
    cells: result as number[][],
    formula: `BUDGET.PROFILE(${quote(call.method)},${year},${call.optionsFormula})`,
    error: null,
  };
}
