// What every panel needs: a guard that shows failures as a message instead of losing them, and
// the question asked before any non-empty cell is overwritten.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { BudgetError, type Language } from "../../core";
import type { WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";

/** The layout every panel shares: a column of fields, rows of small fields, right-aligned numbers, a scrolling table box. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  numbers: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  scrollBox: { overflowX: "auto", maxHeight: "320px", overflowY: "auto" },
});

export type Status = { intent: "success" | "error" | "info"; text: string } | null;

/**
 * Runs panel actions one at a time: `busy` while one runs; a problem with the input (BudgetError)
 * shows its message in the user's language, anything else as "Something went wrong".
 */
export function useGuard(t: Strings, language: Language) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  async function guarded(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      const text = error instanceof BudgetError ? error.describe(language) : t.failed(error instanceof Error ? error.message : String(error));
      setStatus({ intent: "error", text });
    } finally {
      setBusy(false);
    }
  }
  return { busy, status, setStatus, guarded };
}

interface OverwriteProps {
  /** How many cells hold something, or null when nothing is being asked. */
  count: number | null;
  target: string;
  onCancel: () => void;
  onConfirm: () => void;
  t: Strings;
  /** Test ids: `${prefix}overwrite-cancel` and `${prefix}overwrite-confirm`. */
  prefix?: string;
}

export function OverwriteDialog({ count, target, onCancel, onConfirm, t, prefix = "" }: OverwriteProps) {
  return (
    <Dialog open={count !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.overwriteTitle}</DialogTitle>
          <DialogContent>{count !== null && t.overwriteBody(count, target)}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel} data-testid={`${prefix}overwrite-cancel`}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid={`${prefix}overwrite-confirm`}>
              {t.overwriteConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

interface BadLinesProps {
  lines: readonly { address: string; label: string; error: string | null }[];
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
