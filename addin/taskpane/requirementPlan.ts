// What the Requirement panel will write, worked out first: the units read from the table, the
// cascade (core) from the top unit down, every level's sums, and the result block right of the
// table (unit, effective rate, requirement, budget after), and beside it the chart's data: each
// unit's effective rate in the column of its level (the top unit's, level 1's, ...), so that the
// chart has one series per level and the unit names as Excel's own category labels.

import { FIELD } from "./fieldSubjects";
import {
  BudgetError,
  checkPercentOrder,
  cascade,
  compoundRequirement,
  flattenCascade,
  LEVEL_METHODS,
  rateOfBase,
  sumAmounts,
  type CascadeNode,
  type CascadeUnit,
  type Language,
  type RequirementRow,
  type LabelId,
  type Subject,
  type Unit,
  cellText,
  isBlank,
  isCellError,
} from "../../core";
import { readNumber, type Cell } from "../functions/cells";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, RangeData } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import { fieldProblem, isBlankField, readAmountField, readNumberField, readPercentField } from "./fields";
import type { Strings } from "./i18n";
import { amountFormat, RATE_FORMAT, type BlockFormat } from "./numberFormats";
import type { Planner } from "./planner";
import type { PreparedWrite } from "./writeFlow";

/** The units table's columns: unit, parent and budget, and the optional key, index and exemption. */
export const REQUIREMENT_COLUMNS = {
  name: { role: "unit", fallback: 0 },
  parent: { role: "parent", fallback: 1 },
  base: { role: "base", fallback: 2 },
  key: { role: "allocationKey", optional: true },
  index: { role: "productivityIndex", optional: true },
  exempt: { role: "exempt", optional: true },
} as const satisfies ColumnWants;

export type RequirementColumns = ColumnsOf<typeof REQUIREMENT_COLUMNS>;

/** The panel's choices, read and checked: table columns are 0-based positions in the table. */
export interface RequirementChoices {
  nameColumn: number;
  parentColumn: number;
  baseColumn: number;
  keyColumn: number | null;
  indexColumn: number | null;
  exemptColumn: number | null;
  requirement: { kind: "rate"; rate: number } | { kind: "total"; total: number };
  levels: { method: (typeof LEVEL_METHODS)[number]; strength: number; minRate?: number; maxRate?: number }[];
  unit: Unit;
  /** A budget reduction (budget after = base - requirement) or an activity requirement (target = base + requirement). */
  expressAs: "reduction" | "activity";
  /** Years of a yearly rate, compounded, shown for the top unit. */
  years: number;
}

/** One level's fields as typed: method, and strength, floor and cap as text. */
export interface LevelForm {
  method: (typeof LEVEL_METHODS)[number];
  strength: string;
  floor: string;
  cap: string;
}

/** The panel's fields as typed: columns as picked, the requirement and the numbers as text. */
export interface RequirementForm {
  columns: RequirementColumns;
  kind: "rate" | "total";
  amount: string;
  levels: readonly LevelForm[];
  unit: RequirementChoices["unit"];
  expressAs: RequirementChoices["expressAs"];
  years: string;
}

/** The number of years as typed: a whole number from 1 to 50. */
function readYears(text: string, language: Language): number {
  const years = readNumberField(text, language, FIELD.years);
  if (!Number.isInteger(years) || years < 1 || years > 50) throw new BudgetError("YEARS_INVALID", { value: years });
  return years;
}

/** The requirement as typed: a rate of the top unit's budget, or a total. */
function readRequirement(kind: RequirementForm["kind"], text: string, language: Language): RequirementChoices["requirement"] {
  return kind === "rate" ? { kind: "rate", rate: readPercentField(text, language, FIELD.rate) } : { kind: "total", total: readAmountField(text, language, FIELD.total) };
}

/** A level as typed: its strength (productivity only, 0 or more), and its floor and cap, the floor not above the cap. */
function readLevel(l: LevelForm, language: Language): RequirementChoices["levels"][number] {
  const strength = l.method === "productivity" ? readNumberField(l.strength, language, FIELD.strength) : 0;
  if (strength < 0) throw new BudgetError("STRENGTH_INVALID", { value: strength });
  const minRate = isBlankField(l.floor) ? undefined : readPercentField(l.floor, language, FIELD.floor);
  const maxRate = isBlankField(l.cap) ? undefined : readPercentField(l.cap, language, FIELD.cap);
  checkPercentOrder(minRate, maxRate, { floor: FIELD.floor, cap: FIELD.cap });
  return { method: l.method, strength, minRate, maxRate };
}

/** The panel's fields read and checked; a bad field raises a BudgetError naming it. */
export function requirementChoices(form: RequirementForm, t: Strings, language: Language): RequirementChoices {
  const years = readYears(form.years, language);
  const requirement = readRequirement(form.kind, form.amount, language);
  const levels = form.levels.map((l) => readLevel(l, language));
  return {
    nameColumn: form.columns.name,
    parentColumn: form.columns.parent,
    baseColumn: form.columns.base,
    keyColumn: form.columns.key,
    indexColumn: form.columns.index,
    exemptColumn: form.columns.exempt,
    requirement,
    levels,
    unit: form.unit,
    expressAs: form.expressAs,
    years,
  };
}

/** What is wrong with the typed fields, each as its message under the field (a level's under the level); null when it reads. */
export type RequirementProblems = {
  amount: string | null;
  years: string | null;
  levels: (string | null)[];
};

export function requirementFieldProblems(form: RequirementFields, language: Language): RequirementProblems {
  return {
    amount: fieldProblem(() => readRequirement(form.kind, form.amount, language), language),
    years: fieldProblem(() => readYears(form.years, language), language),
    levels: form.levels.map((l) => fieldProblem(() => readLevel(l, language), language)),
  };
}

export interface LevelCheck {
  parent: string;
  amount: number;
  childrenSum: number;
}

export interface RequirementPlan {
  error: string | null;
  /** The top unit's requirement year by year, when the requirement is a yearly rate. */
  years: RequirementRow[];
  nodes: CascadeNode[];
  checks: LevelCheck[];
  target: string;
  targetTopLeft: string;
  cells: CellInput[][];
  /** The formats written after the cells: the header row bold, the rate as a percentage, the amounts with thousands separators. */
  formats: BlockFormat[];
  chartRange: string;
  /** The chart's series, one per level from the top unit down: its name, as the chart block's header says. */
  chartSeries: string[];
}

const SUM: Subject = { label: "sum" };
/** The core names the floor and the cap as a worksheet does (minRate, maxRate); here they are fields. */
const FIELD_NAMES: Partial<Record<LabelId, Subject>> = { minRate: { label: "floor" }, maxRate: { label: "cap" } };
const text = cellText;
const optionalNumber = (v: CellValue, what: Subject): number | null => (isBlank(v) ? null : readNumber(v as Cell, what));
/**
 * An exemption column: any mark ("x", "ja", "sand", TRUE, 1) exempts the unit; blank, 0, FALSE,
 * "nej" or "falsk" do not. An error value marks nothing: it is a problem with the cell.
 */
function isMarked(v: CellValue, what: Subject): boolean {
  if (isCellError(v)) throw new BudgetError("AMOUNT_ERROR", { what, text: v.error });
  return !isBlank(v) && v !== 0 && v !== false && !/^(nej|no|false|falsk|0)$/i.test(cellText(v));
}

/** The units as the core takes them; a bad cell is an error naming the unit. */
export function unitsFromTable(table: RangeData, c: RequirementChoices): CascadeUnit[] {
  return table.values.slice(1).map((row) => {
    const id = text(row[c.nameColumn]);
    const parent = text(row[c.parentColumn]);
    return {
      id,
      parent: parent === "" ? null : parent,
      base: readNumber(row[c.baseColumn] as Cell, { label: "budgetOf", key: id }),
      key: c.keyColumn === null ? null : optionalNumber(row[c.keyColumn], { label: "keyOf", key: id }),
      index: c.indexColumn === null ? null : optionalNumber(row[c.indexColumn], { label: "indexOf", key: id }),
      exempt: c.exemptColumn === null ? false : isMarked(row[c.exemptColumn], { label: "exemptOf", key: id }),
    };
  });
}


/** The result block's header row, in the user's language (from i18n). */
export interface ResultHeaders {
  reduction: readonly string[];
  activity: readonly string[];
  /** The chart block's series: the top unit's, and level n's (the panel's "Level n"). */
  topLevel: string;
  level: (n: number) => string;
}

/** Columns of the result block: unit, effective rate, requirement, budget after (or activity target). */
const RESULT_COLUMNS = 4;

export function planRequirement(table: RangeData, choices: RequirementChoices, headers: ResultHeaders, language: Language): RequirementPlan {
  const rows = table.values.length - 1;
  const topLeft = { row: table.row, column: table.column + table.values[0].length };
  const block = (row: number, column: number, count: number, columns: number) =>
    withSheet(table.sheet, blockAddress({ row: topLeft.row + row, column: topLeft.column + column }, count, columns));
  const empty = { years: [], nodes: [], checks: [], target: block(0, 0, rows + 1, RESULT_COLUMNS), targetTopLeft: withSheet(table.sheet, cellName(topLeft)), cells: [], formats: [], chartRange: block(0, RESULT_COLUMNS, rows + 1, 2), chartSeries: [] };
  try {
    const units = unitsFromTable(table, choices);
    const top = units.find((u) => u.parent === null);
    const total =
      choices.requirement.kind === "total" ? choices.requirement.total : rateOfBase(top ? top.base : 0, choices.requirement.rate, choices.unit);
    const tree = cascade(total, units, {
      levels: choices.levels.map((l) => ({ method: l.method, strength: l.strength, minRate: l.minRate, maxRate: l.maxRate })),
      unit: choices.unit,
    });
    const nodes = flattenCascade(tree);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const checks = nodes
      .filter((n) => n.children.length > 0)
      .map((n) => ({ parent: n.id, amount: n.amount, childrenSum: sumAmounts(n.children.map((k) => k.amount), choices.unit, SUM) }));
    const activity = choices.expressAs === "activity";
    const levels = Math.max(0, ...nodes.map((n) => n.depth)) + 1;
    const chartSeries = Array.from({ length: levels }, (_, depth) => (depth === 0 ? headers.topLevel : headers.level(depth)));
    const resultHeader = headers[choices.expressAs];
    // a unit's rate stands in its level's column only; the other levels' cells are emptied
    const cells: CellInput[][] = [
      [...resultHeader, resultHeader[0], ...chartSeries],
      ...units.map((u) => {
        const node = byId.get(u.id) as CascadeNode;
        const byLevel = chartSeries.map((_, depth) => (depth === node.depth ? node.rate : ""));
        return [u.id, node.rate, node.amount, activity ? node.raised : node.remaining, u.id, ...byLevel];
      }),
    ];
    const columns = RESULT_COLUMNS + 1 + levels;
    const years =
      choices.requirement.kind === "rate" && top ? compoundRequirement(top.base, choices.requirement.rate, choices.years, choices.unit) : [];
    // unit, effective rate, requirement, budget after (or activity target); then unit and the rate by level
    const formats: BlockFormat[] = [
      { ref: block(0, 0, 1, columns), bold: true },
      ...(rows > 0
        ? [
            { ref: block(1, 1, rows, 1), numberFormat: RATE_FORMAT },
            { ref: block(1, 2, rows, 2), numberFormat: amountFormat(choices.unit) },
            { ref: block(1, RESULT_COLUMNS + 1, rows, levels), numberFormat: RATE_FORMAT },
          ]
        : []),
    ];
    return {
      ...empty,
      error: null,
      years,
      nodes,
      checks,
      cells,
      formats,
      target: block(0, 0, rows + 1, columns),
      chartRange: block(0, RESULT_COLUMNS, rows + 1, 1 + levels),
      chartSeries,
    };
  } catch (error) {
    if (error instanceof BudgetError) return { ...empty, error: error.relabel(FIELD_NAMES).describe(language) };
    throw error;
  }
}

/**
 * A plan as the write it makes: the result block and the chart of the rates, with the message after
 * it. The chart stacks the level series: a unit has a rate on its own level only, so each unit is
 * one full-width bar in its level's colour; the value axis reads in percent.
 */
export function requirementWrite(plan: RequirementPlan, t: Strings): PreparedWrite {
  return {
    steps: [
      { kind: "cells", topLeft: plan.targetTopLeft, cells: plan.cells },
      ...plan.formats.map((f): WriteStep => ({ kind: "format", ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
      { kind: "chart", chart: { range: plan.chartRange, title: t.chartTitle, kind: "stackedColumn", valueFormat: CHART_RATE_FORMAT } },
    ],
    done: t.written(plan.cells.length - 1, plan.target),
  };
}

/** The value axis's labels: whole percents with one decimal (0.0 %, 1.5 %, 2.0 %). */
export const CHART_RATE_FORMAT = "0.0%";

/** Every parent's units add up to its requirement. */
export const sumsAddUp = (plan: RequirementPlan): boolean => plan.checks.every((c) => c.amount === c.childrenSum);

/** How deep the tree goes, from the parent column: the number of levels to choose methods for (at least 1). */
export function levelCount(table: RangeData, columns: Pick<RequirementColumns, "name" | "parent">): number {
  const parentOf = new Map(table.values.slice(1).map((r) => [text(r[columns.name] ?? null), text(r[columns.parent] ?? null)]));
  let deepest = 0;
  for (const name of parentOf.keys()) {
    let depth = 0;
    for (let p = parentOf.get(name); p && depth <= parentOf.size; p = parentOf.get(p)) depth++;
    deepest = Math.max(deepest, depth);
  }
  return Math.max(1, deepest);
}

/** The panel's fields apart from the columns. */
export type RequirementFields = Omit<RequirementForm, "columns">;

export const newLevel = (): LevelForm => ({ method: "general", strength: "1", floor: "", cap: "" });

export const requirementPlanner: Planner<typeof REQUIREMENT_COLUMNS, RequirementFields, RequirementPlan> = {
  columns: REQUIREMENT_COLUMNS,
  initialForm: () => ({ kind: "rate", amount: "2", levels: [newLevel()], unit: 1, expressAs: "reduction", years: "1" }),
  adopt: (form, table, columns) => ({ ...form, levels: Array.from({ length: levelCount(table, columns) }, newLevel) }),
  async plan({ gateway, t, language }, { table, columns, form }) {
    const choices = requirementChoices({ ...form, columns }, t, language);
    // read the table again: the user may have changed a cell since choosing it
    const current = await gateway.readRange(withSheet(table.sheet, table.address));
    return { table: current, plan: planRequirement(current, choices, t.resultHeaders, language) };
  },
  write: requirementWrite,
};
