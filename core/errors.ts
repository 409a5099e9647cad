// Every error the core can raise is a BudgetError: a stable code, typed parameters and the Excel
// error it maps to. The texts are in core/messages (en.ts, da.ts); worksheet functions show the
// English text as Excel's error tooltip, the task pane the user's language.

import { render, type ErrorCode, type ErrorParams, type Language } from "./messages/render";
import type { LabelId, Subject } from "./messages/subjects";

export type { ErrorCode, ErrorParams, Language };
export type { Figure, Shown } from "./messages/types";
export type { LineArg, Shape } from "./messages/en";
export { ANNUAL, TOTAL, UNIT, YEAR, type LabelId, type Subject } from "./messages/subjects";

/**
 * Which Excel error a problem maps to. Excel shows a custom message only on #VALUE! and #N/A, so
 * every problem is one of those: #N/A where the data a result needs is not there yet (nothing
 * booked, too little history), #VALUE! for every other input a person must correct.
 */
export type ErrorKind = "value" | "na";

const NOT_YET_THERE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["FORECAST_NOTHING_BOOKED", "ETS_HISTORY", "FORECAST_AUTO_HISTORY"]);

export const errorKind = (code: ErrorCode): ErrorKind => (NOT_YET_THERE.has(code) ? "na" : "value");

type ParamsArg<C extends ErrorCode> = ErrorParams[C] extends undefined ? [] : [ErrorParams[C]];

const isSubject = (value: unknown): value is Subject => typeof value === "object" && value !== null && "label" in value;

/** A problem with the input, raised by the core and shown to the user; never a wrong number. */
export class BudgetError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams[C];
  readonly kind: ErrorKind;

  constructor(code: C, ...params: ParamsArg<C>) {
    const p = params[0] as ErrorParams[C];
    super(render(code, p, "en"));
    this.name = "BudgetError";
    this.code = code;
    this.params = p;
    this.kind = errorKind(code);
  }

  /** The message in the given language. */
  describe(language: Language): string {
    return render(this.code, this.params, language);
  }

  /**
   * The same problem with subjects named as the caller knows them: a panel's "floor" field is the
   * core's minRate.
   */
  relabel(names: Partial<Record<LabelId, Subject>>): BudgetError<C> {
    if (this.params === undefined) return this;
    const params = Object.fromEntries(
      Object.entries(this.params as object).map(([k, v]) => [k, isSubject(v) ? (names[v.label] ?? v) : v]),
    ) as ErrorParams[C];
    return new BudgetError<C>(this.code, ...([params] as ParamsArg<C>));
  }
}
