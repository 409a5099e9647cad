// The pickers every panel shares: a table column by its header, the rounding unit, and a choice
// from a list of named options.

import { Field, Select } from "@fluentui/react-components";
import { cellText, UNITS, type Unit } from "../../core";
import type { CellValue } from "../gateway/types";
import { chosenOptionOrNone, chosenUnit } from "./fields";
import type { Strings } from "./i18n";

export function UnitSelect({ value, onChange, testId, t }: { value: Unit; onChange: (unit: Unit) => void; testId: string; t: Strings }) {
  return (
    <Field label={t.unit}>
      <Select data-testid={testId} value={String(value)} onChange={(_, d) => {
          const unit = chosenUnit(d.value);
          if (unit !== null) onChange(unit);
        }}
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {u === 0.01 ? t.unitOre : u === 1 ? t.unitKrone : t.unitThousand}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface Props {
  label: string;
  headers: readonly CellValue[];
  value: number | null;
  onChange: (column: number | null) => void;
  testId: string;
  /** Offer "(none)" with this text, for optional columns. */
  none?: string;
}

export function ColumnSelect({ label, headers, value, onChange, testId, none }: Props) {
  return (
    <Field label={label}>
      <Select data-testid={testId} value={value === null ? "" : String(value)} onChange={(_, d) => onChange(chosenOptionOrNone(d.value))}>
        {none !== undefined && <option value="">{none}</option>}
        {headers.map((h, i) => (
          <option key={i} value={i}>
            {cellText(h) || `#${i + 1}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface ChoiceProps<V extends string> {
  /** Without a label the list stands alone (in a row of fields). */
  label?: string;
  value: V;
  options: readonly V[];
  /** The text of each option. */
  text: (option: V) => string;
  onChange: (value: V) => void;
  testId: string;
}

/** A choice from a list of named options; the option chosen is one of `options`, never a text. */
export function ChoiceSelect<V extends string>({ label, value, options, text, onChange, testId }: ChoiceProps<V>) {
  const select = (
    <Select
      data-testid={testId}
      value={value}
      onChange={(_, d) => {
        const chosen = options.find((option) => option === d.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {text(option)}
        </option>
      ))}
    </Select>
  );
  return label === undefined ? select : <Field label={label}>{select}</Field>;
}
