// Forhåndsvisningens egne filknapper (åbn en .xlsx, gem som .xlsx): teksterne på dansk.

import { formatNumber } from "../../../core/typedNumber";
import type { workbookFileEn } from "./workbookFileEn";

const sheets = (count: number) => (count === 1 ? "1 ark" : `${count} ark`);
const cannot = (fileName: string, why: string) => `»${fileName}« kan ikke åbnes: ${why}.`;

export const workbookFileDa: typeof workbookFileEn = {
  heading: "Budget – eksempelprojektmappe (forhåndsvisning uden Excel)",
  open: "Åbn .xlsx…",
  openHint: "Åbn en kopi af din egen projektmappe i forhåndsvisningen. Filen læses i denne browser og sendes ingen steder hen.",
  save: "Gem som .xlsx",
  saveHint: "Hent forhåndsvisningens projektmappe som en .xlsx-fil: ark, værdier, formler, talformater og fed skrift. Diagrammer og fremhævninger gemmes ikke.",
  fileName: (opened) => `${opened ?? "Budget"}-forhåndsvisning.xlsx`,
  opening: (fileName) => `Åbner »${fileName}« …`,
  opened: (fileName, count) => `Åbnede »${fileName}«: ${sheets(count)}. Filen bliver i denne browser.`,
  saved: (fileName) => `Gemte »${fileName}«. Diagrammer og fremhævninger gemmes ikke i filen.`,
  saveFailed: (reason) => `Projektmappen kunne ikke gemmes: ${reason}`,
  replaceTitle: "Erstat forhåndsvisningens projektmappe?",
  replaceText: (fileName) =>
    `Forhåndsvisningens projektmappe har ændringer, der ikke er gemt. Åbner du »${fileName}«, erstattes hele projektmappen, og de ændringer går tabt. Gem projektmappen først for at beholde dem.`,
  replaceConfirm: "Åbn og mist ændringerne",
  replaceCancel: "Annuller",
  dropHint: "Slip en .xlsx-fil på arket for at åbne den.",
  problems: {
    FILE_NOT_XLSX_NAME: (fileName) => cannot(fileName, "kun Excel-projektmapper (.xlsx) kan åbnes"),
    FILE_EMPTY: (fileName) => cannot(fileName, "filen er tom"),
    FILE_NOT_XLSX: (fileName) => cannot(fileName, "filen er ikke en Excel-projektmappe (.xlsx)"),
    FILE_ENCRYPTED: (fileName) =>
      cannot(fileName, "filen er beskyttet med adgangskode eller gemt i det gamle .xls-format; gem en kopi som .xlsx uden adgangskode, og åbn den"),
    FILE_TOO_LARGE: (fileName, megabytes, cells) =>
      cannot(fileName, `filen rummer mere end ${formatNumber(megabytes, "da")} MB data eller mere end ${formatNumber(cells, "da")} celler, mere end forhåndsvisningen kan rumme`),
    FILE_TOO_MANY_ROWS: (fileName, rows) => cannot(fileName, `et ark har rækker efter række ${formatNumber(rows, "da")}, Excels sidste række`),
    FILE_TOO_MANY_COLUMNS: (fileName, columns) => cannot(fileName, `et ark har celler efter kolonne ${formatNumber(columns, "da")} (XFD), Excels sidste kolonne`),
    FILE_NO_SHEETS: (fileName) => cannot(fileName, "projektmappen har intet regneark"),
    FILE_UNREADABLE: (fileName) => cannot(fileName, "filen er beskadiget og kan ikke læses som en projektmappe"),
  },
};
