// The preview workbook's sample data: a hospital's budget lines for 2026, as central finance
// sends them to departments, and a sheet of named profiles. Income is negative (Danish public
// accounts).

import type { Sheets } from "hyperformula";

export const SAMPLE_YEAR = 2026;

const lines: [string, string, string, number][] = [
  ["4101 Kardiologisk afd.", "1110 Løn", "Fast løn, læger og sygeplejersker", 48_215_300],
  ["4101 Kardiologisk afd.", "2210 Medicin", "Medicin og infusionsvæsker", 6_482_950.5],
  ["4101 Kardiologisk afd.", "2290 Øvrig drift", "Kontorhold, IT og småanskaffelser", 1_150_000],
  ["4101 Kardiologisk afd.", "7110 Indtægter", "Salg af ydelser til andre regioner", -2_340_000],
  ["4102 Ortopædkirurgisk afd.", "1110 Løn", "Fast løn, læger og sygeplejersker", 39_870_125],
  ["4102 Ortopædkirurgisk afd.", "2220 Implantater", "Hofte- og knæproteser", 12_640_000],
  ["4102 Ortopædkirurgisk afd.", "2290 Øvrig drift", "Kontorhold, IT og småanskaffelser", 985_400],
  ["4103 Akutmodtagelsen", "1110 Løn", "Fast løn og vagttillæg", 57_300_000],
  ["4103 Akutmodtagelsen", "1130 Vikarer", "Vikarbureau, sygeplejersker", 3_400_007],
  ["4103 Akutmodtagelsen", "2290 Øvrig drift", "Kontorhold, IT og småanskaffelser", 1_420_333],
  ["4104 Medicinsk afd.", "1110 Løn", "Fast løn, læger og sygeplejersker", 44_118_760],
  ["4104 Medicinsk afd.", "2210 Medicin", "Medicin og infusionsvæsker", 9_875_431.25],
  ["4105 Radiologisk afd.", "1110 Løn", "Fast løn, radiografer og læger", 21_550_000],
  ["4105 Radiologisk afd.", "2310 Service", "Serviceaftaler, scannere", 4_200_000],
  ["4106 Hospitalsledelse", "2290 Øvrig drift", "Konsulenter og kurser", 750_001],
  ["4106 Hospitalsledelse", "7110 Indtægter", "Huslejeindtægter", -480_000],
];

/** Weights per month, as finance keeps them: a July dip for salaries with holiday, winter peaks for medicine. */
const profiles: (string | number)[][] = [
  ["Profil", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  ["Løn med sommerferie", 8.6, 8.2, 8.6, 8.4, 8.5, 8.4, 6.2, 8.1, 8.6, 8.7, 8.6, 9.1],
  ["Medicin, vintertop", 9.5, 9.2, 8.8, 8.2, 7.9, 7.6, 7.1, 7.4, 8.1, 8.4, 8.7, 9.1],
];

/**
 * The steering chain for a productivity requirement: the region, its 4 hospitals (with a relative
 * productivity index, 1 = average) and 12 departments, each with its budget. Parent names the unit
 * above; the region has none.
 */
const units: (string | number | null)[][] = [
  ["Enhed", "Overordnet", "Budget", "Produktivitetsindeks"],
  ["Region Midt", null, 9_000_000_000, null],
  ["Hospital Nord", "Region Midt", 3_000_000_000, 1.05],
  ["Hospital Syd", "Region Midt", 2_500_000_000, 0.95],
  ["Hospital Øst", "Region Midt", 2_000_000_000, 1.0],
  ["Hospital Vest", "Region Midt", 1_500_000_000, 0.9],
  ["Nord Medicin", "Hospital Nord", 1_400_000_000, null],
  ["Nord Kirurgi", "Hospital Nord", 1_000_000_000, null],
  ["Nord Akut", "Hospital Nord", 600_000_000, null],
  ["Syd Medicin", "Hospital Syd", 1_200_000_000, null],
  ["Syd Kirurgi", "Hospital Syd", 900_000_000, null],
  ["Syd Psykiatri", "Hospital Syd", 400_000_000, null],
  ["Øst Medicin", "Hospital Øst", 950_000_000, null],
  ["Øst Kirurgi", "Hospital Øst", 650_000_000, null],
  ["Øst Akut", "Hospital Øst", 400_000_000, null],
  ["Vest Medicin", "Hospital Vest", 700_000_000, null],
  ["Vest Kirurgi", "Hospital Vest", 500_000_000, null],
  ["Vest Akut", "Hospital Vest", 300_000_000, null],
];

export function sampleSheets(): Sheets {
  return {
    Budget: [["Omkostningssted", "Konto", "Tekst", `Årsbudget ${SAMPLE_YEAR}`], ...lines],
    Profiler: profiles,
    Enheder: units,
  };
}
