// A BookSpec shaped like a department's budget template: instructions, the budget sheet (protected,
// frozen, input cells for the annual amount, the profile and the justification, twelve months as
// one spilled formula, totals and alerts), the profile list, and a very hidden control sheet.

import type { BookSpec, CellSpec, InputRule } from "../../core/templates/book";

export const AMOUNT_INPUT: InputRule = {
  kind: "amount",
  prompt: { title: "Årsbeløb", text: "Skriv årets budget i kr. for kontoen." },
  error: { title: "Ikke et beløb", text: "Skriv et tal, fx 1234567." },
};

export const PROFILE_INPUT: InputRule = {
  kind: "list",
  list: "Profiler!$A$2:$A$5",
  prompt: { title: "Profil", text: "Vælg hvordan beløbet fordeles på måneder." },
  error: { title: "Ukendt profil", text: "Vælg en profil fra listen." },
};

export const TEXT_INPUT: InputRule = {
  kind: "text",
  maxLength: 500,
  prompt: { title: "Begrundelse", text: "Begrund ændringen fra sidste år." },
  error: { title: "For lang", text: "Højst 500 tegn." },
};

/** The months of an annual amount, split equally as the template's cached results show them. */
export function equalMonths(annual: number): number[] {
  const base = Math.trunc(annual / 12);
  const rest = annual - base * 12;
  return Array.from({ length: 12 }, (_, month) => base + (month < rest ? 1 : 0));
}

const LINES = [
  { account: "1100", text: "Lønninger", budget: 1_200_000 },
  { account: "2210", text: "Medicin", budget: 360_012 },
  { account: "2290", text: "Øvrige varekøb", budget: 12_000 },
];

/** The budget sheet's first line row (1-based) and its month columns K..V. */
export const FIRST_LINE = 4;

function lineRow(line: (typeof LINES)[number], index: number): (CellSpec | null)[] {
  const row = FIRST_LINE + index;
  const months = equalMonths(line.budget);
  return [
    { value: line.account, style: "text" },
    { value: line.text, style: "text" },
    { value: line.budget, style: "amount" },
    { value: null, input: AMOUNT_INPUT },
    { value: "lige", input: PROFILE_INPUT },
    { value: null, input: TEXT_INPUT },
    { formula: `IF(C${row}=0,0,D${row}/C${row}-1)`, result: -1, style: "rate" },
    null,
    null,
    null,
    { formula: `BUDGET.PERIODIZE(D${row},E${row})`, result: months, spill: 12, style: "amount" },
  ];
}

export function sampleBook(): BookSpec {
  const last = FIRST_LINE + LINES.length - 1;
  return {
    title: "Budget 2027 – 4101 Kardiologisk afd.",
    sheets: [
      {
        name: "Vejledning",
        state: "visible",
        protect: true,
        widths: [90],
        rows: [
          [{ value: "Budget 2027", style: "title" }],
          [{ value: "Udfyld de gule celler på arket Budget.", style: "text" }],
          [{ value: "=SUM(A1:A2) er tekst, ikke en formel", style: "note" }],
          [{ value: "1.234,56", style: "text" }],
        ],
      },
      {
        name: "Budget",
        state: "visible",
        protect: true,
        widths: [8, 24, 14, 14, 14, 40, 9, 2, 2, 2, ...Array.from({ length: 12 }, () => 11)],
        freeze: { rows: 3, columns: 2 },
        alerts: [{ ref: `D${FIRST_LINE}:D${last}`, formula: `AND(D${FIRST_LINE}<>"",ABS(D${FIRST_LINE}-C${FIRST_LINE})>100000,F${FIRST_LINE}="")` }],
        rows: [
          [{ value: "4101 Kardiologisk afd.", style: "title" }],
          [{ value: "Ramme", style: "label" }, { value: 1_600_000, style: "amount" }, { formula: `SUM(D${FIRST_LINE}:D${last})`, result: 0, style: "total" }],
          [
            { value: "Konto", style: "header" },
            { value: "Tekst", style: "header" },
            { value: "Budget 2026", style: "header" },
            { value: "Budget 2027", style: "header" },
            { value: "Profil", style: "header" },
            { value: "Begrundelse", style: "header" },
            { value: "Ændring", style: "header" },
          ],
          ...LINES.map(lineRow),
          [null, { value: "I alt", style: "label" }, { formula: `SUM(C${FIRST_LINE}:C${last})`, result: 1_572_012, style: "total" }],
        ],
      },
      {
        name: "Profiler",
        state: "visible",
        protect: true,
        widths: [20],
        rows: [[{ value: "Profil", style: "header" }], [{ value: "lige" }], [{ value: "kalenderdage" }], [{ value: "arbejdsdage" }], [{ value: "løn" }]],
      },
      {
        name: "Kontrol",
        state: "veryHidden",
        protect: true,
        widths: [20, 70],
        rows: [
          [{ value: "id" }, { value: "b3f1c2d4-2027-4101-0001" }],
          [{ value: "checksum" }, { value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }],
          [{ value: "version" }, { value: 1 }],
          [{ value: "unit" }, { value: 1 }],
          [{ value: "ok" }, { value: true }],
        ],
      },
    ],
  };
}
