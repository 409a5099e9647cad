// The Forecast panel (forventet årsresultat): pick the follow-up table and its columns, the month,
// the projection method (or the backtest's pick), the materiality thresholds and the report sheet;
// see every line's projected year-end and expected result; then write the report sheet with its
// chart and highlighted material variances. Running it again next month updates the numbers and
// keeps the explanations typed in the report, wherever it has moved to. Nothing is written while
// the input is bad, no cell outside an earlier report is overwritten without the user's yes, and
// a write can be undone (writeFlow.tsx).

import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { FORECAST_METHODS, MONTHS, type Language, type Unit } from "../../core";
import { withSheet } from "../gateway/address";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import { guessColumns } from "./columnGuess";
import { ColumnSelect, UnitSelect } from "./ColumnSelect";
import { FORECAST_COLUMNS, forecastChoices, type ForecastColumns } from "./forecastForm";
import { bookedMonths } from "./forecastLines";
import type { ForecastPlan } from "./forecastPlan";
import { chosenOption } from "./fields";
import { forecastWrite, readForecast } from "./forecastReport";
import type { Strings } from "./i18n";
import { BadLines, useGuard, usePanelStyles } from "./shared";
import { UndoButton, useWriteFlow, WriteDialogs, type PreparedWrite } from "./writeFlow";

const useStyles = makeStyles({
  material: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

const METHODS = [...FORECAST_METHODS, "auto"] as const;
type Method = (typeof METHODS)[number];

export function ForecastPanel({ gateway, strings: t, language }: { gateway: WorkbookGateway; strings: Strings; language: Language }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [table, setTable] = useState<RangeData | null>(null);
  const [columns, setColumns] = useState<ForecastColumns>(() => guessColumns([], FORECAST_COLUMNS));
  const [month, setMonth] = useState(1);
  const [method, setMethod] = useState<Method>("profile");
  const [historyRef, setHistoryRef] = useState("");
  const [materialAmount, setMaterialAmount] = useState("100000");
  const [materialRate, setMaterialRate] = useState("5");
  const [capRate, setCapRate] = useState("2");
  const [unit, setUnit] = useState<Unit>(1);
  const [reportSheet, setReportSheet] = useState(t.defaultReportSheet);
  const [chartLine, setChartLine] = useState<string | null>(null);
  const [plan, setPlan] = useState<ForecastPlan | null>(null);
  const guard = useGuard(t, language);
  const { busy, status, setStatus, guarded } = guard;
  const flow = useWriteFlow(gateway, t, language, guard);
  const format = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 2 });

  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPlan(null);
  };

  const useSelection = () =>
    guarded(async () => {
      const data = await gateway.readRange(await gateway.getSelection());
      setPlan(null);
      if (data.values.length < 2) {
        setTable(null);
        setStatus({ intent: "error", text: t.tooFewRows });
        return;
      }
      const next = guessColumns(data.values, FORECAST_COLUMNS);
      setColumns(next);
      setMonth(Math.max(1, bookedMonths(data, next.actual)));
      setTable(data);
      setChartLine(null);
      setStatus(null);
    });

  const useHistorySelection = () =>
    guarded(async () => {
      setHistoryRef(await gateway.getSelection());
      setPlan(null);
    });

  async function makePlan(): Promise<ForecastPlan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    const picked = forecastChoices(
      {
        keyColumn: columns.key,
        actualColumn: columns.actual,
        budgetColumn: columns.budget,
        adjustmentColumn: columns.adjustment,
        month,
        method,
        unit,
        materialAmount,
        materialRate,
        capRate,
        reportSheet,
        chartLine,
      },
      t,
      language,
    );
    const next = await readForecast(gateway, withSheet(table.sheet, table.address), historyRef, picked, t, language);
    setTable(next.table);
    setPlan(next);
    setStatus(next.error ? { intent: "error", text: next.error } : null);
    return next;
  }

  /** The report as steps to write, made from what the table and the report sheet hold now. */
  async function prepare(): Promise<PreparedWrite | null> {
    const current = await makePlan();
    return !current || current.error || current.bad.length > 0 ? null : forecastWrite(current, t);
  }

  const startWrite = () => flow.start(prepare);

  const columnSelect = (label: string, key: keyof typeof columns, optional: boolean) => (
    <ColumnSelect
      label={label}
      headers={table?.values[0] ?? []}
      value={columns[key]}
      testId={`fc-column-${key}`}
      none={optional ? t.noColumn : undefined}
      onChange={(column) => changed(setColumns)({ ...columns, [key]: column })}
    />
  );
  const material = plan?.lines.filter((l) => l.material).length ?? 0;

  return (
    <div className={styles.panel}>
      <span className={styles.hint}>{t.forecastHint}</span>
      <Button appearance="primary" onClick={useSelection} disabled={busy} data-testid="fc-use-selection">
        {t.useSelection}
      </Button>
      {table && (
        <>
          <span data-testid="fc-table-address">
            {t.table}: {table.sheet}!{table.address}
          </span>
          {columnSelect(t.lineKeyColumn, "key", false)}
          {columnSelect(t.actualColumn, "actual", false)}
          {columnSelect(t.budgetMonthColumn, "budget", false)}
          {columnSelect(t.adjustmentColumn, "adjustment", true)}
          <Field label={t.reportMonth}>
            <Select data-testid="fc-month" value={String(month)} onChange={(_, d) => changed(setMonth)(chosenOption(d.value))}>
              {t.months.slice(0, MONTHS).map((name, i) => (
                <option key={name} value={i + 1}>
                  {i + 1} ({name})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.forecastMethod}>
            <Select data-testid="fc-method" value={method} onChange={(_, d) => changed(setMethod)(d.value as Method)}>
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t.forecastMethods[m]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.historyRef}>
            <div className={styles.row}>
              <Input value={historyRef} placeholder={t.historyPlaceholder} onChange={(_, d) => changed(setHistoryRef)(d.value)} data-testid="fc-history" />
              <Button onClick={useHistorySelection} disabled={busy} data-testid="fc-history-selection">
                {t.useSelectionShort}
              </Button>
            </div>
          </Field>
          <div className={styles.row}>
            <Field label={t.materialAmount}>
              <Input value={materialAmount} onChange={(_, d) => changed(setMaterialAmount)(d.value)} style={{ width: 120 }} data-testid="fc-material-amount" />
            </Field>
            <Field label={t.materialRate}>
              <Input value={materialRate} onChange={(_, d) => changed(setMaterialRate)(d.value)} style={{ width: 80 }} data-testid="fc-material-rate" />
            </Field>
            <Field label={t.capRate}>
              <Input value={capRate} onChange={(_, d) => changed(setCapRate)(d.value)} style={{ width: 80 }} data-testid="fc-cap-rate" />
            </Field>
          </div>
          <div className={styles.row}>
            <UnitSelect value={unit} onChange={changed(setUnit)} testId="fc-unit" t={t} />
            <Field label={t.reportSheet}>
              <Input value={reportSheet} onChange={(_, d) => changed(setReportSheet)(d.value)} style={{ width: 140 }} data-testid="fc-sheet" />
            </Field>
          </div>
          <Field label={t.chartLine}>
            <Select data-testid="fc-chart-line" value={chartLine ?? ""} onChange={(_, d) => changed(setChartLine)(d.value === "" ? null : d.value)}>
              <option value="">{t.totalLabel}</option>
              {table.values.slice(1).map((row, i) => {
                const key = String(row[columns.key] ?? "").trim();
                return key === "" ? null : (
                  <option key={`${key}-${i}`} value={key}>
                    {key}
                  </option>
                );
              })}
            </Select>
          </Field>
          <div className={styles.row}>
            <Button onClick={() => guarded(async () => void (await makePlan()))} disabled={busy} data-testid="fc-preview">
              {t.previewButton}
            </Button>
            <Button appearance="primary" onClick={startWrite} disabled={busy} data-testid="fc-write">
              {t.writeReport}
            </Button>
          </div>
        </>
      )}
      {status && (
        <MessageBar intent={status.intent} data-testid="fc-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={busy} testId="fc-undo" />
      {plan && <BadLines lines={plan.bad} gateway={gateway} t={t} testId="fc-bad-lines" />}
      {plan && plan.total && (
        <div data-testid="fc-plan">
          <span>{t.forecastPlanInfo(plan.sheet, plan.lines.length)}</span>
          <div className={styles.scrollBox}>
            <Table size="extra-small" aria-label={t.forecastTab}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.reportHeaders("").key}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.yearEndHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.budgetHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.expectedResult}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...plan.lines, { ...plan.total, key: t.totalLabel }].map((line) => (
                  <TableRow key={line.key} className={line.material ? styles.material : undefined} data-testid={`fc-line-${line.key}`}>
                    <TableCell>{line.key}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(line.yearEnd)}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(line.budget)}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(line.result)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <span data-testid="fc-material">{t.materialCount(material)}</span>
        </div>
      )}
      <WriteDialogs flow={flow} t={t} prefix="fc-" />
    </div>
  );
}
