// What a bad-input test compares: the error a call raises, as code, kind and both messages.

import { BudgetError, type ErrorCode, type ErrorKind } from "../../core";

export interface Failure {
  code: ErrorCode;
  kind: ErrorKind;
  en: string;
  da: string;
}

/** One row of a bad-input table: the call and the error it must raise. */
export interface BadCase extends Failure {
  name: string;
  run: () => unknown;
}

/** Runs `run`, which must throw a BudgetError (anything else, or no error, fails the test). */
export function failure(run: () => unknown): Failure {
  try {
    run();
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
    return { code: error.code, kind: error.kind, en: error.message, da: error.describe("da") };
  }
  throw new Error("expected a BudgetError");
}

/** The same for an async call, which must reject with a BudgetError. */
export async function rejection(run: () => Promise<unknown>): Promise<Failure> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
    return { code: error.code, kind: error.kind, en: error.message, da: error.describe("da") };
  }
  throw new Error("expected a BudgetError");
}
