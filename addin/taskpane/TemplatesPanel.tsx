// The Templates panel (budgetskabeloner): build one template per department from the master's
// lines and send them out, then collect the returned files back. Build is the panel workflow
// (PanelShell): select the lines table, its columns guessed; the frames table and the profile
// library; the options; preview the departments; build, which writes the register to the status
// sheet (asking before anything is overwritten) and then offers the files: all as one .zip, each
// one to download or to open in Excel. Collect is TemplateCollect.tsx.

import { Button, Field, Input, Select, Tab, TabList, Textarea } from "@fluentui/react-components";
import { useState } from "react";
// the core's template modules one by one: the task pane needs the limit, not the template's code
import { MAX_FREE_ROWS } from "../../core/templates/model";
import type { BuildResult } from "../templates";
import { ChoiceSelect, ColumnSelect, UnitSelect } from "./ColumnSelect";
import { guessColumns } from "./columnGuess";
import { chosenOption } from "./fields";
import { FigureTable, numberFormat } from "./FigureTable";
import type { Strings } from "./i18n";
import { PanelShell, type PanelView } from "./PanelShell";
import { BuiltFiles } from "./BuiltFiles";
import { FieldGroup, usePanelStyles } from "./shared";
import { templateBuildPlanner, type TemplateBuildForm, type TemplateBuildPlan } from "./templateBuild";
import { TemplateCollect } from "./TemplateCollect";
import { buildOnDemand } from "./templateFiles";
import { FRAME_COLUMNS, TEMPLATE_COLUMNS } from "./templateInput";
import { usePanelWorkflow, type PanelProps } from "./usePanelWorkflow";

const VIEW: PanelView<typeof TEMPLATE_COLUMNS, TemplateBuildForm> = {
  testIds: "tp-",
  hint: (t) => t.templates.buildHint,
  writeLabel: (t) => t.templates.buildButton,
  columnTestId: (key) => `tp-column-${key}`,
  countLines: true,
};

const LANGUAGES = ["da", "en"] as const;

export function TemplatesPanel(props: PanelProps) {
  const t = props.strings;
  const styles = usePanelStyles();
  const [part, setPart] = useState<"build" | "collect">("build");
  return (
    <div className={styles.panel}>
      <TabList size="small" selectedValue={part} onTabSelect={(_, d) => setPart(d.value === "collect" ? "collect" : "build")}>
        <Tab value="build" data-testid="tp-part-build">
          {t.templates.buildPart}
        </Tab>
        <Tab value="collect" data-testid="tp-part-collect">
          {t.templates.collectPart}
        </Tab>
      </TabList>
      {/* both stay mounted, so going back and forth keeps what was chosen and built */}
      <div hidden={part !== "build"}>
        <TemplateBuild {...props} />
      </div>
      <div hidden={part !== "collect"}>
        <TemplateCollect {...props} />
      </div>
    </div>
  );
}

function TemplateBuild(props: PanelProps) {
  const { gateway, strings: t, language } = props;
  const w = t.templates;
  const styles = usePanelStyles();
  // the templates built are offered once the register holding them is written
  const [built, setBuilt] = useState<BuildResult | null>(null);
  const [planner] = useState(() => {
    const base = templateBuildPlanner(buildOnDemand);
    return { ...base, write: (plan: TemplateBuildPlan, strings: Strings) => ({ ...base.write(plan, strings), onWritten: () => setBuilt(plan.built) }) };
  });
  const workflow = usePanelWorkflow(planner, props);
  const { form, change } = workflow;
  const offered = built !== null && workflow.flow.canUndo;

  const takeFrames = () =>
    workflow.guarded(async () => {
      const ref = await gateway.getSelection();
      const table = await gateway.readRange(ref);
      const columns = guessColumns(table.values, FRAME_COLUMNS);
      change({ framesRef: ref, framesHeaders: table.values[0] ?? [], frameUnitColumn: columns.unit, frameColumn: columns.frame });
    });

  return (
    <div className={styles.panel}>
      <PanelShell workflow={workflow} view={VIEW} written={offered} preview={(plan) => <DepartmentsPreview plan={plan} t={t} language={language} />}>
        <Field label={w.frames} hint={w.framesHint}>
          <div className={styles.row}>
            <Input className={styles.grow} value={form.framesRef} placeholder={w.framesPlaceholder} onChange={(_, d) => change({ framesRef: d.value, framesHeaders: [] })} data-testid="tp-frames" />
            <Button onClick={takeFrames} disabledFocusable={workflow.busy} data-testid="tp-frames-selection">
              {t.useSelectionShort}
            </Button>
          </div>
        </Field>
        {form.framesHeaders.length > 0 && (
          <div className={styles.row}>
            <ColumnSelect label={t.frameUnitColumn} headers={form.framesHeaders} value={form.frameUnitColumn} testId="tp-frame-unit" onChange={(c) => c !== null && change({ frameUnitColumn: c })} />
            <ColumnSelect label={t.frameColumn} headers={form.framesHeaders} value={form.frameColumn} testId="tp-frame-column" onChange={(c) => c !== null && change({ frameColumn: c })} />
          </div>
        )}
        <Field label={w.library} hint={w.libraryHint}>
          <Input value={form.librarySheet} onChange={(_, d) => change({ librarySheet: d.value })} data-testid="tp-library" />
        </Field>
        <div className={styles.row}>
          <Field label={t.year}>
            <Input value={form.year} onChange={(_, d) => change({ year: d.value })} style={{ width: 80 }} data-testid="tp-year" />
          </Field>
          <UnitSelect value={form.unit} onChange={(unit) => change({ unit })} testId="tp-unit" t={t} />
        </div>
        <div className={styles.row}>
          <Field label={w.deadline}>
            <Input type="date" value={form.deadline} onChange={(_, d) => change({ deadline: d.value })} data-testid="tp-deadline" />
          </Field>
          <Field label={w.freeRows}>
            <Select value={String(form.freeRows)} onChange={(_, d) => change({ freeRows: chosenOption(d.value) })} data-testid="tp-free-rows">
              {Array.from({ length: MAX_FREE_ROWS + 1 }, (_, n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={w.contact}>
          <Input value={form.contact} placeholder={w.contactPlaceholder} onChange={(_, d) => change({ contact: d.value })} data-testid="tp-contact" />
        </Field>
        <Field label={w.instructions}>
          <Textarea value={form.instructions} onChange={(_, d) => change({ instructions: d.value })} resize="vertical" data-testid="tp-instructions" />
        </Field>
        <FieldGroup label={w.justifyFrom}>
          <div className={styles.row}>
            <Field label={w.justifyAmount}>
              <Input value={form.justifyAmount} onChange={(_, d) => change({ justifyAmount: d.value })} style={{ width: 120 }} data-testid="tp-justify-amount" />
            </Field>
            <Field label={w.justifyRate}>
              <Input value={form.justifyRate} onChange={(_, d) => change({ justifyRate: d.value })} style={{ width: 80 }} data-testid="tp-justify-rate" />
            </Field>
          </div>
        </FieldGroup>
        <ChoiceSelect label={w.templateLanguage} testId="tp-language" value={form.language} options={LANGUAGES} text={(l) => w.languages[l]} onChange={(l) => change({ language: l })} />
      </PanelShell>
      {offered && <BuiltFiles built={built} zipName={w.zipName(built.register[0]?.year ?? "")} testIds="tp-" {...props} />}
    </div>
  );
}

/** The departments a build makes a template for, with their lines and frames. */
function DepartmentsPreview({ plan, t, language }: { plan: TemplateBuildPlan; t: Strings; language: PanelProps["language"] }) {
  const styles = usePanelStyles();
  if (plan.departments.length === 0) return null;
  const amounts = numberFormat(language, { maximumFractionDigits: 2 });
  const h = t.templates.previewHeaders;
  return (
    <div className={styles.panel} data-testid="tp-plan">
      <span>{t.templates.previewInfo(plan.departments.length, plan.statusSheet)}</span>
      <FigureTable
        label={t.templatesTab}
        tall
        headers={[h.department, h.lines, h.frame]}
        rows={plan.departments.map((d) => ({
          key: d.department,
          testId: `tp-department-${d.department}`,
          label: (
            <>
              {d.department} {d.departmentName}
              <br />
              <span className={styles.hint}>
                {d.parent}
                {d.version > 1 && ` · ${t.templates.versionShort(d.version)}`}
              </span>
            </>
          ),
          figures: [d.lines, amounts.format(d.frame)],
        }))}
      />
    </div>
  );
}
