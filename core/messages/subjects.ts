// What a value is, named by id: a message says "annual amount is blank" or "årsbeløb er tomt" by
// looking the subject up in its language's labels, so no message carries an English word into
// Danish and the Danish adjective agrees with the noun's gender as the labels record it.

/** The parameters each label takes: the month, row or unit it names. */
export interface LabelParams {
  annual: object;
  unit: object;
  year: object;
  total: object;
  sum: object;
  month: { month: number };
  monthTotal: { month: number };
  annualTotal: object;
  profileWeight: { index: number };
  lockedThrough: object;
  // the forecast and the follow-up
  actualMonth: { month: number };
  budgetMonth: { month: number };
  adjustmentMonth: { month: number };
  projectionMonth: { month: number };
  yearEnd: object;
  historyCell: { row: number; month: number };
  historyOf: { key: string; year: string; month: number };
  actualToDate: object;
  budgetToDate: object;
  monthVariance: object;
  ytdVariance: object;
  annualBudget: object;
  knownAdjustments: object;
  decidedActions: object;
  yearEndAfterActions: object;
  resultAfterActions: object;
  departmentYearEnd: object;
  actionEffect: { id: string };
  actionPotential: object;
  carryoverShare: object;
  expectedResult: object;
  adjustment: object;
  materialityAmount: object;
  materialityRate: object;
  carryoverCap: object;
  // standard budget templates
  justifyAmount: object;
  justifyRate: object;
  lastBudget: object;
  lastActual: object;
  capRate: object;
  // variances and carry-over
  actualAmount: object;
  budgetAmount: object;
  actualQuantity: object;
  budgetQuantity: object;
  totalVariance: object;
  volumeVariance: object;
  priceVariance: object;
  carryover: object;
  capBase: object;
  carryShare: object;
  // requirements and allocation
  baseBudget: object;
  requirement: object;
  newBudget: object;
  baseActivity: object;
  baseActivityOf: { index: number };
  baseOfUnit: { index: number };
  keyOfUnit: { index: number };
  budgetOf: { key: string };
  keyOf: { key: string };
  indexOf: { key: string };
  exemptOf: { key: string };
  minRate: object;
  maxRate: object;
  floor: object;
  cap: object;
  rate: object;
  years: object;
  strength: object;
  // profiles built from data
  activityMonth: { month: number };
  unitCost: object;
  fixedPerMonth: object;
  riseMonth: { index: number };
  riseRate: { index: number };
  riseRateInMonth: { month: number };
  payRise: object;
  extraMonth: { index: number };
  extraMonths: { index: number };
  extraPaymentInMonth: { month: number };
  extraPayment: object;
  paymentMonth: { index: number };
  paymentMonthsCell: object;
  profileMethod: object;
}

export type LabelId = keyof LabelParams;

/** A subject: a label id with the parameters it takes, e.g. { label: "month", month: 4 }. */
export type Subject = { [K in LabelId]: { label: K } & LabelParams[K] }[LabelId];

/** Constant subjects, for the labels that take no parameters. */
export const ANNUAL: Subject = { label: "annual" };
export const UNIT: Subject = { label: "unit" };
export const YEAR: Subject = { label: "year" };
export const TOTAL: Subject = { label: "total" };
