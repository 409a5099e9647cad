// The Templates panel's collect: pick or drop the files the departments returned, any number at
// once; they are read here in the pane and sent nowhere. Each file is checked against the register
// on the status sheet and shown with its status (accepted, accepted with remarks, rejected), its
// department and its problems (sheet and cell in the department's file). Then one write, through
// the write flow (asking before anything a person typed is overwritten, undoable): the status
// sheet and the consolidation. The plan is templateCollect.ts's.

import { Badge, Button, makeStyles, MessageBar, MessageBarBody, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import type { FileReport, ReturnStatus } from "../../core/templates/types";
import { quoteSheet } from "../gateway/address";
import type { Strings } from "./i18n";
import { BadLines, useGuard, usePanelStyles, WorkBar } from "./shared";
import { collectWrite, templateCollector, type Batch, type CollectPlan } from "./templateCollect";
import { collectOnDemand, readPicked } from "./templateFiles";
import { momentShown } from "./templateStatus";
import type { PanelProps } from "./usePanelWorkflow";
import type { Work } from "./work";
import { UndoButton, useWriteFlow, WriteDialogs, type PreparedWrite } from "./writeFlow";

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  dropActive: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BADGE: Record<ReturnStatus, "success" | "warning" | "danger"> = { accepted: "success", remarks: "warning", rejected: "danger" };

export function TemplateCollect({ gateway, strings: t, language }: PanelProps) {
  const w = t.templates;
  const styles = { ...usePanelStyles(), ...useStyles() };
  const guard = useGuard(t, language);
  const { setStatus, guarded } = guard;
  const flow = useWriteFlow(gateway, t, language, guard);
  const [plan] = useState(() => templateCollector(collectOnDemand));
  const [batch, setBatch] = useState<Batch | null>(null);
  const [shown, setShown] = useState<CollectPlan | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // the focus goes back to Write when its question closes, or when Undo last write goes away
  const restoreHere = useRestoreFocusTarget();
  // every pick or drop adds one: a plan or a write begun for other files is dropped
  const picks = useRef(0);

  /** The plan for the batch, shown; null when other files were picked meanwhile. */
  const planFor = async (chosen: Batch, work: Work): Promise<CollectPlan | null> => {
    const next = await plan({ gateway, t, language, work }, chosen);
    if (picks.current !== chosen.id) return null;
    setShown(next);
    setStatus(next.error ? { intent: "error", text: next.error } : null);
    return next;
  };

  const take = (files: Iterable<File>) =>
    guarded(async (work) => {
      const id = ++picks.current;
      setShown(null);
      const read = await readPicked(files);
      if (read.length === 0) return;
      const now = new Date();
      const chosen: Batch = { id, files: read, received: momentShown(now), today: now };
      setBatch(chosen);
      await planFor(chosen, work);
    });

  const write = () => {
    const chosen = batch;
    if (chosen === null) return;
    return flow.start(async (work): Promise<PreparedWrite | null> => {
      const next = await planFor(chosen, work);
      const prepared = next === null ? null : collectWrite(next, t);
      return prepared === null ? null : { ...prepared, current: () => picks.current === chosen.id };
    });
  };

  const dropped = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files);
  };

  return (
    <div className={styles.panel}>
      <span className={styles.hint}>{w.collectHint}</span>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="tc-files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // the same files may be picked again
          event.target.value = "";
          void take(files);
        }}
      />
      {/* one primary button at a time: picking the files until they are checked, then writing */}
      <Button appearance={shown?.report ? "secondary" : "primary"} onClick={() => input.current?.click()} disabledFocusable={guard.busy} data-testid="tc-pick">
        {w.pickFiles}
      </Button>
      <div
        className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="tc-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={dropped}
      >
        {w.dropHere}
      </div>
      {shown?.report && <Results report={shown.report.files} names={shown.names} t={t} />}
      {shown?.report && shown.error === null && (
        <span data-testid="tc-plan">
          {[
            ...(shown.budget ? [w.collectPlanInfo(shown.statusSheet, shown.departments > 0 ? shown.consolidationSheet : null, shown.lines)] : []),
            ...(shown.followUp ? [w.followUpPlanInfo(shown.followUp.returns, shown.followUp.statusSheet)] : []),
          ].join(" ")}
        </span>
      )}
      {shown?.report && (
        <Button {...restoreHere} appearance="primary" onClick={write} disabledFocusable={guard.busy || shown.error !== null || shown.bad.length > 0} data-testid="tc-write">
          {shown.followUp === null ? w.writeCollect : shown.budget ? w.writeCollectBoth : w.writeFollowUpCollect}
        </Button>
      )}
      <WorkBar guard={guard} t={t} testId="tc-progress" />
      {guard.status && (
        <MessageBar intent={guard.status.intent} data-testid="tc-status">
          <MessageBarBody>{guard.status.text}</MessageBarBody>
        </MessageBar>
      )}
      <UndoButton flow={flow} t={t} busy={guard.busy} testId="tc-undo" />
      {shown && <BadLines lines={shown.bad} gateway={gateway} t={t} testId="tc-bad-lines" />}
      <WriteDialogs flow={flow} t={t} prefix="tc-" />
    </div>
  );
}

/** Each file: its status, its department, its problems with the sheet and cell in the file. */
function Results({ report, names, t }: { report: readonly FileReport[]; names: Readonly<Record<string, string>>; t: Strings }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const w = t.templates;
  return (
    <ul className={styles.files} data-testid="tc-results">
      {report.map((file, i) => (
        <li key={`${file.fileName}-${i}`} className={styles.file} data-testid={`tc-file-${i}`}>
          <span>
            <Badge appearance="filled" color={BADGE[file.status]} data-testid={`tc-file-${i}-status`}>
              {w.statuses[file.status]}
            </Badge>{" "}
            <strong data-testid={`tc-file-${i}-department`}>{file.department === undefined ? w.unknownDepartment : `${file.department} ${names[file.department] ?? ""}`.trim()}</strong>
          </span>
          <span className={styles.hint}>
            {file.fileName}
            {file.replacedBy !== undefined && ` · ${w.replacedInCollect(file.replacedBy)}`}
          </span>
          {file.problems.length > 0 && (
            <ul className={styles.problems} data-testid={`tc-file-${i}-problems`}>
              {file.problems.map((p, j) => (
                <li key={j}>
                  {p.sheet !== undefined && p.cell !== undefined ? `${quoteSheet(p.sheet)}!${p.cell}: ` : p.sheet !== undefined ? `${p.sheet}: ` : ""}
                  {p.message}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
