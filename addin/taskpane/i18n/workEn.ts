// Long work as the progress bar tells it, in English.

import type { WorkProgress } from "../work";

const count = new Intl.NumberFormat("en-GB");

export const workEn = {
  progress: (progress: WorkProgress): string => {
    const { phase, done, of } = progress;
    const part = of > 0 ? `${count.format(done)} of ${count.format(of)}` : "";
    switch (phase) {
      case "planning":
        return of > 0 ? `Reading and planning ${count.format(of)} ${of === 1 ? "line" : "lines"} …` : "Reading and planning …";
      case "checking":
        return `Reading what the write would replace: ${part} ${of === 1 ? "block" : "blocks"}`;
      case "writing":
        if (of === 0) return "Writing …";
        return `Writing: ${part} ${of === 1 ? "row" : "rows"}`;
      case "building":
        return `Building: ${part} ${of === 1 ? "file" : "files"}`;
      case "reading":
        return `Reading: ${part} ${of === 1 ? "file" : "files"}`;
    }
  },
  cancel: "Cancel",
  cancelling: "Cancelling …",
  cancelled: "Cancelled. Nothing was written.",
};
