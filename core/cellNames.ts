// How a cell is named in A1 style: the column's letters and the row's number, from 0-based
// positions. The one place the letters are worked out; the gateway and the template files use it.

/** "A" for column 0, "Z" for 25, "AA" for 26. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "F12" for row 11, column 5. */
export const cellName = (row: number, column: number): string => `${columnName(column)}${row + 1}`;
