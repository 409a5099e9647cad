// The preview workbook's sample data: a hospital's budget lines for 2026, as central finance
// sends them to departments, and a sheet of named profiles; the units for a requirement, a
// follow-up with prior years; and the master of next year's standard budget templates with the
// departments' frames. Income is negative (Danish public accounts).

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


/**
 * The monthly follow-up (opfølgning) as at June: per line its key, a text, the actuals booked so
 * far (blank = not yet booked), the periodised budget, and a known adjustment still to come (the
 * agency nurses are to stop in the autumn: -150,000 kr). Income is negative.
 */
const followUpLines: (string | number | null)[][] = [
  ["4101-1110", "Kardiologisk afd., løn", 4092274, 3993794, 4190952, 4178943, 4040595, 4022670, null, null, null, null, null, null, 4146516, 3953655, 4146516, 4050085, 4098300, 4050085, 2989349, 3905439, 4146516, 4194731, 4146516, 4387592, null],
  ["4101-2210", "Kardiologisk afd., medicin", 674762, 650050, 607534, 579667, 566625, 540275, null, null, null, null, null, null, 615880, 596431, 570500, 531602, 512153, 492704, 460290, 479738, 525119, 544568, 564017, 589948, null],
  ["4101-7110", "Kardiologisk afd., indtægter", -183044, -182408, -180895, -181599, -181236, -185936, null, null, null, null, null, null, -195000, -195000, -195000, -195000, -195000, -195000, -195000, -195000, -195000, -195000, -195000, -195000, null],
  ["4102-1110", "Ortopædkirurgisk afd., løn", 3446174, 3279432, 3341016, 3295044, 3388822, 3386234, null, null, null, null, null, null, 3428831, 3269350, 3428831, 3349090, 3388961, 3349090, 2471948, 3229480, 3428831, 3468701, 3428831, 3628181, null],
  ["4102-2220", "Ortopædkirurgisk afd., implantater", 1096757, 1091104, 1084715, 1101923, 1107199, 1067171, null, null, null, null, null, null, 1053334, 1053334, 1053334, 1053334, 1053333, 1053333, 1053333, 1053333, 1053333, 1053333, 1053333, 1053333, null],
  ["4103-1110", "Akutmodtagelsen, løn", 4848364, 4826498, 5039746, 4855271, 4843616, 4895019, null, null, null, null, null, null, 4927800, 4698600, 4927800, 4813200, 4870500, 4813200, 3552600, 4641300, 4927800, 4985100, 4927800, 5214300, null],
  ["4103-1130", "Akutmodtagelsen, vikarer", 352123, 353886, 352287, 354464, 366710, 364330, null, null, null, null, null, null, 283334, 283334, 283334, 283334, 283333, 283333, 283333, 283333, 283333, 283333, 283333, 283333, -150000],
  ["4105-2310", "Radiologisk afd., service", 746380, 124453, 126198, 770653, 128503, 123713, null, null, null, null, null, null, 787500, 131250, 131250, 787500, 131250, 131250, 787500, 131250, 131250, 787500, 131250, 131250, null],
];

/** A follow-up line's department (its key's first part), the department's name and its hospital, as the templates' master has them. */
function departmentOf(key: string): [number, string, string] {
  const department = Number(key.split("-")[0]);
  const line = templateLines.find((l) => l[0] === department);
  return line === undefined ? [department, "", ""] : [department, line[1], line[2]];
}

/** Prior years' actuals per line, for the prior-year, smoothing and auto methods: key, year, 12 months. */
const historyRows: (string | number)[][] = [
  ["4101-1110", 2023, 3762027, 3574390, 3816465, 3659019, 3756497, 3723261, 2744443, 3539224, 3654222, 3809750, 3615650, 4048900],
  ["4101-1110", 2024, 3923325, 3850551, 3997546, 3902798, 3803128, 3771095, 2948913, 3837594, 4035349, 4144285, 3943472, 4026933],
  ["4101-1110", 2025, 4011700, 3892390, 3996007, 3955572, 4137298, 4033851, 2947707, 3681812, 4132134, 4065960, 4038300, 4265019],
  ["4101-2210", 2023, 553894, 554685, 503536, 475378, 476655, 442695, 414857, 415370, 462192, 475565, 489296, 539647],
  ["4101-2210", 2024, 603192, 548595, 547278, 503811, 485849, 457918, 450776, 460370, 497139, 516073, 554225, 582296],
  ["4101-2210", 2025, 605766, 587298, 566683, 512952, 513948, 482923, 450323, 484603, 511861, 524898, 542524, 556554],
  ["4101-7110", 2023, -172132, -175297, -175658, -180079, -179824, -176312, -181218, -180153, -172926, -181352, -169861, -178158],
  ["4101-7110", 2024, -189475, -185475, -184552, -192145, -192175, -190325, -184941, -178793, -181789, -185227, -179273, -188919],
  ["4101-7110", 2025, -189744, -190326, -183671, -183459, -192333, -197707, -184726, -195591, -187245, -192951, -194950, -198077],
  ["4102-1110", 2023, 3197026, 2940529, 3140377, 2926134, 2982458, 3035385, 2306318, 2993959, 3087113, 3018045, 3127560, 3379012],
  ["4102-1110", 2024, 3331251, 3209002, 3206836, 3159247, 3298840, 3186734, 2291370, 2948754, 3154751, 3397491, 3140482, 3404588],
  ["4102-1110", 2025, 3320846, 3273049, 3232777, 3284836, 3275419, 3230559, 2388796, 3069025, 3480896, 3418803, 3442228, 3457167],
  ["4102-2220", 2023, 940353, 924907, 979964, 913511, 951395, 973708, 944346, 967317, 924378, 963998, 976653, 919874],
  ["4102-2220", 2024, 1003064, 1023515, 1002016, 1037219, 973480, 1028235, 991858, 994691, 993789, 966937, 985049, 988183],
  ["4102-2220", 2025, 1012732, 1032069, 1055411, 1025309, 1029599, 1017880, 1030784, 1000894, 1056760, 1056769, 1058375, 1060994],
  ["4103-1110", 2023, 4559021, 4286386, 4598654, 4280573, 4263084, 4353367, 3215842, 4189995, 4296539, 4564123, 4454818, 4718415],
  ["4103-1110", 2024, 4574462, 4390359, 4594561, 4592928, 4479451, 4486105, 3497785, 4293281, 4750525, 4834014, 4764686, 4828951],
  ["4103-1110", 2025, 4879502, 4607069, 4743008, 4844252, 4693298, 4646975, 3414941, 4389415, 4795108, 5040970, 4936175, 5075073],
  ["4103-1130", 2023, 263897, 251947, 260708, 257189, 258156, 257349, 263664, 251247, 249199, 254238, 264774, 262719],
  ["4103-1130", 2024, 273182, 276947, 273074, 278292, 266777, 278793, 266072, 274235, 267804, 258909, 273372, 264635],
  ["4103-1130", 2025, 287847, 284328, 269278, 283618, 273643, 286617, 278603, 274167, 279018, 282591, 269061, 280309],
  ["4105-2310", 2023, 713180, 116764, 117030, 693969, 117378, 115475, 687499, 118531, 119652, 733396, 119861, 117150],
  ["4105-2310", 2024, 733460, 121173, 119933, 734768, 124476, 122332, 737037, 129119, 125622, 768447, 125216, 126186],
  ["4105-2310", 2025, 800231, 128770, 126209, 779962, 131244, 126747, 781497, 123597, 133545, 769931, 133463, 130468],
];

/**
 * Central finance's master for next year's standard budget templates: per department of two
 * hospitals its accounts with the current year's budget and the latest closed accounts (the
 * actuals of the year before, the newest a department's budget is compared with while next year is
 * budgeted), and the profile each line is periodised along. Whole kroner; income negative.
 */
const templateLines: [number, string, string, number, string, number, number, string][] = [
  [4101, "Kardiologisk afd.", "Hospital Nord", 1110, "Fast løn, læger og sygeplejersker", 48_215_300, 47_102_450, "Løn med sommerferie"],
  [4101, "Kardiologisk afd.", "Hospital Nord", 1130, "Vikarbureau, sygeplejersker", 850_000, 1_214_380, "lige"],
  [4101, "Kardiologisk afd.", "Hospital Nord", 2210, "Medicin og infusionsvæsker", 6_482_950, 6_615_220, "Medicin, vintertop"],
  [4101, "Kardiologisk afd.", "Hospital Nord", 2240, "Katetre, stents og engangsudstyr", 3_960_000, 3_871_540, "arbejdsdage"],
  [4101, "Kardiologisk afd.", "Hospital Nord", 2290, "Kontorhold, IT og småanskaffelser", 1_150_000, 1_094_610, "lige"],
  [4101, "Kardiologisk afd.", "Hospital Nord", 7110, "Salg af ydelser til andre regioner", -2_340_000, -2_212_760, "lige"],
  [4102, "Ortopædkirurgisk afd.", "Hospital Nord", 1110, "Fast løn, læger og sygeplejersker", 39_870_125, 38_966_300, "Løn med sommerferie"],
  [4102, "Ortopædkirurgisk afd.", "Hospital Nord", 2220, "Hofte- og knæproteser", 12_640_000, 12_912_480, "arbejdsdage"],
  [4102, "Ortopædkirurgisk afd.", "Hospital Nord", 2240, "Sterile engangsartikler", 2_410_000, 2_356_900, "arbejdsdage"],
  [4102, "Ortopædkirurgisk afd.", "Hospital Nord", 2290, "Kontorhold, IT og småanskaffelser", 985_400, 1_003_150, "lige"],
  [4102, "Ortopædkirurgisk afd.", "Hospital Nord", 7110, "Private patienter, udvidet frit sygehusvalg", -1_150_000, -1_087_200, "lige"],
  [4103, "Akutmodtagelsen", "Hospital Nord", 1110, "Fast løn og vagttillæg", 57_300_000, 56_118_900, "Løn med sommerferie"],
  [4103, "Akutmodtagelsen", "Hospital Nord", 1130, "Vikarbureau, sygeplejersker", 3_400_000, 4_102_330, "lige"],
  [4103, "Akutmodtagelsen", "Hospital Nord", 2240, "Kliniske forbrugsvarer", 2_150_000, 2_201_440, "kalenderdage"],
  [4103, "Akutmodtagelsen", "Hospital Nord", 2290, "Kontorhold, IT og småanskaffelser", 1_420_333, 1_387_050, "lige"],
  [4104, "Medicinsk afd.", "Hospital Syd", 1110, "Fast løn, læger og sygeplejersker", 44_118_760, 43_506_120, "Løn med sommerferie"],
  [4104, "Medicinsk afd.", "Hospital Syd", 1130, "Vikarbureau, sygeplejersker", 1_200_000, 1_486_700, "lige"],
  [4104, "Medicinsk afd.", "Hospital Syd", 2210, "Medicin og infusionsvæsker", 9_875_431, 10_112_880, "Medicin, vintertop"],
  [4104, "Medicinsk afd.", "Hospital Syd", 2240, "Kliniske forbrugsvarer", 2_780_000, 2_694_310, "arbejdsdage"],
  [4104, "Medicinsk afd.", "Hospital Syd", 2290, "Kontorhold, IT og småanskaffelser", 1_040_000, 1_012_990, "lige"],
  [4105, "Radiologisk afd.", "Hospital Syd", 1110, "Fast løn, radiografer og læger", 21_550_000, 21_104_600, "Løn med sommerferie"],
  [4105, "Radiologisk afd.", "Hospital Syd", 2240, "Kontrastvæsker", 1_380_000, 1_322_450, "arbejdsdage"],
  [4105, "Radiologisk afd.", "Hospital Syd", 2310, "Serviceaftaler, scannere", 4_200_000, 4_188_000, "lige"],
  [4105, "Radiologisk afd.", "Hospital Syd", 2290, "Kontorhold, IT og småanskaffelser", 640_000, 655_870, "lige"],
  [4105, "Radiologisk afd.", "Hospital Syd", 7110, "Scanninger for praksissektoren", -900_000, -874_300, "lige"],
  [4106, "Hospitalsledelse", "Hospital Syd", 1110, "Direktion og stabe", 12_400_000, 12_187_500, "Løn med sommerferie"],
  [4106, "Hospitalsledelse", "Hospital Syd", 2290, "Konsulenter og kurser", 750_000, 812_400, "lige"],
  [4106, "Hospitalsledelse", "Hospital Syd", 2295, "Annoncer, tryksager og web", 320_000, 298_760, "lige"],
  [4106, "Hospitalsledelse", "Hospital Syd", 7110, "Huslejeindtægter", -480_000, -480_000, "lige"],
];

/** Next year's frames (rammer): about 1.3 % below this year's budget, the productivity requirement passed on. */
const frames: [number, string, number][] = [
  [4101, "Kardiologisk afd.", 57_600_000],
  [4102, "Ortopædkirurgisk afd.", 54_000_000],
  [4103, "Akutmodtagelsen", 63_400_000],
  [4104, "Medicinsk afd.", 58_200_000],
  [4105, "Radiologisk afd.", 26_500_000],
  [4106, "Hospitalsledelse", 12_800_000],
];

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

export function sampleSheets(): Sheets {
  return {
    Budget: [["Omkostningssted", "Konto", "Tekst", `Årsbudget ${SAMPLE_YEAR}`], ...lines],
    Profiler: profiles,
    Enheder: units,
    Opfølgning: [
      ["Nøgle", "Tekst", ...MONTH_NAMES.map((m) => `Forbrug ${m}`), ...MONTH_NAMES.map((m) => `Budget ${m}`), "Korrektion", "Afdeling", "Afdelingsnavn", "Hospital"],
      ...followUpLines.map((line) => [...line, ...departmentOf(String(line[0]))]),
    ],
    Historik: [["Nøgle", "År", ...MONTH_NAMES], ...historyRows],
    Skabelonlinjer: [["Afdeling", "Afdelingsnavn", "Hospital", "Konto", "Tekst", `Budget ${SAMPLE_YEAR}`, `Regnskab ${SAMPLE_YEAR - 1}`, "Profil"], ...templateLines],
    Rammer: [["Afdeling", "Afdelingsnavn", `Ramme ${SAMPLE_YEAR + 1}`], ...frames],
  };
}
