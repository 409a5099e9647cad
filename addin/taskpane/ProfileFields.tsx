// The profile part of the Periodise panel: which profile, and what it needs (working-day
// options, a library row, a range, payment months, pay rises). `profileChoiceFrom` reads what the
// choice needs from the workbook and gives the ProfileChoice the plan works with.

import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { BudgetError, MONTHS, type Language } from "../../core";
import { parseBlock } from "../gateway/address";
import type { CellValue, WorkbookGateway } from "../gateway/types";
import { chosenOption, chosenOptionOrNone, readNumberField, readPercentChangeField } from "./fields";
import type { Strings } from "./i18n";
import type { ProfileChoice } from "./profileChoice";

export type ProfileKind = keyof Strings["profileKinds"];

export const WORKDAY_OPTIONS = ["grundlovsdag", "christmasEve", "newYearsEve", "mayDay"] as const;
type WorkdayOption = (typeof WORKDAY_OPTIONS)[number];
/** The worksheet keyword for each option (BUDGET.WORKDAYS). */
const KEYWORD: Record<WorkdayOption, string> = { grundlovsdag: "grundlovsdag", christmasEve: "24dec", newYearsEve: "31dec", mayDay: "1maj" };

export interface ProfileForm {
  kind: ProfileKind;
  workdayOptions: Record<WorkdayOption, boolean>;
  librarySheet: string;
  libraryRow: number | null;
  ref: string;
  paymentMonths: number[];
  rises: { month: number; percent: string }[];
  extras: { month: number; months: string }[];
}

export const initialProfileForm = (kind: ProfileKind): ProfileForm => ({
  kind,
  workdayOptions: { grundlovsdag: false, christmasEve: false, newYearsEve: false, mayDay: false },
  librarySheet: "Profiler",
  libraryRow: null,
  ref: "",
  paymentMonths: [1, 4, 7, 10],
  rises: [{ month: 4, percent: "" }],
  extras: [],
});

/** A profile in the library sheet: a name in column A and 12 weights in B:M. */
export interface LibraryEntry {
  name: string;
  row: number;
}

export const LIBRARY_ROWS = 200;

export function libraryEntries(values: CellValue[][]): LibraryEntry[] {
  return values
    .map((row, i) => ({ name: row[0], weights: row.slice(1, 1 + MONTHS), row: i }))
    .filter((r) => typeof r.name === "string" && r.name.trim() !== "" && r.weights.length === MONTHS && r.weights.every((w) => typeof w === "number"))
    .map((r) => ({ name: String(r.name), row: r.row }));
}

/** A message for the user, in their language, when a choice cannot be made. */
export class ChoiceError extends Error {}

async function readRef(gateway: WorkbookGateway, ref: string, t: Strings): Promise<{ ref: string; values: CellValue[][] }> {
  const trimmed = ref.trim();
  if (trimmed === "") throw new ChoiceError(t.noProfileRange);
  if (!parseBlock(trimmed)) throw new ChoiceError(t.badProfileRange(ref));
  return { ref: trimmed, values: (await gateway.readRange(trimmed)).values };
}

function byMonth<T>(entries: { month: number }[], value: (entry: number) => T, zero: T, t: Strings): T[] {
  const months = entries.map((e) => e.month);
  if (new Set(months).size !== months.length) throw new ChoiceError(t.duplicateMonth);
  const row = new Array<T>(MONTHS).fill(zero);
  entries.forEach((e, i) => (row[e.month - 1] = value(i)));
  return row;
}

function userMessage<T>(compute: () => T, language: Language): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof BudgetError) throw new ChoiceError(error.describe(language));
    throw error;
  }
}

export async function profileChoiceFrom(form: ProfileForm, gateway: WorkbookGateway, t: Strings, language: Language): Promise<ProfileChoice> {
  switch (form.kind) {
    case "equal":
    case "days":
    case "workdays": {
      const keywords = WORKDAY_OPTIONS.filter((o) => form.workdayOptions[o]).map((o) => KEYWORD[o]);
      return { kind: "builtin", name: form.kind, workdayOptions: form.kind === "workdays" ? keywords.join(",") : "" };
    }
    case "library": {
      if (form.libraryRow === null) throw new ChoiceError(t.libraryEmpty(form.librarySheet));
      const row = form.libraryRow + 1;
      const ref = `${form.librarySheet}!B${row}:M${row}`;
      return { kind: "range", ref, weights: (await readRef(gateway, ref, t)).values };
    }
    case "range": {
      const { ref, values } = await readRef(gateway, form.ref, t);
      return { kind: "range", ref, weights: values };
    }
    case "historical":
    case "activity": {
      const { ref, values } = await readRef(gateway, form.ref, t);
      return { kind: form.kind, ref, options: values };
    }
    case "payments":
      if (form.paymentMonths.length === 0) throw new ChoiceError(t.noPaymentMonths);
      return { kind: "payments", months: [...form.paymentMonths].sort((a, b) => a - b) };
    case "salary":
      return userMessage(
        () => ({
          kind: "salary",
          rises: byMonth(form.rises, (i) => readPercentChangeField(form.rises[i].percent, language, t.riseSubject), 0, t),
          extras: byMonth(form.extras, (i) => readNumberField(form.extras[i].months, language, t.extraSubject), 0, t),
        }),
        language,
      );
    case "current":
      return { kind: "current" };
  }
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  months: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)" },
});

interface Props {
  form: ProfileForm;
  onChange: (form: ProfileForm) => void;
  kinds: readonly ProfileKind[];
  library: LibraryEntry[] | null;
  onLoadLibrary: () => void;
  t: Strings;
}

function MonthSelect({ value, onChange, t, testId }: { value: number; onChange: (m: number) => void; t: Strings; testId: string }) {
  return (
    <Select value={String(value)} onChange={(_, d) => onChange(chosenOption(d.value))} data-testid={testId}>
      {t.months.map((name, m) => (
        <option key={m} value={m + 1}>
          {name}
        </option>
      ))}
    </Select>
  );
}

export function ProfileFields({ form, onChange, kinds, library, onLoadLibrary, t }: Props) {
  const styles = useStyles();
  const set = (patch: Partial<ProfileForm>) => onChange({ ...form, ...patch });
  return (
    <>
      <Field label={t.profile}>
        <Select data-testid="profile-kind" value={form.kind} onChange={(_, d) => set({ kind: d.value as ProfileKind })}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t.profileKinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {form.kind === "workdays" && (
        <Field label={t.workdayOptions}>
          {WORKDAY_OPTIONS.map((option) => (
            <Checkbox
              key={option}
              label={t.workdayOptionLabels[option]}
              checked={form.workdayOptions[option]}
              data-testid={`workday-${option}`}
              onChange={(_, d) => set({ workdayOptions: { ...form.workdayOptions, [option]: d.checked === true } })}
            />
          ))}
        </Field>
      )}
      {form.kind === "library" && (
        <>
          <div className={styles.row}>
            <Field label={t.librarySheet}>
              <Input value={form.librarySheet} onChange={(_, d) => set({ librarySheet: d.value, libraryRow: null })} data-testid="library-sheet" />
            </Field>
            <Button onClick={onLoadLibrary} data-testid="library-load">
              {t.libraryLoad}
            </Button>
          </div>
          {library && library.length === 0 && <span>{t.libraryEmpty(form.librarySheet)}</span>}
          {library && library.length > 0 && (
            <Field label={t.libraryProfile}>
              <Select
                data-testid="library-profile"
                value={form.libraryRow === null ? "" : String(form.libraryRow)}
                onChange={(_, d) => set({ libraryRow: chosenOptionOrNone(d.value) })}
              >
                <option value="" />
                {library.map((entry) => (
                  <option key={entry.row} value={entry.row}>
                    {entry.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </>
      )}
      {(form.kind === "range" || form.kind === "historical" || form.kind === "activity") && (
        <Field label={form.kind === "range" ? t.profileRangeRef : form.kind === "historical" ? t.historicalRef : t.activityRef}>
          <Input data-testid="profile-ref" value={form.ref} placeholder={t.profileRangePlaceholder} onChange={(_, d) => set({ ref: d.value })} />
        </Field>
      )}
      {form.kind === "payments" && (
        <Field label={t.paymentMonths}>
          <div className={styles.months}>
            {t.months.map((name, m) => (
              <Checkbox
                key={m}
                label={name}
                checked={form.paymentMonths.includes(m + 1)}
                data-testid={`payment-${m + 1}`}
                onChange={(_, d) =>
                  set({ paymentMonths: d.checked === true ? [...form.paymentMonths, m + 1] : form.paymentMonths.filter((x) => x !== m + 1) })
                }
              />
            ))}
          </div>
        </Field>
      )}
      {form.kind === "salary" && (
        <>
          <Field label={t.rises}>
            {form.rises.map((rise, i) => (
              <div className={styles.row} key={i}>
                <MonthSelect value={rise.month} t={t} testId={`rise-month-${i}`} onChange={(month) => set({ rises: form.rises.map((r, j) => (j === i ? { ...r, month } : r)) })} />
                <Input
                  aria-label={t.risePercent}
                  placeholder={t.risePercent}
                  value={rise.percent}
                  data-testid={`rise-percent-${i}`}
                  style={{ width: 90 }}
                  onChange={(_, d) => set({ rises: form.rises.map((r, j) => (j === i ? { ...r, percent: d.value } : r)) })}
                />
                <Button onClick={() => set({ rises: form.rises.filter((_, j) => j !== i) })}>{t.remove}</Button>
              </div>
            ))}
            <Button onClick={() => set({ rises: [...form.rises, { month: 10, percent: "" }] })} data-testid="rise-add">
              {t.add}
            </Button>
          </Field>
          <Field label={t.extras}>
            {form.extras.map((extra, i) => (
              <div className={styles.row} key={i}>
                <MonthSelect value={extra.month} t={t} testId={`extra-month-${i}`} onChange={(month) => set({ extras: form.extras.map((x, j) => (j === i ? { ...x, month } : x)) })} />
                <Input
                  aria-label={t.extraMonths}
                  placeholder={t.extraMonths}
                  value={extra.months}
                  data-testid={`extra-months-${i}`}
                  style={{ width: 90 }}
                  onChange={(_, d) => set({ extras: form.extras.map((x, j) => (j === i ? { ...x, months: d.value } : x)) })}
                />
                <Button onClick={() => set({ extras: form.extras.filter((_, j) => j !== i) })}>{t.remove}</Button>
              </div>
            ))}
            <Button onClick={() => set({ extras: [...form.extras, { month: 5, months: "" }] })} data-testid="extra-add">
              {t.add}
            </Button>
          </Field>
        </>
      )}
    </>
  );
}
