// The Periodise panel: pick the budget table, the annual column and the profile, see the totals,
// then write 12 month columns as live formulas or as values; or re-spread the table's own month
// columns after a budget change, the first months kept. The plan is periodizePlan.ts's; the
// workflow around it (selection, columns, preview, the write that asks first, undo) is
// PanelShell's.

import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useState } from "react";
import { UnitSelect } from "./ColumnSelect";
import { allFieldsRead, chosenOption } from "./fields";
import { FigureTable, numberFormat } from "./FigureTable";
import type { Strings } from "./i18n";
import { PanelShell, type PanelView } from "./PanelShell";
import { PERIODIZE_COLUMNS, periodizeFieldProblems, periodizePlanner, previewLines, taskForm, totalsCheck, type PeriodizeForm, type Plan } from "./periodizePlan";
import { LIBRARY_ROWS, libraryEntries, type LibraryEntry, type ProfileKind } from "./profileChoice";
import { ProfileFields } from "./ProfileFields";
import { usePanelStyles } from "./shared";
import { usePanelWorkflow, type PanelProps } from "./usePanelWorkflow";

const PERIODIZE_KINDS: readonly ProfileKind[] = ["equal", "days", "workdays", "library", "range", "historical", "activity", "payments", "salary"];
const RESPREAD_KINDS: readonly ProfileKind[] = ["current", ...PERIODIZE_KINDS];

const VIEW: PanelView<typeof PERIODIZE_COLUMNS, PeriodizeForm> = {
  testIds: "",
  hint: (t) => t.selectionHint,
  writeLabel: (t) => t.writeButton,
  columnTestId: (key) => (key === "annual" ? "annual-column" : "first-month-column"),
  // January's column is the re-spread's own
  columnShown: (key, form) => key !== "firstMonth" || form.task === "respread",
  countLines: true,
};

export function PeriodizePanel(props: PanelProps) {
  const { gateway, strings: t, language } = props;
  const styles = usePanelStyles();
  const workflow = usePanelWorkflow(periodizePlanner, props);
  const { form, change } = workflow;
  const [library, setLibrary] = useState<LibraryEntry[] | null>(null);
  const problems = periodizeFieldProblems(form, language);

  const loadLibrary = () =>
    workflow.guarded(async () => {
      const data = await gateway.readRange(`${form.profile.librarySheet}!A1:M${LIBRARY_ROWS}`);
      setLibrary(libraryEntries(data.values));
    });

  const task = (
    <>
      <Field label={t.task}>
        <RadioGroup value={form.task} onChange={(_, d) => change(taskForm(d.value === "respread" ? "respread" : "periodize"))}>
          <Radio value="periodize" label={t.taskPeriodize} data-testid="task-periodize" />
          <Radio value="respread" label={t.taskRespread} data-testid="task-respread" />
        </RadioGroup>
      </Field>
      {form.task === "respread" && <span className={styles.hint}>{t.respreadHint}</span>}
    </>
  );

  return (
    <PanelShell workflow={workflow} view={VIEW} ready={allFieldsRead(problems)} top={task} preview={(plan) => <PeriodizePreview plan={plan} unit={form.unit} t={t} language={language} />}>
      {form.task === "respread" && (
        <Field label={t.lockedThrough}>
          <Select data-testid="locked-through" value={String(form.lockedThrough)} onChange={(_, d) => change({ lockedThrough: chosenOption(d.value) })}>
            {t.months.slice(0, 11).map((name, m) => (
              <option key={m} value={m + 1}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ProfileFields
        form={form.profile}
        onChange={(profile) => change({ profile })}
        kinds={form.task === "periodize" ? PERIODIZE_KINDS : RESPREAD_KINDS}
        library={library}
        onLoadLibrary={loadLibrary}
        t={t}
      />
      <div className={styles.row}>
        <Field label={t.year} validationState={problems.year ? "error" : "none"} validationMessage={problems.year}>
          <Input data-testid="year" value={form.year} onChange={(_, d) => change({ year: d.value })} style={{ width: 90 }} />
        </Field>
        <UnitSelect value={form.unit} onChange={(unit) => change({ unit })} testId="unit" t={t} />
      </div>
      {form.task === "periodize" && (
        <Field label={t.output}>
          <RadioGroup value={form.mode} onChange={(_, d) => change({ mode: d.value === "values" ? "values" : "formulas" })} layout="horizontal">
            <Radio value="formulas" label={t.outputFormulas} data-testid="mode-formulas" />
            <Radio value="values" label={t.outputValues} data-testid="mode-values" />
          </RadioGroup>
        </Field>
      )}
    </PanelShell>
  );
}

/** The plan: each line's months (the first lines), the month totals and the check against the annual total. */
function PeriodizePreview({ plan, unit, t, language }: { plan: Plan; unit: PeriodizeForm["unit"]; t: Strings; language: PanelProps["language"] }) {
  const format = numberFormat(language, { minimumFractionDigits: unit === 0.01 ? 2 : 0, maximumFractionDigits: 2 });
  const lines = previewLines(plan);
  const styles = usePanelStyles();
  const check = totalsCheck(plan, t);
  return (
    <div className={styles.panel} data-testid="plan">
      <span>{t.targetInfo(plan.target)}</span>
      <FigureTable
        label={t.linePreview}
        boxTestId="line-preview"
        tall
        headers={[t.linePreview, ...t.months]}
        rows={lines.shown.map((line) => ({
          key: line.address,
          label: line.label || line.address,
          figures: line.months ? line.months.map((amount) => format.format(amount)) : t.months.map(() => "–"),
        }))}
      />
      {lines.more > 0 && <span>{t.moreLines(lines.more)}</span>}
      <FigureTable
        label={t.monthsTotal}
        headers={[t.month, t.total]}
        rows={[
          ...plan.monthTotals.map((amount, m) => ({ key: t.months[m], label: t.months[m], figures: [format.format(amount)] })),
          { key: "months", label: <strong>{t.monthsTotal}</strong>, figures: [{ value: <strong>{format.format(plan.monthsTotal)}</strong>, testId: "months-total" }] },
          { key: "annual", label: t.annualTotal, figures: [{ value: format.format(plan.annualTotal), testId: "annual-total" }] },
        ]}
      />
      <MessageBar intent={check.intent} data-testid="totals-check">
        <MessageBarBody>{check.text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
