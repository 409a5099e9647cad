// The panel workflow as React state, the same for every panel: the table taken from the
// selection (its columns guessed), the column choices, the panel's fields, the plan shown, the
// status line, and the write flow (writeFlow.tsx: ask before overwriting, write, undo). Every
// change to a column or a field takes the plan shown away, so the preview never shows a plan for
// other fields than those on screen. PanelShell.tsx shows it.

import { useState } from "react";
import type { Language } from "../../core";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import type { Strings } from "./i18n";
import { initialColumns, isOptional, tableChoice, writeOf, type PanelPlan, type Planner } from "./planner";
import { useGuard } from "./shared";
import { useWriteFlow, type PreparedWrite } from "./writeFlow";

/** What App hands every panel. */
export interface PanelProps {
  gateway: WorkbookGateway;
  strings: Strings;
  language: Language;
}

export function usePanelWorkflow<W extends ColumnWants, Form extends object, Plan extends PanelPlan>(
  planner: Planner<W, Form, Plan>,
  { gateway, strings: t, language }: PanelProps,
) {
  const [table, setTable] = useState<RangeData | null>(null);
  const [columns, setColumns] = useState<ColumnsOf<W>>(() => initialColumns(planner.columns));
  const [form, setForm] = useState<Form>(() => planner.initialForm(t));
  const [plan, setPlan] = useState<Plan | null>(null);
  const guard = useGuard(t, language);
  const { setStatus, guarded } = guard;
  const flow = useWriteFlow(gateway, t, language, guard);

  /** Takes the selected range as the table, its header row included. */
  const takeSelection = () =>
    guarded(async () => {
      const data = await gateway.readRange(await gateway.getSelection());
      setPlan(null);
      const chosen = tableChoice(planner, data);
      if (chosen === null) {
        setTable(null);
        setStatus({ intent: "error", text: t.tooFewRows });
        return;
      }
      setTable(chosen.table);
      setColumns(chosen.columns);
      // fitted to the fields as they are now: what was typed while the table was read stays
      setForm(chosen.fit);
      setStatus(null);
    });

  /** A column chosen; a column that may not be left out keeps its choice when given none. */
  const setColumn = (key: keyof W & string, column: number | null) => {
    if (column === null && !isOptional(planner.columns, key)) return;
    setColumns((before) => ({ ...before, [key]: column }));
    setPlan(null);
  };

  /** Fields changed. */
  const change = (patch: Partial<Form>) => {
    setForm((before) => ({ ...before, ...patch }));
    setPlan(null);
  };

  /** The plan for what the workbook holds now, shown; null when there is no table yet. */
  async function makePlan(): Promise<Plan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    const next = await planner.plan({ gateway, t, language }, { table, columns, form });
    setTable(next.table);
    setPlan(next.plan);
    setStatus(next.plan.error ? { intent: "error", text: next.plan.error } : null);
    return next.plan;
  }

  /** The plan as the write it makes, made from what the workbook holds now; null while it has bad input. */
  async function prepare(): Promise<PreparedWrite | null> {
    const next = await makePlan();
    return next === null ? null : writeOf(planner, next, t);
  }

  return {
    planner,
    gateway,
    t,
    language,
    table,
    columns,
    form,
    plan,
    busy: guard.busy,
    status: guard.status,
    flow,
    /** Runs a panel's own action (loading a list, reading a selection) like the workflow's. */
    guarded,
    takeSelection,
    setColumn,
    change,
    preview: () => guarded(async () => void (await makePlan())),
    write: () => flow.start(prepare),
  };
}

export type PanelWorkflow<W extends ColumnWants, Form extends object, Plan extends PanelPlan> = ReturnType<typeof usePanelWorkflow<W, Form, Plan>>;
