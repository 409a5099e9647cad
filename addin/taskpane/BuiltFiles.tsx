// The templates built and registered, offered to send: all as one .zip, or each one to download
// or to open in Excel (Excel.createWorkbook, where the host has it). Budget templates and
// follow-up returns are offered alike; `testIds` tells the two apart.

import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { BuildResult } from "../templates";
import { failureMessage, usePanelStyles } from "./shared";
import { base64Of, offerDownload, XLSX_TYPE, ZIP_TYPE, zipOf } from "./templateFiles";
import type { PanelProps } from "./usePanelWorkflow";

const useStyles = makeStyles({
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

export function BuiltFiles({ built, zipName, testIds, gateway, strings: t, language }: PanelProps & { built: BuildResult; zipName: string; testIds: string }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const w = t.templates;
  const opening = gateway.workbookOpening();
  const [message, setMessage] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => () => {
    setMessage(null);
    action().catch((error: unknown) => setMessage(failureMessage(error, t, language)));
  };
  return (
    <div className={mergeClasses(styles.panel, styles.section)} data-testid={`${testIds}built`}>
      <strong>{w.sendHeading}</strong>
      <span className={styles.hint}>{w.sendHint}</span>
      <Button appearance="primary" data-testid={`${testIds}download-zip`} onClick={run(async () => offerDownload(zipName, await zipOf(built.files), ZIP_TYPE))}>
        {w.downloadAll}
      </Button>
      {!opening.available && (
        <MessageBar intent="info" data-testid={`${testIds}open-unavailable`}>
          <MessageBarBody>{opening.reason === "preview" ? w.openInPreview : w.openNeedsSet(opening.set)}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent="error" data-testid={`${testIds}files-status`}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.files}>
        {built.files.map((file) => (
          <li key={file.fileName} className={styles.file} data-testid={`${testIds}file-${file.department}`}>
            <span>{file.fileName}</span>
            <div className={styles.row}>
              {opening.available && (
                <Button size="small" data-testid={`${testIds}open-${file.department}`} onClick={run(() => gateway.createWorkbook(base64Of(file.bytes)))}>
                  {w.openInExcel}
                </Button>
              )}
              <Button size="small" data-testid={`${testIds}download-${file.department}`} onClick={run(async () => offerDownload(file.fileName, file.bytes, XLSX_TYPE))}>
                {w.download}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
