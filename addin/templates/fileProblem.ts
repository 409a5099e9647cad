// Why a file given back cannot be read, as a code the caller turns into a message in its language.

export type FileProblemCode =
  /** The file has no bytes. */
  | "FILE_EMPTY"
  /** Not a zip package: a renamed .csv or text file, an image, random bytes. */
  | "FILE_NOT_XLSX"
  /** An OLE compound file: a password-protected .xlsx (Excel encrypts it into one) or an old .xls. */
  | "FILE_ENCRYPTED"
  /** Its parts expand beyond the limit, as declared or as actually inflated. */
  | "FILE_TOO_LARGE"
  /** A sheet runs past the row limit. */
  | "FILE_TOO_MANY_ROWS"
  /** A zip package that is damaged (truncated, inconsistent) or that the workbook reader refuses. */
  | "FILE_UNREADABLE";

export class FileProblem extends Error {
  readonly code: FileProblemCode;

  constructor(code: FileProblemCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "FileProblem";
    this.code = code;
  }
}
