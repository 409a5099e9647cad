// Every error code rendered in both languages from sample parameters: no message is missing, no
// parameter leaks as "undefined", and no English label turns up in a Danish message.

import Decimal from "decimal.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { danishLabels, englishLabels, render, type ErrorCode, type ErrorParams, type LabelId, type Subject } from "../../core";

const SUBJECTS: { [K in LabelId]: Subject & { label: K } } = {
  annual: { label: "annual" },
  unit: { label: "unit" },
  year: { label: "year" },
  total: { label: "total" },
  sum: { label: "sum" },
  month: { label: "month", month: 4 },
  monthTotal: { label: "monthTotal", month: 4 },
  annualTotal: { label: "annualTotal" },
  profileWeight: { label: "profileWeight", index: 3 },
  lockedThrough: { label: "lockedThrough" },
  actualMonth: { label: "actualMonth", month: 4 },
  budgetMonth: { label: "budgetMonth", month: 4 },
  adjustmentMonth: { label: "adjustmentMonth", month: 4 },
  projectionMonth: { label: "projectionMonth", month: 4 },
  yearEnd: { label: "yearEnd" },
  historyCell: { label: "historyCell", row: 2, month: 4 },
  historyOf: { label: "historyOf", key: "4101", year: "2025", month: 4 },
  actualToDate: { label: "actualToDate" },
  budgetToDate: { label: "budgetToDate" },
  monthVariance: { label: "monthVariance" },
  ytdVariance: { label: "ytdVariance" },
  annualBudget: { label: "annualBudget" },
  knownAdjustments: { label: "knownAdjustments" },
  decidedActions: { label: "decidedActions" },
  yearEndAfterActions: { label: "yearEndAfterActions" },
  resultAfterActions: { label: "resultAfterActions" },
  departmentYearEnd: { label: "departmentYearEnd" },
  actionEffect: { label: "actionEffect", id: "H-4101-1" },
  actionPotential: { label: "actionPotential" },
  carryoverShare: { label: "carryoverShare" },
  expectedResult: { label: "expectedResult" },
  adjustment: { label: "adjustment" },
  materialityAmount: { label: "materialityAmount" },
  materialityRate: { label: "materialityRate" },
  justifyAmount: { label: "justifyAmount" },
  justifyRate: { label: "justifyRate" },
  lastBudget: { label: "lastBudget" },
  lastActual: { label: "lastActual" },
  carryoverCap: { label: "carryoverCap" },
  capRate: { label: "capRate" },
  actualAmount: { label: "actualAmount" },
  budgetAmount: { label: "budgetAmount" },
  actualQuantity: { label: "actualQuantity" },
  budgetQuantity: { label: "budgetQuantity" },
  totalVariance: { label: "totalVariance" },
  volumeVariance: { label: "volumeVariance" },
  priceVariance: { label: "priceVariance" },
  carryover: { label: "carryover" },
  capBase: { label: "capBase" },
  carryShare: { label: "carryShare" },
  baseBudget: { label: "baseBudget" },
  requirement: { label: "requirement" },
  newBudget: { label: "newBudget" },
  baseActivity: { label: "baseActivity" },
  baseActivityOf: { label: "baseActivityOf", index: 2 },
  baseOfUnit: { label: "baseOfUnit", index: 2 },
  keyOfUnit: { label: "keyOfUnit", index: 2 },
  budgetOf: { label: "budgetOf", key: "Nord" },
  keyOf: { label: "keyOf", key: "Nord" },
  indexOf: { label: "indexOf", key: "Nord" },
  exemptOf: { label: "exemptOf", key: "Nord" },
  minRate: { label: "minRate" },
  maxRate: { label: "maxRate" },
  floor: { label: "floor" },
  cap: { label: "cap" },
  rate: { label: "rate" },
  years: { label: "years" },
  strength: { label: "strength" },
  activityMonth: { label: "activityMonth", month: 4 },
  unitCost: { label: "unitCost" },
  fixedPerMonth: { label: "fixedPerMonth" },
  riseMonth: { label: "riseMonth", index: 1 },
  riseRate: { label: "riseRate", index: 1 },
  riseRateInMonth: { label: "riseRateInMonth", month: 4 },
  payRise: { label: "payRise" },
  extraMonth: { label: "extraMonth", index: 1 },
  extraMonths: { label: "extraMonths", index: 1 },
  extraPaymentInMonth: { label: "extraPaymentInMonth", month: 5 },
  extraPayment: { label: "extraPayment" },
  paymentMonth: { label: "paymentMonth", index: 2 },
  paymentMonthsCell: { label: "paymentMonthsCell" },
  profileMethod: { label: "profileMethod" },
};

const what = SUBJECTS.materialityAmount;
const SAMPLES: { [C in ErrorCode]: ErrorParams[C] } = {
  AMOUNT_TEXT: { what, text: "abc" },
  AMOUNT_DANISH_TEXT: { what, text: "1.234,56" },
  AMOUNT_BLANK: { what },
  AMOUNT_BOOLEAN: { what, value: true },
  AMOUNT_ERROR: { what, text: "#N/A" },
  AMOUNT_NOT_FINITE: { what },
  AMOUNT_TOO_LARGE: { what, value: 2e15, unit: 1 },
  WEIGHT_NEGATIVE: { index: 2, value: -0.5 },
  WEIGHT_NOT_FINITE: { index: 2 },
  WEIGHTS_ZERO_SUM: undefined,
  PROFILE_LENGTH: { count: 11 },
  PROFILE_BLANK: undefined,
  PROFILE_ROWS: { rows: 2, lines: 3 },
  MONTHS_ROWS: { rows: 2, lines: 3 },
  BUDGET_ROWS: { rows: 2, lines: 3 },
  LINE_ROWS: { name: "budget", rows: 2, longest: "actual", lines: 3 },
  PROFILE_UNKNOWN: { text: "even" },
  ANNUAL_SHAPE: { rows: 2, cols: 2 },
  ARGUMENT_NOT_ONE_CELL: { argument: { en: "year", da: "år" }, rows: 3, cols: 1 },
  RESULT_OUTGROWS_ROOM: { name: { en: "BUDGET.VARIANCE", da: "BUDGET.AFVIGELSE" }, rows: 3, cols: 3, roomRows: 1, roomCols: 3 },
  UNIT_INVALID: { value: 0.5 },
  YEAR_INVALID: { value: 26 },
  WORKDAY_OPTION_UNKNOWN: { text: "jul" },
  WORKDAY_OPTION_KEY: { text: "xmas" },
  WORKDAY_OPTION_VALUE: { name: "christmasEve", text: '"ja"' },
  WORKDAY_OPTIONS_SHAPE: { text: "5" },
  MONTHS_LENGTH: { count: 11 },
  LOCKED_INVALID: { value: 13 },
  REMAINING_WEIGHTS_ZERO: { from: 11 },
  LOCKED_NOT_ON_UNIT: { month: 2, value: 1234.5, locked: 3, sum: new Decimal("2234.5"), unit: 1, ore: true },
  LOCKED_ALL_MISMATCH: { sum: 1199999.5, annual: 1200000 },
  REST_TOO_LARGE: { from: 4, value: 2e15, unit: 1 },
  HISTORY_EMPTY: undefined,
  HISTORY_LENGTH: { row: 2, count: 11 },
  HISTORY_SHAPE: undefined,
  ACTIVITY_LENGTH: { count: 11 },
  ACTIVITY_ZERO: undefined,
  VALUE_NEGATIVE: { what, value: -1.5 },
  VALUE_TOO_LARGE: { what, value: 2e15 },
  RISE_RATE_RANGE: { what: SUBJECTS.riseRate, value: 1.5 },
  EXTRA_MONTHS_RANGE: { what: SUBJECTS.extraMonths, value: 13.5 },
  SALARY_OPTIONS_SHAPE: { text: "5" },
  SALARY_OPTION_UNKNOWN: { text: "bonus" },
  SALARY_LIST: { name: "rises" },
  SALARY_ZERO: undefined,
  MONTH_INVALID: { what: SUBJECTS.paymentMonth, value: 13 },
  MONTH_DUPLICATE: { month: 4 },
  MONTH_UNKNOWN: { text: "foo" },
  PAYMENT_EMPTY: undefined,
  PROFILE_METHOD_UNKNOWN: { text: "even" },
  PROFILE_OPTIONS_MISSING: { text: "historisk", method: "historical" },
  PROFILE_OPTIONS_SHAPE: { text: "salary", method: "salary", rows: 3, cols: 12 },
  PROFILE_OPTIONS_UNUSED: { text: "equal" },
  ACTIVITY_OPTIONS_EXTRA: { col: 3, value: 7.5 },
  CASCADE_TOP: { count: 2 },
  CASCADE_DUPLICATE: { text: "Nord" },
  CASCADE_PARENT_UNKNOWN: { text: "Nord", parent: "Region" },
  CASCADE_CYCLE: { text: "Nord" },
  CASCADE_LEVEL_MISSING: { level: 3 },
  CASCADE_LEVEL_INVALID: { level: 3 },
  CASCADE_KEY_MISSING: { text: "Nord" },
  CASCADE_INDEX_MISSING: { text: "Nord" },
  RATE_INVALID: { value: 1.5 },
  YEARS_INVALID: { value: 0 },
  ALLOCATE_NO_UNITS: undefined,
  BASE_NOT_FINITE: { index: 2 },
  BASE_NEGATIVE: { index: 2, value: -1.5 },
  BASE_TOO_LARGE: { index: 2, value: 2e15 },
  KEYS_LENGTH: { count: 2, units: 3 },
  KEY_NOT_FINITE: { index: 2 },
  KEY_NEGATIVE: { index: 2, value: -1.5 },
  EXEMPT_LENGTH: { count: 2, units: 3 },
  EXEMPT_VALUE: { index: 2, value: '"x"' },
  RATE_NOT_FINITE: { what: SUBJECTS.floor },
  RATE_NEGATIVE: { what: SUBJECTS.floor, value: -0.5 },
  RATES_ORDER: { floor: SUBJECTS.floor, cap: SUBJECTS.cap, min: 0.03, max: 0.01 },
  ALLOCATE_ALL_EXEMPT: undefined,
  ALLOCATE_INFEASIBLE: { bound: "floor", floor: SUBJECTS.floor, cap: SUBJECTS.cap, amount: 1234567.5, total: 1000000, negative: false },
  STRENGTH_INVALID: { value: -0.5 },
  INDEXES_LENGTH: { count: 2, units: 3 },
  INDEX_NOT_FINITE: { index: 2 },
  INDEX_NOT_POSITIVE: { index: 2, value: -0.5 },
  PRODUCTIVITY_KEY_RANGE: { index: 2, value: 1e-200, strength: 2.5 },
  ACTUALS_LENGTH: { count: 13 },
  ACTUALS_GAP: { month: 4, blank: 3 },
  BUDGET_LENGTH: { count: 11 },
  ADJUSTMENTS_LENGTH: { count: 11 },
  ACTION_START_MONTH: { id: "H-4101-1", value: 13 },
  FOLLOWUP_MONTH: { value: 13 },
  FOLLOWUP_NOT_BOOKED: { month: 4, report: 5 },
  PERCENT_RANGE: { what: SUBJECTS.materialityRate, value: 120.5 },
  PERCENT_ORDER: { floor: SUBJECTS.floor, cap: SUBJECTS.cap, min: 5, max: 3 },
  PERCENT_CHANGE_RANGE: { what: SUBJECTS.payRise, value: 150 },
  FORECAST_METHOD_UNKNOWN: { text: "linear" },
  FORECAST_NOTHING_BOOKED: { method: "profile" },
  FORECAST_SHAPE_SIGNS: { shape: "history" },
  FORECAST_SHAPE_ZERO: { shape: "budget", booked: 3 },
  ETS_HISTORY: { count: 12 },
  VARIANCE_QTY_ONE_SIDED: { given: "actual" },
  VARIANCE_BUDGET_QTY_ZERO: undefined,
  CAP_RATE_INVALID: { value: 1.5 },
  HISTORY_ONE_LINE: { lines: 3 },
  FORECAST_AUTO_HISTORY: { count: 1, month: 1 },
  RESULT_TOO_LARGE: { what: SUBJECTS.yearEnd, value: new Decimal("2e15"), unit: 0.01 },
  TOTAL_TOO_LARGE: { what: SUBJECTS.monthTotal, value: new Decimal("2e15"), unit: 1000 },
  TYPED_BLANK: { what },
  TYPED_NOT_NUMBER: { what, text: "abc" },
  TYPED_PERCENT_SIGN: { what, text: "12 %" },
  TYPED_EXPONENT: { what, text: "1e3", suggestion: "1000" },
  TYPED_GROUPING: { what, text: "1.2.3", readIn: "da" },
  TYPED_MALFORMED: { what, text: "1,,0", readIn: "da" },
  TYPED_FOREIGN: { what, text: "1,234.56", suggestion: "1.234,56", readIn: "da" },
  TYPED_AMBIGUOUS: { what, text: "500,000", readings: ["500", "500000"] },
  ADDRESS_INVALID: { text: "A1:" },
  SELECTION_AREAS: { count: 2, text: "A1:B2,D4" },
  RANGE_EMPTY: { text: "Budget!A1:B2" },
  RANGE_OFF_SHEET: { text: "Budget!XFD1:XFE1" },
  SHEET_MISSING: { name: "Budget" },
  UNDO_SHEET_GONE: { name: "Budget" },
  SHEET_NAME_LENGTH: { name: "x".repeat(32), count: 32 },
  SHEET_NAME_CHARACTER: { name: "a/b", text: "/" },
  SHEET_NAME_CONTROL: { name: "a·b", text: "U+000A" },
  SHEET_NAME_APOSTROPHE: { name: "'a" },
  SHEET_NAME_RESERVED: { name: "History" },
  CELL_TEXT_TOO_LONG: { address: "Budget!A1", count: 40000 },
  FORMULA_TOO_LONG: { address: "Budget!A1", count: 9000 },
  CELL_NOT_FINITE: { address: "Budget!A1", value: Number.NaN },
  TEMPLATE_FREE_ROWS: { value: 80, max: 50 },
  TEMPLATE_DEADLINE: { text: "2026-02-30" },
  TEMPLATE_JUSTIFY_AMOUNT: { value: -5 },
  TEMPLATE_JUSTIFY_RATE: { value: -0.1 },
  TEMPLATE_PROFILE_NAME_BLANK: undefined,
  TEMPLATE_PROFILE_NAME_TWICE: { name: "Løn med sommerferie" },
  TEMPLATE_PROFILE_WEIGHTS: { name: "Løn med sommerferie" },
  TEMPLATE_NO_LINES: undefined,
  TEMPLATE_LINE_BLANK: { line: 3, field: "account" },
  TEMPLATE_LINE_NUMBER: { line: 3, field: "lastBudget", value: "12.500" },
  TEMPLATE_LINE_PROFILE: { line: 3, text: "sommer" },
  TEMPLATE_NO_FRAME: { department: "4101" },
  TEMPLATE_FRAME_TWICE: { department: "4101" },
  TEMPLATE_FRAME_NUMBER: { department: "4101", value: "mange" },
  TEMPLATE_DEPARTMENT_NAMES: { department: "4101", first: "Kardiologisk afd.", second: "Kardiologi" },
  TEMPLATE_DEPARTMENT_PARENTS: { department: "4101", first: "Hospital Nord", second: "Hospital Syd" },
  TEMPLATE_TOO_MANY_LINES: { department: "4101", max: 2000 },
  CARRY_SHARE_INVALID: { value: 1.5 },
  RETURN_FILE_EMPTY: undefined,
  RETURN_NOT_XLSX: undefined,
  RETURN_ENCRYPTED: undefined,
  RETURN_TOO_LARGE: { megabytes: 50 },
  RETURN_TOO_MANY_ROWS: { rows: 20000 },
  RETURN_UNREADABLE: undefined,
  RETURN_NOT_OURS: undefined,
  RETURN_META_DAMAGED: undefined,
  RETURN_FORMAT_UNKNOWN: { format: 2 },
  RETURN_KIND_OTHER: { kind: "followup" },
  RETURN_YEAR_OTHER: { year: 2026, expected: 2027 },
  RETURN_UNKNOWN_TEMPLATE: { department: "4101" },
  RETURN_OLDER_VERSION: { version: 1, latest: 2 },
  RETURN_TAMPERED: undefined,
  RETURN_SHEET_MISSING: { sheet: "Budget 2027" },
  RETURN_LOCKED_CHANGED: { was: 48215300, now: 50000000 },
  RETURN_INPUT_FORMULA: { formula: "=12*1000" },
  RETURN_ANNUAL_MISSING: { key: "1110 Løn" },
  RETURN_INPUT_TEXT: { key: "1110 Løn", text: "1.234,56" },
  RETURN_INPUT_NOT_NUMBER: { key: "1110 Løn", value: true },
  RETURN_AMOUNT_LIMIT: { key: "1110 Løn", value: 2e15 },
  RETURN_PROFILE_MISSING: { key: "1110 Løn" },
  RETURN_PROFILE_UNKNOWN: { key: "1110 Løn", text: "sommer" },
  RETURN_EXTRA_LINE: undefined,
  RETURN_LINE_TWICE: { key: "1110 Løn", row: 9 },
  RETURN_FREE_ROW_INCOMPLETE: { key: "+1", field: "account" },
  RETURN_ANNUAL_ROUNDED: { key: "1110 Løn", value: 1234.4, rounded: 1234 },
  RETURN_JUSTIFICATION_MISSING: { key: "1110 Løn", change: 1500000 },
  RETURN_LINE_DELETED: { key: "1110 Løn", text: "Fast løn" },
  RETURN_OVER_FRAME: { total: 58000000, frame: 57500000, over: 500000 },
  RETURN_REPLACES: { fileName: "2027 4101 Kardiologisk afd.xlsx", received: "2026-09-10 14:03" },
  RETURN_REPLACED: { fileName: "2027 4101 Kardiologisk afd. (2).xlsx" },
  FOLLOWUP_TEMPLATE_MONTH: { value: 12 },
  FOLLOWUP_TEMPLATE_ACTION_ROWS: { value: 80, max: 50 },
  FOLLOWUP_TEMPLATE_MATERIAL: { field: "rate", value: -0.1 },
  FOLLOWUP_TEMPLATE_LINE_BLANK: { line: 3, field: "key" },
  FOLLOWUP_TEMPLATE_LINE_NUMBER: { line: 3, field: "projection", value: "1.000" },
  FOLLOWUP_TEMPLATE_LINE_METHOD: { line: 3, text: "gæt" },
  FOLLOWUP_TEMPLATE_BAND: { line: 3 },
  FOLLOWUP_TEMPLATE_KEY_TWICE: { department: "4101", key: "1110 Løn" },
  FOLLOWUP_TEMPLATE_ACTION_TWICE: { id: "4101-2027-04-1" },
  FOLLOWUP_TEMPLATE_ACTION_KEY: { id: "4101-2027-04-1", department: "4101", key: "9999" },
  FOLLOWUP_TEMPLATE_ACTION_FIELD: { id: "4101-2027-04-1", field: "startMonth", value: 13 },
  FOLLOWUP_RETURN_TAMPERED: undefined,
  FOLLOWUP_MONTH_OTHER: { month: 4, expected: 5 },
  FOLLOWUP_EXTRA_LINE: undefined,
  FOLLOWUP_YEAR_END_MISSING: { key: "1110 Løn" },
  FOLLOWUP_YEAR_END_TEXT: { key: "1110 Løn", text: "1.234,56" },
  FOLLOWUP_YEAR_END_NOT_NUMBER: { key: "1110 Løn", value: true },
  FOLLOWUP_YEAR_END_LIMIT: { key: "1110 Løn", value: 2e15 },
  FOLLOWUP_YEAR_END_ROUNDED: { key: "1110 Løn", value: 1000.5, rounded: 1001 },
  FOLLOWUP_EXPLANATION_MISSING: { key: "1110 Løn", result: 1_250_000 },
  FOLLOWUP_OUTSIDE_BAND: { key: "1110 Løn", yearEnd: 52_000_000, low: 49_000_000, high: 51_000_000 },
  FOLLOWUP_FAR_FROM_PROJECTION: { key: "1110 Løn", yearEnd: 52_000_000, projection: 50_000_000, difference: 2_000_000 },
  FOLLOWUP_ACTION_INCOMPLETE: { row: 5, field: "effect" },
  FOLLOWUP_ACTION_KEY_UNKNOWN: { row: 5, text: "9999", whole: "Hele afdelingen" },
  FOLLOWUP_ACTION_DECIDED: { row: 5, text: "måske", yes: "Ja", no: "Nej" },
  FOLLOWUP_ACTION_START_MONTH: { row: 5, value: 13 },
  FOLLOWUP_ACTION_START_PAST: { row: 5, start: 4, first: 6 },
  FOLLOWUP_ACTION_EFFECT_TEXT: { row: 5, text: "25.000" },
  FOLLOWUP_ACTION_EFFECT_NOT_NUMBER: { row: 5, value: false },
  FOLLOWUP_ACTION_EFFECT_LIMIT: { row: 5, value: 2e15 },
  FOLLOWUP_EFFECT_ROUNDED: { row: 5, value: 2500.4, rounded: 2500 },
  FOLLOWUP_ACTION_ID_CHANGED: { row: 5, was: "4101-2027-04-1", now: "x" },
  FOLLOWUP_ACTION_TWICE: { id: "4101-2027-04-1", row: 8, first: 4 },
  FOLLOWUP_ACTION_EXTRA_ROW: undefined,
};

const CODES = Object.keys(SAMPLES) as ErrorCode[];
const labelText = (entry: string | ((p: never) => string), subject: Subject) =>
  typeof entry === "string" ? entry : (entry as (p: Subject) => string)(subject);
const english = (id: LabelId) => labelText(englishLabels[id], SUBJECTS[id]);
const danish = (id: LabelId) => labelText(danishLabels[id][1], SUBJECTS[id]);

/** Danish text with what is not prose left out: quoted names, { option: syntax } examples. */
const prose = (text: string) => text.replace(/"[^"]*"/g, "").replace(/\{[^}]*\}/g, "");

describe("every error code in both languages", () => {
  it.each(CODES)("%s", (code) => {
    const en = render(code, SAMPLES[code] as never, "en");
    const da = render(code, SAMPLES[code] as never, "da");
    for (const text of [en, da]) {
      expect(text).not.toMatch(/undefined|NaN(?!,)|\[object|null/);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(da).not.toBe(en);
    const leaked = (Object.keys(SUBJECTS) as LabelId[]).filter((id) => {
      const word = english(id);
      return !danish(id).includes(word) && new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(prose(da));
    });
    expect(leaked).toEqual([]);
  });
});

describe("labels", () => {
  it("every label has an English and a Danish name", () => {
    for (const id of Object.keys(SUBJECTS) as LabelId[]) {
      expect(english(id).length).toBeGreaterThan(0);
      expect(danish(id).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["annual", "årsbeløb er tomt; skriv 0, hvis der ikke er noget"],
    ["unit", "enhed er tom; skriv 0, hvis der ikke er noget"],
    ["knownAdjustments", "de kendte korrektioner er tomme; skriv 0, hvis der ikke er noget"],
    ["decidedActions", "de besluttede tiltags resterende effekt er tom; skriv 0, hvis der ikke er noget"],
  ] as const)("the Danish adjective agrees with %s", (id, expected) => {
    expect(render("AMOUNT_BLANK", { what: SUBJECTS[id] }, "da")).toBe(expected);
  });

  it.each([
    ["num", { what: SUBJECTS.annual, value: 0.5 }, "annual amount is negative (0.5); use 0 or more", "årsbeløb er under 0 (0,5); brug 0 eller mere"],
    ["blank", { what: SUBJECTS.annual, value: null }, "annual amount is negative (blank); use 0 or more", "årsbeløb er under 0 (tom); brug 0 eller mere"],
    ["TRUE", { what: SUBJECTS.annual, value: true }, "annual amount is negative (TRUE); use 0 or more", "årsbeløb er under 0 (SAND); brug 0 eller mere"],
  ] as const)("values are written the language's way: %s", (_name, params, en, da) => {
    expect(render("VALUE_NEGATIVE", params, "en")).toBe(en);
    expect(render("VALUE_NEGATIVE", params, "da")).toBe(da);
  });

  it("amounts are grouped in thousands the language's way", () => {
    const params = SAMPLES.ALLOCATE_INFEASIBLE;
    expect(render("ALLOCATE_INFEASIBLE", params, "en")).toBe(
      "floors and caps cannot reach the total: with the floors the units must carry at least 1,234,567.5, but the total is 1,000,000; lower the floor or raise the total",
    );
    expect(render("ALLOCATE_INFEASIBLE", params, "da")).toBe(
      "bunde og lofter kan ikke nå totalen: med bundene skal enhederne bære mindst 1.234.567,5, men totalen er 1.000.000; sænk bunden, eller hæv totalen",
    );
  });
});

describe("the catalogue holds no dead codes", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return file.endsWith("messages") ? [] : sources(file);
      return /\.tsx?$/.test(entry.name) ? [readFileSync(file, "utf8")] : [];
    });
  const code = [...sources("core"), ...sources("addin")].join("\n");

  it.each(CODES)("%s is raised somewhere", (name) => {
    expect(code.includes(`"${name}"`)).toBe(true);
  });
});

describe("every message shows the same values in both languages", () => {
  /** The texts and whole numbers among a code's parameters, as a message would show them. */
  const shownValues = (params: unknown, language: "en" | "da"): string[] => {
    if (typeof params === "string") return params.length >= 2 ? [params] : [];
    if (typeof params === "number") return Number.isInteger(params) && Math.abs(params) >= 10 && Math.abs(params) < 1000 ? [String(params)] : [];
    if (Array.isArray(params)) return params.flatMap((p) => shownValues(p, language));
    if (typeof params !== "object" || params === null || params instanceof Decimal || "label" in params) return [];
    // a name given in both languages (a function's) shows in each language its own way
    if ("en" in params && "da" in params) return shownValues(params[language], language);
    return Object.values(params).flatMap((p) => shownValues(p, language));
    return [];
  };
  /** Codes with a parameter that names a choice (an argument, a shape, a method, a column, a bound) each language words its own way. */
  const WORDED = new Set<ErrorCode>([
    "LINE_ROWS",
    "FORECAST_SHAPE_SIGNS",
    "FORECAST_SHAPE_ZERO",
    "FORECAST_NOTHING_BOOKED",
    "VARIANCE_QTY_ONE_SIDED",
    "PROFILE_OPTIONS_MISSING",
    "PROFILE_OPTIONS_SHAPE",
    "ALLOCATE_INFEASIBLE",
    "TYPED_FOREIGN",
    "TEMPLATE_LINE_BLANK",
    "RETURN_FREE_ROW_INCOMPLETE",
    "FOLLOWUP_TEMPLATE_MATERIAL",
    "FOLLOWUP_TEMPLATE_LINE_BLANK",
    "FOLLOWUP_TEMPLATE_LINE_NUMBER",
    "FOLLOWUP_ACTION_INCOMPLETE",
  ]);

  it.each(CODES.filter((code) => !WORDED.has(code)))("%s", (code) => {
    const [en, da] = [render(code, SAMPLES[code] as never, "en"), render(code, SAMPLES[code] as never, "da")];
    expect(shownValues(SAMPLES[code], "en").filter((v) => !en.includes(v))).toEqual(shownValues(SAMPLES[code], "da").filter((v) => !da.includes(v)));
  });
});
