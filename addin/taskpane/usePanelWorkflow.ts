// The panel workflow as React state, the same for every panel: the table taken from the
// selection (its columns guessed), the column choices, the panel's fields, the plan shown, the
// status line, and the write flow (writeFlow.tsx: ask before overwriting, write, undo). Every
// change to a column or a field takes the plan shown away, so the preview never shows a plan for
// other fields than those on screen; the fields stay open while the workbook is read, so every
// change is counted too, and a plan (or a write) begun before the last change is dropped when it
// comes back. PanelShell.tsx shows it.

import { useRef, useState } from "react";
import type { Language } from "../../core";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import type { Strings } from "./i18n";
import { initialColumns, isOptional, lineCount, planIfCurrent, tableChoice, writeOf, type PanelPlan, type Planner } from "./planner";
import { useGuard } from "./shared";
import { Cancelled, type Work } from "./work";
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
  // every change to the table, a column or a field adds one: a plan begun before it is stale
  const changes = useRef(0);
  const changed = () => {
    changes.current++;
    setPlan(null);
  };

  /** Takes the selected range as the table, its header row included. */
  const takeSelection = () =>
    guarded(async () => {
      const data = await gateway.readRange(await gateway.getSelection());
      changed();
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
    changed();
  };

  /** Fields changed. */
  const change = (patch: Partial<Form>) => {
    setForm((before) => ({ ...before, ...patch }));
    changed();
  };

  /**
   * The plan for what the workbook holds now, shown; null when there is no table yet, and when a
   * column or a field changed since `at` (the changes when the user asked for it): that plan is
   * for fields no longer on screen, and neither it nor the table it read is kept. When planning
   * fails, the plan shown before is taken away too: no results are shown beside a new problem.
   */
  async function makePlan(at: number, work: Work): Promise<Plan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    await work.step("planning", 0, lineCount(table));
    let next: Awaited<ReturnType<typeof planIfCurrent<W, Form, Plan>>>;
    try {
      next = await planIfCurrent(planner, { gateway, t, language, work }, { table, columns, form }, changes, at);
    } catch (error) {
      // the fields or the workbook no longer plan: the results of the plan before go with them
      if (!(error instanceof Cancelled)) setPlan(null);
      throw error;
    }
    // cancelled while it planned: the plan is not shown, and the one before stays
    await work.step("planning", lineCount(table), lineCount(table));
    if (next === null) {
      setStatus({ intent: "info", text: t.changedWhilePlanning });
      return null;
    }
    setTable(next.table);
    setPlan(next.plan);
    setStatus(next.plan.error ? { intent: "error", text: next.plan.error } : null);
    return next.plan;
  }

  /**
   * The plan as the write it makes, made from what the workbook holds now; null while it has bad
   * input, or when the fields changed since `at`. The write flow asks again just before writing
   * (and plans again after a question) whether it is still for the fields on screen.
   */
  async function prepare(at: number, work: Work): Promise<PreparedWrite | null> {
    const next = await makePlan(at, work);
    const prepared = next === null ? null : writeOf(planner, next, t);
    return prepared === null ? null : { ...prepared, current: () => changes.current === at };
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
    /** The progress of the work under way, and its Cancel (WorkBar shows them). */
    guard,
    flow,
    /** Runs a panel's own action (loading a list, reading a selection) like the workflow's. */
    guarded,
    takeSelection,
    setColumn,
    change,
    preview: () => {
      const at = changes.current;
      return guarded(async (work) => void (await makePlan(at, work)));
    },
    write: () => {
      const at = changes.current;
      return flow.start((work) => prepare(at, work));
    },
  };
}

export type PanelWorkflow<W extends ColumnWants, Form extends object, Plan extends PanelPlan> = ReturnType<typeof usePanelWorkflow<W, Form, Plan>>;
