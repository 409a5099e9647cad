// Forecast-panelets opfølgningsskabeloner til afdelingerne: teksterne på dansk.

import type { followUpSendEn } from "./followUpSendEn";

export const followUpSendDa: typeof followUpSendEn = {
  heading: "Send opfølgning til afdelingerne",
  hint: "Én skabelon pr. afdeling pr. rapportens måned: den beregnede prognose låst; afdelingens eget årsresultat, forklaringer og handleplan udfyldes. Registret skrives først på opfølgningsstatus-arket.",
  deadline: "Frist",
  contact: "Kontakt",
  instructions: "Vejledning til afdelingerne",
  actionRows: "Tomme rækker til nye tiltag",
  language: "Skabelonernes sprog",
  build: "Dan opfølgningsskabeloner",
  nothingLeft: "Pr. december er der ingen måned tilbage at forudsige: vælg en tidligere måned til opfølgningen.",
  sentDone: (departments: number, statusSheet: string) => `${departments === 1 ? "1 opfølgningsskabelon" : `${departments} opfølgningsskabeloner`} dannet; registret er skrevet på ${statusSheet}. Send filerne herunder.`,
  leftOut: (measures: number) => `${measures === 1 ? "1 åbent tiltag er" : `${measures} åbne tiltag er`} på en linje, der ikke længere er i tabellen, og føres ikke med i skabelonerne; handleplanregistret beholder dem.`,
  zipName: (year: number, month: number) => `Opfølgning ${year}-${String(month).padStart(2, "0")}.zip`,
  packHeading: "Kvartalspakke",
  packHint: "Pr. udgangen af marts, juni og september (og efter behov pr. udgangen af enhver anden måned) et nyt ark for regionen: pr. afdeling og hospital budgettet, forbruget til dato, de tre forventede årsresultater, det forventede resultat og overførslen, de væsentlige linjer og tiltagene, med diagrammer. En pakke skrives én gang og skrives aldrig om.",
  packButton: "Skriv kvartalspakke",
  packNeedsUnits: "Kvartalspakken skal kende hver linjes afdeling og hospital: vælg tabellens kolonner for afdeling og hospital.",
};
