// The one path text takes into a cell. Excel reads typed text as a formula (= + - @), a number
// ("007", "1e3"), a boolean ("TRUE") or a date ("Jan 2026"); a leading apostrophe makes the rest
// plain text and is not shown. So every non-empty text gets one, and "'x" arrives as "'x".

/** Text as it must be written so that the cell shows exactly `text`, as text. */
export function asCellText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
