// The profile part of the Periodise panel: which profile, and what it needs (working-day
// options, a library row, a range, payment months, pay rises). What the fields become is
// profileChoice.ts's (profileChoiceFrom).

import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ChoiceSelect } from "./ColumnSelect";
import { chosenOption, chosenOptionOrNone } from "./fields";
import type { Strings } from "./i18n";
import { FieldGroup } from "./shared";
import { WORKDAY_OPTIONS, type LibraryEntry, type ProfileForm, type ProfileKind } from "./profileChoice";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  months: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)" },
  add: { alignSelf: "flex-start" },
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
      <ChoiceSelect label={t.profile} testId="profile-kind" value={form.kind} options={kinds} text={(kind) => t.profileKinds[kind]} onChange={(kind) => set({ kind })} />
      {form.kind === "workdays" && (
        <FieldGroup label={t.workdayOptions}>
          {WORKDAY_OPTIONS.map((option) => (
            <Checkbox
              key={option}
              label={t.workdayOptionLabels[option]}
              checked={form.workdayOptions[option]}
              data-testid={`workday-${option}`}
              onChange={(_, d) => set({ workdayOptions: { ...form.workdayOptions, [option]: d.checked === true } })}
            />
          ))}
        </FieldGroup>
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
        <FieldGroup label={t.paymentMonths}>
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
        </FieldGroup>
      )}
      {form.kind === "salary" && (
        <>
          <FieldGroup label={t.rises}>
            {form.rises.map((rise, i) => (
              <div className={styles.row} key={i}>
                <Field label={t.month}>
                  <MonthSelect value={rise.month} t={t} testId={`rise-month-${i}`} onChange={(month) => set({ rises: form.rises.map((r, j) => (j === i ? { ...r, month } : r)) })} />
                </Field>
                <Field label={t.risePercent}>
                  <Input
                    value={rise.percent}
                    data-testid={`rise-percent-${i}`}
                    style={{ width: 80 }}
                    onChange={(_, d) => set({ rises: form.rises.map((r, j) => (j === i ? { ...r, percent: d.value } : r)) })}
                  />
                </Field>
                <Button onClick={() => set({ rises: form.rises.filter((_, j) => j !== i) })}>{t.remove}</Button>
              </div>
            ))}
            <Button className={styles.add} onClick={() => set({ rises: [...form.rises, { month: 10, percent: "" }] })} data-testid="rise-add">
              {t.add}
            </Button>
          </FieldGroup>
          <FieldGroup label={t.extras}>
            {form.extras.map((extra, i) => (
              <div className={styles.row} key={i}>
                <Field label={t.month}>
                  <MonthSelect value={extra.month} t={t} testId={`extra-month-${i}`} onChange={(month) => set({ extras: form.extras.map((x, j) => (j === i ? { ...x, month } : x)) })} />
                </Field>
                <Field label={t.extraMonths}>
                  <Input
                    value={extra.months}
                    data-testid={`extra-months-${i}`}
                    style={{ width: 80 }}
                    onChange={(_, d) => set({ extras: form.extras.map((x, j) => (j === i ? { ...x, months: d.value } : x)) })}
                  />
                </Field>
                <Button onClick={() => set({ extras: form.extras.filter((_, j) => j !== i) })}>{t.remove}</Button>
              </div>
            ))}
            <Button className={styles.add} onClick={() => set({ extras: [...form.extras, { month: 5, months: "" }] })} data-testid="extra-add">
              {t.add}
            </Button>
          </FieldGroup>
        </>
      )}
    </>
  );
}
