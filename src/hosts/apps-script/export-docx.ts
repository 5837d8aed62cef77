// Saves the report beside the spreadsheet: moves the Google Doc into its folder and exports a .docx copy there.
import type { GasDriveFile, GasEnv, GasFolder } from './gas-types';

/** Google Docs' export endpoint; the script's own OAuth token (Drive scope) authorises it. */
export const DOCX_EXPORT_URL = (id: string): string =>
  `https://docs.google.com/feeds/download/documents/export/Export?id=${encodeURIComponent(id)}&exportFormat=docx`;

/** The folder the spreadsheet sits in, or null (e.g. a file only shared with the user). */
export function spreadsheetFolder(env: GasEnv, spreadsheetId: string): GasFolder | null {
  const parents = env.DriveApp.getFileById(spreadsheetId).getParents();
  return parents.hasNext() ? parents.next() : null;
}

export function moveToFolder(env: GasEnv, fileId: string, folder: GasFolder | null): void {
  if (folder) env.DriveApp.getFileById(fileId).moveTo(folder);
}

export type DocxExport = { readonly ok: true; readonly file: GasDriveFile } | { readonly ok: false; readonly status: number };

/** Exports the (saved and closed) Google Doc as .docx into `folder` (or My Drive). */
export function exportDocx(env: GasEnv, docId: string, fileName: string, folder: GasFolder | null): DocxExport {
  const response = env.UrlFetchApp.fetch(DOCX_EXPORT_URL(docId), {
    headers: { Authorization: `Bearer ${env.ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  const status = response.getResponseCode();
  if (status !== 200) return { ok: false, status };
  const blob = response.getBlob().setName(fileName);
  return { ok: true, file: folder ? folder.createFile(blob) : env.DriveApp.createFile(blob) };
}
