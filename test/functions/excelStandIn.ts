// Excel's side of the custom functions, for tests: the runtime's CustomFunctions stood in for by
// its documented shape (the ErrorCode values are Excel's error texts), and each function called
// the way Excel calls what functions.ts associates: every declared argument, null for one left
// out, then an invocation object of Excel's own.

import { WORKSHEET_FUNCTIONS } from "../../addin/functions/catalog";

/** CustomFunctions.Error as documented: a code and, for #VALUE! and #N/A, a message. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

type Associated = (...args: unknown[]) => unknown[][];
const associated = new Map<string, Associated>();

/** Loads functions.ts against the stand-in; what it associated, by id. */
export async function loadBindings(): Promise<{ ERROR_CODES: Record<string, unknown>; associated: ReadonlyMap<string, Associated> }> {
  Object.assign(globalThis, {
    CustomFunctions: { Error: StandInError, ErrorCode, associate: (id: string, fn: Associated) => associated.set(id, fn) },
  });
  const { ERROR_CODES } = await import("../../addin/functions/functions");
  return { ERROR_CODES, associated };
}

/** Calls a function as Excel does; `args` are the arguments typed, the rest left out. */
export function callAsExcel(id: string, ...args: unknown[]): unknown[][] {
  const fn = associated.get(id);
  const declared = WORKSHEET_FUNCTIONS.find((f) => f.id === id)?.args.length;
  if (!fn || declared === undefined) throw new Error(`${id} is not associated`);
  const given = Array.from({ length: declared }, (_, i) => args[i] ?? null);
  return fn(...given, { address: "Sheet1!A1" });
}
