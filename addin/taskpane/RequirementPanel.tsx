// The Requirement panel (udmøntning af krav): pick the units table and its columns, the
// requirement (a rate of the top unit's budget or a total), and a method per level with optional
// floors and caps; see the tree with every unit's amount and effective rate and every level's sum;
// then write the result columns and a native chart of the effective rates. Nothing is written while
// the input is bad, no non-empty cell is overwritten without the user's yes, and a write can be
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
} from "@fluentui/react-components";
import { useState } from "react";
import { LEVEL_METHODS, type Language, type Unit } from "../../core";
import { withSheet } from "../gateway/address";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import { guessColumns } from "./columnGuess";
import { ColumnSelect, UnitSelect } from "./ColumnSelect";
import { useGuard, usePanelStyles } from "./shared";
import type { Strings } from "./i18n";
import { planRequirement, REQUIREMENT_COLUMNS, requirementChoices, requirementWrite, type LevelForm, type RequirementColumns, type RequirementPlan } from "./requirementPlan";
import { UndoButton, useWriteFlow, WriteDialogs, type PreparedWrite } from "./writeFlow";

type Method = LevelForm["method"];

const newLevel = (): LevelForm => ({ method: "general", strength: "1", floor: "", cap: "" });


/** How deep the tree goes, from the parent column: the number of levels to choose methods for. */
function depthOf(table: RangeData, nameColumn: number, parentColumn: number): number {
  const parentOf = new Map(table.values.slice(1).map((r) => [String(r[nameColumn] ?? ""), String(r[parentColumn] ?? "")]));
  let deepest = 0;
  for (const name of parentOf.keys()) {
    let depth = 0;
    for (let p = parentOf.get(name); p && depth <= parentOf.size; p = parentOf.get(p)) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

export function RequirementPanel({ gateway, strings: t, language }: { gateway: WorkbookGateway; strings: Strings; language: Language }) {
  const styles = usePanelStyles();
  const [table, setTable] = useState<RangeData | null>(null);
  const [columns, setColumns] = useState<RequirementColumns>(() => guessColumns([], REQUIREMENT_COLUMNS));
  const [kind, setKind] = useState<"rate" | "total">("rate");
  const [amount, setAmount] = useState("2");
  const [levels, setLevels] = useState<LevelForm[]>([newLevel()]);
  const [unit, setUnit] = useState<Unit>(1);
  const [expressAs, setExpressAs] = useState<"reduction" | "activity">("reduction");
  const [years, setYears] = useState("1");
  const [plan, setPlan] = useState<RequirementPlan | null>(null);
  const guard = useGuard(t, language);
  const { busy, status, setStatus, guarded } = guard;
  const flow = useWriteFlow(gateway, t, language, guard);
  const format = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 4 });

  const useSelection = () =>
    guarded(async () => {
      const data = await gateway.readRange(await gateway.getSelection());
      setPlan(null);
      if (data.values.length < 2) {
        setTable(null);
        setStatus({ intent: "error", text: t.tooFewRows });
        return;
      }
      const next = guessColumns(data.values, REQUIREMENT_COLUMNS);
      setColumns(next);
      setLevels(Array.from({ length: Math.max(1, depthOf(data, next.name, next.parent)) }, newLevel));
      setTable(data);
      setStatus(null);
    });

  async function makePlan(): Promise<RequirementPlan | null> {
    if (!table) {
      setStatus({ intent: "error", text: t.noSelection });
      return null;
    }
    const current = await gateway.readRange(withSheet(table.sheet, table.address));
    setTable(current);
    const next = planRequirement(current, requirementChoices({ columns, kind, amount, levels, unit, expressAs, years }, t, language), t.resultHeaders, language);
    setPlan(next);
    setStatus(next.error ? { intent: "error", text: next.error } : null);
    return next;
  }

  /** The results and the chart as steps to write, made from what the table holds now. */
  async function prepare(): Promise<PreparedWrite | null> {
    const current = await makePlan();
    return !current || current.error ? null : requirementWrite(current, t);
  }

  const startWrite = () => flow.start(prepare);

  const columnSelect = (label: string, key: keyof typeof columns, optional: boolean) => (
    <ColumnSelect
      label={label}
      headers={table?.values[0] ?? []}
      value={columns[key]}
      testId={`column-${key}`}
      none={optional ? t.noColumn : undefined}
      onChange={(column) => {
        setColumns({ ...columns, [key]: column });
        setPlan(null);
      }}
    />
  );
  const sumsOk = plan !== null && plan.checks.every((c) => c.amount === c.childrenSum);

  return (
    <div className={styles.panel}>
      <span className={styles.hint}>{t.requirementHint}</span>
      <Button appearance="primary" onClick={useSelection} disabled={busy} data-testid="req-use-selection">
        {t.useSelection}
      </Button>
      {table && (
        <>
          <span data-testid="req-table-address">
            {t.table}: {table.sheet}!{table.address}
          </span>
          {columnSelect(t.nameColumn, "name", false)}
          {columnSelect(t.parentColumn, "parent", false)}
          {columnSelect(t.baseColumn, "base", false)}
          {columnSelect(t.keyColumn, "key", true)}
          {columnSelect(t.indexColumn, "index", true)}
          {columnSelect(t.exemptColumn, "exempt", true)}
          <Field label={t.requirementAs}>
            <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as "rate" | "total")} layout="horizontal">
              <Radio value="rate" label={t.requirementRate} data-testid="req-rate" />
              <Radio value="total" label={t.requirementTotal} data-testid="req-total" />
            </RadioGroup>
            <Input value={amount} onChange={(_, d) => setAmount(d.value)} data-testid="req-amount" />
          </Field>
          {levels.map((level, i) => {
            const set = (patch: Partial<LevelForm>) => {
              setLevels(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
              setPlan(null);
            };
            return (
              <Field key={i} label={t.level(i + 1)}>
                <div className={styles.row}>
                  <Select data-testid={`level-${i + 1}-method`} value={level.method} onChange={(_, d) => set({ method: d.value as Method })}>
                    {LEVEL_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t.methods[m]}
                      </option>
                    ))}
                  </Select>
                  {level.method === "productivity" && (
                    <Input aria-label={t.strength} placeholder={t.strength} value={level.strength} style={{ width: 70 }} data-testid={`level-${i + 1}-strength`} onChange={(_, d) => set({ strength: d.value })} />
                  )}
                  <Input aria-label={t.floor} placeholder={t.floor} value={level.floor} style={{ width: 110 }} data-testid={`level-${i + 1}-floor`} onChange={(_, d) => set({ floor: d.value })} />
                  <Input aria-label={t.cap} placeholder={t.cap} value={level.cap} style={{ width: 110 }} data-testid={`level-${i + 1}-cap`} onChange={(_, d) => set({ cap: d.value })} />
                </div>
              </Field>
            );
          })}
          <div className={styles.row}>
            <Field label={t.expressAs}>
              <RadioGroup value={expressAs} onChange={(_, d) => setExpressAs(d.value as "reduction" | "activity")}>
                <Radio value="reduction" label={t.expressReduction} data-testid="req-reduction" />
                <Radio value="activity" label={t.expressActivity} data-testid="req-activity" />
              </RadioGroup>
            </Field>
            <Field label={t.years}>
              <Input value={years} onChange={(_, d) => setYears(d.value)} style={{ width: 60 }} data-testid="req-years" />
            </Field>
          </div>
          <UnitSelect value={unit} onChange={setUnit} testId="req-unit" t={t} />
          <div className={styles.row}>
            <Button onClick={() => guarded(async () => void (await makePlan()))} disabled={busy} data-testid="req-preview">
              {t.previewButton}
            </Button>
            <Button appearance="primary" onClick={startWrite} disabled={busy || (plan !== null && plan.error !== null)} data-testid="req-write">
              {t.writeResults}
            </Button>
          </div>
        </>
      )}
      {status && (
        <MessageBar intent={status.intent} data-testid="req-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={busy} testId="req-undo" />
      {plan && !plan.error && (
        <div data-testid="req-plan">
          <span>{t.resultsInfo(plan.target)}</span>
          <div className={styles.scrollBox}>
            <Table size="extra-small" aria-label={t.requirementTab}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.unitHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.budgetHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.amountHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.rateHeader}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.nodes.map((node) => (
                  <TableRow key={node.id} data-testid={`req-node-${node.id}`}>
                    <TableCell style={{ paddingLeft: `${node.depth * 14 + 4}px`, whiteSpace: "nowrap" }}>{node.id}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(node.base)}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(node.amount)}</TableCell>
                    <TableCell className={styles.numbers}>{percent.format(node.rate)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {plan.years.length > 1 && (
            <Table size="extra-small" aria-label={t.yearsTable} data-testid="req-years-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.yearHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.startHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.amountHeader}</TableHeaderCell>
                  <TableHeaderCell className={styles.numbers}>{t.cumulativeHeader}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.years.map((row) => (
                  <TableRow key={row.year}>
                    <TableCell>{row.year}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(row.startBudget)}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(row.requirement)}</TableCell>
                    <TableCell className={styles.numbers}>{format.format(row.cumulative)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <MessageBar intent={sumsOk ? "success" : "error"} data-testid="req-sums">
            <MessageBarBody>{sumsOk ? t.levelSums : t.levelSumsWrong}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <WriteDialogs flow={flow} t={t} prefix="req-" />
    </div>
  );
}
