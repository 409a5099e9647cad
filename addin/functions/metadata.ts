// The custom functions metadata Excel reads (functions.json, and functions-da.json for da-DK, as
// the manifest says), built from the catalogue. The build writes both files
// (scripts/functions-metadata.mjs). Every argument is of type "any": the catalogue reads it by
// its kind, so Excel hands it over as it is; range kinds are matrices, and every result is a
// matrix that spills.

import { isRangeKind } from "./args";
import { WORKSHEET_FUNCTIONS, type WorksheetFunction } from "./catalog";

export type MetadataLanguage = "en" | "da";

export interface ParameterMetadata {
  description: string;
  dimensionality?: "matrix";
  name: string;
  optional?: true;
  type: "any";
}

export interface FunctionMetadata {
  description: string;
  id: string;
  name: string;
  parameters: ParameterMetadata[];
  result: { dimensionality: "matrix" };
}

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny: true;
  /** Excel hands an error input (#N/A in a cell) to the function, so its message names the cell. */
  allowErrorForDataTypeAny: true;
  functions: FunctionMetadata[];
}

function functionMetadata(fn: WorksheetFunction, language: MetadataLanguage): FunctionMetadata {
  return {
    description: fn[language].description,
    id: fn.id,
    name: language === "da" ? fn.da.name : fn.id,
    parameters: fn.args.map((arg) => ({
      description: arg[language].description,
      ...(isRangeKind(arg.kind) ? { dimensionality: "matrix" as const } : {}),
      name: arg[language].name,
      ...(arg.optional ? { optional: true as const } : {}),
      type: "any",
    })),
    result: { dimensionality: "matrix" },
  };
}

export function functionsMetadata(language: MetadataLanguage, functions: readonly WorksheetFunction[] = WORKSHEET_FUNCTIONS): FunctionsMetadata {
  return { allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, functions: functions.map((fn) => functionMetadata(fn, language)) };
}
