// Below the Forecast report: the follow-up returns sent to the departments as at the report's
// month, and the quarterly pack. Both start from the report's own plan, made again from the
// workbook at the click (and again after any question), so what is sent or written is what the
// table holds now. Sending writes the register to the follow-up status sheet first, through the
// write flow, and then offers the files; the pack is a new sheet, written once.

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea, mergeClasses, useRestoreFocusTarget } from "@fluentui/react-components";
import { useState } from "react";
import type { BuildResult } from "../templates";
import { BuiltFiles } from "./BuiltFiles";
import { ChoiceSelect } from "./ColumnSelect";
import { chosenOption } from "./fields";
import { followUpTemplateLines, type ForecastPlan } from "./forecastPlan";
import type { ForecastFields } from "./forecastReport";
import type { FORECAST_COLUMNS } from "./forecastForm";
import { loadActionRegister } from "./actionRegister";
import { loadDepartmentForecasts } from "./departmentForecasts";
import { followUpSender, initialSendForm, sendWrite, type FollowUpSendForm } from "./followUpSend";
import { packRequest } from "./packRequest";
import { packWrite, prepareQuarterlyPack } from "./quarterlyPack";
import { lineCount } from "./planner";
import { useGuard, usePanelStyles, WorkBar } from "./shared";
import { buildFollowUpsOnDemand } from "./templateFiles";
import type { PanelProps, PanelWorkflow } from "./usePanelWorkflow";
import type { Work } from "./work";
import { UndoButton, useWriteFlow, WriteDialogs, type PreparedWrite } from "./writeFlow";

const LANGUAGES = ["da", "en"] as const;
const ACTION_ROWS = [0, 3, 5, 10, 20];

type Workflow = PanelWorkflow<typeof FORECAST_COLUMNS, ForecastFields, ForecastPlan>;

/** The report's plan made again from the workbook as it is now; null without a table. */
async function currentPlan(workflow: Workflow, work: Work): Promise<ForecastPlan | null> {
  const { table, columns, form, planner, gateway, t, language } = workflow;
  if (table === null) return null;
  await work.step("planning", 0, lineCount(table));
  return (await planner.plan({ gateway, t, language, work }, { table, columns, form })).plan;
}

export function FollowUpSection({ workflow, ...props }: PanelProps & { workflow: Workflow }) {
  const { gateway, strings: t, language } = props;
  const w = t.followUpSend;
  const styles = usePanelStyles();
  const guard = useGuard(t, language);
  const flow = useWriteFlow(gateway, t, language, guard);
  const [form, setForm] = useState<FollowUpSendForm>(() => initialSendForm(language));
  const [sender] = useState(() => followUpSender(buildFollowUpsOnDemand, { actions: loadActionRegister, forecasts: loadDepartmentForecasts }));
  const [built, setBuilt] = useState<BuildResult | null>(null);
  // the focus goes back to the button that asked when its question closes, or when Undo last write goes away
  const restoreHere = useRestoreFocusTarget();
  const change = (patch: Partial<FollowUpSendForm>) => setForm((f) => ({ ...f, ...patch }));
  const plan = workflow.plan;
  if (plan === null || plan.lines.length === 0) return null;
  const busy = guard.busy || workflow.busy;

  const send = () =>
    flow.start(async (work): Promise<PreparedWrite | null> => {
      setBuilt(null);
      const now = await currentPlan(workflow, work);
      if (now === null) return null;
      const c = now.choices;
      const source = { lines: followUpTemplateLines(now), year: now.year, month: now.month, unit: c.unit, materialAmount: c.materialAmount, materialRate: c.materialRate };
      const next = await sender({ gateway, t, language, work }, source, form);
      const error = next.error ?? (next.bad.length > 0 ? `${next.bad[0].address}: ${next.bad[0].error}` : null);
      if (error !== null) {
        guard.setStatus({ intent: "error", text: error });
        return null;
      }
      const prepared = sendWrite(next, t);
      return prepared === null ? null : { ...prepared, onWritten: () => setBuilt(next.built) };
    });

  const writePack = () =>
    flow.start(async (work): Promise<PreparedWrite | null> => {
      const now = await currentPlan(workflow, work);
      if (now === null) return null;
      const request = packRequest(now, t);
      if (typeof request === "string") {
        guard.setStatus({ intent: "error", text: request });
        return null;
      }
      const pack = await prepareQuarterlyPack(gateway, request, t, language);
      if (pack.error !== null) {
        guard.setStatus({ intent: "error", text: pack.error });
        return null;
      }
      return packWrite(pack, t);
    });

  return (
    <div className={mergeClasses(styles.panel, styles.section)} data-testid="fu-section">
      <strong>{w.heading}</strong>
      <span className={styles.hint}>{w.hint}</span>
      {plan.templateProblem !== null && (
        <MessageBar intent="info" data-testid="fu-problem">
          <MessageBarBody>{plan.templateProblem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label={w.deadline}>
          <Input type="date" value={form.deadline} onChange={(_, d) => change({ deadline: d.value })} data-testid="fu-deadline" />
        </Field>
        <Field label={w.actionRows}>
          <Select value={String(form.actionRows)} onChange={(_, d) => change({ actionRows: chosenOption(d.value) })} data-testid="fu-action-rows">
            {ACTION_ROWS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={w.contact}>
        <Input value={form.contact} onChange={(_, d) => change({ contact: d.value })} data-testid="fu-contact" />
      </Field>
      <Field label={w.instructions}>
        <Textarea value={form.instructions} onChange={(_, d) => change({ instructions: d.value })} resize="vertical" data-testid="fu-instructions" />
      </Field>
      <ChoiceSelect label={w.language} testId="fu-language" value={form.language} options={LANGUAGES} text={(l) => t.templates.languages[l]} onChange={(l) => change({ language: l })} />
      <Button {...restoreHere} onClick={send} disabledFocusable={busy || plan.templateProblem !== null} data-testid="fu-build">
        {w.build}
      </Button>
      {built && flow.canUndo && <BuiltFiles built={built} zipName={w.zipName(plan.year, plan.month)} testIds="fu-" {...props} />}
      <strong>{w.packHeading}</strong>
      <span className={styles.hint}>{w.packHint}</span>
      <Button {...restoreHere} onClick={writePack} disabledFocusable={busy} data-testid="fu-pack">
        {w.packButton}
      </Button>
      <WorkBar guard={guard} t={t} testId="fu-progress" />
      {guard.status && (
        <MessageBar intent={guard.status.intent} data-testid="fu-status">
          <MessageBarBody>{guard.status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={busy} testId="fu-undo" />
      <WriteDialogs flow={flow} t={t} prefix="fu-" />
    </div>
  );
}
