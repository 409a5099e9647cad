// What a build of templates makes, before any file is written: per department its metadata (the
// id, the next version after the register's, the locked content) and its file name; and the
// register entry each template leaves in the master once its checksum is known.

import type { Language } from "../messages/render";
import { metaContent, type MetaContent, type TemplateMeta } from "./meta";
import { checkLibrary, departmentTemplates, resolveTemplateOptions, templateFileName } from "./model";
import type { RegisterEntry, TemplateInput, TemplateOptions } from "./types";
import { WORDS } from "./wording";

export interface PlannedTemplate {
  content: MetaContent;
  fileName: string;
  /** Finance's own instructions, shown first on the instructions sheet. */
  instructions: string;
}

/**
 * One planned template per department. `newId` gives each template its id; `earlier` is the
 * register so far, whose highest version for a department and year the new template follows.
 */
export function planTemplates(
  input: TemplateInput,
  options: TemplateOptions,
  earlier: readonly RegisterEntry[],
  now: Date,
  newId: () => string,
): PlannedTemplate[] {
  const o = resolveTemplateOptions(options);
  const profiles = checkLibrary(input.profiles ?? []);
  const generated = now.toISOString();
  return departmentTemplates(input, profiles).map((d) => {
    const versions = earlier.filter((e) => e.department === d.department && e.year === o.year && e.kind === "budget").map((e) => e.version);
    const version = Math.max(0, ...versions) + 1;
    const inputSheet = WORDS[o.language as Language].inputSheet(o.year);
    return {
      content: metaContent(d, o, { id: newId(), version, generated, inputSheet, profiles }),
      fileName: templateFileName(o.year, d),
      instructions: o.instructions,
    };
  });
}

export function registerEntry(meta: TemplateMeta, fileName: string): RegisterEntry {
  const { id, version, department, departmentName, parent, year, unit, frame, checksum, generated, deadline } = meta;
  return { id, kind: "budget", version, department, departmentName, parent, year, unit, frame, checksum, generated, deadline, fileName };
}
