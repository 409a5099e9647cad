// Every error the core can raise, with the message a person can act on, in English and Danish.
// Worksheet functions show the English text (Excel error tooltips); the task pane shows the
// user's language. Codes are stable; tests assert the exact messages.

export type Language = "en" | "da";

/**
 * Which Excel error a problem maps to. Excel shows a custom message only on #VALUE! and #N/A, so
 * every problem is one of those: #N/A where the data a result needs is not there yet (nothing
 * booked, too little history), #VALUE! for every other input a person must correct.
 */
export type ErrorKind = "value" | "na";

type Params = Record<string, string | number>;
type Message = (p: Params) => string;

interface ErrorSpec {
  kind: ErrorKind;
  en: Message;
  da: Message;
}

const specs = {
  AMOUNT_TEXT: {
    kind: "value",
    en: (p) => `${p.what} is text ("${p.text}"); a number is needed`,
    da: (p) => `${p.whatDa} er tekst ("${p.text}"); der skal stå et tal`,
  },
  AMOUNT_DANISH_TEXT: {
    kind: "value",
    en: (p) => `${p.what} "${p.text}" is text in Danish number format; convert it to a number`,
    da: (p) => `${p.whatDa} "${p.text}" er tekst i dansk talformat; konvertér den til et tal`,
  },
  AMOUNT_BLANK: {
    kind: "value",
    en: (p) => `${p.what} is blank; enter 0 if there is none`,
    da: (p) => `${p.whatDa} er ${p.blankDa}; skriv 0, hvis der ikke er noget`,
  },
  AMOUNT_BOOLEAN: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text}; a number is needed`,
    da: (p) => `${p.whatDa} er ${p.text}; der skal stå et tal`,
  },
  AMOUNT_ERROR: {
    kind: "value",
    en: (p) => `${p.what} is an error (${p.text}); fix that cell first`,
    da: (p) => `${p.whatDa} er en fejl (${p.text}); ret den celle først`,
  },
  AMOUNT_NOT_FINITE: {
    kind: "value",
    en: (p) => `${p.what} is not a finite number`,
    da: (p) => `${p.whatDa} er ikke et endeligt tal`,
  },
  AMOUNT_TOO_LARGE: {
    kind: "value",
    en: (p) => `${p.what} ${p.text} is too large; the limit is ${p.limit}`,
    // the adjective agrees with the noun, as "tom"/"tomt" does: "måned 4 ... er for stor"
    da: (p) => `${p.whatDa} ${p.text} er for ${p.blankDa === "tomt" ? "stort" : "stor"}; grænsen er ${String(p.limit).replace("at unit", "ved enhed").replace("0.01", "0,01")}`,
  },
  WEIGHT_NEGATIVE: {
    kind: "value",
    en: (p) => `profile weight ${p.index} is negative (${p.text}); weights must be 0 or more`,
    da: (p) => `profilvægt ${p.index} er negativ (${p.text}); vægte skal være 0 eller mere`,
  },
  WEIGHT_NOT_FINITE: {
    kind: "value",
    en: (p) => `profile weight ${p.index} is not a finite number`,
    da: (p) => `profilvægt ${p.index} er ikke et endeligt tal`,
  },
  WEIGHTS_ZERO_SUM: {
    kind: "value",
    en: () => `profile weights sum to 0; at least one weight must be positive`,
    da: () => `profilens vægte summer til 0; mindst én vægt skal være positiv`,
  },
  PROFILE_LENGTH: {
    kind: "value",
    en: (p) => `profile has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 are needed`,
    da: (p) => `profilen har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12`,
  },
  PROFILE_BLANK: {
    kind: "value",
    en: () => `profile is blank; give 12 weights or a profile name such as "equal"`,
    da: () => `profilen er tom; angiv 12 vægte eller et profilnavn som "equal"`,
  },
  PROFILE_ROWS: {
    kind: "value",
    en: (p) => `profile has ${p.rows} rows but there are ${p.lines} annual amounts; give 1 row or one per amount`,
    da: (p) => `profilen har ${p.rows} rækker, men der er ${p.lines} årsbeløb; angiv 1 række eller én pr. beløb`,
  },
  PROFILE_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown profile "${p.text}"; use equal, days, workdays or a range of 12 weights`,
    da: (p) => `ukendt profil "${p.text}"; brug equal, days, workdays eller et område med 12 vægte`,
  },
  ANNUAL_SHAPE: {
    kind: "value",
    en: (p) => `annual amounts must be one column; got ${p.rows} x ${p.cols}`,
    da: (p) => `årsbeløb skal stå i én kolonne; fik ${p.rows} x ${p.cols}`,
  },
  UNIT_INVALID: {
    kind: "value",
    en: (p) => `unit must be 0.01, 1 or 1000; got ${p.text}`,
    da: (p) => `enhed skal være 0,01, 1 eller 1000; fik ${p.text}`,
  },
  YEAR_INVALID: {
    kind: "value",
    en: (p) => `year must be a whole number from 1900 to 9999; got ${p.text}`,
    da: (p) => `år skal være et helt tal fra 1900 til 9999; fik ${p.text}`,
  },
  WORKDAY_OPTION_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown working-day option "${p.text}"; use grundlovsdag, 24dec, 31dec or 1maj`,
    da: (p) => `ukendt valg for arbejdsdage "${p.text}"; brug grundlovsdag, 24dec, 31dec eller 1maj`,
  },
  WORKDAY_OPTION_KEY: {
    kind: "value",
    en: (p) => `unknown working-day option "${p.text}"; use grundlovsdag, christmasEve, newYearsEve or mayDay`,
    da: (p) => `ukendt valg for arbejdsdage "${p.text}"; brug grundlovsdag, christmasEve, newYearsEve eller mayDay`,
  },
  WORKDAY_OPTION_VALUE: {
    kind: "value",
    en: (p) => `working-day option ${p.name} must be true or false; got ${p.text}`,
    da: (p) => `valget ${p.name} for arbejdsdage skal være true eller false; fik ${p.text}`,
  },
  WORKDAY_OPTIONS_SHAPE: {
    kind: "value",
    en: (p) => `working-day options must be an object such as { christmasEve: true }; got ${p.text}`,
    da: (p) => `valg for arbejdsdage skal være et objekt som { christmasEve: true }; fik ${p.text}`,
  },
  // re-spreading (omperiodisering): reperiodize(newAnnual, months, lockedThrough)
  MONTHS_LENGTH: {
    kind: "value",
    en: (p) => `months has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 are needed`,
    da: (p) => `månederne har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12`,
  },
  LOCKED_INVALID: {
    kind: "value",
    en: (p) => `lockedThrough (the last month to keep) must be a whole number from 0 to 12; got ${p.text}`,
    da: (p) => `låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik ${p.text}`,
  },
  REMAINING_WEIGHTS_ZERO: {
    kind: "value",
    en: (p) =>
      `the profile has no weight in ${p.from === 12 ? "month 12" : `months ${p.from}-12`}, so there is nothing to spread the rest over; give ${p.from === 12 ? "it" : "them"} a weight or lock fewer months`,
    da: (p) =>
      `profilen har ingen vægt i ${p.from === 12 ? "måned 12" : `månederne ${p.from}-12`}, så der er intet at fordele resten på; giv ${p.from === 12 ? "den" : "dem"} en vægt, eller lås færre måneder`,
  },
  LOCKED_NOT_ON_UNIT: {
    kind: "value",
    en: (p) => {
      const them = p.locked === 1 ? "the locked month" : "the locked months";
      const advice =
        p.unit === 0.01
          ? `round ${them} to 2 decimals`
          : p.ore === 1
            ? `use unit 0.01 or round ${them} to the unit`
            : `round ${them} to the unit, or to 2 decimals and use unit 0.01`;
      const sum = p.locked === 1 ? "" : ` and the locked months 1-${p.locked} sum to ${p.sum}`;
      return `locked month ${p.month} is ${p.text}${sum}, not a whole multiple of the unit ${p.unit}; ${advice}`;
    },
    da: (p) => {
      const them = p.locked === 1 ? "den låste måned" : "de låste måneder";
      const advice =
        p.unit === 0.01
          ? `afrund ${them} til 2 decimaler`
          : p.ore === 1
            ? `brug enhed 0,01, eller afrund ${them} til enheden`
            : `afrund ${them} til enheden, eller til 2 decimaler og brug enhed 0,01`;
      const sum = p.locked === 1 ? "" : `, og de låste måneder 1-${p.locked} summer til ${p.sum}`;
      const unit = String(p.unit).replace(".", ",");
      return `låst måned ${p.month} er ${p.text}${sum}, som ikke er et helt multiplum af enheden ${unit}; ${advice}`;
    },
  },
  LOCKED_ALL_MISMATCH: {
    kind: "value",
    en: (p) => `all 12 months are locked but they sum to ${p.sum}, not ${p.annual}; lock fewer months so the difference can be spread`,
    da: (p) => `alle 12 måneder er låst, men de summer til ${p.sum}, ikke ${p.annual}; lås færre måneder, så forskellen kan fordeles`,
  },
  REST_TOO_LARGE: {
    kind: "value",
    en: (p) =>
      `the rest to spread over ${p.from === 12 ? "month 12" : `months ${p.from}-12`} (annual amount minus locked months) is ${p.text}, too large; the limit is ${p.limit}`,
    da: (p) =>
      `resten, der skal fordeles på ${p.from === 12 ? "måned 12" : `månederne ${p.from}-12`} (årsbeløb minus låste måneder), er ${p.text}, for stor; grænsen er ${String(p.limit).replace("at unit", "ved enhed").replace("0.01", "0,01")}`,
  },
  // profile builders (derivedProfiles.ts): history, activity, salary, payment months
  HISTORY_EMPTY: {
    kind: "value",
    en: () =>
      `the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0`,
    da: () =>
      `historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0`,
  },
  HISTORY_LENGTH: {
    kind: "value",
    en: (p) => `history row ${p.row} has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 are needed`,
    da: (p) => `historik række ${p.row} har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12`,
  },
  HISTORY_SHAPE: {
    kind: "value",
    en: () => `history must be rows of 12 monthly actuals, one row per year`,
    da: () => `historikken skal være rækker med 12 månedlige forbrugstal, én række pr. år`,
  },
  ACTIVITY_LENGTH: {
    kind: "value",
    en: (p) => `activity has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 are needed`,
    da: (p) => `aktiviteten har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12`,
  },
  ACTIVITY_ZERO: {
    kind: "value",
    en: () => `the activity profile is 0 in every month; give planned activity and a unit cost above 0, or a fixed amount per month`,
    da: () => `aktivitetsprofilen er 0 i alle måneder; angiv planlagt aktivitet og en enhedsomkostning over 0 eller et fast beløb pr. måned`,
  },
  VALUE_NEGATIVE: {
    kind: "value",
    en: (p) => `${p.what} is negative (${p.text}); use 0 or more`,
    da: (p) => `${p.whatDa} er under 0 (${p.text}); brug 0 eller mere`,
  },
  VALUE_TOO_LARGE: {
    kind: "value",
    en: (p) => `${p.what} ${p.text} is too large; the limit is ${p.limit}`,
    da: (p) => `${p.whatDa} ${p.text} er over grænsen på ${p.limit}`,
  },
  RISE_RATE_RANGE: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text}; use a rate above -1 and at most 1, e.g. 0.04 for 4 %`,
    da: (p) => `${p.whatDa} er ${p.text}; brug en sats over -1 og højst 1, fx 0,04 for 4 %`,
  },
  EXTRA_MONTHS_RANGE: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text} months' salary; use 0 to 12, e.g. 0.5 for half a month`,
    da: (p) => `${p.whatDa} er på ${p.text} måneders løn; brug 0 til 12, fx 0,5 for en halv måned`,
  },
  SALARY_OPTIONS_SHAPE: {
    kind: "value",
    en: (p) =>
      `salary options must be an object such as { rises: [{ month: 4, rate: 0.04 }], extras: [{ month: 5, months: 0.5 }] }; got ${p.text}`,
    da: (p) =>
      `valg for lønprofilen skal være et objekt som { rises: [{ month: 4, rate: 0.04 }], extras: [{ month: 5, months: 0.5 }] }; fik ${p.text}`,
  },
  SALARY_OPTION_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown salary option "${p.text}"; use rises or extras`,
    da: (p) => `ukendt valg for lønprofilen "${p.text}"; brug rises eller extras`,
  },
  SALARY_LIST: {
    kind: "value",
    en: (p) => `salary option ${p.name} must be a list of at most 100 items such as ${p.example}`,
    da: (p) => `valget ${p.name} for lønprofilen skal være en liste med højst 100 elementer som ${p.example}`,
  },
  SALARY_ZERO: {
    kind: "value",
    en: () => `the salary profile rounds to 0 in every month; check the pay rise rates (0.04 means 4 %)`,
    da: () => `lønprofilen afrundes til 0 i alle måneder; tjek satserne for lønstigningerne (0,04 betyder 4 %)`,
  },
  MONTH_INVALID: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text}; use a month number from 1 to 12`,
    da: (p) => `${p.whatDa} er ${p.textDa ?? p.text}; brug et månedsnummer fra 1 til 12`,
  },
  MONTH_DUPLICATE: {
    kind: "value",
    en: (p) => `month ${p.month} is named twice; name each payment month once`,
    da: (p) => `måned ${p.month} er angivet to gange; angiv hver betalingsmåned én gang`,
  },
  MONTH_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown month "${p.text}"; use month numbers 1 to 12, names such as jan or januar, or a keyword such as quarterly`,
    da: (p) => `ukendt måned "${p.text}"; brug månedsnumre 1 til 12, navne som jan eller januar eller et nøgleord som kvartalsvis`,
  },
  PAYMENT_EMPTY: {
    kind: "value",
    en: () => `no payment months; give one or more months, e.g. 1, 4, 7, 10 or jan,apr,jul,okt`,
    da: () => `ingen betalingsmåneder; angiv en eller flere måneder, fx 1, 4, 7, 10 eller jan,apr,jul,okt`,
  },
  // BUDGET.PROFILE(method, [year], [options]): the method's name and the shape of its options
  PROFILE_METHOD_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown profile method "${p.text}"; use equal, days, workdays, historical, activity, salary or payments`,
    da: (p) => `ukendt profilmetode "${p.text}"; brug lige, kalenderdage, arbejdsdage, historisk, aktivitet, løn eller betalinger`,
  },
  PROFILE_OPTIONS_MISSING: {
    kind: "value",
    en: (p) => `profile "${p.text}" needs options: ${p.needs}`,
    da: (p) => `profilen "${p.text}" skal have valg: ${p.needsDa}`,
  },
  PROFILE_OPTIONS_SHAPE: {
    kind: "value",
    en: (p) => `options for profile "${p.text}" are ${p.rows} x ${p.cols}; give ${p.needs}`,
    da: (p) => `valg for profilen "${p.text}" er ${p.rows} x ${p.cols}; angiv ${p.needsDa}`,
  },
  PROFILE_OPTIONS_UNUSED: {
    kind: "value",
    en: (p) => `profile "${p.text}" takes no options; leave options blank`,
    da: (p) => `profilen "${p.text}" har ingen valg; lad valg være tomt`,
  },
  ACTIVITY_OPTIONS_EXTRA: {
    kind: "value",
    en: (p) =>
      `row 2, column ${p.col} of the activity options holds ${p.text}; row 2 takes only the unit cost (column 1) and the fixed amount per month (column 2), so leave columns 3-12 blank or 0`,
    da: (p) =>
      `række 2, kolonne ${p.col} i valgene for aktivitetsprofilen indeholder ${p.text}; række 2 har kun enhedsomkostningen (kolonne 1) og det faste beløb pr. måned (kolonne 2), så lad kolonne 3-12 være tomme eller 0`,
  },
  // the cascade (cascade.ts): a requirement passed down region -> hospital -> department
  CASCADE_TOP: {
    kind: "value",
    en: (p) => `the units table has ${p.count} units without a parent; give exactly one top unit (the region) with the parent left blank`,
    da: (p) => `enhedstabellen har ${p.count} enheder uden overordnet enhed; angiv præcis én topenhed (regionen) med tom overordnet enhed`,
  },
  CASCADE_DUPLICATE: {
    kind: "value",
    en: (p) => `unit "${p.text}" appears twice; every unit needs its own name`,
    da: (p) => `enheden "${p.text}" optræder to gange; hver enhed skal have sit eget navn`,
  },
  CASCADE_PARENT_UNKNOWN: {
    kind: "value",
    en: (p) => `unit "${p.text}" names the parent "${p.parent}", which is not in the table`,
    da: (p) => `enheden "${p.text}" har den overordnede enhed "${p.parent}", som ikke er i tabellen`,
  },
  CASCADE_CYCLE: {
    kind: "value",
    en: (p) => `unit "${p.text}" is not below the top unit (its parents go round in a circle)`,
    da: (p) => `enheden "${p.text}" ligger ikke under topenheden (dens overordnede enheder går i ring)`,
  },
  CASCADE_LEVEL_MISSING: {
    kind: "value",
    en: (p) => `no method is given for level ${p.level}; choose how that level is split`,
    da: (p) => `der er ingen metode for niveau ${p.level}; vælg hvordan niveauet fordeles`,
  },
  CASCADE_LEVEL_INVALID: {
    kind: "value",
    en: (p) => `the method for level ${p.level} is not valid; use general, key or productivity with a strength of 0 or more`,
    da: (p) => `metoden for niveau ${p.level} er ikke gyldig; brug general, key eller productivity med en styrke på 0 eller mere`,
  },
  CASCADE_KEY_MISSING: {
    kind: "value",
    en: (p) => `unit "${p.text}" has no key; the method "key" needs a key for every unit on its level`,
    da: (p) => `enheden "${p.text}" har ingen nøgle; metoden "key" kræver en nøgle for hver enhed på niveauet`,
  },
  CASCADE_INDEX_MISSING: {
    kind: "value",
    en: (p) => `unit "${p.text}" has no productivity index; the method "productivity" needs one for every unit on its level`,
    da: (p) => `enheden "${p.text}" har intet produktivitetsindeks; metoden "productivity" kræver et for hver enhed på niveauet`,
  },
  // expressing a requirement (requirement.ts): budget reduction, activity target, compounding
  RATE_INVALID: {
    kind: "value",
    en: (p) => `rate must be from 0 up to (not including) 1, e.g. 0.02 for 2 %; got ${p.text}`,
    da: (p) => `satsen skal være fra og med 0 og under 1, fx 0,02 for 2 %; fik ${p.textDa ?? p.text}`,
  },
  YEARS_INVALID: {
    kind: "value",
    en: (p) => `years must be a whole number from 1 to 50; got ${p.text}`,
    da: (p) => `antal år skal være et helt tal fra 1 til 50; fik ${p.textDa ?? p.text}`,
  },
  DECIMALS_INVALID: {
    kind: "value",
    en: (p) => `decimals must be a whole number from 0 to 6; got ${p.text}`,
    da: (p) => `antal decimaler skal være et helt tal fra 0 til 6; fik ${p.textDa ?? p.text}`,
  },
  // allocating a requirement (allocate.ts): shares of a total by key, with exempt units, floors and caps
  ALLOCATE_NO_UNITS: {
    kind: "value",
    en: () => `there are no units; give at least one base`,
    da: () => `der er ingen enheder; angiv mindst ét grundlag`,
  },
  BASE_NOT_FINITE: {
    kind: "value",
    en: (p) => `base of unit ${p.index} is not a finite number`,
    da: (p) => `grundlaget for enhed ${p.index} er ikke et endeligt tal`,
  },
  BASE_NEGATIVE: {
    kind: "value",
    en: (p) => `base of unit ${p.index} is negative (${p.text}); bases must be 0 or more`,
    da: (p) => `grundlaget for enhed ${p.index} er negativt (${p.textDa ?? p.text}); grundlag skal være 0 eller mere`,
  },
  BASE_TOO_LARGE: {
    kind: "value",
    en: (p) => `base of unit ${p.index} is ${p.text}, too large; the limit is ${p.limit}`,
    da: (p) => `grundlaget for enhed ${p.index} er ${p.text}, for stort; grænsen er ${p.limit}`,
  },
  KEYS_LENGTH: {
    kind: "value",
    en: (p) => `keys has ${p.count} ${p.count === 1 ? "value" : "values"} but there ${p.units === 1 ? "is 1 base" : `are ${p.units} bases`}; give one key per unit`,
    da: (p) => `nøglerne har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}, men der er ${p.units} grundlag; angiv én nøgle pr. enhed`,
  },
  KEY_NOT_FINITE: {
    kind: "value",
    en: (p) => `key of unit ${p.index} is not a finite number`,
    da: (p) => `nøglen for enhed ${p.index} er ikke et endeligt tal`,
  },
  KEY_NEGATIVE: {
    kind: "value",
    en: (p) => `key of unit ${p.index} is negative (${p.text}); keys must be 0 or more`,
    da: (p) => `nøglen for enhed ${p.index} er negativ (${p.textDa ?? p.text}); nøgler skal være 0 eller mere`,
  },
  EXEMPT_LENGTH: {
    kind: "value",
    en: (p) => `exempt has ${p.count} ${p.count === 1 ? "value" : "values"} but there ${p.units === 1 ? "is 1 base" : `are ${p.units} bases`}; give true or false for every unit`,
    da: (p) => `fritagelserne har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}, men der er ${p.units} grundlag; angiv sand eller falsk for hver enhed`,
  },
  EXEMPT_VALUE: {
    kind: "value",
    en: (p) => `exempt for unit ${p.index} must be true or false; got ${p.text}`,
    da: (p) => `fritagelsen for enhed ${p.index} skal være sand eller falsk; fik ${p.text}`,
  },
  RATE_NOT_FINITE: {
    kind: "value",
    en: (p) => `${p.name} is not a finite number`,
    da: (p) => `${p.name} er ikke et endeligt tal`,
  },
  RATE_NEGATIVE: {
    kind: "value",
    en: (p) => `${p.name} is negative (${p.text}); rates must be 0 or more, e.g. 0.01 for 1 %`,
    da: (p) => `${p.name} er negativ (${p.textDa ?? p.text}); satser skal være 0 eller mere, fx 0,01 for 1 %`,
  },
  RATES_ORDER: {
    kind: "value",
    en: (p) => `minRate (${p.min}) is above maxRate (${p.max}); the floor cannot be above the cap`,
    da: (p) => `minRate (${p.minDa ?? p.min}) er over maxRate (${p.maxDa ?? p.max}); gulvet kan ikke ligge over loftet`,
  },
  ALLOCATE_ALL_EXEMPT: {
    kind: "value",
    en: () => `every unit is exempt (or has key 0); nothing can carry the total`,
    da: () => `alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen`,
  },
  ALLOCATE_INFEASIBLE: {
    kind: "value",
    en: (p) =>
      p.bound === "floor"
        ? `floors and caps cannot reach the total: with the floors the units must carry at least ${p.amount}, but the total is ${p.total}; lower minRate or ${p.negative === 1 ? "make the total larger in absolute value" : "raise the total"}`
        : `floors and caps cannot reach the total: with the caps the units can carry at most ${p.amount}, but the total is ${p.total}; raise maxRate or ${p.negative === 1 ? "make the total smaller in absolute value" : "lower the total"}`,
    da: (p) =>
      p.bound === "floor"
        ? `gulve og lofter kan ikke nå totalen: med gulvene skal enhederne bære mindst ${p.amountDa}, men totalen er ${p.totalDa}; sænk gulvet (minRate), eller ${p.negative === 1 ? "gør totalen numerisk større" : "hæv totalen"}`
        : `gulve og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære ${p.amountDa}, men totalen er ${p.totalDa}; hæv loftet (maxRate), eller ${p.negative === 1 ? "gør totalen numerisk mindre" : "sænk totalen"}`,
  },
  // productivity keys (allocate.ts): base x index ^ -strength
  STRENGTH_INVALID: {
    kind: "value",
    en: (p) => `strength must be a finite number of 0 or more (0 is the general case); got ${p.text}`,
    da: (p) => `styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik ${p.textDa ?? p.text}`,
  },
  INDEXES_LENGTH: {
    kind: "value",
    en: (p) => `indexes has ${p.count} ${p.count === 1 ? "value" : "values"} but there ${p.units === 1 ? "is 1 base" : `are ${p.units} bases`}; give one productivity index per unit`,
    da: (p) => `indeksene har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}, men der er ${p.units} grundlag; angiv ét produktivitetsindeks pr. enhed`,
  },
  INDEX_NOT_FINITE: {
    kind: "value",
    en: (p) => `productivity index of unit ${p.index} is not a finite number`,
    da: (p) => `produktivitetsindekset for enhed ${p.index} er ikke et endeligt tal`,
  },
  INDEX_NOT_POSITIVE: {
    kind: "value",
    en: (p) => `productivity index of unit ${p.index} is ${p.text}; indexes must be above 0`,
    da: (p) => `produktivitetsindekset for enhed ${p.index} er ${p.textDa ?? p.text}; indeks skal være over 0`,
  },
  PRODUCTIVITY_KEY_RANGE: {
    kind: "value",
    en: (p) => `the productivity key of unit ${p.index} (base x ${p.text} ^ -${p.strength}) is out of range; use a smaller strength or check the index`,
    da: (p) => `produktivitetsnøglen for enhed ${p.index} (grundlag x ${p.textDa ?? p.text} ^ -${p.strengthDa ?? p.strength}) er uden for det mulige område; brug en mindre styrke, eller tjek indekset`,
  },
  // forecasting the year-end (forecast.ts): actuals so far + a projection of the remaining months
  ACTUALS_LENGTH: {
    kind: "value",
    en: (p) => `actuals has ${p.count} values; give at most 12 months`,
    da: (p) => `forbruget har ${p.count} værdier; angiv højst 12 måneder`,
  },
  ACTUALS_GAP: {
    kind: "value",
    en: (p) => `month ${p.month} is booked but month ${p.blank} is blank; book the months in order`,
    da: (p) => `måned ${p.month} er bogført, men måned ${p.blank} er tom; bogfør månederne i rækkefølge`,
  },
  BUDGET_LENGTH: {
    kind: "value",
    en: (p) => `budget has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 months are needed`,
    da: (p) => `budgettet har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12 måneder`,
  },
  ADJUSTMENTS_LENGTH: {
    kind: "value",
    en: (p) => `adjustments has ${p.count} ${p.count === 1 ? "value" : "values"}; 12 months are needed`,
    da: (p) => `korrektionerne har ${p.count} ${p.count === 1 ? "værdi" : "værdier"}; der skal være 12 måneder`,
  },
  // the follow-up report (followup.ts): as at month m, months 1..m must be booked
  FOLLOWUP_MONTH: {
    kind: "value",
    en: (p) => `the report month must be a whole number from 1 to 12; got ${p.text}`,
    da: (p) => `rapportens måned skal være et helt tal fra 1 til 12; fik ${p.text}`,
  },
  FOLLOWUP_NOT_BOOKED: {
    kind: "value",
    en: (p) => `the actual for month ${p.month} is blank, but the report is as at month ${p.report}; enter 0 if nothing was booked${Number(p.month) > 1 ? `, or report as at month ${Number(p.month) - 1}` : ""}`,
    da: (p) => `forbruget for måned ${p.month} er tomt, men rapporten er pr. måned ${p.report}; skriv 0, hvis intet er bogført${Number(p.month) > 1 ? `, eller lav rapporten pr. måned ${Number(p.month) - 1}` : ""}`,
  },
  PERCENT_RANGE: {
    kind: "value",
    en: (p) => `${p.what} is ${p.text} %; use a percentage from 0 to 100`,
    da: (p) => `${p.whatDa} er ${p.text} %; brug en procent fra 0 til 100`,
  },
  FORECAST_METHOD_UNKNOWN: {
    kind: "value",
    en: (p) => `unknown forecast method "${p.text}"; use budget, profile, runrate, prioryear, ets or auto`,
    da: (p) => `ukendt prognosemetode "${p.text}"; brug budget, profile, runrate, prioryear, ets eller auto`,
  },
  FORECAST_NOTHING_BOOKED: {
    kind: "na",
    en: (p) => `no month is booked yet, so the ${p.method} method has nothing to scale; use the budget or ets method`,
    da: (p) => `ingen måned er bogført endnu, så metoden ${p.method} har intet at skalere; brug metoden budget eller ets`,
  },
  FORECAST_SHAPE_SIGNS: {
    kind: "value",
    en: (p) => `the ${p.shape} has both positive and negative months, so it gives no profile to project along; use another method`,
    da: (p) => `${p.shapeDa} har både positive og negative måneder, så der er ingen profil at fremskrive efter; brug en anden metode`,
  },
  FORECAST_SHAPE_ZERO: {
    kind: "value",
    en: (p) => `the ${p.shape} is 0 in ${p.months}, the months booked so far, so the actual to date cannot be scaled up; use another method`,
    da: (p) => `${p.shapeDa} er 0 i ${p.monthsDa}, de måneder der er bogført, så forbruget til dato kan ikke skaleres op; brug en anden metode`,
  },
  ETS_HISTORY: {
    kind: "na",
    en: (p) => `the ets method needs at least 24 months of history (2 full years) before this year; got ${p.count}`,
    da: (p) => `metoden ets kræver mindst 24 måneders historik (2 hele år) før i år; fik ${p.count}`,
  },
  // variances and carry-over (variance.ts): volume/price split and what carries to next year
  VARIANCE_QTY_ONE_SIDED: {
    kind: "value",
    en: (p) => `only the ${p.given} quantity is given; give both the actual and the budget quantity, or neither`,
    da: (p) => `kun den ${p.givenDa} mængde er angivet; angiv både den faktiske og den budgetterede mængde eller ingen af dem`,
  },
  VARIANCE_BUDGET_QTY_ZERO: {
    kind: "value",
    en: () => `budget quantity is 0, so there is no budget price; give a budget quantity above 0, or leave out both quantities`,
    da: () => `budgetteret mængde er 0, så der er ingen budgetpris; angiv en budgetteret mængde over 0, eller udelad begge mængder`,
  },
  CAP_RATE_INVALID: {
    kind: "value",
    en: (p) => `capRate must be from 0 to 1, e.g. 0.02 for 2 % or 0.005 for 0.5 %; got ${p.text}`,
    da: (p) => `loftet (capRate) skal være fra 0 til 1, fx 0,02 for 2 % eller 0,005 for 0,5 %; fik ${p.textDa ?? p.text}`,
  },
  HISTORY_ONE_LINE: {
    kind: "value",
    en: (p) => `history works one line at a time, but there are ${p.lines} lines; give one line of actuals with its history`,
    da: (p) => `historik virker for én linje ad gangen, men der er ${p.lines} linjer; angiv én linje forbrug med dens historik`,
  },
  // method "auto" (forecast.ts): the backtest (backtest.ts) found no method it could test
  FORECAST_AUTO_HISTORY: {
    kind: "na",
    en: (p) =>
      `the auto method picks the method that did best on the prior years, but with ${p.count} ${p.count === 1 ? "year" : "years"} of history and ${p.month} ${p.month === 1 ? "month" : "months"} booked no method could be tested; give more history (runrate needs 1 year with a total other than 0, profile and prioryear 2, ets 3) or choose a method`,
    da: (p) =>
      `metoden auto vælger den metode, der ramte bedst i de tidligere år, men med ${p.count} års historik og ${p.month} ${p.month === 1 ? "måned" : "måneder"} bogført kunne ingen metode afprøves; angiv mere historik (runrate kræver 1 år med en total forskellig fra 0, profile og prioryear 2, ets 3), eller vælg en metode`,
  },
  // results (every function): an amount that comes out must stay within the amount limit too
  RESULT_TOO_LARGE: {
    kind: "value",
    en: (p) => `${p.what} comes to ${p.text}, beyond the limit of ${p.limit} for an amount; check the amounts it is made from`,
    da: (p) => `${p.whatDa} bliver ${p.text}, hvilket er over grænsen for et beløb på ${p.limitDa}; tjek de beløb, det er beregnet af`,
  },
  TOTAL_TOO_LARGE: {
    kind: "value",
    en: (p) =>
      `${p.what} comes to ${p.text}, beyond the limit of ${p.limit} for an amount, so the months cannot be checked against the annual amounts to the last ${p.unitName}; periodise the table in parts${p.ore === 1 ? " or use unit 1" : ""}`,
    da: (p) =>
      `${p.whatDa} bliver ${p.text}, hvilket er over grænsen for et beløb på ${p.limitDa}, så månederne kan ikke afstemmes med årsbeløbene til sidste ${p.unitNameDa}; periodisér tabellen i dele${p.ore === 1 ? ", eller brug enhed 1" : ""}`,
  },
  // the workbook (addin/gateway): addresses, selections and Excel's limits, checked before any write
  ADDRESS_INVALID: {
    kind: "value",
    en: (p) => `"${p.text}" is not a cell address such as Budget!A1:D20`,
    da: (p) => `"${p.text}" er ikke en celleadresse som Budget!A1:D20`,
  },
  SELECTION_AREAS: {
    kind: "value",
    en: (p) => `the selection has ${p.count} separate areas (${p.text}); select one block of cells`,
    da: (p) => `markeringen består af ${p.count} adskilte områder (${p.text}); markér én sammenhængende blok af celler`,
  },
  RANGE_EMPTY: {
    kind: "value",
    en: (p) => `${p.text} holds no values; select the cells of the table`,
    da: (p) => `${p.text} indeholder ingen værdier; markér tabellens celler`,
  },
  RANGE_OFF_SHEET: {
    kind: "value",
    en: (p) => `${p.text} does not fit on a worksheet, which has 1,048,576 rows and 16,384 columns`,
    da: (p) => `${p.text} er større end et regneark, som har 1.048.576 rækker og 16.384 kolonner`,
  },
  SHEET_MISSING: {
    kind: "value",
    en: (p) => `there is no sheet named "${p.name}"`,
    da: (p) => `der er intet ark med navnet "${p.name}"`,
  },
  UNDO_SHEET_GONE: {
    kind: "value",
    en: (p) => `the sheet "${p.name}" the write wrote on has been deleted or renamed since, so the write cannot be undone`,
    da: (p) => `arket "${p.name}", som skrivningen skrev i, er slettet eller omdøbt siden, så skrivningen kan ikke fortrydes`,
  },
  SHEET_NAME_LENGTH: {
    kind: "value",
    en: (p) => `a sheet name must have 1 to 31 characters; "${p.name}" has ${p.count}`,
    da: (p) => `et arknavn skal have 1 til 31 tegn; "${p.name}" har ${p.count}`,
  },
  SHEET_NAME_CHARACTER: {
    kind: "value",
    en: (p) => `sheet name "${p.name}" contains "${p.text}"; a sheet name cannot contain : \\ / ? * [ ]`,
    da: (p) => `arknavnet "${p.name}" indeholder "${p.text}"; et arknavn må ikke indeholde : \\ / ? * [ ]`,
  },
  SHEET_NAME_CONTROL: {
    kind: "value",
    en: (p) => `sheet name "${p.name}" contains a control character (${p.text}, such as a line break or a tab), which Excel does not allow`,
    da: (p) => `arknavnet "${p.name}" indeholder et kontroltegn (${p.text}, fx et linjeskift eller en tabulator), hvilket Excel ikke tillader`,
  },
  SHEET_NAME_APOSTROPHE: {
    kind: "value",
    en: (p) => `sheet name "${p.name}" begins or ends with an apostrophe, which Excel does not allow`,
    da: (p) => `arknavnet "${p.name}" begynder eller slutter med en apostrof, hvilket Excel ikke tillader`,
  },
  SHEET_NAME_RESERVED: {
    kind: "value",
    en: (p) => `"${p.name}" is a name Excel reserves and cannot name a sheet`,
    da: (p) => `"${p.name}" er et navn, Excel har reserveret, og kan ikke bruges som arknavn`,
  },
  CELL_TEXT_TOO_LONG: {
    kind: "value",
    en: (p) => `the text for ${p.address} has ${p.count} characters; an Excel cell holds at most 32,767`,
    da: (p) => `teksten til ${p.address} har ${p.countDa} tegn; en Excel-celle kan højst rumme 32.767`,
  },
  FORMULA_TOO_LONG: {
    kind: "value",
    en: (p) => `the formula for ${p.address} has ${p.count} characters; Excel allows at most 8,192`,
    da: (p) => `formlen til ${p.address} har ${p.countDa} tegn; Excel tillader højst 8.192`,
  },
  CELL_NOT_FINITE: {
    kind: "value",
    en: (p) => `the number for ${p.address} is ${p.text}, which no cell can hold`,
    da: (p) => `tallet til ${p.address} er ${p.text}, hvilket ingen celle kan rumme`,
  },
} satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof specs;

/** A problem with the input, raised by the core and shown to the user; never a wrong number. */
export class BudgetError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly kind: ErrorKind;

  constructor(code: ErrorCode, params: Params = {}) {
    super(specs[code].en(params));
    this.name = "BudgetError";
    this.code = code;
    this.params = params;
    this.kind = specs[code].kind;
  }

  /** The message in the given language. */
  describe(language: Language): string {
    return specs[this.code][language](this.params);
  }
}

/** The thing an amount is, named in both languages, for messages like "annual amount is blank". */
export interface Subject {
  what: string;
  whatDa: string;
  /** "tom" or "tomt": the Danish adjective agrees with the noun. */
  blankDa: string;
}

export const ANNUAL: Subject = { what: "annual amount", whatDa: "årsbeløb", blankDa: "tomt" };
export const UNIT: Subject = { what: "unit", whatDa: "enhed", blankDa: "tom" };
export const YEAR: Subject = { what: "year", whatDa: "år", blankDa: "tomt" };
