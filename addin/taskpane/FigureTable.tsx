// The tables the panels' previews show: a name per row and its figures right-aligned, as the user
// reads numbers in their language. A table scrolls in its own box, never the pane: in Excel's
// narrow task pane the names stay in view (their column frozen, a long name wrapping) while the
// figures, each kept whole on one line, scroll sideways beside them. The box is a named region the
// keyboard can reach, so a user without a mouse scrolls it with the arrow keys.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
  /** The test id of the box the table scrolls in. */
  boxTestId?: string;
  /** A long table: its box is at most a screenful high, its header row staying in view. */
  tall?: boolean;
}

const useStyles = makeStyles({
  box: { overflowX: "auto", maxWidth: "100%" },
  tall: { maxHeight: "320px", overflowY: "auto" },
  // as wide as its figures need, at least as wide as the pane
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  // the names' column stays in view while the figures scroll under it; a long name wraps
  name: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    maxWidth: "11em",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  corner: { zIndex: 2 },
  // a figure's header may wrap at its spaces, so a long header does not widen its column; it
  // stands right-aligned over its figures
  figureHead: { whiteSpace: "normal" },
  figureHeadText: { justifyContent: "flex-end", textAlign: "right" },
});

const hasTestId = (figure: Figure): figure is { value: ReactNode; testId: string } =>
  typeof figure === "object" && figure !== null && "testId" in figure && "value" in figure;

export function FigureTable({ label, headers, rows, className, testId, boxTestId, tall = false }: Props) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  return (
    <div className={mergeClasses(styles.box, tall && styles.tall)} data-testid={boxTestId} role="region" aria-label={label} tabIndex={0}>
      <Table size="extra-small" aria-label={label} className={mergeClasses(styles.table, className)} data-testid={testId}>
        <TableHeader>
          <TableRow>
            {headers.map((header, i) => (
              <TableHeaderCell
                key={i}
                className={i === 0 ? mergeClasses(styles.head, styles.name, styles.corner) : mergeClasses(styles.head, styles.numbers, styles.figureHead)}
                button={i === 0 ? undefined : { className: styles.figureHeadText }}
              >
                {header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={row.className} data-testid={row.testId}>
              {/* a marked row's colour goes under its frozen name too */}
              <TableCell
                className={mergeClasses(styles.name, row.className)}
                style={row.depth === undefined ? undefined : { paddingLeft: `calc(${row.depth} * 12px + 4px)` }}
              >
                {row.label}
              </TableCell>
              {row.figures.map((figure, i) => (
                <TableCell key={i} className={styles.numbers} data-testid={hasTestId(figure) ? figure.testId : undefined}>
                  {hasTestId(figure) ? figure.value : figure}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
