// The worksheet functions, declared once: every host registers them from this table. Excel reads
// the metadata built from it (addin/functions/metadata.ts, written to functions.json and
// functions-da.json by the build) and runs them through functions.ts; the preview engine
// registers them in its plugin. Each entry has its names and help in English and Danish, its
// arguments by kind (addin/functions/args.ts reads them), the size of its result (engines that
// spill need that before evaluating) and the adapter it runs.

import { TOTAL, type Subject } from "../../core";
import { argsReader, type Arg, type ArgSpec, type ArgValues, type CellArgs } from "./args";
import { toFunctionError, type FunctionResult } from "./cells";
import { allocateCells } from "./allocate";
import { carryoverCells, forecastCells, varianceCells, yearEndCells } from "./forecast";
import { periodizeCells } from "./periodize";
import { profileCells, workdaysCells } from "./profile";
import { reperiodizeCells } from "./reperiodize";

export interface Size {
  rows: number;
  columns: number;
}

export interface FunctionText {
  description: string;
  /** What the result holds. */
  result: string;
}

export interface WorksheetFunction {
  /** The English name, as in =BUDGET.PERIODIZE. */
  id: string;
  en: FunctionText;
  da: FunctionText & { name: string };
  args: readonly ArgSpec[];
  /** The size of the result from the sizes of the arguments given. */
  size(args: readonly Size[]): Size;
  /** Runs on the arguments as a host hands them over; a bad scalar argument is one error for the whole result. */
  invoke(args: readonly Arg[]): FunctionResult;
}

/** A function whose arguments are known by position, for callers with cells (the task pane, tests). */
export interface TypedWorksheetFunction<A extends readonly ArgSpec[]> extends WorksheetFunction {
  evaluate(...args: CellArgs<A>): FunctionResult;
}

interface Declaration<A extends readonly ArgSpec[]> extends Omit<WorksheetFunction, "args" | "invoke"> {
  args: A;
  /** The adapter, on the arguments read by kind. */
  run(args: ArgValues<A>): FunctionResult;
}

function worksheetFunction<const A extends readonly ArgSpec[]>({ run, ...declaration }: Declaration<A>): TypedWorksheetFunction<A> {
  // each argument is read by the kind A declares for it, so the values are ArgValues<A>
  const read = argsReader(declaration.args) as (args: readonly Arg[]) => ArgValues<A>;
  const invoke = (args: readonly Arg[]): FunctionResult => {
    try {
      return run(read(args));
    } catch (error) {
      return [[toFunctionError(error)]];
    }
  };
  return { ...declaration, invoke, evaluate: (...args) => invoke(args) };
}

// --- arguments several functions share ----------------------------------------------------------

/** The unit argument, its choices (and which is the default) worded in English and Danish. */
const unitArg = (en: string, da: string) =>
  ({
    kind: "unit",
    optional: true,
    en: { name: "unit", description: `Rounding unit in kroner: ${en}.` },
    da: { name: "enhed", description: `Afrundingsenhed i kroner: ${da}.` },
  }) as const satisfies ArgSpec;

const UNIT = unitArg("0.01, 1 (default) or 1000", "0,01, 1 (standard) eller 1000");

/** The variance and the carry-over work on booked amounts: left out, their unit is the øre. */
const EXACT_UNIT = unitArg("0.01 (default, the exact øre), 1 or 1000", "0,01 (standard, præcist til øre), 1 eller 1000");

const ACTUALS = {
  kind: "months",
  en: {
    name: "actuals",
    description: "The months booked so far (12 columns; blanks for months not yet booked), one row per line.",
  },
  da: {
    name: "forbrug",
    description: "De bogførte måneder (12 kolonner; tomme for måneder, der ikke er bogført endnu), én række pr. linje.",
  },
} as const satisfies ArgSpec;

const PLANNED = {
  kind: "months",
  en: { name: "budget", description: "The periodised budget, 12 months (one row for all lines, or one per line)." },
  da: { name: "budget", description: "Det periodiserede budget, 12 måneder (én række for alle linjer eller én pr. linje)." },
} as const satisfies ArgSpec;

const FORECAST_METHOD = {
  kind: "forecastMethod",
  optional: true,
  en: {
    name: "method",
    description: '"budget" (default), "profile", "runrate", "prioryear", "ets" or "auto" (the method that did best on the prior years).',
  },
  da: {
    name: "metode",
    description:
      '"budget" (standard), "profile" (profil), "runrate" (løbende gennemsnit), "prioryear" (sidste år), "ets" (eksponentiel udjævning) eller "auto" (den metode, der ramte bedst på de tidligere år).',
  },
} as const satisfies ArgSpec;

const HISTORY = {
  kind: "months",
  optional: true,
  en: { name: "history", description: "Prior years' monthly actuals, one row of 12 per year, oldest first (one line at a time)." },
  da: { name: "historik", description: "Tidligere års månedsforbrug, én række med 12 pr. år, ældste først (én linje ad gangen)." },
} as const satisfies ArgSpec;

const PROJECTION_ARGS = [ACTUALS, PLANNED, FORECAST_METHOD, HISTORY, UNIT] as const;

/** How messages name lockedThrough and capRate, in words rather than the argument's name. */
const LOCKED: Subject = { label: "lockedThrough" };
const CAP_RATE: Subject = { label: "capRate" };
const CARRY_SHARE: Subject = { label: "carryShare" };
const MIN_RATE: Subject = { label: "minRate" };
const MAX_RATE: Subject = { label: "maxRate" };

const monthsPerLine = ([lines]: readonly Size[]): Size => ({ rows: lines.rows, columns: 12 });
const oneRowOf12 = (): Size => ({ rows: 1, columns: 12 });
/** One row per line; a single value applies to every line, so the longest argument counts. */
const linesOf = (args: readonly Size[], columns: number): Size => ({ rows: Math.max(...args.map((a) => a.rows)), columns });

// --- the functions --------------------------------------------------------------------------------

export const PERIODIZE = worksheetFunction({
  id: "PERIODIZE",
  en: {
    description: "Splits annual amounts into 12 months along a profile. The months add up exactly to the annual amount.",
    result: "12 months per line.",
  },
  da: {
    name: "PERIODISER",
    description: "Fordeler årsbeløb på 12 måneder efter en profil. Månederne summer præcist til årsbeløbet.",
    result: "12 måneder pr. linje.",
  },
  args: [
    {
      kind: "amounts",
      en: { name: "annual", description: "Annual amount, or a column of annual amounts (one per line)." },
      da: { name: "årsbeløb", description: "Årsbeløb eller en kolonne med årsbeløb (ét pr. linje)." },
    },
    {
      kind: "profile",
      en: {
        name: "profile",
        description: '12 weights (one row for all lines, or one row per line) or a built-in profile name such as "equal".',
      },
      da: {
        name: "profil",
        description: '12 vægte (én række for alle linjer eller én pr. linje) eller navnet på en indbygget profil, fx "lige".',
      },
    },
    {
      kind: "year",
      optional: true,
      en: { name: "year", description: "Budget year; default this year." },
      da: { name: "år", description: "Budgetår; standard er indeværende år." },
    },
    UNIT,
  ],
  size: monthsPerLine,
  run: ([annual, profile, year, unit]) => periodizeCells(annual, profile, { year, unit }),
});

export const REPERIODIZE = worksheetFunction({
  id: "REPERIODIZE",
  en: {
    description:
      "Re-spreads months after a budget change: months 1 to lockedThrough keep their values, and the rest of the new annual amount is spread over the remaining months.",
    result: "12 months per line.",
  },
  da: {
    name: "OMPERIODISER",
    description:
      "Omperiodiserer efter en budgetændring: månederne til og med den låste måned bevarer deres værdi, og resten af det nye årsbeløb fordeles på de resterende måneder.",
    result: "12 måneder pr. linje.",
  },
  args: [
    {
      kind: "amounts",
      en: { name: "newAnnual", description: "New annual amount, or a column of them (one per line)." },
      da: { name: "nyt_årsbeløb", description: "Nyt årsbeløb eller en kolonne med nye årsbeløb (ét pr. linje)." },
    },
    {
      kind: "months",
      en: { name: "months", description: "The current 12 months per line." },
      da: { name: "måneder", description: "De nuværende 12 måneder pr. linje." },
    },
    {
      kind: "lockedThrough",
      subject: LOCKED,
      en: { name: "lockedThrough", description: "The last month to keep (0 to 12), e.g. 5 to keep January to May." },
      da: { name: "låst_til_og_med", description: "Den sidste måned, der bevares (0 til 12), fx 5 for januar til maj." },
    },
    {
      kind: "profile",
      optional: true,
      en: {
        name: "profile",
        description: "Weights for the remaining months (12 weights or a built-in name); default the current shape of the remaining months.",
      },
      da: {
        name: "profil",
        description: "Vægte for de resterende måneder (12 vægte eller et indbygget navn); standard er de resterende måneders nuværende forløb.",
      },
    },
    UNIT,
  ],
  size: monthsPerLine,
  run: ([newAnnual, months, lockedThrough, profile, unit]) => reperiodizeCells(newAnnual, months, lockedThrough, profile, unit),
});

export const ALLOCATE = worksheetFunction({
  id: "ALLOCATE",
  en: {
    description:
      "Splits a total (a requirement) over units in proportion to their bases or keys, exactly, with optional floors and caps as rates of base.",
    result: "Each unit's amount; the amounts add up exactly to the total.",
  },
  da: {
    name: "FORDEL",
    description:
      "Fordeler et samlet beløb (et krav) på enheder i forhold til deres grundlag eller fordelingsnøgler, præcist, med valgfri bund og loft som satser af grundlaget.",
    result: "Hver enheds beløb; beløbene summer præcist til totalen.",
  },
  args: [
    {
      kind: "amount",
      subject: TOTAL,
      en: { name: "total", description: "The total to split, e.g. the region's requirement." },
      da: { name: "total", description: "Beløbet, der fordeles, fx regionens krav." },
    },
    {
      kind: "range",
      en: { name: "bases", description: "Each unit's base (budget or activity value); the result has the same shape." },
      da: { name: "grundlag", description: "Hver enheds grundlag (budget eller aktivitetsværdi); resultatet har samme form." },
    },
    {
      kind: "range",
      optional: true,
      en: {
        name: "keys",
        description: "Allocation keys (beds, staff, budget shares) in the shape of bases; default the bases. A key of 0 exempts the unit.",
      },
      da: {
        name: "nøgler",
        description: "Fordelingsnøgler (senge, personale, budgetandele) i grundlagets form; standard er grundlaget. Nøgle 0 fritager enheden.",
      },
    },
    {
      kind: "rate",
      optional: true,
      subject: MIN_RATE,
      en: { name: "minRate", description: "Floor: no unit below this rate of its base, e.g. 0.01." },
      da: { name: "mindstesats", description: "Bund: ingen enhed under denne sats af sit grundlag, fx 0,01." },
    },
    {
      kind: "rate",
      optional: true,
      subject: MAX_RATE,
      en: { name: "maxRate", description: "Cap: no unit above this rate of its base, e.g. 0.03." },
      da: { name: "højestesats", description: "Loft: ingen enhed over denne sats af sit grundlag, fx 0,03." },
    },
    UNIT,
  ],
  size: ([, bases]) => bases,
  run: ([total, bases, keys, minRate, maxRate, unit]) => allocateCells(total, bases, keys, { minRate, maxRate, unit }),
});

export const FORECAST = worksheetFunction({
  id: "FORECAST",
  en: {
    description: "Projects the year month by month: the booked months as they are, then the projected months.",
    result: "12 months per line.",
  },
  da: {
    name: "PROGNOSE",
    description: "Fremskriver året måned for måned: de bogførte måneder, som de er, derefter de fremskrevne måneder.",
    result: "12 måneder pr. linje.",
  },
  args: PROJECTION_ARGS,
  size: monthsPerLine,
  run: ([actuals, budget, method, history, unit]) => forecastCells(actuals, budget, { method, history, unit }),
});

export const YEAREND = worksheetFunction({
  id: "YEAREND",
  en: { description: "The projected year-end total: the booked months plus the projected rest.", result: "The year-end total per line." },
  da: {
    name: "AARSRESULTAT",
    description: "Det forventede årsresultat: de bogførte måneder plus den fremskrevne rest.",
    result: "Årsresultatet pr. linje.",
  },
  args: PROJECTION_ARGS,
  size: ([actuals]) => ({ rows: actuals.rows, columns: 1 }),
  run: ([actuals, budget, method, history, unit]) => yearEndCells(actuals, budget, { method, history, unit }),
});

export const VARIANCE = worksheetFunction({
  id: "VARIANCE",
  en: {
    description: "Total, volume and price variance: actual minus budget (positive = overspend); volume + price = total exactly.",
    result: "Total, volume and price variance per line.",
  },
  da: {
    name: "AFVIGELSE",
    description: "Samlet afvigelse, mængde- og prisafvigelse: forbrug minus budget (positiv = merforbrug); mængde + pris = samlet præcist.",
    result: "Samlet, mængde- og prisafvigelse pr. linje.",
  },
  args: [
    {
      kind: "amounts",
      en: { name: "actual", description: "Actual amount, or a column of them." },
      da: { name: "forbrug", description: "Faktisk beløb eller en kolonne med faktiske beløb." },
    },
    {
      kind: "amounts",
      en: { name: "budget", description: "Budget amount, or a column of them." },
      da: { name: "budget", description: "Budgetbeløb eller en kolonne med budgetbeløb." },
    },
    {
      kind: "quantities",
      optional: true,
      en: { name: "actualQty", description: "Actual quantity (activity), for the volume/price split." },
      da: { name: "faktisk_mængde", description: "Faktisk mængde (aktivitet) til opdeling i mængde og pris." },
    },
    {
      kind: "quantities",
      optional: true,
      en: { name: "budgetQty", description: "Budget quantity (activity), for the volume/price split." },
      da: { name: "budget_mængde", description: "Budgetteret mængde (aktivitet) til opdeling i mængde og pris." },
    },
    EXACT_UNIT,
  ],
  size: (args) => linesOf(args.slice(0, 4), 3),
  run: ([actual, budget, actualQty, budgetQty, unit]) => varianceCells(actual, budget, actualQty, budgetQty, unit),
});

export const CARRYOVER = worksheetFunction({
  id: "CARRYOVER",
  en: {
    description: "What moves to next year: an underspend up to capRate of the budget, an overspend in full as a negative amount.",
    result: "The amount carried to next year per line.",
  },
  da: {
    name: "OVERFOERSEL",
    description: "Det, der overføres til næste år: et mindreforbrug op til loftet af budgettet, et merforbrug fuldt ud som et negativt beløb.",
    result: "Beløbet, der overføres til næste år, pr. linje.",
  },
  args: [
    {
      kind: "amounts",
      en: { name: "budget", description: "Budget, or a column of budgets." },
      da: { name: "budget", description: "Budget eller en kolonne med budgetter." },
    },
    {
      kind: "amounts",
      en: { name: "actual", description: "Actual result, or a column of them." },
      da: { name: "forbrug", description: "Faktisk forbrug eller en kolonne med faktisk forbrug." },
    },
    {
      kind: "rate",
      optional: true,
      subject: CAP_RATE,
      en: { name: "capRate", description: "The most of an underspend that may be carried, as a rate of the budget (or of capBase); default 0.02." },
      da: { name: "loft", description: "Den største del af et mindreforbrug, der må overføres, som sats af budgettet (eller af grundlaget); standard 0,02." },
    },
    EXACT_UNIT,
    {
      kind: "amounts",
      optional: true,
      en: { name: "capBase", description: "The budget the cap is a rate of, e.g. the net operating frame, or a column of them; default the budget." },
      da: { name: "grundlag", description: "Det budget, loftet er en sats af, fx nettodriftsrammen, eller en kolonne med dem; standard er budgettet." },
    },
    {
      kind: "rate",
      optional: true,
      subject: CARRY_SHARE,
      en: { name: "share", description: "The part of an underspend that is carried at all, from 0 to 1, e.g. 0.5 for half; default 1." },
      da: { name: "andel", description: "Den del af et mindreforbrug, der overføres overhovedet, fra 0 til 1, fx 0,5 for halvdelen; standard 1." },
    },
  ],
  size: (args) => linesOf([args[0], args[1], ...(args[4] ? [args[4]] : [])], 1),
  run: ([budget, actual, capRate, unit, capBase, share]) => carryoverCells(budget, actual, capRate, unit, capBase, share),
});

export const WORKDAYS = worksheetFunction({
  id: "WORKDAYS",
  en: { description: "Danish working days per month: Monday to Friday less the public holidays.", result: "12 working-day counts." },
  da: {
    name: "ARBEJDSDAGE",
    description: "Danske arbejdsdage pr. måned: mandag til fredag fratrukket helligdagene.",
    result: "Antal arbejdsdage i hver af de 12 måneder.",
  },
  args: [
    {
      kind: "year",
      en: { name: "year", description: "Budget year." },
      da: { name: "år", description: "Budgetår." },
    },
    {
      kind: "daysOff",
      optional: true,
      en: { name: "options", description: 'Extra days off, as agreements differ: any of "grundlovsdag", "24dec", "31dec", "1maj".' },
      da: { name: "valg", description: 'Ekstra fridage, da overenskomster er forskellige: en eller flere af "grundlovsdag", "24dec", "31dec" og "1maj".' },
    },
  ],
  size: oneRowOf12,
  run: ([year, daysOff]) => workdaysCells(year, daysOff),
});

export const PROFILE = worksheetFunction({
  id: "PROFILE",
  en: {
    description: "The 12 monthly weights of a profile: built in, or built from history, payment months, salary or planned activity.",
    result: "12 weights.",
  },
  da: {
    name: "PROFIL",
    description: "De 12 månedsvægte i en profil: indbygget eller bygget af historik, betalingsmåneder, løn eller planlagt aktivitet.",
    result: "12 vægte.",
  },
  args: [
    {
      kind: "profileMethod",
      en: {
        name: "method",
        description: '"equal", "days" (calendar days), "workdays", "historical", "payments", "salary" or "activity"; Danish names too.',
      },
      da: {
        name: "metode",
        description: '"lige", "kalenderdage", "arbejdsdage", "historisk", "betalinger", "løn" eller "aktivitet"; også de engelske navne.',
      },
    },
    {
      kind: "year",
      optional: true,
      en: { name: "year", description: 'Budget year, for "days" and "workdays"; default this year.' },
      da: { name: "år", description: 'Budgetår, for "kalenderdage" og "arbejdsdage"; standard er indeværende år.' },
    },
    {
      kind: "options",
      optional: true,
      en: {
        name: "options",
        description:
          '"workdays": extra days off, e.g. "grundlovsdag, 24dec". "historical": prior years\' actuals, one row of 12 per year. "payments": months, e.g. "jan,apr,jul,oct". "salary": row 1 pay-rise rate per month, row 2 extra payment in months of salary. "activity": row 1 activity per month, row 2 unit cost and fixed amount per month.',
      },
      da: {
        name: "valg",
        description:
          '"arbejdsdage": ekstra fridage, fx "grundlovsdag, 24dec". "historisk": tidligere års forbrug, én række med 12 pr. år. "betalinger": måneder, fx "jan,apr,jul,okt". "løn": række 1 lønstigningssats pr. måned, række 2 ekstra udbetaling i måneders løn. "aktivitet": række 1 aktivitet pr. måned, række 2 enhedsomkostning og fast beløb pr. måned.',
      },
    },
  ],
  size: oneRowOf12,
  run: ([method, year, options]) => profileCells(method, year, options),
});

/** Every worksheet function. */
export const WORKSHEET_FUNCTIONS: readonly WorksheetFunction[] = [
  PERIODIZE,
  REPERIODIZE,
  ALLOCATE,
  FORECAST,
  YEAREND,
  VARIANCE,
  CARRYOVER,
  WORKDAYS,
  PROFILE,
];
