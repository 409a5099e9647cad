// The Periodise panel: pick the budget table, the annual column and the profile, see the totals,
// then write 12 month columns as live formulas or as values. Nothing is written while a line has
// bad input, and no non-empty cell is overwritten without the user's explicit yes.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
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
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Language, Unit } from "../../core";
import { parseBlock, withSheet } from "../gateway/address";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import { choicesSchema, countFilled, planPeriodize, type Choices, type Plan } from "./periodizePlan";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  numbers: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  gateway: WorkbookGateway;
  strings: Strings;
  language: Language;
}

type Status = { intent: "success" | "error" | "info"; text: string } | null;

/** The column most likely to hold the annual budget: a header naming it, else the last numeric column. */
function guessAnnualColumn(table: RangeData): number {
  const headers = table.values[0].map((h) => String(h ?? "").toLowerCase());
  const named = headers.findIndex((h) => /budget|annual|årsbeløb/.test(h));
  if (named >= 0) return named;
  for (let c = headers.length - 1; c >= 0; c--) {
    if (table.values.slice(1).some((row) => typeof row[c] === "number")) return c;
  }
  return 0;
}

export function PeriodizePanel({ gateway, strings: t, language }: Props) {
  const styles = useStyles();
  const [table, setTable] = useState<RangeData | null>(null);
  const [annualColumn, setAnnualColumn] = useState(0);
  const [profileKind, setProfileKind] = useState<"equal" | "range">("equal");
  const [profileRef, setProfileRef] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<Unit>(1);
  const [mode, setMode] = useState<Choices["mode"]>("formulas");
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirm, setConfirm] = useState<{ count: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const format = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: unit === 0.01 ? 2 : 0,
    maximumFractionDigits: 2,
  });

  async function guarded(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setStatus({ intent: "error", text: t.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

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
      setAnnualColumn(guessAnnualColumn(data));
      setStatus(null);
    });

  async function makePlan(): Promise<Plan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    let profile: Choices["profile"] = { kind: "equal" };
    if (profileKind === "range") {
      if (profileRef.trim() === "") {
        setStatus({ intent: "error", text: t.noProfileRange });
        return null;
      }
      if (!parseBlock(profileRef.trim())) {
        setStatus({ intent: "error", text: t.badProfileRange(profileRef) });
        return null;
      }
      const weights = await gateway.readRange(profileRef.trim());
      profile = { kind: "range", ref: profileRef.trim(), weights: weights.values };
    }
    const choices = choicesSchema.parse({ annualColumn, profile, year: Number(year), unit, mode });
    // read the table again: the user may have changed a cell since choosing it
    const current = await gateway.readRange(withSheet(table.sheet, table.address));
    setTable(current);
    const next = planPeriodize(current, choices, t.months, language);
    setPlan(next);
    setStatus(null);
    return next;
  }

  const preview = () => guarded(async () => void (await makePlan()));

  async function write(current: Plan) {
    await gateway.writeRange(current.targetTopLeft, current.cells);
    setConfirm(null);
    setStatus({ intent: "success", text: t.written(current.lines.length, current.target) });
  }

  const startWrite = () =>
    guarded(async () => {
      const current = await makePlan();
      if (!current || current.bad.length > 0) return;
      const filled = countFilled((await gateway.readRange(current.target)).values);
      if (filled > 0) setConfirm({ count: filled });
      else await write(current);
    });

  const yearInvalid = !/^\d{4}$/.test(year);
  const headers = table?.values[0] ?? [];

  return (
    <div className={styles.panel}>
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
          <Field label={t.annualColumn}>
            <Select
              data-testid="annual-column"
              value={String(annualColumn)}
              onChange={(_, d) => {
                setAnnualColumn(Number(d.value));
                setPlan(null);
              }}
            >
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {String(h ?? "") || `#${i + 1}`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.profile}>
            <RadioGroup
              value={profileKind}
              onChange={(_, d) => {
                setProfileKind(d.value as "equal" | "range");
                setPlan(null);
              }}
            >
              <Radio value="equal" label={t.profileEqual} data-testid="profile-equal" />
              <Radio value="range" label={t.profileRange} data-testid="profile-range" />
            </RadioGroup>
          </Field>
          {profileKind === "range" && (
            <Field label={t.profileRangeRef}>
              <Input
                data-testid="profile-ref"
                value={profileRef}
                placeholder={t.profileRangePlaceholder}
                onChange={(_, d) => {
                  setProfileRef(d.value);
                  setPlan(null);
                }}
              />
            </Field>
          )}
          <div className={styles.row}>
            <Field label={t.year} validationState={yearInvalid ? "error" : "none"}>
              <Input data-testid="year" value={year} onChange={(_, d) => setYear(d.value)} style={{ width: 90 }} />
            </Field>
            <Field label={t.unit}>
              <Select data-testid="unit" value={String(unit)} onChange={(_, d) => setUnit(Number(d.value) as Unit)}>
                <option value="0.01">{t.unitOre}</option>
                <option value="1">{t.unitKrone}</option>
                <option value="1000">{t.unitThousand}</option>
              </Select>
            </Field>
          </div>
          <Field label={t.output}>
            <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as Choices["mode"])} layout="horizontal">
              <Radio value="formulas" label={t.outputFormulas} data-testid="mode-formulas" />
              <Radio value="values" label={t.outputValues} data-testid="mode-values" />
            </RadioGroup>
          </Field>
          <div className={styles.row}>
            <Button onClick={preview} disabled={busy || yearInvalid} data-testid="preview">
              {t.previewButton}
            </Button>
            <Button
              appearance="primary"
              onClick={startWrite}
              disabled={busy || yearInvalid || (plan !== null && plan.bad.length > 0)}
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
      {plan && plan.bad.length > 0 && (
        <MessageBar intent="error" data-testid="bad-lines">
          <MessageBarBody>
            <strong>{t.badLinesTitle}</strong>
            <ul>
              {plan.bad.map((line) => (
                <li key={line.address}>
                  <Link onClick={() => void gateway.selectRange(line.address)}>{line.address}</Link>
                  {line.label && ` (${line.label})`}: {line.error}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <div data-testid="plan">
          <span>{t.targetInfo(plan.target)}</span>
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
      <Dialog open={confirm !== null} onOpenChange={(_, d) => !d.open && setConfirm(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.overwriteTitle}</DialogTitle>
            <DialogContent>{confirm && plan && t.overwriteBody(confirm.count, plan.target)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(null)} data-testid="overwrite-cancel">
                {t.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => plan && guarded(() => write(plan))}
                data-testid="overwrite-confirm"
              >
                {t.overwriteConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
