// What a build of follow-up templates makes, before any file is written: per department its
// metadata (the id, the next version after the register's for the same year and month, the
// locked content), its file name ("2027-05 4101 Kardiologisk afd.xlsx") and the explanations to
// prefill; and the register entry each template leaves in the master once its checksum is known.

import { ANNUAL } from "../errors";
import { sumAmounts } from "../money";
import { templateFileName } from "../templates/model";
import type { RegisterEntry } from "../templates/types";
import { TEMPLATE_FORMAT } from "../templates/meta";
import { FOLLOWUP_KIND, type FollowUpMeta, type FollowUpMetaContent } from "./meta";
import { departmentFollowUps, resolveFollowUpOptions } from "./model";
import type { FollowUpTemplateInput, FollowUpTemplateOptions } from "./types";
import { FOLLOWUP_WORDS } from "./wording";

export interface PlannedFollowUp {
  content: FollowUpMetaContent;
  fileName: string;
  /** Finance's own instructions, shown first on the instructions sheet. */
  instructions: string;
  /** Last time's explanations by key, prefilled in the input cells. */
  explanations: Map<string, string>;
}

/** The period in front of a follow-up's file name: "2027-05". */
export const followUpPeriod = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}`;

/**
 * One planned follow-up per department. `newId` gives each template its id; `earlier` is the
 * register so far, whose highest version for a department, year and month the new one follows.
 */
export function planFollowUpTemplates(
  input: FollowUpTemplateInput,
  options: FollowUpTemplateOptions,
  earlier: readonly RegisterEntry[],
  now: Date,
  newId: () => string,
): PlannedFollowUp[] {
  const o = resolveFollowUpOptions(options);
  const w = FOLLOWUP_WORDS[o.language];
  const generated = now.toISOString();
  return departmentFollowUps(input).map((d) => {
    const versions = earlier
      .filter((e) => e.kind === FOLLOWUP_KIND && e.department === d.department && e.year === o.year && e.month === o.month)
      .map((e) => e.version);
    const content: FollowUpMetaContent = {
      format: TEMPLATE_FORMAT,
      id: newId(),
      kind: FOLLOWUP_KIND,
      version: Math.max(0, ...versions) + 1,
      department: d.department,
      departmentName: d.departmentName,
      parent: d.parent,
      year: o.year,
      month: o.month,
      unit: o.unit,
      language: o.language,
      deadline: o.deadline,
      contact: o.contact,
      actionRows: o.actionRows,
      materialAmount: o.materialAmount,
      materialRate: o.materialRate,
      // a follow-up's "frame" is the department's annual budget, the lines' budgets added to the øre
      frame: sumAmounts(d.lines.map((l) => l.budget), 0.01, ANNUAL),
      generated,
      inputSheet: w.inputSheet(o.month, o.year).slice(0, 31),
      actionSheet: w.actionSheet,
      lines: d.lines,
      actions: d.actions,
    };
    return { content, fileName: templateFileName(followUpPeriod(o.year, o.month), d), instructions: o.instructions, explanations: d.explanations };
  });
}

export function followUpRegisterEntry(meta: FollowUpMeta, fileName: string): RegisterEntry {
  const { id, version, department, departmentName, parent, year, month, unit, frame, checksum, generated, deadline } = meta;
  return { id, kind: FOLLOWUP_KIND, month, version, department, departmentName, parent, year, unit, frame, checksum, generated, deadline, fileName };
}
