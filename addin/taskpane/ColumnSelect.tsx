// A table column to pick, by its header: used by every panel that reads a table.

import { Field, Select } from "@fluentui/react-components";
import type { CellValue } from "../gateway/types";

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
      <Select data-testid={testId} value={value === null ? "" : String(value)} onChange={(_, d) => onChange(d.value === "" ? null : Number(d.value))}>
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
