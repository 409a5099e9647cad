// What every panel needs: a guard that shows failures as a message instead of losing them, the
// shared layout, and the list of lines with bad input.

import {
  Button,
  Field,
  Link,
  ProgressBar,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState, type ReactNode } from "react";
import { BudgetError, type Language } from "../../core";
import { describeCause, type WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import { ChoiceError, type BadLine } from "./planner";
import { Cancelled, startWork, type Work, type WorkControl, type WorkProgress } from "./work";
import type { Status } from "./writeFlow";

/** The layout every panel shares: a column of fields, rows of small fields, right-aligned numbers, a group of fields under one heading, a section below the panel's own. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  numbers: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  // a field that takes the room its row leaves (a reference beside its "Use selection")
  grow: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

interface FieldGroupProps {
  label: string;
  children: ReactNode;
  testId?: string;
  /**
   * What is wrong with the group's input taken together, shown under it as a field shows its own;
   * given (null while nothing is wrong) by a group whose input is read as one.
   */
  validationMessage?: string | null;
}

/**
 * Fields that belong together under one heading, each with its own label: a level's method and
 * limits, a pay rise's month and percent.
 */
export function FieldGroup({ label, children, testId, validationMessage }: FieldGroupProps) {
  const styles = usePanelStyles();
  const id = useId();
  const group = (
    <div role="group" aria-labelledby={id} className={styles.group} data-testid={testId}>
      <Text id={id} weight="semibold">
        {label}
      </Text>
      {children}
    </div>
  );
  // the same tree with or without a message, so a field being typed in keeps its focus
  if (validationMessage === undefined) return group;
  return (
    <Field validationState={validationMessage ? "error" : "none"} validationMessage={validationMessage}>
      {group}
    </Field>
  );
}

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
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const running = useRef<WorkControl | null>(null);
  async function guarded(action: (work: Work) => Promise<void>) {
    // one action at a time: another asked for meanwhile (a file dropped while files are read) is not begun
    if (running.current !== null) return;
    setBusy(true);
    // what the last action said is not about this one
    setStatus(null);
    const control = startWork(setProgress);
    running.current = control;
    try {
      await action(control.work);
    } catch (error) {
      if (error instanceof Cancelled) setStatus({ intent: "info", text: t.work.cancelled });
      else setStatus({ intent: "error", text: failureMessage(error, t, language) });
    } finally {
      running.current = null;
      setProgress(null);
      setBusy(false);
    }
  }
  /** The user's Cancel of the work under way: honoured until its first write begins. */
  const cancel = () => running.current?.cancel();
  return { busy, status, setStatus, guarded, progress, cancel };
}

/** Long work under way: a progress bar with its counts, and Cancel until the first write begins. */
export function WorkBar({ guard, t, testId }: { guard: { progress: WorkProgress | null; cancel: () => void }; t: Strings; testId: string }) {
  const styles = usePanelStyles();
  const { progress } = guard;
  if (progress === null) return null;
  // cancelled: nothing more is done, and it stops at its next step
  const text = !progress.cancellable && progress.phase !== "writing" ? t.work.cancelling : t.work.progress(progress);
  return (
    <div className={styles.row} data-testid={testId} data-phase={progress.phase}>
      <Field label={text} className={styles.grow}>
        {/* planning counts nothing as it goes: the bar moves without a value */}
        <ProgressBar value={progress.of > 0 && progress.phase !== "planning" ? progress.done / progress.of : undefined} max={1} data-testid={`${testId}-bar`} />
      </Field>
      {progress.cancellable && (
        <Button onClick={guard.cancel} data-testid={`${testId}-cancel`}>
          {t.work.cancel}
        </Button>
      )}
    </div>
  );
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
