// The Periodise panel: pick the budget table, the annual column and the profile, see the totals,
// then write 12 month columns as live formulas or as values. Nothing is written while a line has
// bad input, no non-empty cell is overwritten without the user's explicit yes, and a write can be
// undone (writeFlow.tsx).

import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language, Unit } from "../../core";
import { withSheet } from "../gateway/address";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import { ColumnSelect, UnitSelect } from "./ColumnSelect";
import { chosenOption, readYearField } from "./fields";
import { BadLines, useGuard, usePanelStyles } from "./shared";
import type { Strings } from "./i18n";
import { guessColumns } from "./columnGuess";
import { choicesSchema, PERIODIZE_COLUMNS, periodizeWrite, planPeriodize, planRespread, respreadSchema, type Choices, type Plan } from "./periodizePlan";
import { UndoButton, useWriteFlow, WriteDialogs, type PreparedWrite } from "./writeFlow";
import {
  ChoiceError,
  initialProfileForm,
  LIBRARY_ROWS,
  libraryEntries,
  profileChoiceFrom,
  ProfileFields,
  type LibraryEntry,
  type ProfileForm,
  type ProfileKind,
} from "./ProfileFields";

type Task = "periodize" | "respread";

/** Lines shown month by month before writing; the totals cover every line. */
const PREVIEW_LINES = 50;

const PERIODIZE_KINDS: readonly ProfileKind[] = ["equal", "days", "workdays", "library", "range", "historical", "activity", "payments", "salary"];
const RESPREAD_KINDS: readonly ProfileKind[] = ["current", ...PERIODIZE_KINDS];

const useStyles = makeStyles({
  linesBox: { overflowX: "auto", maxHeight: "240px", overflowY: "auto" },
  // each line on one row, as wide as its numbers need; the box scrolls sideways
  linesTable: { width: "max-content", "& td, & th": { whiteSpace: "nowrap" } },
});

interface Props {
  gateway: WorkbookGateway;
  strings: Strings;
  language: Language;
}


export function PeriodizePanel({ gateway, strings: t, language }: Props) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [table, setTable] = useState<RangeData | null>(null);
  const [annualColumn, setAnnualColumn] = useState(0);
  const [task, setTask] = useState<Task>("periodize");
  const [profileForm, setProfileForm] = useState<ProfileForm>(initialProfileForm("equal"));
  const [library, setLibrary] = useState<LibraryEntry[] | null>(null);
  const [firstMonthColumn, setFirstMonthColumn] = useState(1);
  const [lockedThrough, setLockedThrough] = useState(5);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<Unit>(1);
  const [mode, setMode] = useState<Choices["mode"]>("formulas");
  const [plan, setPlan] = useState<Plan | null>(null);
  const guard = useGuard(t, language);
  const { busy, status, setStatus, guarded } = guard;
  const flow = useWriteFlow(gateway, t, language, guard);

  const format = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: unit === 0.01 ? 2 : 0,
    maximumFractionDigits: 2,
  });

  const useSelection = () =>
    guarded(async () => {
      const data = await gateway.readRange(await gateway.getSelection());
      setPlan(null);
      if (data.values.length < 2) {
        setTable(null);
        setStatus({ intent: "error", text: t.tooFewRows });
        return;
      }
      setTable(data);
      const guessed = guessColumns(data.values, PERIODIZE_COLUMNS);
      setAnnualColumn(guessed.annual);
      setFirstMonthColumn(guessed.firstMonth);
      setStatus(null);
    });

  async function makePlan(): Promise<Plan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    let profile;
    try {
      profile = await profileChoiceFrom(profileForm, gateway, t, language);
    } catch (error) {
      if (!(error instanceof ChoiceError)) throw error;
      setStatus({ intent: "error", text: error.message });
      return null;
    }
    // read the table again: the user may have changed a cell since choosing it
    const current = await gateway.readRange(withSheet(table.sheet, table.address));
    setTable(current);
    const yearNumber = readYearField(year);
    let next: Plan;
    if (task === "periodize") {
      const choices = choicesSchema.parse({ annualColumn, profile, year: yearNumber, unit, mode });
      next = planPeriodize(current, choices, t.months, language);
    } else {
      if (firstMonthColumn + 12 > current.values[0].length) {
        setStatus({ intent: "error", text: t.noMonthColumns });
        return null;
      }
      const choices = respreadSchema.parse({ annualColumn, firstMonthColumn, lockedThrough, profile, year: yearNumber, unit });
      next = planRespread(current, choices, language);
    }
    setPlan(next);
    setStatus(next.error ? { intent: "error", text: next.error } : null);
    return next;
  }

  const loadLibrary = () =>
    guarded(async () => {
      const data = await gateway.readRange(`${profileForm.librarySheet}!A1:M${LIBRARY_ROWS}`);
      setLibrary(libraryEntries(data.values));
    });

  const changeTask = (next: Task) => {
    setTask(next);
    setPlan(null);
    setProfileForm(initialProfileForm(next === "periodize" ? "equal" : "current"));
  };

  const preview = () => guarded(async () => void (await makePlan()));

  /** The plan as steps to write, made from what the table holds now; null while it has bad input. */
  async function prepare(): Promise<PreparedWrite | null> {
    const current = await makePlan();
    return !current || current.bad.length > 0 || current.error ? null : periodizeWrite(current, t);
  }

  const startWrite = () => flow.start(prepare);

  const yearInvalid = readYearField(year) === null;
  const headers = table?.values[0] ?? [];

  return (
    <div className={styles.panel}>
      <Field label={t.task}>
        <RadioGroup value={task} onChange={(_, d) => changeTask(d.value as Task)}>
          <Radio value="periodize" label={t.taskPeriodize} data-testid="task-periodize" />
          <Radio value="respread" label={t.taskRespread} data-testid="task-respread" />
        </RadioGroup>
      </Field>
      <span className={styles.hint}>{t.selectionHint}</span>
      <Button appearance="primary" onClick={useSelection} disabled={busy} data-testid="use-selection">
        {t.useSelection}
      </Button>
      {table && (
        <span data-testid="table-address">
          {t.table}: {table.sheet}!{table.address} ({table.values.length - 1} {t.lines})
        </span>
      )}
      {table && (
        <>
          <ColumnSelect
            label={t.annualColumn}
            headers={headers}
            value={annualColumn}
            testId="annual-column"
            onChange={(column) => {
              setAnnualColumn(column ?? 0);
              setPlan(null);
            }}
          />
          {task === "respread" && (
            <>
              <span className={styles.hint}>{t.respreadHint}</span>
              <div className={styles.row}>
                <ColumnSelect
                  label={t.firstMonthColumn}
                  headers={headers}
                  value={firstMonthColumn}
                  testId="first-month-column"
                  onChange={(column) => {
                    setFirstMonthColumn(column ?? 0);
                    setPlan(null);
                  }}
                />
                <Field label={t.lockedThrough}>
                  <Select
                    data-testid="locked-through"
                    value={String(lockedThrough)}
                    onChange={(_, d) => {
                      setLockedThrough(chosenOption(d.value));
                      setPlan(null);
                    }}
                  >
                    {t.months.slice(0, 11).map((name, m) => (
                      <option key={m} value={m + 1}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            </>
          )}
          <ProfileFields
            form={profileForm}
            onChange={(form) => {
              setProfileForm(form);
              setPlan(null);
            }}
            kinds={task === "periodize" ? PERIODIZE_KINDS : RESPREAD_KINDS}
            library={library}
            onLoadLibrary={loadLibrary}
            t={t}
          />
          <div className={styles.row}>
            <Field label={t.year} validationState={yearInvalid ? "error" : "none"}>
              <Input data-testid="year" value={year} onChange={(_, d) => setYear(d.value)} style={{ width: 90 }} />
            </Field>
            <UnitSelect value={unit} onChange={setUnit} testId="unit" t={t} />
          </div>
          {task === "periodize" && (
          <Field label={t.output}>
            <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as Choices["mode"])} layout="horizontal">
              <Radio value="formulas" label={t.outputFormulas} data-testid="mode-formulas" />
              <Radio value="values" label={t.outputValues} data-testid="mode-values" />
            </RadioGroup>
          </Field>
          )}
          <div className={styles.row}>
            <Button onClick={preview} disabled={busy || yearInvalid} data-testid="preview">
              {t.previewButton}
            </Button>
            <Button
              appearance="primary"
              onClick={startWrite}
              disabled={busy || yearInvalid || (plan !== null && (plan.bad.length > 0 || plan.error !== null))}
              data-testid="write"
            >
              {t.writeButton}
            </Button>
          </div>
        </>
      )}
      {status && (
        <MessageBar intent={status.intent} data-testid="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={busy} testId="undo" />
      {plan && <BadLines lines={plan.bad} gateway={gateway} t={t} testId="bad-lines" />}
      {plan && (
        <div data-testid="plan">
          <span>{t.targetInfo(plan.target)}</span>
          <div className={styles.linesBox} data-testid="line-preview">
            <Table size="extra-small" aria-label={t.linePreview} className={styles.linesTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.linePreview}</TableHeaderCell>
                  {t.months.map((name) => (
                    <TableHeaderCell key={name} className={styles.numbers}>
                      {name}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.lines.slice(0, PREVIEW_LINES).map((line) => (
                  <TableRow key={line.address}>
                    <TableCell>{line.label || line.address}</TableCell>
                    {line.months
                      ? line.months.map((amount, m) => (
                          <TableCell key={m} className={styles.numbers}>
                            {format.format(amount)}
                          </TableCell>
                        ))
                      : t.months.map((_, m) => <TableCell key={m}>–</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {plan.lines.length > PREVIEW_LINES && <span>{t.moreLines(plan.lines.length - PREVIEW_LINES)}</span>}
          </div>
          <Table size="extra-small" aria-label={t.monthsTotal}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.month}</TableHeaderCell>
                <TableHeaderCell className={styles.numbers}>{t.total}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.monthTotals.map((amount, m) => (
                <TableRow key={m}>
                  <TableCell>{t.months[m]}</TableCell>
                  <TableCell className={styles.numbers}>{format.format(amount)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>
                  <strong>{t.monthsTotal}</strong>
                </TableCell>
                <TableCell className={styles.numbers} data-testid="months-total">
                  <strong>{format.format(plan.monthsTotal)}</strong>
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t.annualTotal}</TableCell>
                <TableCell className={styles.numbers} data-testid="annual-total">
                  {format.format(plan.annualTotal)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          <MessageBar intent={plan.monthsTotal === plan.annualTotal ? "success" : "error"}>
            <MessageBarBody>{plan.monthsTotal === plan.annualTotal ? t.totalsMatch : t.totalsDiffer}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <WriteDialogs flow={flow} t={t} />
    </div>
  );
}
