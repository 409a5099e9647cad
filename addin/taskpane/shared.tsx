// What every panel needs: a guard that shows failures as a message instead of losing them, the
// shared layout, and the list of lines with bad input.

import {
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { BudgetError, type Language } from "../../core";
import { describeCause, type WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import { ChoiceError, type BadLine } from "./planner";
import type { Status } from "./writeFlow";

/** The layout every panel shares: a column of fields, rows of small fields, right-aligned numbers, a scrolling table box. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  numbers: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  scrollBox: { overflowX: "auto", maxHeight: "320px", overflowY: "auto" },
});


/**
 * What the user is told when a panel action fails: a problem with the input (BudgetError) or a
 * choice that cannot be made (ChoiceError) in its own words, in the user's language; a failure
 * Excel reports as "Something went wrong" with what Excel said; a slip in the add-in itself
 * never with its internals.
 */
export function failureMessage(error: unknown, t: Strings, language: Language): string {
  if (error instanceof BudgetError) return error.describe(language);
  if (error instanceof ChoiceError) return error.message;
  // a TypeError or RangeError is a slip in the add-in itself, not something the user can act on
  const internal = error instanceof TypeError || error instanceof RangeError;
  return t.failed(internal ? t.internalError : describeCause(error));
}

/** Runs panel actions one at a time: `busy` while one runs; a failure shows as the status (failureMessage). */
export function useGuard(t: Strings, language: Language) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  async function guarded(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setStatus({ intent: "error", text: failureMessage(error, t, language) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, status, setStatus, guarded };
}

interface BadLinesProps {
  lines: readonly BadLine[];
  gateway: WorkbookGateway;
  t: Strings;
  testId: string;
}

/** The lines with bad input, each with a link that selects its cell. */
export function BadLines({ lines, gateway, t, testId }: BadLinesProps) {
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody>
        <strong>{t.badLinesTitle}</strong>
        <ul>
          {lines.map((line) => (
            <li key={line.address}>
              <Link onClick={() => void gateway.selectRange(line.address)}>{line.address}</Link>
              {line.label && ` (${line.label})`}: {line.error}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
