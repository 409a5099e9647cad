// The pickers every panel shares: a table column by its header, and the rounding unit.

import { Field, Select } from "@fluentui/react-components";
import { UNITS, type Unit } from "../../core";
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
            {String(h ?? "") || `#${i + 1}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
