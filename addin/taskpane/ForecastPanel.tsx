// The Forecast panel (forventet årsresultat): pick the follow-up table and its columns, the year
// and the month, the projection method (or the backtest's pick), whether the known adjustments are
// one column or 12, the materiality thresholds, the carry-over cap and share, and the report sheet;
// see every line's projected year-end and expected result; then write the report sheet with its
// chart and highlighted material variances. Running it again next month updates the numbers and
// keeps the explanations typed in the report, wherever it has moved to. The plan is
// forecastReport.ts's; the workflow around it (selection, columns, preview, the write that asks
// first, undo) is PanelShell's; no cell outside an earlier report is overwritten without the
// user's yes.

import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MONTHS } from "../../core";
import { ChoiceSelect, UnitSelect } from "./ColumnSelect";
import { allFieldsRead, chosenOption } from "./fields";
import { FigureTable, numberFormat } from "./FigureTable";
import { FollowUpSection } from "./FollowUpSection";
import { ADJUSTMENT_MONTHS, FORECAST_COLUMNS, FORECAST_PANEL_METHODS, forecastFieldProblems } from "./forecastForm";
import { lineKeys } from "./forecastLines";
import type { ForecastPlan } from "./forecastPlan";
import { forecastPlanner, type ForecastFields } from "./forecastReport";
import type { Strings } from "./i18n";
import { PanelShell, type PanelView } from "./PanelShell";
import { usePanelStyles } from "./shared";
import { usePanelWorkflow, type PanelProps } from "./usePanelWorkflow";

const useStyles = makeStyles({
  material: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

const VIEW: PanelView<typeof FORECAST_COLUMNS, ForecastFields> = {
  testIds: "fc-",
  hint: (t) => t.forecastHint,
  writeLabel: (t) => t.writeReport,
  columnTestId: (key) => `fc-column-${key}`,
};

export function ForecastPanel(props: PanelProps) {
  const { gateway, strings: t, language } = props;
  const styles = usePanelStyles();
  const workflow = usePanelWorkflow(forecastPlanner, props);
  const { form, change, table, columns } = workflow;

  const problems = forecastFieldProblems(form, language);
  /** A typed field's state and message under it. */
  const checked = (field: keyof typeof problems) => ({ validationState: problems[field] ? ("error" as const) : ("none" as const), validationMessage: problems[field] });
  const takeHistorySelection = () => workflow.guarded(async () => change({ historyRef: await gateway.getSelection() }));

  return (
    <div className={styles.panel}>
      <PanelShell workflow={workflow} view={VIEW} ready={allFieldsRead(problems)} preview={(plan) => <ForecastPreview plan={plan} t={t} language={language} />}>
        <ChoiceSelect
          label={t.adjustmentMonths}
          testId="fc-adjustment-months"
          value={form.adjustmentMonths}
          options={ADJUSTMENT_MONTHS}
          text={(m) => t.adjustmentMonthChoices[m]}
          onChange={(adjustmentMonths) => change({ adjustmentMonths })}
        />
        <Field label={t.forecastYear} {...checked("year")}>
          <Input value={form.year} onChange={(_, d) => change({ year: d.value })} style={{ width: 80 }} data-testid="fc-year" />
        </Field>
        <Field label={t.reportMonth}>
          <Select data-testid="fc-month" value={String(form.month)} onChange={(_, d) => change({ month: chosenOption(d.value) })}>
            {t.months.slice(0, MONTHS).map((name, i) => (
              <option key={name} value={i + 1}>
                {i + 1} ({name})
              </option>
            ))}
          </Select>
        </Field>
        <ChoiceSelect
          label={t.forecastMethod}
          testId="fc-method"
          value={form.method}
          options={FORECAST_PANEL_METHODS}
          text={(m) => t.forecastMethods[m]}
          onChange={(method) => change({ method })}
        />
        <Field label={t.historyRef}>
          <div className={styles.row}>
            <Input className={styles.grow} value={form.historyRef} placeholder={t.historyPlaceholder} onChange={(_, d) => change({ historyRef: d.value })} data-testid="fc-history" />
            <Button onClick={takeHistorySelection} disabledFocusable={workflow.busy} data-testid="fc-history-selection">
              {t.useSelectionShort}
            </Button>
          </div>
        </Field>
        <div className={styles.row}>
          <Field label={t.materialAmount} {...checked("materialAmount")}>
            <Input value={form.materialAmount} onChange={(_, d) => change({ materialAmount: d.value })} style={{ width: 120 }} data-testid="fc-material-amount" />
          </Field>
          <Field label={t.materialRate} {...checked("materialRate")}>
            <Input value={form.materialRate} onChange={(_, d) => change({ materialRate: d.value })} style={{ width: 80 }} data-testid="fc-material-rate" />
          </Field>
          <Field label={t.capRate} {...checked("capRate")}>
            <Input value={form.capRate} onChange={(_, d) => change({ capRate: d.value })} style={{ width: 80 }} data-testid="fc-cap-rate" />
          </Field>
          <Field label={t.capShare} {...checked("capShare")}>
            <Input value={form.capShare} onChange={(_, d) => change({ capShare: d.value })} style={{ width: 80 }} data-testid="fc-cap-share" />
          </Field>
        </div>
        <div className={styles.row}>
          <UnitSelect value={form.unit} onChange={(unit) => change({ unit })} testId="fc-unit" t={t} />
          <Field label={t.reportSheet} {...checked("reportSheet")}>
            <Input value={form.reportSheet} onChange={(_, d) => change({ reportSheet: d.value })} style={{ width: 140 }} data-testid="fc-sheet" />
          </Field>
        </div>
        <Field label={t.chartLine}>
          <Select data-testid="fc-chart-line" value={form.chartLine ?? ""} onChange={(_, d) => change({ chartLine: d.value === "" ? null : d.value })}>
            <option value="">{t.totalLabel}</option>
            {table &&
              lineKeys(table, columns.key).map((key, i) => (
                <option key={`${key}-${i}`} value={key}>
                  {key}
                </option>
              ))}
          </Select>
        </Field>
      </PanelShell>
      <FollowUpSection workflow={workflow} {...props} />
    </div>
  );
}

/** The plan: every line's projected year-end, budget and expected result, the material ones marked. */
function ForecastPreview({ plan, t, language }: { plan: ForecastPlan; t: Strings; language: PanelProps["language"] }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  if (!plan.total) return null;
  const format = numberFormat(language, { maximumFractionDigits: 2 });
  return (
    <div className={styles.panel} data-testid="fc-plan">
      <span>{t.forecastPlanInfo(plan.sheet, plan.lines.length)}</span>
      <FigureTable
        label={t.forecastTab}
        tall
        headers={[t.reportHeaders("").key, t.yearEndHeader, t.departmentsHeader, t.afterActionsHeader, t.budgetHeader, t.expectedResult]}
        rows={[...plan.lines, { ...plan.total, key: t.totalLabel }].map((line) => ({
          key: line.key,
          testId: `fc-line-${line.key}`,
          className: line.material ? styles.material : undefined,
          label: line.key,
          figures: [
            format.format(line.yearEnd),
            line.departmentYearEnd === null ? "" : format.format(line.departmentYearEnd),
            format.format(line.actionsYearEnd),
            format.format(line.budget),
            format.format(line.result),
          ],
        }))}
      />
      <span data-testid="fc-material">{t.materialCount(plan.lines.filter((l) => l.material).length)}</span>
    </div>
  );
}
