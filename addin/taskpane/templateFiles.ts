// The Templates panel's files in the browser: the build and the check loaded only when needed (the
// templates' chunk, with ExcelJS, stays out of the task pane's start-up), the templates offered as
// downloads (one file, or all as one .zip) or as Base64 for Open in Excel, and the returned files
// read from a pick or a drop. Files are read and written here in the pane and sent nowhere.

import { loadTemplates } from "../templates/load";
import type { BuildFollowUps } from "./followUpSend";
import type { BuildTemplates } from "./templateBuild";
import type { CollectReturns, ReturnedFile } from "./templateCollect";

export const buildOnDemand: BuildTemplates = async (input, options, settings) => (await loadTemplates()).buildTemplates(input, options, settings);

export const collectOnDemand: CollectReturns = async (register, files, settings) => (await loadTemplates()).collectReturns(register, files, settings);

/** One .zip of the files (addin/templates/zip.ts, in the templates' chunk). */
export async function zipOf(files: readonly { fileName: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const { zipFiles } = await import(/* webpackChunkName: "templates" */ "../templates/zip");
  return zipFiles([...files]);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_TYPE = "application/zip";

/** Offers bytes as a file the browser saves (a link to an object URL of them, clicked). */
export function offerDownload(fileName: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled; the URL is freed a while after
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Bytes as Base64, in slices so a large file does not overflow the call stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}

/** The files of a pick or a drop, read here (File.arrayBuffer). */
export async function readPicked(files: Iterable<File>): Promise<ReturnedFile[]> {
  return Promise.all([...files].map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export const buildFollowUpsOnDemand: BuildFollowUps = async (input, options, settings) => (await loadTemplates()).buildFollowUpTemplates(input, options, settings);
