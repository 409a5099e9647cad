// Long work as the progress bar tells it, in Danish.

import type { WorkProgress } from "../work";

const count = new Intl.NumberFormat("da-DK");

export const workDa = {
  progress: (progress: WorkProgress): string => {
    const { phase, done, of } = progress;
    const part = of > 0 ? `${count.format(done)} af ${count.format(of)}` : "";
    switch (phase) {
      case "planning":
        return of > 0 ? `Læser og beregner ${count.format(of)} ${of === 1 ? "linje" : "linjer"} …` : "Læser og beregner …";
      case "checking":
        return `Læser det, der skrives over: ${part} ${of === 1 ? "område" : "områder"}`;
      case "writing":
        if (of === 0) return "Skriver …";
        return `Skriver: ${part} ${of === 1 ? "række" : "rækker"}`;
      case "building":
        return `Danner: ${part} ${of === 1 ? "fil" : "filer"}`;
      case "reading":
        return `Læser: ${part} ${of === 1 ? "fil" : "filer"}`;
    }
  },
  cancel: "Annuller",
  cancelling: "Annullerer …",
  cancelled: "Annulleret. Intet er skrevet.",
};
