// The English messages of standard budget templates: a master table that cannot be built into
// templates, and the problems of a returned file. Part of the English catalogue (en.ts).

import type { Render, Shown } from "./types";

/** The master table's columns, as messages name them. */
export type TemplateField = "department" | "departmentName" | "parent" | "account" | "text" | "lastBudget" | "lastActual";
const FIELDS: Record<TemplateField, string> = {
  department: "department key",
  departmentName: "department name",
  parent: "hospital",
  account: "account",
  text: "text",
  lastBudget: "current year's budget",
  lastActual: "latest actual",
};
/** A number typed in Danish format and stored as text: "1.234,56". */
export const DANISH_TEXT = /^\s*[+-]?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)\s*$/;

export const templateMessages = {
  TEMPLATE_FREE_ROWS: (p: { value: Shown; max: number }, r: Render) => `free rows must be a whole number from 0 to ${p.max}; got ${r.value(p.value)}`,
  TEMPLATE_DEADLINE: (p: { text: string }) => `the deadline "${p.text}" is not a date (YYYY-MM-DD)`,
  TEMPLATE_JUSTIFY_AMOUNT: (p: { value: Shown }, r: Render) => `the justification amount must be 0 or more; got ${r.value(p.value)}`,
  TEMPLATE_JUSTIFY_RATE: (p: { value: Shown }, r: Render) => `the justification rate must be 0 or more; got ${r.value(p.value)}`,
  TEMPLATE_PROFILE_NAME_BLANK: () => "a profile of the library has no name; name it in column A",
  TEMPLATE_PROFILE_NAME_TWICE: (p: { name: string }) => `the profile "${p.name}" is named twice, or is named as a built-in profile; give every profile a name of its own`,
  TEMPLATE_PROFILE_WEIGHTS: (p: { name: string }) => `the profile "${p.name}" needs 12 weights of 0 or more, not all 0`,
  TEMPLATE_NO_LINES: () => "the lines table has no lines; select the table with its header row and at least one line",
  TEMPLATE_LINE_BLANK: (p: { line: number; field: TemplateField }) => `line ${p.line}: the ${FIELDS[p.field]} is blank`,
  TEMPLATE_LINE_NUMBER: (p: { line: number; field: TemplateField; value: Shown }, r: Render) =>
    `line ${p.line}: the ${FIELDS[p.field]} must be a number; got ${r.value(p.value)}`,
  TEMPLATE_LINE_PROFILE: (p: { line: number; text: string }) => `line ${p.line}: unknown profile "${p.text}"; use equal, days, workdays or a profile of the library`,
  TEMPLATE_NO_FRAME: (p: { department: string }) => `department ${p.department} has no frame in the frames table; add the department's frame there`,
  TEMPLATE_FRAME_TWICE: (p: { department: string }) => `department ${p.department} has two frames in the frames table; keep one of them`,
  TEMPLATE_FRAME_NUMBER: (p: { department: string; value: Shown }, r: Render) => `the frame of department ${p.department} must be a number; got ${r.value(p.value)}`,
  TEMPLATE_DEPARTMENT_NAMES: (p: { department: string; first: string; second: string }) =>
    `department ${p.department} is named both "${p.first}" and "${p.second}"; give it the same name on all its lines`,
  TEMPLATE_DEPARTMENT_PARENTS: (p: { department: string; first: string; second: string }) =>
    `department ${p.department} is under both "${p.first}" and "${p.second}"; give it the same hospital on all its lines`,
  TEMPLATE_TOO_MANY_LINES: (p: { department: string; max: number }, r: Render) => `department ${p.department} has more than ${r.count(p.max)} lines`,

  RETURN_FILE_EMPTY: () => "the file is empty",
  RETURN_NOT_XLSX: () => "the file is not an Excel workbook (.xlsx)",
  RETURN_ENCRYPTED: () => "the file is protected with a password or saved in the old .xls format; save it as .xlsx without a password",
  RETURN_TOO_LARGE: (p: { megabytes: number }) => `the file holds more than ${p.megabytes} MB of data, far more than a template; it is not read`,
  RETURN_TOO_MANY_ROWS: (p: { rows: number }, r: Render) => `a sheet of the file has more than ${r.count(p.rows)} rows, far more than a template; it is not read`,
  RETURN_UNREADABLE: () => "the file is damaged and cannot be read as a workbook",
  RETURN_NOT_OURS: () => "the file is not a budget template of this add-in (it has no template metadata)",
  RETURN_META_DAMAGED: () => "the template's hidden metadata has been changed; send the department a new template",
  RETURN_FORMAT_UNKNOWN: (p: { format: number }) => `the template is of format ${p.format}, made by a newer version of the add-in; update the add-in`,
  RETURN_KIND_OTHER: (p: { kind: string }) =>
    `the file is ${p.kind === "followup" ? "a follow-up template" : `a "${p.kind}" template`}, not a budget template; collect it in the Forecast panel if it is a follow-up return`,
  RETURN_YEAR_OTHER: (p: { year: number; expected: number }) => `the template is for budget year ${p.year}, not ${p.expected}`,
  RETURN_UNKNOWN_TEMPLATE: (p: { department: string }) => `the template of department ${p.department} is not in the register of templates sent`,
  RETURN_OLDER_VERSION: (p: { version: number; latest: number }) => `the file is version ${p.version} of the template; version ${p.latest} has been sent since`,
  RETURN_TAMPERED: () => "the locked content (lines, budget and actual figures, frame or profiles) is not what was sent: the checksum does not match; send the department the template again",
  RETURN_SHEET_MISSING: (p: { sheet: string }) => `the sheet "${p.sheet}" is missing`,
  RETURN_LOCKED_CHANGED: (p: { was: Shown; now: Shown }, r: Render) => `a locked cell was changed from ${r.value(p.was)} to ${r.value(p.now)}`,
  RETURN_INPUT_FORMULA: (p: { formula: string }) => `a formula (${p.formula}) where a value is expected; type the value`,
  RETURN_ANNUAL_MISSING: (p: { key: string }) => `line ${p.key} has no budget amount; enter 0 if there is none`,
  RETURN_INPUT_TEXT: (p: { key: string; text: string }) =>
    DANISH_TEXT.test(p.text)
      ? `the budget of line ${p.key} is text in Danish number format ("${p.text}"), not a number; type it as a number`
      : `the budget of line ${p.key} is text ("${p.text}"); a number is needed`,
  RETURN_INPUT_NOT_NUMBER: (p: { key: string; value: Shown }, r: Render) => `the budget of line ${p.key} is ${r.value(p.value)}; a number is needed`,
  RETURN_AMOUNT_LIMIT: (p: { key: string; value: number }, r: Render) => `the budget of line ${p.key} (${r.amount(p.value)}) is beyond the amount limit`,
  RETURN_PROFILE_MISSING: (p: { key: string }) => `line ${p.key} has no profile; pick one from the list`,
  RETURN_PROFILE_UNKNOWN: (p: { key: string; text: string }) => `line ${p.key}: unknown profile "${p.text}"; pick one from the list`,
  RETURN_EXTRA_LINE: () => "a line outside the template's lines and free rows; move it to a free row",
  RETURN_LINE_TWICE: (p: { key: string; row: number }) => `line ${p.key} is in the sheet twice (also row ${p.row})`,
  RETURN_FREE_ROW_INCOMPLETE: (p: { key: string; field: "account" | "text" }) => `new line ${p.key} has no ${p.field}`,
  RETURN_ANNUAL_ROUNDED: (p: { key: string; value: number; rounded: number }, r: Render) =>
    `the budget of line ${p.key} (${r.amount(p.value)}) is taken rounded to ${r.amount(p.rounded)}`,
  RETURN_JUSTIFICATION_MISSING: (p: { key: string; change: number }, r: Render) =>
    `line ${p.key} changes by ${r.amount(p.change)} from last year and needs a justification`,
  RETURN_LINE_DELETED: (p: { key: string; text: string }) => `line ${p.key} (${p.text}) has been deleted`,
  RETURN_OVER_FRAME: (p: { total: number; frame: number; over: number }, r: Render) =>
    `the total ${r.amount(p.total)} is ${r.amount(p.over)} over the frame of ${r.amount(p.frame)}`,
  RETURN_REPLACES: (p: { fileName: string; received: string }) => `replaces the return collected earlier from "${p.fileName}" (${p.received})`,
  RETURN_REPLACED: (p: { fileName: string }) => `replaced by "${p.fileName}", collected after it`,
};
