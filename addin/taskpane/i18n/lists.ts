// Shapes and wording shared by the two languages' texts: counts of what a write would overwrite,
// how a failed write is told, and lists joined as each language joins them.

/** What a write would overwrite, by kind, with a few of the cells as examples ("Budget!E2 ("note")"). */
export interface LossSummary {
  count: number;
  numbers: number;
  texts: number;
  formulas: number;
  others: number;
  /** Cells a formula spills into (writing there blocks the formula). */
  spilled: number;
  examples: readonly string[];
}

/** A write that stopped: where, how far it got, what Excel said, and whether putting back failed. */
export interface FailureText {
  where: string;
  rows: { written: number; of: number } | null;
  reason: string;
  restoreFailed: string | null;
}

const join = (and: string) => (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;

/** "a, b and c". */
export const joinEn = join("and");
/** "a, b og c". */
export const joinDa = join("og");

const counted = (pairs: readonly [number, string, string][]) => pairs.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);

export const countsEn = (l: LossSummary) =>
  counted([
    [l.texts, "text", "texts"],
    [l.numbers, "number", "numbers"],
    [l.formulas, "formula", "formulas"],
    [l.others, "other value", "other values"],
    [l.spilled, "cell a formula spills into", "cells formulas spill into"],
  ]);

export const countsDa = (l: LossSummary) =>
  counted([
    [l.texts, "tekst", "tekster"],
    [l.numbers, "tal", "tal"],
    [l.formulas, "formel", "formler"],
    [l.others, "anden værdi", "andre værdier"],
    [l.spilled, "celle, som en formel spilder ind i", "celler, som formler spilder ind i"],
  ]);
