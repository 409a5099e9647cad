// The tables the panels' previews show: a name per row and its figures right-aligned, as the user
// reads numbers in their language.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language } from "../../core";
import { usePanelStyles } from "./shared";

/** Numbers as the user's language writes them (1.234,5 in Danish, 1,234.5 in English). */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", options);
}

/** A figure cell; with a test id when a test reads that one cell. */
export type Figure = ReactNode | { value: ReactNode; testId: string };

export interface FigureRow {
  key: string;
  /** The row's name, in the first column. */
  label: ReactNode;
  figures: readonly Figure[];
  testId?: string;
  className?: string;
  /** How deep the row sits in a tree: its name is indented as much. */
  depth?: number;
}

interface Props {
  label: string;
  /** The first column's header, then one per figure. */
  headers: readonly string[];
  rows: readonly FigureRow[];
  className?: string;
  testId?: string;
}

const hasTestId = (figure: Figure): figure is { value: ReactNode; testId: string } =>
  typeof figure === "object" && figure !== null && "testId" in figure && "value" in figure;

export function FigureTable({ label, headers, rows, className, testId }: Props) {
  const styles = usePanelStyles();
  return (
    <Table size="extra-small" aria-label={label} className={className} data-testid={testId}>
      <TableHeader>
        <TableRow>
          {headers.map((header, i) => (
            <TableHeaderCell key={i} className={i === 0 ? undefined : styles.numbers}>
              {header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} className={row.className} data-testid={row.testId}>
            <TableCell style={row.depth === undefined ? undefined : { paddingLeft: `calc(${row.depth} * 14px + 4px)`, whiteSpace: "nowrap" }}>{row.label}</TableCell>
            {row.figures.map((figure, i) => (
              <TableCell key={i} className={styles.numbers} data-testid={hasTestId(figure) ? figure.testId : undefined}>
                {hasTestId(figure) ? figure.value : figure}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
