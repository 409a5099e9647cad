// What every panel shows around its own fields, in one order: the hint and "Use selected table",
// the table taken, its column choices (labelled by their roles), the panel's fields, Preview and
// Write, the status line, Undo last write, the lines with bad input, the plan's preview, and the
// questions the write flow asks (writeFlow.tsx). A panel gives its fields and its preview; the
// rest is the same for all. Nothing is written while the plan shown has bad input.

import { Button, MessageBar, MessageBarBody, useRestoreFocusTarget } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { roleLabel, type ColumnWants } from "./columnGuess";
import { ColumnSelect } from "./ColumnSelect";
import type { Strings } from "./i18n";
import { isOptional, lineCount, shownPlan, writable, type PanelPlan } from "./planner";
import { BadLines, usePanelStyles, WorkBar } from "./shared";
import type { PanelWorkflow } from "./usePanelWorkflow";
import { UndoButton, WriteDialogs } from "./writeFlow";

/**
 * How a panel shows the workflow: its test ids, its hint, its write button. The column choices are
 * the planner's, in its order, each labelled by its role (columnGuess.ts).
 */
export interface PanelView<W extends ColumnWants, Form> {
  /** The panel's test ids start with this: "fc-" gives fc-use-selection, fc-write, fc-status, ... */
  testIds: string;
  hint: (t: Strings) => string;
  writeLabel: (t: Strings) => string;
  /** The test id of a column's choice. */
  columnTestId: (key: keyof W & string) => string;
  /** Whether a column is offered now (one only a task needs); every one is when not given. */
  columnShown?: (key: keyof W & string, form: Form) => boolean;
  /** Whether the table line says how many lines the table has. */
  countLines?: boolean;
}

interface Props<W extends ColumnWants, Form extends object, Plan extends PanelPlan> {
  workflow: PanelWorkflow<W, Form, Plan>;
  view: PanelView<W, Form>;
  /** False while a field cannot be planned from (Preview and Write wait for it). */
  ready?: boolean;
  /** Above the hint: a choice of what the panel does. */
  top?: ReactNode;
  /** The panel's own fields, below the column choices. */
  children?: ReactNode;
  /** The plan, as the panel shows it before writing. */
  preview: (plan: Plan) => ReactNode;
  /** True once what follows the write is the next step (the files built, to send): Write is no longer the one primary button. */
  written?: boolean;
}

export function PanelShell<W extends ColumnWants, Form extends object, Plan extends PanelPlan>({
  workflow,
  view,
  ready = true,
  top,
  children,
  preview,
  written = false,
}: Props<W, Form, Plan>) {
  const styles = usePanelStyles();
  const { t, table, plan, busy, status, flow, form, gateway } = workflow;
  const { testIds: p } = view;
  const wants = workflow.planner.columns;
  const shown = shownPlan(plan);
  // the focus goes back to Write when its question closes, or when Undo last write goes away
  const restoreHere = useRestoreFocusTarget();
  const keys = (Object.keys(wants) as (keyof W & string)[]).filter((key) => view.columnShown?.(key, form) ?? true);
  return (
    <div className={styles.panel}>
      {top}
      <span className={styles.hint}>{view.hint(t)}</span>
      {/* one primary button at a time: taking the table until there is one, then writing it */}
      <Button appearance={table ? "secondary" : "primary"} onClick={workflow.takeSelection} disabledFocusable={busy} data-testid={`${p}use-selection`}>
        {t.useSelection}
      </Button>
      {table && (
        <>
          <span data-testid={`${p}table-address`}>
            {t.table}: {table.sheet}!{table.address}
            {view.countLines && ` (${lineCount(table)} ${t.lines})`}
          </span>
          {keys.map((key) => (
            <ColumnSelect
              key={key}
              label={roleLabel(wants[key].role, t)}
              headers={table.values[0]}
              value={workflow.columns[key]}
              testId={view.columnTestId(key)}
              none={isOptional(wants, key) ? t.noColumn : undefined}
              onChange={(column) => workflow.setColumn(key, column)}
            />
          ))}
          {children}
          <div className={styles.row}>
            <Button onClick={workflow.preview} disabledFocusable={busy || !ready} data-testid={`${p}preview`}>
              {t.previewButton}
            </Button>
            <Button
              {...restoreHere}
              appearance={written ? "secondary" : "primary"}
              onClick={workflow.write}
              disabledFocusable={busy || !ready || (plan !== null && !writable(plan))}
              data-testid={`${p}write`}
            >
              {view.writeLabel(t)}
            </Button>
          </div>
        </>
      )}
      <WorkBar guard={workflow.guard} t={t} testId={`${p}progress`} />
      {status && (
        <MessageBar intent={status.intent} data-testid={`${p}status`}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={busy} testId={`${p}undo`} />
      {plan?.bad && <BadLines lines={plan.bad} gateway={gateway} t={t} testId={`${p}bad-lines`} />}
      {shown && preview(shown)}
      <WriteDialogs flow={flow} t={t} prefix={p} />
    </div>
  );
}
