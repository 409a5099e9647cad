// The preview grid's keyboard as Excel's: which key does what on the grid and while editing, how
// a move changes the selection, and the clipboard's tab-separated text both ways.

import { describe, expect, it } from "vitest";
import { copiedText, editorAction, gridAction, moved, pastedCells, type GridKey } from "../../addin/preview/gridKeys";

const press = (key: string, mods: Partial<Omit<GridKey, "key">> = {}): GridKey => ({ key, shift: false, ctrl: false, alt: false, ...mods });

describe("a key on the grid", () => {
  it.each([
    [press("ArrowDown"), { kind: "move", rows: 1, columns: 0, extend: false }],
    [press("ArrowUp", { shift: true }), { kind: "move", rows: -1, columns: 0, extend: true }],
    [press("ArrowRight", { shift: true }), { kind: "move", rows: 0, columns: 1, extend: true }],
    [press("ArrowLeft"), { kind: "move", rows: 0, columns: -1, extend: false }],
    [press("Enter"), { kind: "move", rows: 1, columns: 0, extend: false }],
    [press("Enter", { shift: true }), { kind: "move", rows: -1, columns: 0, extend: false }],
    [press("PageDown"), { kind: "page", direction: 1, extend: false }],
    [press("PageUp"), { kind: "page", direction: -1, extend: false }],
    [press("PageDown", { shift: true }), { kind: "page", direction: 1, extend: true }],
    [press("PageDown", { ctrl: true }), { kind: "none" }],
    [press("F2"), { kind: "edit", text: null }],
    [press("7"), { kind: "edit", text: "7" }],
    [press("Ø", { shift: true }), { kind: "edit", text: "Ø" }],
    [press("="), { kind: "edit", text: "=" }],
    [press(" "), { kind: "edit", text: " " }],
    // AltGr on a Danish keyboard arrives as Ctrl+Alt
    [press("@", { ctrl: true, alt: true }), { kind: "edit", text: "@" }],
    [press("Backspace"), { kind: "edit", text: "" }],
    [press("Delete"), { kind: "clear" }],
    [press("z", { ctrl: true }), { kind: "undo" }],
    [press("Z", { ctrl: true }), { kind: "undo" }],
    [press("c", { ctrl: true }), { kind: "none" }],
    [press("v", { ctrl: true }), { kind: "none" }],
    [press("Tab"), { kind: "none" }],
    [press("Escape"), { kind: "none" }],
    [press("Shift", { shift: true }), { kind: "none" }],
    [press("a", { alt: true }), { kind: "none" }],
    [press("ArrowDown", { ctrl: true }), { kind: "none" }],
  ])("%o does %o", (key, action) => {
    expect(gridAction(key)).toEqual(action);
  });
});

describe("a key while editing a cell", () => {
  it.each([
    [press("Enter"), "enter", { kind: "commit", rows: 1, columns: 0 }],
    [press("Enter", { shift: true }), "edit", { kind: "commit", rows: -1, columns: 0 }],
    [press("Tab"), "edit", { kind: "commit", rows: 0, columns: 1 }],
    [press("Tab", { shift: true }), "enter", { kind: "commit", rows: 0, columns: -1 }],
    [press("Escape"), "edit", { kind: "cancel" }],
    [press("ArrowDown"), "enter", { kind: "commit", rows: 1, columns: 0 }],
    [press("ArrowLeft"), "enter", { kind: "commit", rows: 0, columns: -1 }],
    // F2's edit: the arrows move the caret in the text
    [press("ArrowLeft"), "edit", { kind: "none" }],
    [press("ArrowRight", { shift: true }), "enter", { kind: "none" }],
    [press("x"), "enter", { kind: "none" }],
    [press("z", { ctrl: true }), "enter", { kind: "none" }],
  ] as const)("%o in %s mode does %o", (key, mode, action) => {
    expect(editorAction(key, mode)).toEqual(action);
  });
});

describe("a move of the selection", () => {
  const B2 = { row: 1, column: 1 };
  it.each([
    [{ anchor: B2, focus: B2 }, { rows: 1, columns: 0, extend: true }, { anchor: B2, focus: { row: 2, column: 1 } }],
    [{ anchor: B2, focus: { row: 4, column: 3 } }, { rows: 0, columns: 1, extend: true }, { anchor: B2, focus: { row: 4, column: 4 } }],
    // a plain arrow moves from the active cell and drops the block
    [{ anchor: B2, focus: { row: 4, column: 3 } }, { rows: 1, columns: 0, extend: false }, { anchor: { row: 2, column: 1 }, focus: { row: 2, column: 1 } }],
    // the sheet's edges hold
    [{ anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } }, { rows: -1, columns: -1, extend: false }, { anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } }],
    [{ anchor: B2, focus: { row: 1_048_575, column: 16_383 } }, { rows: 1, columns: 1, extend: true }, { anchor: B2, focus: { row: 1_048_575, column: 16_383 } }],
  ])("%o moved by %o is %o", (selection, move, after) => {
    expect(moved(selection, move)).toEqual(after);
  });
});

describe("the clipboard's text", () => {
  it.each([
    { cells: [["Konto", "Beløb"], ["1110 Løn", "48215300"]], text: "Konto\tBeløb\n1110 Løn\t48215300" },
    { cells: [["a", ""], ["", "d"]], text: "a\t\n\td" },
    { cells: [["two\nlines", 'say "hi"'], ['"quoted"', "tab\there"]], text: '"two\nlines"\tsay "hi"\n"""quoted"""\t"tab\there"' },
  ])("copies $cells as $text and pastes it back", ({ cells, text }) => {
    expect(copiedText(cells)).toBe(text);
    expect(pastedCells(text)).toEqual(cells);
  });

  it.each([
    // Excel ends its block with a line break, and Windows breaks lines with \r\n
    { text: "1\t2\r\n3\t4\r\n", cells: [["1", "2"], ["3", "4"]] },
    { text: "x\n", cells: [["x"]] },
    { text: "a\tb\tc\nd", cells: [["a", "b", "c"], ["d", "", ""]] },
    { text: "a\t", cells: [["a", ""]] },
    { text: '"open quote\tb', cells: [['"open quote', "b"]] },
    { text: 'mid"quote', cells: [['mid"quote']] },
    { text: "", cells: [] },
  ])("pastes $text as $cells", ({ text, cells }) => {
    expect(pastedCells(text)).toEqual(cells);
  });
});
