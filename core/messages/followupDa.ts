// The Danish messages of follow-up returns, from the same parameters as the English
// (followupEn.ts). Part of the Danish catalogue (da.ts).

import type { ActionField, followUpMessages as english, FollowUpField } from "./followupEn";
import { DANISH_TEXT } from "./templatesEn";
import type { Render } from "./types";

const FIELDS: Record<FollowUpField, string> = {
  department: "afdelingsnøglen",
  departmentName: "afdelingsnavnet",
  parent: "hospitalet",
  key: "linjens nøgle",
  actualToDate: "forbruget til dato",
  budgetToDate: "budgettet til dato",
  budget: "årsbudgettet",
  projection: "fremskrivningen",
  result: "den forventede afvigelse",
  bandLow: "intervallets nedre grænse",
  bandHigh: "intervallets øvre grænse",
};
const ACTION_FIELDS: Record<ActionField, string> = {
  id: "id",
  measure: "beskrivelse",
  key: "linje",
  owner: "ansvarlig",
  decided: "besluttet (ja eller nej)",
  startMonth: "startmåned",
  effect: "effekt",
};

type Catalogue = { [C in keyof typeof english]: (p: Parameters<(typeof english)[C]>[0], r: Render) => string };

export const followUpMessages: Catalogue = {
  FOLLOWUP_TEMPLATE_MONTH: (p, r) => `opfølgningsmåneden skal være et helt tal fra 1 til 11; fik ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_ACTION_ROWS: (p, r) => `handleplanens tomme rækker skal være et helt tal fra 0 til ${p.max}; fik ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_MATERIAL: (p, r) => `${p.field === "amount" ? "væsentlighedsbeløbet" : "væsentlighedsprocenten"} skal være 0 eller mere; fik ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_LINE_BLANK: (p) => `opfølgningslinje ${p.line}: ${FIELDS[p.field]} er tom`,
  FOLLOWUP_TEMPLATE_LINE_NUMBER: (p, r) => `opfølgningslinje ${p.line}: ${FIELDS[p.field]} skal være et tal; fik ${r.value(p.value)}`,
  FOLLOWUP_TEMPLATE_LINE_METHOD: (p) => `opfølgningslinje ${p.line}: ukendt metode "${p.text}"`,
  FOLLOWUP_TEMPLATE_BAND: (p) => `opfølgningslinje ${p.line}: intervallets nedre grænse er over den øvre`,
  FOLLOWUP_TEMPLATE_KEY_TWICE: (p) => `afdeling ${p.department} har linjen ${p.key} to gange`,
  FOLLOWUP_TEMPLATE_ACTION_TWICE: (p) => `tiltaget ${p.id} står to gange i handleplanerne`,
  FOLLOWUP_TEMPLATE_ACTION_KEY: (p) => `tiltaget ${p.id} er på linjen ${p.key}, som afdeling ${p.department} ikke har`,
  FOLLOWUP_TEMPLATE_ACTION_FIELD: (p, r) => `tiltaget ${p.id || "uden id"}: ${ACTION_FIELDS[p.field]} ${r.value(p.value)} er ikke gyldig`,

  FOLLOWUP_RETURN_TAMPERED: () =>
    "det låste indhold (linjer, tal til dato, fremskrivninger, intervaller eller de udsendte tiltag) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen opfølgningen igen",
  FOLLOWUP_MONTH_OTHER: (p) => `opfølgningen er opgjort pr. måned ${p.month}, ikke måned ${p.expected}`,
  FOLLOWUP_EXTRA_LINE: () => "en linje uden for skabelonens linjer; en opfølgning tager ikke nye linjer (et tiltag skrives i handleplanen)",
  FOLLOWUP_YEAR_END_MISSING: (p) => `linje ${p.key} har intet forventet årsresultat; lad fremskrivningen stå, hvis I er enige i den`,
  FOLLOWUP_YEAR_END_TEXT: (p) =>
    DANISH_TEXT.test(p.text)
      ? `det forventede årsresultat for linje ${p.key} er tekst i dansk talformat ("${p.text}"), ikke et tal; skriv det som et tal`
      : `det forventede årsresultat for linje ${p.key} er tekst ("${p.text}"); der skal stå et tal`,
  FOLLOWUP_YEAR_END_NOT_NUMBER: (p, r) => `det forventede årsresultat for linje ${p.key} er ${r.value(p.value)}; der skal stå et tal`,
  FOLLOWUP_YEAR_END_LIMIT: (p, r) => `det forventede årsresultat for linje ${p.key} (${r.amount(p.value)}) er over beløbsgrænsen`,
  FOLLOWUP_YEAR_END_ROUNDED: (p, r) => `det forventede årsresultat for linje ${p.key} (${r.amount(p.value)}) er taget afrundet til ${r.amount(p.rounded)}`,
  FOLLOWUP_EXPLANATION_MISSING: (p, r) => `linje ${p.key} er væsentlig (forventet afvigelse ${r.amount(p.result)} mod budgettet) og skal forklares`,
  FOLLOWUP_OUTSIDE_BAND: (p, r) =>
    `det forventede årsresultat ${r.amount(p.yearEnd)} for linje ${p.key} ligger uden for intervallet fra ${r.amount(p.low)} til ${r.amount(p.high)} og skal forklares`,
  FOLLOWUP_FAR_FROM_PROJECTION: (p, r) =>
    `det forventede årsresultat ${r.amount(p.yearEnd)} for linje ${p.key} afviger ${r.amount(p.difference)} fra fremskrivningen ${r.amount(p.projection)} og skal forklares`,
  FOLLOWUP_ACTION_INCOMPLETE: (p) => `tiltaget i række ${p.row} mangler ${ACTION_FIELDS[p.field]}`,
  FOLLOWUP_ACTION_KEY_UNKNOWN: (p) => `tiltaget i række ${p.row} er på "${p.text}", som ikke er en linje i skabelonen; vælg en linje eller "${p.whole}" på listen`,
  FOLLOWUP_ACTION_DECIDED: (p) => `tiltaget i række ${p.row}: besluttet skal være ${p.yes} eller ${p.no}; fik "${p.text}"`,
  FOLLOWUP_ACTION_START_MONTH: (p, r) => `tiltaget i række ${p.row}: startmåneden skal være et helt tal fra 1 til 12; fik ${r.value(p.value)}`,
  FOLLOWUP_ACTION_START_PAST: (p) =>
    `tiltaget i række ${p.row} starter i måned ${p.start}, som allerede er bogført; en ny effekt falder i de kommende måneder, fra måned ${p.first}`,
  FOLLOWUP_ACTION_EFFECT_TEXT: (p) =>
    DANISH_TEXT.test(p.text)
      ? `effekten af tiltaget i række ${p.row} er tekst i dansk talformat ("${p.text}"), ikke et tal; skriv den som et tal`
      : `effekten af tiltaget i række ${p.row} er tekst ("${p.text}"); der skal stå et beløb i kr. pr. måned`,
  FOLLOWUP_ACTION_EFFECT_NOT_NUMBER: (p, r) => `effekten af tiltaget i række ${p.row} er ${r.value(p.value)}; der skal stå et beløb i kr. pr. måned`,
  FOLLOWUP_ACTION_EFFECT_LIMIT: (p, r) => `effekten af tiltaget i række ${p.row} (${r.amount(p.value)}) er over beløbsgrænsen`,
  FOLLOWUP_EFFECT_ROUNDED: (p, r) => `effekten af tiltaget i række ${p.row} (${r.amount(p.value)}) er taget afrundet til ${r.amount(p.rounded)}`,
  FOLLOWUP_ACTION_ID_CHANGED: (p, r) =>
    `id'et for tiltaget i række ${p.row} er ændret fra ${r.value(p.was)} til ${r.value(p.now)}; id'et er låst, det kender tiltaget fra måned til måned`,
  FOLLOWUP_ACTION_TWICE: (p) => `tiltaget ${p.id} står to gange (række ${p.first} og ${p.row})`,
  FOLLOWUP_ACTION_EXTRA_ROW: () => "et tiltag under handleplanens rækker; flyt det til en tom række",
};
