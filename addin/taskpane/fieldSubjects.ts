// How messages name the panels' fields: one subject per field, the same in both languages (the
// message catalogues name each in its language, core/messages).

import type { Subject } from "../../core";

export const FIELD = {
  payRise: { label: "payRise" },
  extraPayment: { label: "extraPayment" },
  years: { label: "years" },
  rate: { label: "rate" },
  total: { label: "total" },
  floor: { label: "floor" },
  cap: { label: "cap" },
  strength: { label: "strength" },
  materialityAmount: { label: "materialityAmount" },
  materialityRate: { label: "materialityRate" },
  carryoverCap: { label: "carryoverCap" },
  carryoverShare: { label: "carryoverShare" },
  capBase: { label: "capBase" },
  adjustment: { label: "adjustment" },
  justifyAmount: { label: "justifyAmount" },
  justifyRate: { label: "justifyRate" },
} as const satisfies Record<string, Subject>;
