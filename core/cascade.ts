// Passing a requirement down the steering chain (udmøntning i kaskade): the region's total is split
// among its hospitals, each hospital's amount among its departments, and so on, each level with its
// own method. Every split is an exact allocation, so at every level the children add up to their
// parent's amount to the last unit: a hospital may pass its amount on to its departments by another
// method than the region used (by key, or by productivity), as long as the departments' amounts add
// up to the hospital's.

import Decimal from "decimal.js";
import { allocate } from "./allocate";
import { productivityKeys } from "./productivityKeys";
import { BudgetError, TOTAL } from "./errors";
import { Exact, fromBigUnits, fromUnits, toUnits, type Unit } from "./money";


export interface CascadeUnit {
  id: string;
  /** The unit above, or null for the top (the region). */
  parent: string | null;
  /** The unit's budget (or activity value) the requirement is a share of. */
  base: number;
  /** An allocation key (beds, staff, budget share), used by the "key" method. */
  key?: number | null;
  /** A relative productivity index (higher = more productive), used by the "productivity" method. */
  index?: number | null;
  exempt?: boolean;
}

export const LEVEL_METHODS = ["general", "key", "productivity"] as const;

export interface LevelRule {
  /** general: the same rate of every base; key: by the key column; productivity: base x index^-strength. */
  method: (typeof LEVEL_METHODS)[number];
  strength?: number;
  minRate?: number;
  maxRate?: number;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * A level's rule, checked: a known method, a strength that is absent or a finite number of 0 or
 * more, and rates that are absent or finite numbers (their order and signs are allocate's checks).
 * Anything else is CASCADE_LEVEL_INVALID, naming the level (1-based).
 */
function checkLevel(level: unknown, index: number): LevelRule {
  if (typeof level === "object" && level !== null && !Array.isArray(level)) {
    const { method, strength, minRate, maxRate } = level as Record<string, unknown>;
    if (
      (LEVEL_METHODS as readonly unknown[]).includes(method) &&
      (strength === undefined || (isFiniteNumber(strength) && strength >= 0)) &&
      (minRate === undefined || isFiniteNumber(minRate)) &&
      (maxRate === undefined || isFiniteNumber(maxRate))
    ) {
      return { method: method as LevelRule["method"], strength, minRate, maxRate };
    }
  }
  throw new BudgetError("CASCADE_LEVEL_INVALID", { level: index + 1 });
}

export interface CascadeOptions {
  /** levels[0] splits the top unit's total among its children, levels[1] the next level, ... */
  levels: readonly LevelRule[];
  unit?: Unit;
}

export interface CascadeNode {
  id: string;
  depth: number;
  base: number;
  amount: number;
  /** amount / base, to 6 decimals (0 where the base is 0). */
  rate: number;
  /** The budget after the requirement: base - amount, exactly. */
  remaining: number;
  /** As an activity requirement (more activity for the same money): base + amount, exactly. */
  raised: number;
  children: CascadeNode[];
}

/** A rate of a base as an amount rounded to the unit: 2 % of 9,000,000,000 is 180,000,000. */
export function rateOfBase(base: number, rate: number, unit: Unit = 1): number {
  const count = toUnits(new Exact(base).times(rate).toFixed(), unit, TOTAL);
  return typeof count === "bigint" ? fromBigUnits(count, unit) : fromUnits(count, unit);
}

/** The effective rate of a requirement, amount / base, rounded half up to 6 decimals. */
export function effectiveRate(amount: number, base: number): number {
  if (base === 0) return 0;
  return new Decimal(amount).dividedBy(base).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
}

function keysFor(rule: LevelRule, children: readonly CascadeUnit[]): number[] {
  const bases = children.map((c) => c.base);
  if (rule.method === "general") return bases;
  if (rule.method === "key") {
    return children.map((c) => {
      if (c.key === undefined || c.key === null) throw new BudgetError("CASCADE_KEY_MISSING", { text: c.id });
      return c.key;
    });
  }
  const indexes = children.map((c) => {
    if (c.index === undefined || c.index === null) throw new BudgetError("CASCADE_INDEX_MISSING", { text: c.id });
    return c.index;
  });
  return productivityKeys(bases, indexes, rule.strength ?? 1);
}

/**
 * Splits `total` from the one top unit down the tree. Returns the tree with every unit's amount
 * and effective rate; each parent's children sum exactly to the parent's amount.
 */
export function cascade(total: number | string, units: readonly CascadeUnit[], options: CascadeOptions): CascadeNode {
  const levels = options.levels.map(checkLevel);
  const byId = new Map<string, CascadeUnit>();
  for (const unit of units) {
    if (byId.has(unit.id)) throw new BudgetError("CASCADE_DUPLICATE", { text: unit.id });
    byId.set(unit.id, unit);
  }
  const tops = units.filter((u) => u.parent === null);
  if (tops.length !== 1) throw new BudgetError("CASCADE_TOP", { count: tops.length });
  const children = new Map<string, CascadeUnit[]>();
  for (const unit of units) {
    if (unit.parent === null) continue;
    if (!byId.has(unit.parent)) throw new BudgetError("CASCADE_PARENT_UNKNOWN", { text: unit.id, parent: unit.parent });
    children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);
  }

  const seen = new Set<string>();
  const build = (unit: CascadeUnit, amount: number, depth: number): CascadeNode => {
    seen.add(unit.id);
    const kids = children.get(unit.id) ?? [];
    let nodes: CascadeNode[] = [];
    if (kids.length > 0) {
      const rule = levels[depth];
      if (!rule) throw new BudgetError("CASCADE_LEVEL_MISSING", { level: depth + 1 });
      const amounts = allocate(
        amount,
        kids.map((k) => k.base),
        {
          keys: keysFor(rule, kids),
          exempt: kids.map((k) => k.exempt === true),
          minRate: rule.minRate,
          maxRate: rule.maxRate,
          unit: options.unit,
        },
      );
      nodes = kids.map((kid, i) => build(kid, amounts[i], depth + 1));
    }
    const remaining = new Exact(unit.base).minus(amount).toNumber();
    const raised = new Exact(unit.base).plus(amount).toNumber();
    return { id: unit.id, depth, base: unit.base, amount, rate: effectiveRate(amount, unit.base), remaining, raised, children: nodes };
  };
  const top = tops[0];
  // the total rounded to the unit, the way every split rounds (a top unit with base 0 is fine)
  const totalAmount = allocate(total, [1], { unit: options.unit })[0];
  const tree = build(top, totalAmount, 0);
  // units never reached hang under a cycle (A under B under A)
  const unreached = units.find((u) => !seen.has(u.id));
  if (unreached) throw new BudgetError("CASCADE_CYCLE", { text: unreached.id });
  return tree;
}

/** The tree as a list, top first, each unit before its children (for tables and panels). */
export function flattenCascade(node: CascadeNode): CascadeNode[] {
  return [node, ...node.children.flatMap(flattenCascade)];
}
