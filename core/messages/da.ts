// Every error message in Danish, by code, from the same parameters as the English catalogue.
// A subject's gender is recorded with its label, so adjectives agree: "årsbeløb er tomt",
// "enhed er tom", "de kendte korrektioner er tomme".

import type { messages as english, LineArg, Shape } from "./en";
import type { Subject } from "./subjects";
import type { DanishLabels, Render } from "./types";
import { followUpMessages } from "./followupDa";
import { templateMessages } from "./templatesDa";

export const labels: DanishLabels = {
  annual: ["neuter", "årsbeløb"],
  unit: ["common", "enhed"],
  year: ["neuter", "år"],
  total: ["common", "total"],
  sum: ["common", "sum"],
  month: ["common", (p) => `måned ${p.month}`],
  monthTotal: ["common", (p) => `summen af måned ${p.month} for alle linjer`],
  annualTotal: ["plural", "årsbeløbene tilsammen"],
  profileWeight: ["common", (p) => `profilvægt ${p.index}`],
  lockedThrough: ["common", "den sidste låste måned"],
  actualMonth: ["neuter", (p) => `forbrug for måned ${p.month}`],
  budgetMonth: ["neuter", (p) => `budget for måned ${p.month}`],
  adjustmentMonth: ["common", (p) => `korrektion for måned ${p.month}`],
  projectionMonth: ["common", (p) => `fremskrivningen for måned ${p.month}`],
  yearEnd: ["neuter", "det forventede årsresultat"],
  historyCell: ["common", (p) => `historik række ${p.row}, måned ${p.month}`],
  historyOf: ["common", (p) => `historik for "${p.key}" ${p.year}, måned ${p.month}`],
  actualToDate: ["neuter", "forbruget til dato"],
  budgetToDate: ["neuter", "budgettet til dato"],
  monthVariance: ["common", "månedens afvigelse"],
  ytdVariance: ["common", "afvigelsen år til dato"],
  annualBudget: ["neuter", "årsbudgettet"],
  knownAdjustments: ["plural", "de kendte korrektioner"],
  decidedActions: ["common", "de besluttede tiltags resterende effekt"],
  yearEndAfterActions: ["neuter", "det forventede årsresultat efter besluttede tiltag"],
  resultAfterActions: ["common", "den forventede afvigelse efter besluttede tiltag"],
  departmentYearEnd: ["neuter", "afdelingernes forventede årsresultat"],
  actionEffect: ["common", (p) => `effekten af tiltaget "${p.id}"`],
  actionPotential: ["neuter", "potentialet i de foreslåede tiltag"],
  carryoverShare: ["common", "andel af mindreforbrug, der overføres"],
  expectedResult: ["common", "den forventede afvigelse"],
  adjustment: ["common", "korrektion"],
  materialityAmount: ["neuter", "væsentlighedsbeløb"],
  materialityRate: ["common", "væsentlighedsprocent"],
  carryoverCap: ["neuter", "loft for overførsel"],
  justifyAmount: ["common", "beløbsgrænse for begrundelse"],
  justifyRate: ["common", "procentgrænse for begrundelse"],
  lastBudget: ["neuter", "indeværende års budget"],
  lastActual: ["neuter", "seneste regnskab"],
  capRate: ["neuter", "loftet"],
  actualAmount: ["neuter", "faktisk beløb"],
  budgetAmount: ["neuter", "budgetbeløb"],
  actualQuantity: ["common", "faktisk mængde"],
  budgetQuantity: ["common", "budgetteret mængde"],
  totalVariance: ["common", "samlet afvigelse"],
  volumeVariance: ["common", "mængdeafvigelse"],
  priceVariance: ["common", "prisafvigelse"],
  carryover: ["common", "overførsel"],
  capBase: ["neuter", "grundlag for loftet"],
  carryShare: ["common", "andel"],
  baseBudget: ["neuter", "basisbudget"],
  requirement: ["neuter", "krav"],
  newBudget: ["neuter", "nyt budget"],
  baseActivity: ["common", "basisaktivitet"],
  baseActivityOf: ["common", (p) => `basisaktivitet ${p.index}`],
  baseOfUnit: ["neuter", (p) => `grundlaget for enhed ${p.index}`],
  keyOfUnit: ["common", (p) => `nøglen for enhed ${p.index}`],
  budgetOf: ["neuter", (p) => `budgettet for "${p.key}"`],
  keyOf: ["common", (p) => `nøglen for "${p.key}"`],
  indexOf: ["neuter", (p) => `indekset for "${p.key}"`],
  exemptOf: ["common", (p) => `fritagelsen for "${p.key}"`],
  minRate: ["common", "mindstesatsen"],
  maxRate: ["common", "højestesatsen"],
  floor: ["common", "bunden"],
  cap: ["neuter", "loftet"],
  rate: ["common", "sats"],
  years: ["neuter", "antal år"],
  strength: ["common", "styrke"],
  activityMonth: ["common", (p) => `aktivitet i måned ${p.month}`],
  unitCost: ["common", "enhedsomkostning"],
  fixedPerMonth: ["neuter", "fast beløb pr. måned"],
  riseMonth: ["common", (p) => `måneden for lønstigning ${p.index}`],
  riseRate: ["common", (p) => `satsen for lønstigning ${p.index}`],
  riseRateInMonth: ["common", (p) => `lønstigningssatsen i måned ${p.month}`],
  payRise: ["common", "lønstigning"],
  extraMonth: ["common", (p) => `måneden for ekstra udbetaling ${p.index}`],
  extraMonths: ["common", (p) => `ekstra udbetaling ${p.index}`],
  extraPaymentInMonth: ["common", (p) => `ekstra udbetaling i måned ${p.month}`],
  extraPayment: ["common", "ekstra udbetaling"],
  paymentMonth: ["common", (p) => `betalingsmåned ${p.index}`],
  paymentMonthsCell: ["common", "cellen med betalingsmåneder"],
  profileMethod: ["common", "profilmetoden"],
};

/** The adjective in the form that agrees with the subject: tom / tomt / tomme. */
const agree = (r: Render, s: Subject, common: string, neuter: string, plural: string) =>
  ({ common, neuter, plural })[r.gender(s)];
const is = (r: Render, s: Subject) => `${r.label(s)} er`;

const values = (n: number) => `${n} ${n === 1 ? "værdi" : "værdier"}`;
const fromMonth = (from: number) => (from === 12 ? "måned 12" : `månederne ${from}-12`);
const booked = (m: number) => (m === 1 ? "måned 1" : `månederne 1-${m}`);
const LINE_ARGS: Record<LineArg, string> = {
  actual: "det faktiske beløb",
  budget: "budgettet",
  actualQty: "den faktiske mængde",
  budgetQty: "den budgetterede mængde",
  capBase: "grundlaget for loftet",
};
const SHAPES: Record<Shape, string> = { budget: "budgettet", history: "historikken", historyProfile: "historikprofilen" };
/** The projection methods by their Danish names, with the name a formula takes where it differs. */
const METHOD_NAMES: Record<string, string> = {
  budget: "budget",
  profile: "profil (profile)",
  runrate: "løbende gennemsnit (runrate)",
  prioryear: "sidste år (prioryear)",
  ets: "eksponentiel udjævning (ets)",
  auto: "auto",
};
const methodName = (method: string) => METHOD_NAMES[method] ?? method;

type Catalogue = { [C in keyof typeof english]: (p: Parameters<(typeof english)[C]>[0], r: Render) => string };

export const messages: Catalogue = {
  AMOUNT_TEXT: (p, r) => `${is(r, p.what)} tekst ("${p.text}"); der skal stå et tal`,
  AMOUNT_DANISH_TEXT: (p, r) => `${r.label(p.what)} "${p.text}" er tekst i dansk talformat; konvertér den til et tal`,
  AMOUNT_BLANK: (p, r) => `${is(r, p.what)} ${agree(r, p.what, "tom", "tomt", "tomme")}; skriv 0, hvis der ikke er noget`,
  AMOUNT_BOOLEAN: (p, r) => `${is(r, p.what)} ${r.value(p.value)}; der skal stå et tal`,
  AMOUNT_ERROR: (p, r) => `${is(r, p.what)} en fejl (${p.text}); ret den celle først`,
  AMOUNT_NOT_FINITE: (p, r) => `${is(r, p.what)} ikke et endeligt tal`,
  AMOUNT_TOO_LARGE: (p, r) =>
    `${r.label(p.what)} ${r.value(p.value)} er for ${agree(r, p.what, "stor", "stort", "store")}; grænsen er ${r.limit(p.unit)}`,
  WEIGHT_NEGATIVE: (p, r) => `profilvægt ${p.index} er negativ (${r.num(p.value)}); vægte skal være 0 eller mere`,
  WEIGHT_NOT_FINITE: (p) => `profilvægt ${p.index} er ikke et endeligt tal`,
  WEIGHTS_ZERO_SUM: () => `profilens vægte summer til 0; mindst én vægt skal være positiv`,
  PROFILE_LENGTH: (p) => `profilen har ${values(p.count)}; der skal være 12`,
  PROFILE_BLANK: () => `profilen er tom; angiv 12 vægte eller et profilnavn som "lige"`,
  PROFILE_ROWS: (p) => `profilen har ${p.rows} rækker, men der er ${p.lines} årsbeløb; angiv 1 række eller én pr. beløb`,
  MONTHS_ROWS: (p) => `månederne har ${p.rows} rækker, men der er ${p.lines} nye årsbeløb; angiv én række med 12 måneder pr. beløb`,
  BUDGET_ROWS: (p) => `budgettet har ${p.rows} rækker, men der er ${p.lines} linjer forbrug; angiv 1 række eller én pr. linje`,
  LINE_ROWS: (p) => `${LINE_ARGS[p.name]} har ${p.rows} rækker, men ${LINE_ARGS[p.longest]} har ${p.lines}; angiv 1 række (for alle linjer) eller én pr. linje`,
  PROFILE_UNKNOWN: (p) => `ukendt profil "${p.text}"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte`,
  ANNUAL_SHAPE: (p) => `årsbeløb skal stå i én kolonne; fik ${p.rows} x ${p.cols}`,
  ARGUMENT_NOT_ONE_CELL: (p) => `${p.argument.da} skal være én celle; fik ${p.rows} x ${p.cols}`,
  RESULT_OUTGROWS_ROOM: (p) => `${p.name.da} gav ${p.rows} x ${p.cols} værdier, hvor argumenterne giver plads til ${p.roomRows} x ${p.roomCols}`,
  UNIT_INVALID: (p, r) => `enhed skal være ${r.num(0.01)}, 1 eller 1000; fik ${r.value(p.value)}`,
  YEAR_INVALID: (p, r) => `år skal være et helt tal fra 1900 til 9999; fik ${r.value(p.value)}`,
  WORKDAY_OPTION_UNKNOWN: (p) => `ukendt valg for arbejdsdage "${p.text}"; brug grundlovsdag, 24dec, 31dec eller 1maj`,
  WORKDAY_OPTION_KEY: (p) => `ukendt valg for arbejdsdage "${p.text}"; brug grundlovsdag, christmasEve, newYearsEve eller mayDay`,
  WORKDAY_OPTION_VALUE: (p) => `valget ${p.name} for arbejdsdage skal være true eller false; fik ${p.text}`,
  WORKDAY_OPTIONS_SHAPE: (p) => `valg for arbejdsdage skal være et objekt som { christmasEve: true }; fik ${p.text}`,
  MONTHS_LENGTH: (p) => `månederne har ${values(p.count)}; der skal være 12`,
  LOCKED_INVALID: (p, r) => `låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik ${r.value(p.value)}`,
  REMAINING_WEIGHTS_ZERO: (p) =>
    `profilen har ingen vægt i ${fromMonth(p.from)}, så der er intet at fordele resten på; giv ${p.from === 12 ? "den" : "dem"} en vægt, eller lås færre måneder`,
  LOCKED_NOT_ON_UNIT: (p, r) => {
    const them = p.locked === 1 ? "den låste måned" : "de låste måneder";
    const advice =
      p.unit === 0.01
        ? `afrund ${them} til 2 decimaler`
        : p.ore
          ? `brug enhed ${r.num(0.01)}, eller afrund ${them} til enheden`
          : `afrund ${them} til enheden, eller til 2 decimaler og brug enhed ${r.num(0.01)}`;
    const sum = p.locked === 1 ? "" : `, og de låste måneder 1-${p.locked} summer til ${r.num(p.sum)}`;
    return `låst måned ${p.month} er ${r.num(p.value)}${sum}, som ikke er et helt multiplum af enheden ${r.num(p.unit)}; ${advice}`;
  },
  LOCKED_ALL_MISMATCH: (p, r) =>
    `alle 12 måneder er låst, men de summer til ${r.num(p.sum)}, ikke ${r.num(p.annual)}; lås færre måneder, så forskellen kan fordeles`,
  REST_TOO_LARGE: (p, r) =>
    `resten, der skal fordeles på ${fromMonth(p.from)} (årsbeløb minus låste måneder), er ${r.num(p.value)}, for stor; grænsen er ${r.limit(p.unit)}`,
  HISTORY_EMPTY: () =>
    `historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0`,
  HISTORY_LENGTH: (p) => `historik række ${p.row} har ${values(p.count)}; der skal være 12`,
  HISTORY_SHAPE: () => `historikken skal være rækker med 12 månedlige forbrugstal, én række pr. år`,
  ACTIVITY_LENGTH: (p) => `aktiviteten har ${values(p.count)}; der skal være 12`,
  ACTIVITY_ZERO: () =>
    `aktivitetsprofilen er 0 i alle måneder; angiv planlagt aktivitet og en enhedsomkostning over 0 eller et fast beløb pr. måned`,
  VALUE_NEGATIVE: (p, r) => `${is(r, p.what)} under 0 (${r.value(p.value)}); brug 0 eller mere`,
  VALUE_TOO_LARGE: (p, r) => `${r.label(p.what)} ${r.value(p.value)} er over grænsen på ${r.limit(1)}`,
  RISE_RATE_RANGE: (p, r) => `${is(r, p.what)} ${r.value(p.value)}; brug en sats over -1 og højst 1, fx ${r.num(0.04)} for 4 %`,
  EXTRA_MONTHS_RANGE: (p, r) => `${is(r, p.what)} på ${r.value(p.value)} måneders løn; brug 0 til 12, fx ${r.num(0.5)} for en halv måned`,
  SALARY_OPTIONS_SHAPE: (p) =>
    `valg for lønprofilen skal være et objekt som { rises: [{ month: 4, rate: 0.04 }], extras: [{ month: 5, months: 0.5 }] }; fik ${p.text}`,
  SALARY_OPTION_UNKNOWN: (p) => `ukendt valg for lønprofilen "${p.text}"; brug rises eller extras`,
  SALARY_LIST: (p) =>
    `valget ${p.name} for lønprofilen skal være en liste med højst 100 elementer som ${p.name === "rises" ? "[{ month: 4, rate: 0.04 }]" : "[{ month: 5, months: 0.5 }]"}`,
  SALARY_ZERO: (_p, r) => `lønprofilen afrundes til 0 i alle måneder; tjek satserne for lønstigningerne (${r.num(0.04)} betyder 4 %)`,
  MONTH_INVALID: (p, r) => `${is(r, p.what)} ${r.value(p.value)}; brug et månedsnummer fra 1 til 12`,
  MONTH_DUPLICATE: (p) => `måned ${p.month} er angivet to gange; angiv hver betalingsmåned én gang`,
  MONTH_UNKNOWN: (p) =>
    `ukendt måned "${p.text}"; brug månedsnumre 1 til 12, navne som jan eller januar eller et nøgleord som kvartalsvis`,
  PAYMENT_EMPTY: () => `ingen betalingsmåneder; angiv en eller flere måneder, fx 1, 4, 7, 10 eller jan,apr,jul,okt`,
  PROFILE_METHOD_UNKNOWN: (p) =>
    `ukendt profilmetode "${p.text}"; brug lige, kalenderdage, arbejdsdage, historisk, aktivitet, løn eller betalinger`,
  PROFILE_OPTIONS_MISSING: (p) => `profilen "${p.text}" skal have valg: ${NEEDS[p.method]}`,
  PROFILE_OPTIONS_SHAPE: (p) => `valg for profilen "${p.text}" er ${p.rows} x ${p.cols}; angiv ${SHAPE_NEEDS[p.method]}`,
  PROFILE_OPTIONS_UNUSED: (p) => `profilen "${p.text}" har ingen valg; lad valg være tomt`,
  ACTIVITY_OPTIONS_EXTRA: (p, r) =>
    `række 2, kolonne ${p.col} i valgene for aktivitetsprofilen indeholder ${r.value(p.value)}; række 2 har kun enhedsomkostningen (kolonne 1) og det faste beløb pr. måned (kolonne 2), så lad kolonne 3-12 være tomme eller 0`,
  CASCADE_TOP: (p) =>
    `enhedstabellen har ${p.count} enheder uden overordnet enhed; angiv præcis én topenhed (regionen) med tom overordnet enhed`,
  CASCADE_DUPLICATE: (p) => `enheden "${p.text}" optræder to gange; hver enhed skal have sit eget navn`,
  CASCADE_PARENT_UNKNOWN: (p) => `enheden "${p.text}" har den overordnede enhed "${p.parent}", som ikke er i tabellen`,
  CASCADE_CYCLE: (p) => `enheden "${p.text}" ligger ikke under topenheden (dens overordnede enheder går i ring)`,
  CASCADE_LEVEL_MISSING: (p) => `der er ingen metode for niveau ${p.level}; vælg, hvordan niveauet fordeles`,
  CASCADE_LEVEL_INVALID: (p) =>
    `metoden for niveau ${p.level} er ikke gyldig; brug generel fordeling, fordelingsnøgle eller differentieret efter produktivitet med en styrke på 0 eller mere`,
  CASCADE_KEY_MISSING: (p) => `enheden "${p.text}" har ingen nøgle; fordeling efter fordelingsnøgle kræver en nøgle for hver enhed på niveauet`,
  CASCADE_INDEX_MISSING: (p) =>
    `enheden "${p.text}" har intet produktivitetsindeks; differentiering efter produktivitet kræver et for hver enhed på niveauet`,
  RATE_INVALID: (p, r) => `satsen skal være fra og med 0 og under 1, fx ${r.num(0.02)} for 2 %; fik ${r.value(p.value)}`,
  YEARS_INVALID: (p, r) => `antal år skal være et helt tal fra 1 til 50; fik ${r.value(p.value)}`,
  ALLOCATE_NO_UNITS: () => `der er ingen enheder; angiv mindst ét grundlag`,
  BASE_NOT_FINITE: (p) => `grundlaget for enhed ${p.index} er ikke et endeligt tal`,
  BASE_NEGATIVE: (p, r) => `grundlaget for enhed ${p.index} er negativt (${r.num(p.value)}); grundlag skal være 0 eller mere`,
  BASE_TOO_LARGE: (p, r) => `grundlaget for enhed ${p.index} er ${r.num(p.value)}, for stort; grænsen er ${r.limit(1)}`,
  KEYS_LENGTH: (p) => `nøglerne har ${values(p.count)}, men der er ${p.units} grundlag; angiv én nøgle pr. enhed`,
  KEY_NOT_FINITE: (p) => `nøglen for enhed ${p.index} er ikke et endeligt tal`,
  KEY_NEGATIVE: (p, r) => `nøglen for enhed ${p.index} er negativ (${r.num(p.value)}); nøgler skal være 0 eller mere`,
  EXEMPT_LENGTH: (p) =>
    `fritagelserne har ${values(p.count)}, men der er ${p.units} grundlag; angiv sand eller falsk for hver enhed`,
  EXEMPT_VALUE: (p, r) => `fritagelsen for enhed ${p.index} skal være sand eller falsk; fik ${r.value(p.value)}`,
  RATE_NOT_FINITE: (p, r) => `${is(r, p.what)} ikke et endeligt tal`,
  RATE_NEGATIVE: (p, r) =>
    `${is(r, p.what)} ${agree(r, p.what, "negativ", "negativt", "negative")} (${r.num(p.value)}); satser skal være 0 eller mere, fx ${r.num(0.01)} for 1 %`,
  RATES_ORDER: (p, r) => `${r.label(p.floor)} (${r.num(p.min)}) er over ${r.label(p.cap)} (${r.num(p.max)}); bunden kan ikke ligge over loftet`,
  ALLOCATE_ALL_EXEMPT: () => `alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen`,
  ALLOCATE_INFEASIBLE: (p, r) =>
    p.bound === "floor"
      ? `bunde og lofter kan ikke nå totalen: med bundene skal enhederne bære mindst ${r.amount(p.amount)}, men totalen er ${r.amount(p.total)}; sænk ${r.label(p.floor)}, eller ${p.negative ? "gør totalen numerisk større" : "hæv totalen"}`
      : `bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære ${r.amount(p.amount)}, men totalen er ${r.amount(p.total)}; hæv ${r.label(p.cap)}, eller ${p.negative ? "gør totalen numerisk mindre" : "sænk totalen"}`,
  STRENGTH_INVALID: (p, r) =>
    `styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik ${r.value(p.value)}`,
  INDEXES_LENGTH: (p) =>
    `indeksene har ${values(p.count)}, men der er ${p.units} grundlag; angiv ét produktivitetsindeks pr. enhed`,
  INDEX_NOT_FINITE: (p) => `produktivitetsindekset for enhed ${p.index} er ikke et endeligt tal`,
  INDEX_NOT_POSITIVE: (p, r) => `produktivitetsindekset for enhed ${p.index} er ${r.num(p.value)}; indeks skal være over 0`,
  PRODUCTIVITY_KEY_RANGE: (p, r) =>
    `produktivitetsnøglen for enhed ${p.index} (grundlag x ${r.num(p.value)} ^ -${r.num(p.strength)}) er uden for det mulige område; brug en mindre styrke, eller tjek indekset`,
  ACTUALS_LENGTH: (p) => `forbruget har ${p.count} værdier; angiv højst 12 måneder`,
  ACTUALS_GAP: (p) => `måned ${p.month} er bogført, men måned ${p.blank} er tom; bogfør månederne i rækkefølge`,
  BUDGET_LENGTH: (p) => `budgettet har ${values(p.count)}; der skal være 12 måneder`,
  ADJUSTMENTS_LENGTH: (p) => `korrektionerne har ${values(p.count)}; der skal være 12 måneder`,
  ACTION_START_MONTH: (p, r) => `startmåneden for tiltaget "${p.id}" skal være et helt tal fra 1 til 12; fik ${r.value(p.value)}`,
  FOLLOWUP_MONTH: (p, r) => `rapportens måned skal være et helt tal fra 1 til 12; fik ${r.value(p.value)}`,
  FOLLOWUP_NOT_BOOKED: (p) =>
    `forbruget for måned ${p.month} er tomt, men rapporten er pr. måned ${p.report}; skriv 0, hvis intet er bogført${p.month > 1 ? `, eller lav rapporten pr. måned ${p.month - 1}` : ""}`,
  PERCENT_RANGE: (p, r) => `${is(r, p.what)} ${r.num(p.value)} %; brug en procent fra 0 til 100`,
  PERCENT_ORDER: (p, r) => `${r.label(p.floor)} (${r.num(p.min)} %) er over ${r.label(p.cap)} (${r.num(p.max)} %); bunden kan ikke ligge over loftet`,
  PERCENT_CHANGE_RANGE: (p, r) => `${is(r, p.what)} ${r.num(p.value)} %; brug en ændring over -100 % og højst 100 %, fx 4 for en stigning på 4 %`,
  FORECAST_METHOD_UNKNOWN: (p) =>
    `ukendt fremskrivningsmetode "${p.text}"; brug budget, profile (profil), runrate (løbende gennemsnit), prioryear (sidste år), ets (eksponentiel udjævning) eller auto`,
  FORECAST_NOTHING_BOOKED: (p) =>
    `ingen måned er bogført endnu, så metoden ${methodName(p.method)} har intet at skalere; brug metoden budget eller ${methodName("ets")}`,
  FORECAST_SHAPE_SIGNS: (p) =>
    `${SHAPES[p.shape]} har både positive og negative måneder, så der er ingen profil at fremskrive efter; brug en anden metode`,
  FORECAST_SHAPE_ZERO: (p) =>
    `${SHAPES[p.shape]} er 0 i ${booked(p.booked)}, de måneder, der er bogført, så forbruget til dato kan ikke skaleres op; brug en anden metode`,
  ETS_HISTORY: (p) => `metoden ${methodName("ets")} kræver mindst 24 måneders historik (2 hele år) før i år; fik ${p.count}`,
  VARIANCE_QTY_ONE_SIDED: (p) =>
    `kun den ${p.given === "actual" ? "faktiske" : "budgetterede"} mængde er angivet; angiv både den faktiske og den budgetterede mængde eller ingen af dem`,
  VARIANCE_BUDGET_QTY_ZERO: () =>
    `budgetteret mængde er 0, så der er ingen budgetpris; angiv en budgetteret mængde over 0, eller udelad begge mængder`,
  CAP_RATE_INVALID: (p, r) =>
    `loftet skal være fra 0 til 1, fx ${r.num(0.02)} for 2 % eller ${r.num(0.005)} for ${r.num(0.5)} %; fik ${r.value(p.value)}`,
  CARRY_SHARE_INVALID: (p, r) => `andelen skal være fra 0 til 1, fx ${r.num(0.5)} for at overføre halvdelen af et mindreforbrug; fik ${r.value(p.value)}`,
  HISTORY_ONE_LINE: (p) =>
    `historik virker for én linje ad gangen, men der er ${p.lines} linjer; angiv én linje forbrug med dens historik`,
  FORECAST_AUTO_HISTORY: (p) =>
    `metoden auto vælger den metode, der ramte bedst i de tidligere år, men med ${p.count} års historik og ${p.month} ${p.month === 1 ? "måned" : "måneder"} bogført kunne ingen metode afprøves; angiv mere historik (${methodName("runrate")} kræver 1 år med en total forskellig fra 0, ${methodName("profile")} og ${methodName("prioryear")} 2, ${methodName("ets")} 3), eller vælg en metode`,
  RESULT_TOO_LARGE: (p, r) =>
    `${r.label(p.what)} bliver ${r.num(p.value)}, hvilket er over grænsen på ${r.limit(p.unit)} for et beløb; tjek de beløb, ${agree(r, p.what, "den", "det", "de")} er beregnet af`,
  TOTAL_TOO_LARGE: (p, r) =>
    `${r.label(p.what)} bliver ${r.num(p.value)}, hvilket er over grænsen på ${r.limit(p.unit)} for et beløb, så månederne kan ikke afstemmes med årsbeløbene til sidste ${{ 0.01: "øre", 1: "krone", 1000: "tusinde" }[p.unit]}; periodisér tabellen i dele${p.unit === 0.01 ? ", eller brug enhed 1" : ""}`,
  TYPED_BLANK: (p, r) => `${is(r, p.what)} ${agree(r, p.what, "tom", "tomt", "tomme")}; skriv et tal`,
  TYPED_NOT_NUMBER: (p, r) => `${r.label(p.what)} "${p.text}" er ikke et tal`,
  TYPED_PERCENT_SIGN: (p, r) => `${r.label(p.what)} "${p.text}" har et procenttegn; angiv tallet uden %`,
  TYPED_EXPONENT: (p, r) => `${r.label(p.what)} "${p.text}" er skrevet med eksponent; skriv tallet helt ud, fx ${p.suggestion}`,
  TYPED_GROUPING: (p, r) =>
    `${r.label(p.what)} "${p.text}" har tusindtalsseparatorer de forkerte steder; skriv fx ${p.readIn === "da" ? "1.234.567,89 eller 1234567,89" : "1,234,567.89 eller 1234567.89"}`,
  TYPED_MALFORMED: (p, r) => `${r.label(p.what)} "${p.text}" er ikke et tal, som det står; skriv fx ${p.readIn === "da" ? "1.234,56" : "1,234.56"}`,
  TYPED_FOREIGN: (p, r) =>
    p.readIn === "da"
      ? `${r.label(p.what)} "${p.text}" er skrevet i engelsk format; på dansk skrives ${p.suggestion}`
      : `${r.label(p.what)} "${p.text}" er skrevet i dansk format; på engelsk skrives ${p.suggestion}`,
  TYPED_AMBIGUOUS: (p, r) =>
    `${r.label(p.what)} "${p.text}" kan læses som ${p.readings[0]} eller ${p.readings[1]}; skriv det, du mener`,
  ADDRESS_INVALID: (p) => `"${p.text}" er ikke en celleadresse som Budget!A1:D20`,
  SELECTION_AREAS: (p) => `markeringen består af ${p.count} adskilte områder (${p.text}); markér én sammenhængende blok af celler`,
  RANGE_EMPTY: (p) => `${p.text} indeholder ingen værdier; markér tabellens celler`,
  RANGE_OFF_SHEET: (p) => `${p.text} er større end et regneark, som har 1.048.576 rækker og 16.384 kolonner`,
  SHEET_MISSING: (p) => `der er intet ark med navnet "${p.name}"`,
  UNDO_SHEET_GONE: (p) => `arket "${p.name}", som skrivningen skrev i, er slettet eller omdøbt siden, så skrivningen kan ikke fortrydes`,
  SHEET_NAME_LENGTH: (p) => `et arknavn skal have 1 til 31 tegn; "${p.name}" har ${p.count}`,
  SHEET_NAME_CHARACTER: (p) => `arknavnet "${p.name}" indeholder "${p.text}"; et arknavn må ikke indeholde : \\ / ? * [ ]`,
  SHEET_NAME_CONTROL: (p) =>
    `arknavnet "${p.name}" indeholder et kontroltegn (${p.text}, fx et linjeskift eller en tabulator), hvilket Excel ikke tillader`,
  SHEET_NAME_APOSTROPHE: (p) => `arknavnet "${p.name}" begynder eller slutter med en apostrof, hvilket Excel ikke tillader`,
  SHEET_NAME_RESERVED: (p) => `"${p.name}" er et navn, Excel har reserveret, og kan ikke bruges som arknavn`,
  CELL_TEXT_TOO_LONG: (p, r) => `teksten til ${p.address} har ${r.count(p.count)} tegn; en Excel-celle kan højst rumme ${r.count(32767)}`,
  FORMULA_TOO_LONG: (p, r) => `formlen til ${p.address} har ${r.count(p.count)} tegn; Excel tillader højst ${r.count(8192)}`,
  CELL_NOT_FINITE: (p) => `tallet til ${p.address} er ${Number.isNaN(p.value) ? "ikke et tal" : "uendeligt"}, hvilket ingen celle kan rumme`,
  ...templateMessages,
  ...followUpMessages,
};

const NEEDS: Record<"historical" | "payments" | "activity", string> = {
  historical: "de foregående års forbrug pr. måned (k x 12)",
  payments: 'betalingsmånederne, fx "jan,apr,jul,okt" eller "kvartalsvis"',
  activity: "den planlagte aktivitet pr. måned (1 x 12) og enhedsomkostningen og det faste beløb pr. måned i række 2",
};
const SHAPE_NEEDS: Record<"workdays" | "historical" | "payments" | "salary" | "activity", string> = {
  workdays: 'én celle med de ekstra fridage, fx "grundlovsdag, 24dec"',
  historical: "én række med 12 kolonner (én pr. måned) for hvert tidligere år",
  payments: 'én celle med månederne, fx "jan,apr,jul,okt"',
  salary: "1 eller 2 rækker med 12 kolonner (én pr. måned): lønstigningssatserne og derefter de ekstra udbetalinger i måneders løn",
  activity:
    "1 eller 2 rækker med 12 kolonner (én pr. måned): den planlagte aktivitet og derefter enhedsomkostningen og det faste beløb pr. måned i de to første celler",
};
