// Standard budget templates: the rules, apart from any file format (addin/templates writes and
// reads the files).

export type * from "./types";
export type { BookSpec, CellSpec, CellStyle, InputRule, AlertRule, SheetSpec, ReadBook, ReadCell, ReadSheet } from "./book";
export { planTemplates, registerEntry, type PlannedTemplate } from "./build";
export { checksumContent, TEMPLATE_FORMAT, META_MARK, type TemplateMeta, type MetaContent } from "./meta";
export { templateBook, COLUMN as TEMPLATE_COLUMN, rowsOf as templateRows, freeKey, PERIODIZE_IN_FILE } from "./layout";
export { readReturnMeta, readMetaWith, checkReturn, latestReturns, type CheckedReturn, type EarlierReturn, type ReturnContext, type ReturnGroup } from "./returns";
export { finding, statusOf, type Finding, type Severity } from "./findings";
export { consolidationTotals, type ConsolidationTotals, type DepartmentTotal, type HospitalTotal, type Totals } from "./consolidate";
export { WORDS as TEMPLATE_WORDS, type TemplateWords } from "./wording";
export { MAX_FREE_ROWS } from "./model";
export { daysToDeadline, problemCounts } from "./status";
