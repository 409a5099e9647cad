// The Requirement panel (udmøntning af krav): pick the units table and its columns, the
// requirement (a rate of the top unit's budget or a total), and a method per level with optional
// floors and caps; see the tree with every unit's amount and effective rate and every level's sum;
// then write the result columns and a native chart of the effective rates. The plan is
// requirementPlan.ts's; the workflow around it (selection, columns, preview, the write that asks
// first, undo) is PanelShell's.

import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { LEVEL_METHODS } from "../../core";
import { ChoiceSelect, UnitSelect } from "./ColumnSelect";
import { allFieldsRead } from "./fields";
import { FigureTable, numberFormat } from "./FigureTable";
import type { Strings } from "./i18n";
import { PanelShell, type PanelView } from "./PanelShell";
import { REQUIREMENT_COLUMNS, requirementFieldProblems, requirementPlanner, sumsAddUp, type LevelForm, type RequirementFields, type RequirementPlan } from "./requirementPlan";
import { FieldGroup, usePanelStyles } from "./shared";
import { usePanelWorkflow, type PanelProps } from "./usePanelWorkflow";

const VIEW: PanelView<typeof REQUIREMENT_COLUMNS, RequirementFields> = {
  testIds: "req-",
  hint: (t) => t.requirementHint,
  writeLabel: (t) => t.writeResults,
  columnTestId: (key) => `column-${key}`,
};

export function RequirementPanel(props: PanelProps) {
  const { strings: t, language } = props;
  const styles = usePanelStyles();
  const workflow = usePanelWorkflow(requirementPlanner, props);
  const { form, change } = workflow;
  const problems = requirementFieldProblems(form, language);
  const setLevel = (i: number, patch: Partial<LevelForm>) => change({ levels: form.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  return (
    <PanelShell workflow={workflow} view={VIEW} ready={allFieldsRead(problems)} preview={(plan) => <RequirementPreview plan={plan} t={t} language={language} />}>
      <Field label={t.requirementAs}>
        <RadioGroup value={form.kind} onChange={(_, d) => change({ kind: d.value === "total" ? "total" : "rate" })} layout="horizontal">
          <Radio value="rate" label={t.requirementRate} data-testid="req-rate" />
          <Radio value="total" label={t.requirementTotal} data-testid="req-total" />
        </RadioGroup>
      </Field>
      <Field label={form.kind === "total" ? t.requirementTotal : t.requirementRate} validationState={problems.amount ? "error" : "none"} validationMessage={problems.amount}>
        <Input value={form.amount} onChange={(_, d) => change({ amount: d.value })} data-testid="req-amount" />
      </Field>
      {form.levels.map((level, i) => (
        <FieldGroup key={i} label={t.level(i + 1)} validationMessage={problems.levels[i]}>
          <ChoiceSelect label={t.method} testId={`level-${i + 1}-method`} value={level.method} options={LEVEL_METHODS} text={(m) => t.methods[m]} onChange={(method) => setLevel(i, { method })} />
          {level.method === "productivity" && (
            <Field label={t.strength}>
              <Input value={level.strength} style={{ width: 70 }} data-testid={`level-${i + 1}-strength`} onChange={(_, d) => setLevel(i, { strength: d.value })} />
            </Field>
          )}
          <div className={styles.row}>
            <Field label={t.floor}>
              <Input value={level.floor} style={{ width: 110 }} data-testid={`level-${i + 1}-floor`} onChange={(_, d) => setLevel(i, { floor: d.value })} />
            </Field>
            <Field label={t.cap}>
              <Input value={level.cap} style={{ width: 110 }} data-testid={`level-${i + 1}-cap`} onChange={(_, d) => setLevel(i, { cap: d.value })} />
            </Field>
          </div>
        </FieldGroup>
      ))}
      <div className={styles.row}>
        <Field label={t.expressAs}>
          <RadioGroup value={form.expressAs} onChange={(_, d) => change({ expressAs: d.value === "activity" ? "activity" : "reduction" })}>
            <Radio value="reduction" label={t.expressReduction} data-testid="req-reduction" />
            <Radio value="activity" label={t.expressActivity} data-testid="req-activity" />
          </RadioGroup>
        </Field>
        <Field label={t.years} validationState={problems.years ? "error" : "none"} validationMessage={problems.years}>
          <Input value={form.years} onChange={(_, d) => change({ years: d.value })} style={{ width: 60 }} data-testid="req-years" />
        </Field>
      </div>
      <UnitSelect value={form.unit} onChange={(unit) => change({ unit })} testId="req-unit" t={t} />
    </PanelShell>
  );
}

/** The plan: the tree with every unit's budget, amount and effective rate, the years compounded, and the level sums' check. */
function RequirementPreview({ plan, t, language }: { plan: RequirementPlan; t: Strings; language: PanelProps["language"] }) {
  const styles = usePanelStyles();
  if (plan.error) return null;
  const format = numberFormat(language, { maximumFractionDigits: 2 });
  const percent = numberFormat(language, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 4 });
  const sumsOk = sumsAddUp(plan);
  return (
    <div className={styles.panel} data-testid="req-plan">
      <span>{t.resultsInfo(plan.target)}</span>
      <FigureTable
        label={t.requirementTab}
        tall
        headers={[t.unitHeader, t.budgetHeader, t.amountHeader, t.rateHeader]}
        rows={plan.nodes.map((node) => ({
          key: node.id,
          testId: `req-node-${node.id}`,
          label: node.id,
          depth: node.depth,
          figures: [format.format(node.base), format.format(node.amount), percent.format(node.rate)],
        }))}
      />
      {plan.years.length > 1 && (
        <FigureTable
          label={t.yearsTable}
          testId="req-years-table"
          headers={[t.yearHeader, t.startHeader, t.amountHeader, t.cumulativeHeader]}
          rows={plan.years.map((row) => ({
            key: String(row.year),
            label: row.year,
            figures: [format.format(row.startBudget), format.format(row.requirement), format.format(row.cumulative)],
          }))}
        />
      )}
      <MessageBar intent={sumsOk ? "success" : "error"} data-testid="req-sums">
        <MessageBarBody>{sumsOk ? t.levelSums : t.levelSumsWrong}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
