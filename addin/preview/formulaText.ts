// A formula as the formula bar of Excel in a language shows it and reads it. The workbook keeps
// every formula as Excel stores it, in English with commas (what an add-in reads and writes
// through range.formulas); Danish Excel shows and takes the same formula with Danish function
// names, ";" between arguments and "," as the decimal mark. Array constants in Danish have "."
// between columns and ";" between rows. Text in quotes and quoted sheet names are never changed.

import type { Language } from "../../core";
import { daDK } from "hyperformula/i18n/languages";
import { budgetTranslations } from "./budgetPlugin";

interface Separators {
  argument: string;
  decimal: string;
  arrayColumn: string;
  arrayRow: string;
}

const ENGLISH: Separators = { argument: ",", decimal: ".", arrayColumn: ",", arrayRow: ";" };
const DANISH: Separators = { argument: ";", decimal: ",", arrayColumn: ".", arrayRow: ";" };

interface Translation {
  /** Function names in the language translated from, upper case, to those in the other. */
  names: ReadonlyMap<string, string>;
  from: Separators;
  to: Separators;
}

const danishNames: Record<string, string> = { ...daDK.functions, ...budgetTranslations.daDK };

const ENGLISH_TO_DANISH: Translation = {
  names: new Map(Object.entries(danishNames).map(([en, da]) => [en.toUpperCase(), da])),
  from: ENGLISH,
  to: DANISH,
};
const DANISH_TO_ENGLISH: Translation = {
  names: new Map(Object.entries(danishNames).map(([en, da]) => [da.toUpperCase(), en])),
  from: DANISH,
  to: ENGLISH,
};

const NAME_START = /[A-Za-z_\u00C0-\u024F]/;
const NAME_PART = /[A-Za-z0-9_.\u00C0-\u024F]/;
const DIGIT = /[0-9]/;

/** The end of a quoted run starting at `start` ("text" or 'sheet'), a doubled quote staying inside. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return i;
}

/** A formula's text from one syntax into another: names, separators and decimal marks. */
function translate(formula: string, { names, from, to }: Translation): string {
  let out = "";
  // the open brackets: "(" of a call or a group, "{" of an array constant
  const open: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (NAME_START.test(c)) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end += 1;
      const name = formula.slice(i, end);
      out += formula[end] === "(" ? (names.get(name.toUpperCase()) ?? name) : name;
      i = end;
    } else if (DIGIT.test(c) || (c === from.decimal && DIGIT.test(formula[i + 1] ?? ""))) {
      let end = i;
      while (end < formula.length && DIGIT.test(formula[end])) end += 1;
      if (formula[end] === from.decimal && DIGIT.test(formula[end + 1] ?? "")) {
        end += 1;
        while (end < formula.length && DIGIT.test(formula[end])) end += 1;
      }
      out += formula.slice(i, end).replace(from.decimal, to.decimal);
      i = end;
    } else {
      const inArray = open[open.length - 1] === "{";
      if (c === "(" || c === "{") open.push(c);
      else if (c === ")" || c === "}") open.pop();
      if (inArray && c === from.arrayColumn) out += to.arrayColumn;
      else if (inArray && c === from.arrayRow) out += to.arrayRow;
      else if (!inArray && c === from.argument) out += to.argument;
      else out += c;
      i += 1;
    }
  }
  return out;
}

const ENGLISH_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const DANISH_NUMBER = /^[+-]?\d+(,\d+)?$/;

/** What the formula bar shows for a cell's content (a formula with its "=", or a value) in the language. */
export function shownInFormulaBar(content: string, language: Language): string {
  if (language === "en") return content;
  if (content.startsWith("=")) return translate(content, ENGLISH_TO_DANISH);
  return ENGLISH_NUMBER.test(content.trim()) ? content.replace(".", ",") : content;
}

/** What a person typed into the formula bar in the language, as the workbook keeps it. */
export function readFromFormulaBar(typed: string, language: Language): string {
  if (language === "en") return typed;
  const trimmed = typed.trim();
  if (trimmed.startsWith("=")) return translate(typed, DANISH_TO_ENGLISH);
  return DANISH_NUMBER.test(trimmed) ? typed.replace(",", ".") : typed;
}
