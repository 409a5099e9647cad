// Follow-up templates (opfølgningsskabeloner): the rules, apart from any file format
// (addin/templates writes and reads the files). They share a budget template's machinery: the
// book specs, the metadata sheet and its checksum, the register, the findings and their weights.

export type * from "./types";
export { planFollowUpTemplates, followUpRegisterEntry, followUpPeriod, type PlannedFollowUp } from "./build";
export { followUpChecksumContent, readFollowUpMeta, FOLLOWUP_KIND, type FollowUpMeta, type FollowUpMetaContent } from "./meta";
export { followUpBook, LINE_COLUMN, LINE_HEADER, ACTION_COLUMN, ACTION_HEADER, FIRST_ACTION_ROW } from "./layout";
export { resolveFollowUpOptions, departmentFollowUps, MAX_ACTION_ROWS, type FollowUpSentLine, type DepartmentFollowUp } from "./model";
export { returnKind, readFollowUpReturnMeta, checkFollowUpReturn, latestFollowUps, type CheckedFollowUp, type FollowUpContext } from "./returns";
export { newActionId } from "./returnActions";
export { FOLLOWUP_WORDS, type FollowUpWords } from "./wording";
