// The Danish messages of standard budget templates, from the same parameters as the English
// (templatesEn.ts). Part of the Danish catalogue (da.ts).

import type { templateMessages as english, TemplateField } from "./templatesEn";
import { DANISH_TEXT } from "./templatesEn";
import type { Render } from "./types";

const FIELDS: Record<TemplateField, string> = {
  department: "afdelingsnøglen",
  departmentName: "afdelingsnavnet",
  parent: "hospitalet",
  account: "kontoen",
  text: "teksten",
  lastBudget: "indeværende års budget",
  lastActual: "seneste regnskab",
};
const FREE: Record<"account" | "text", string> = { account: "konto", text: "tekst" };

type Catalogue = { [C in keyof typeof english]: (p: Parameters<(typeof english)[C]>[0], r: Render) => string };

export const templateMessages: Catalogue = {
  TEMPLATE_FREE_ROWS: (p, r) => `frie rækker skal være et helt tal fra 0 til ${p.max}; fik ${r.value(p.value)}`,
  TEMPLATE_DEADLINE: (p) => `fristen "${p.text}" er ikke en dato (ÅÅÅÅ-MM-DD)`,
  TEMPLATE_JUSTIFY_AMOUNT: (p, r) => `beløbsgrænsen for begrundelse skal være 0 eller mere; fik ${r.value(p.value)}`,
  TEMPLATE_JUSTIFY_RATE: (p, r) => `procentgrænsen for begrundelse skal være 0 eller mere; fik ${r.value(p.value)}`,
  TEMPLATE_PROFILE_NAME_BLANK: () => "en profil i profilbiblioteket har intet navn; skriv navnet i kolonne A",
  TEMPLATE_PROFILE_NAME_TWICE: (p) => `profilen "${p.name}" er nævnt to gange eller har samme navn som en indbygget profil; giv hver profil sit eget navn`,
  TEMPLATE_PROFILE_WEIGHTS: (p) => `profilen "${p.name}" skal have 12 vægte på 0 eller mere, ikke alle 0`,
  TEMPLATE_NO_LINES: () => "linjetabellen har ingen linjer; markér tabellen med overskriftsrækken og mindst én linje",
  TEMPLATE_LINE_BLANK: (p) => `linje ${p.line}: ${FIELDS[p.field]} er tom`,
  TEMPLATE_LINE_NUMBER: (p, r) => `linje ${p.line}: ${FIELDS[p.field]} skal være et tal; fik ${r.value(p.value)}`,
  TEMPLATE_LINE_PROFILE: (p) => `linje ${p.line}: ukendt profil "${p.text}"; brug lige, kalenderdage, arbejdsdage eller en profil fra biblioteket`,
  TEMPLATE_NO_FRAME: (p) => `afdeling ${p.department} har ingen ramme i rammetabellen; tilføj afdelingens ramme der`,
  TEMPLATE_FRAME_TWICE: (p) => `afdeling ${p.department} har to rammer i rammetabellen; behold én af dem`,
  TEMPLATE_FRAME_NUMBER: (p, r) => `rammen for afdeling ${p.department} skal være et tal; fik ${r.value(p.value)}`,
  TEMPLATE_DEPARTMENT_NAMES: (p) => `afdeling ${p.department} hedder både "${p.first}" og "${p.second}"; brug samme navn på alle afdelingens linjer`,
  TEMPLATE_DEPARTMENT_PARENTS: (p) => `afdeling ${p.department} ligger under både "${p.first}" og "${p.second}"; brug samme hospital på alle afdelingens linjer`,
  TEMPLATE_TOO_MANY_LINES: (p, r) => `afdeling ${p.department} har mere end ${r.count(p.max)} linjer`,

  RETURN_FILE_EMPTY: () => "filen er tom",
  RETURN_NOT_XLSX: () => "filen er ikke en Excel-projektmappe (.xlsx)",
  RETURN_ENCRYPTED: () => "filen er beskyttet med adgangskode eller gemt i det gamle .xls-format; gem den som .xlsx uden adgangskode",
  RETURN_TOO_LARGE: (p) => `filen rummer mere end ${p.megabytes} MB data, langt mere end en skabelon; den læses ikke`,
  RETURN_TOO_MANY_ROWS: (p, r) => `et ark i filen har mere end ${r.count(p.rows)} rækker, langt mere end en skabelon; den læses ikke`,
  RETURN_UNREADABLE: () => "filen er beskadiget og kan ikke læses som en projektmappe",
  RETURN_NOT_OURS: () => "filen er ikke en budgetskabelon fra dette tilføjelsesprogram (den har ingen skabelondata)",
  RETURN_META_DAMAGED: () => "skabelonens skjulte data er ændret; send afdelingen en ny skabelon",
  RETURN_FORMAT_UNKNOWN: (p) => `skabelonen har format ${p.format} fra en nyere udgave af tilføjelsesprogrammet; opdatér tilføjelsesprogrammet`,
  RETURN_KIND_OTHER: (p) => `filen er ${p.kind === "followup" ? "en opfølgningsskabelon" : `en skabelon af typen "${p.kind}"`}, ikke en budgetskabelon; indsaml den i Prognose-panelet, hvis den er en opfølgning`,
  RETURN_YEAR_OTHER: (p) => `skabelonen er til budgetår ${p.year}, ikke ${p.expected}`,
  RETURN_UNKNOWN_TEMPLATE: (p) => `skabelonen for afdeling ${p.department} findes ikke i registret over udsendte skabeloner`,
  RETURN_OLDER_VERSION: (p) => `filen er version ${p.version} af skabelonen; version ${p.latest} er sendt siden`,
  RETURN_TAMPERED: () => "det låste indhold (linjer, budget- og regnskabstal, ramme eller profiler) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen skabelonen igen",
  RETURN_SHEET_MISSING: (p) => `arket "${p.sheet}" mangler`,
  RETURN_LOCKED_CHANGED: (p, r) => `en låst celle er ændret fra ${r.value(p.was)} til ${r.value(p.now)}`,
  RETURN_INPUT_FORMULA: (p) => `en formel (${p.formula}), hvor der skal stå en værdi; skriv værdien`,
  RETURN_ANNUAL_MISSING: (p) => `linje ${p.key} har intet budgetbeløb; skriv 0, hvis der ikke er noget`,
  RETURN_INPUT_TEXT: (p) =>
    DANISH_TEXT.test(p.text)
      ? `budgettet for linje ${p.key} er tekst i dansk talformat ("${p.text}"), ikke et tal; skriv det som et tal`
      : `budgettet for linje ${p.key} er tekst ("${p.text}"); der skal stå et tal`,
  RETURN_INPUT_NOT_NUMBER: (p, r) => `budgettet for linje ${p.key} er ${r.value(p.value)}; der skal stå et tal`,
  RETURN_AMOUNT_LIMIT: (p, r) => `budgettet for linje ${p.key} (${r.amount(p.value)}) er over beløbsgrænsen`,
  RETURN_PROFILE_MISSING: (p) => `linje ${p.key} har ingen profil; vælg en på listen`,
  RETURN_PROFILE_UNKNOWN: (p) => `linje ${p.key}: ukendt profil "${p.text}"; vælg en på listen`,
  RETURN_EXTRA_LINE: () => "en linje uden for skabelonens linjer og frie rækker; flyt den til en fri række",
  RETURN_LINE_TWICE: (p) => `linje ${p.key} står to gange i arket (også i række ${p.row})`,
  RETURN_FREE_ROW_INCOMPLETE: (p) => `den nye linje ${p.key} mangler ${FREE[p.field]}`,
  RETURN_ANNUAL_ROUNDED: (p, r) => `budgettet for linje ${p.key} (${r.amount(p.value)}) er taget afrundet til ${r.amount(p.rounded)}`,
  RETURN_JUSTIFICATION_MISSING: (p, r) => `linje ${p.key} ændres med ${r.amount(p.change)} fra sidste år og skal begrundes`,
  RETURN_LINE_DELETED: (p) => `linje ${p.key} (${p.text}) er slettet`,
  RETURN_OVER_FRAME: (p, r) => `summen ${r.amount(p.total)} er ${r.amount(p.over)} over rammen på ${r.amount(p.frame)}`,
  RETURN_REPLACES: (p) => `erstatter afleveringen indsamlet tidligere fra "${p.fileName}" (${p.received})`,
  RETURN_REPLACED: (p) => `erstattet af "${p.fileName}", indsamlet efter den`,
};
