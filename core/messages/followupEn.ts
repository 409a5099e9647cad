// The English messages of follow-up returns (opfølgningsskabeloner): follow-up lines that cannot
// be built into templates, and the problems of a returned follow-up file (its lines and its action
// plan). Part of the English catalogue (en.ts); the problems a follow-up shares with a budget
// template (not ours, damaged, another year, a locked cell changed ...) are templatesEn.ts'.

import { DANISH_TEXT } from "./templatesEn";
import type { Render, Shown } from "./types";

/** The follow-up table's columns, as messages name them. */
export type FollowUpField =
  | "department"
  | "departmentName"
  | "parent"
  | "key"
  | "actualToDate"
  | "budgetToDate"
  | "budget"
  | "projection"
  | "result"
  | "bandLow"
  | "bandHigh";
const FIELDS: Record<FollowUpField, string> = {
  department: "department key",
  departmentName: "department name",
  parent: "hospital",
  key: "line key",
  actualToDate: "actual to date",
  budgetToDate: "budget to date",
  budget: "annual budget",
  projection: "projection",
  result: "expected result",
  bandLow: "band's low end",
  bandHigh: "band's high end",
};

/** A measure's columns, as messages name them. */
export type ActionField = "id" | "measure" | "key" | "owner" | "decided" | "startMonth" | "effect";
const ACTION_FIELDS: Record<ActionField, string> = {
  id: "id",
  measure: "description",
  key: "line",
  owner: "owner",
  decided: "decided (yes or no)",
  startMonth: "start month",
  effect: "effect",
};

export const followUpMessages = {
  FOLLOWUP_TEMPLATE_MONTH: (p: { value: Shown }, r: Render) => `the follow-up month must be a whole number from 1 to 11; got ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_ACTION_ROWS: (p: { value: Shown; max: number }, r: Render) =>
    `the action plan's empty rows must be a whole number from 0 to ${p.max}; got ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_MATERIAL: (p: { field: "amount" | "rate"; value: Shown }, r: Render) =>
    `the materiality ${p.field} must be 0 or more; got ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_LINE_BLANK: (p: { line: number; field: FollowUpField }) => `follow-up line ${p.line}: the ${FIELDS[p.field]} is blank`,
  FOLLOWUP_TEMPLATE_LINE_NUMBER: (p: { line: number; field: FollowUpField; value: Shown }, r: Render) =>
    `follow-up line ${p.line}: the ${FIELDS[p.field]} must be a number; got ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_LINE_METHOD: (p: { line: number; text: string }) => `follow-up line ${p.line}: unknown method "${p.text}"`,
  FOLLOWUP_TEMPLATE_BAND: (p: { line: number }) => `follow-up line ${p.line}: the band's low end is above its high end`,
  FOLLOWUP_TEMPLATE_KEY_TWICE: (p: { department: string; key: string }) => `department ${p.department} has the line ${p.key} twice`,
  FOLLOWUP_TEMPLATE_ACTION_TWICE: (p: { id: string }) => `the measure ${p.id} is in the action plans twice`,
  FOLLOWUP_TEMPLATE_ACTION_KEY: (p: { id: string; department: string; key: string }) =>
    `the measure ${p.id} is on the line ${p.key}, which department ${p.department} does not have`,
  FOLLOWUP_TEMPLATE_ACTION_FIELD: (p: { id: string; field: ActionField; value: Shown }, r: Render) =>
    `the measure ${p.id || "without an id"}: the ${ACTION_FIELDS[p.field]} ${r.value(p.value)} is not valid`,

  FOLLOWUP_RETURN_TAMPERED: () =>
    "the locked content (lines, figures to date, projections, bands or the measures sent) is not what was sent: the checksum does not match; send the department the follow-up again",
  FOLLOWUP_MONTH_OTHER: (p: { month: number; expected: number }) => `the follow-up is as at month ${p.month}, not month ${p.expected}`,
  FOLLOWUP_EXTRA_LINE: () => "a line outside the template's lines; a follow-up takes no new lines (a measure goes in the action plan)",
  FOLLOWUP_YEAR_END_MISSING: (p: { key: string }) => `line ${p.key} has no expected year-end; leave the projection if you agree with it`,
  FOLLOWUP_YEAR_END_TEXT: (p: { key: string; text: string }) =>
    DANISH_TEXT.test(p.text)
      ? `the expected year-end of line ${p.key} is text in Danish number format ("${p.text}"), not a number; type it as a number`
      : `the expected year-end of line ${p.key} is text ("${p.text}"); a number is needed`,
  FOLLOWUP_YEAR_END_NOT_NUMBER: (p: { key: string; value: Shown }, r: Render) => `the expected year-end of line ${p.key} is ${r.value(p.value)}; a number is needed`,
  FOLLOWUP_YEAR_END_LIMIT: (p: { key: string; value: number }, r: Render) => `the expected year-end of line ${p.key} (${r.amount(p.value)}) is beyond the amount limit`,
  FOLLOWUP_YEAR_END_ROUNDED: (p: { key: string; value: number; rounded: number }, r: Render) =>
    `the expected year-end of line ${p.key} (${r.amount(p.value)}) is taken rounded to ${r.amount(p.rounded)}`,
  FOLLOWUP_EXPLANATION_MISSING: (p: { key: string; result: number }, r: Render) =>
    `line ${p.key} is material (expected result ${r.amount(p.result)} against the budget) and needs an explanation`,
  FOLLOWUP_OUTSIDE_BAND: (p: { key: string; yearEnd: number; low: number; high: number }, r: Render) =>
    `the expected year-end ${r.amount(p.yearEnd)} of line ${p.key} is outside the band from ${r.amount(p.low)} to ${r.amount(p.high)} and needs an explanation`,
  FOLLOWUP_FAR_FROM_PROJECTION: (p: { key: string; yearEnd: number; projection: number; difference: number }, r: Render) =>
    `the expected year-end ${r.amount(p.yearEnd)} of line ${p.key} differs from the projection ${r.amount(p.projection)} by ${r.amount(p.difference)} and needs an explanation`,
  FOLLOWUP_ACTION_INCOMPLETE: (p: { row: number; field: ActionField }) => `the measure in row ${p.row} has no ${ACTION_FIELDS[p.field]}`,
  FOLLOWUP_ACTION_KEY_UNKNOWN: (p: { row: number; text: string; whole: string }) =>
    `the measure in row ${p.row} is on "${p.text}", which is not a line of the template; pick a line or "${p.whole}" from the list`,
  FOLLOWUP_ACTION_DECIDED: (p: { row: number; text: string; yes: string; no: string }) =>
    `the measure in row ${p.row}: decided must be ${p.yes} or ${p.no}; got "${p.text}"`,
  FOLLOWUP_ACTION_START_MONTH: (p: { row: number; value: Shown }, r: Render) =>
    `the measure in row ${p.row}: the start month must be a whole number from 1 to 12; got ${r.value(p.value)}`,
  FOLLOWUP_ACTION_START_PAST: (p: { row: number; start: number; first: number }) =>
    `the measure in row ${p.row} starts in month ${p.start}, which is booked already; a new effect falls in the months to come, from month ${p.first}`,
  FOLLOWUP_ACTION_EFFECT_TEXT: (p: { row: number; text: string }) =>
    DANISH_TEXT.test(p.text)
      ? `the effect of the measure in row ${p.row} is text in Danish number format ("${p.text}"), not a number; type it as a number`
      : `the effect of the measure in row ${p.row} is text ("${p.text}"); a number of kroner per month is needed`,
  FOLLOWUP_ACTION_EFFECT_NOT_NUMBER: (p: { row: number; value: Shown }, r: Render) =>
    `the effect of the measure in row ${p.row} is ${r.value(p.value)}; a number of kroner per month is needed`,
  FOLLOWUP_ACTION_EFFECT_LIMIT: (p: { row: number; value: number }, r: Render) => `the effect of the measure in row ${p.row} (${r.amount(p.value)}) is beyond the amount limit`,
  FOLLOWUP_EFFECT_ROUNDED: (p: { row: number; value: number; rounded: number }, r: Render) =>
    `the effect of the measure in row ${p.row} (${r.amount(p.value)}) is taken rounded to ${r.amount(p.rounded)}`,
  FOLLOWUP_ACTION_ID_CHANGED: (p: { row: number; was: Shown; now: Shown }, r: Render) =>
    `the id of the measure in row ${p.row} was changed from ${r.value(p.was)} to ${r.value(p.now)}; the id is locked, it tells the measure from month to month`,
  FOLLOWUP_ACTION_TWICE: (p: { id: string; row: number; first: number }) => `the measure ${p.id} is listed twice (rows ${p.first} and ${p.row})`,
  FOLLOWUP_ACTION_EXTRA_ROW: () => "a measure below the action plan's rows; move it to an empty row",
};
