// Saves the report beside the spreadsheet (the Google Doc moved into its folder, a .docx exported there), or in the user's own Drive when that folder is not theirs to write.
import type { GasDriveFile, GasEnv, GasFolder } from './gas-types';

/** The Word document type Drive exports a Google Doc to. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Drive API v3 files.export (https://developers.google.com/drive/api/reference/rest/v3/files/export):
 * the Doc as .docx bytes, at most 10 MB; the script's own OAuth token (the `drive` scope, one the
 * method accepts) authorises it.
 */
export const DOCX_EXPORT_URL = (id: string): string =>
  `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(id)}/export?mimeType=${encodeURIComponent(DOCX_MIME)}`;

/**
 * Drive refuses an export past 10 MB with 403 and the reason `exportSizeLimitExceeded` ("This file
 * is too large to be exported."): the reference states the limit, the reason is what the API
 * answers (googleapis/google-api-ruby-client issue 906).
 */
const TOO_LARGE = /exportSizeLimitExceeded/;

/** The folder the spreadsheet sits in, or null (e.g. a file only shared with the user). */
export function spreadsheetFolder(env: GasEnv, spreadsheetId: string): GasFolder | null {
  const parents = env.DriveApp.getFileById(spreadsheetId).getParents();
  return parents.hasNext() ? parents.next() : null;
}

/**
 * Moves the file into `folder`; false when Drive refuses (a folder shared read-only, a shared
 * drive where the user only views). The Doc then stays where DocumentApp.create put it: the
 * user's My Drive.
 */
export function moveToFolder(env: GasEnv, fileId: string, folder: GasFolder | null): boolean {
  if (!folder) return false;
  try {
    env.DriveApp.getFileById(fileId).moveTo(folder);
    return true;
  } catch {
    return false;
  }
}

export type DocxExport =
  | { readonly ok: true; readonly file: GasDriveFile }
  | { readonly ok: false; readonly status: number; /** Past Drive's 10 MB export limit. */ readonly tooLarge: boolean };

/** Exports the (saved and closed) Google Doc as .docx into `folder` (or My Drive). */
export function exportDocx(env: GasEnv, docId: string, fileName: string, folder: GasFolder | null): DocxExport {
  const response = env.UrlFetchApp.fetch(DOCX_EXPORT_URL(docId), {
    headers: { Authorization: `Bearer ${env.ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  const status = response.getResponseCode();
  if (status !== 200) return { ok: false, status, tooLarge: status === 403 && TOO_LARGE.test(response.getContentText()) };
  const blob = response.getBlob().setName(fileName);
  return { ok: true, file: folder ? folder.createFile(blob) : env.DriveApp.createFile(blob) };
}

export interface SavedReport {
  readonly docx: DocxExport;
  /** True when both files are in the user's own Drive because the spreadsheet's folder refused them. */
  readonly inMyDrive: boolean;
}

/**
 * The Doc into the spreadsheet's folder and the .docx beside it; when the folder refuses the
 * move, both go to the user's My Drive instead, so the report (whose Doc already counts against
 * the day's documents) always reaches the user.
 */
export function saveReport(env: GasEnv, spreadsheetId: string, docId: string, docxName: string): SavedReport {
  const folder = spreadsheetFolder(env, spreadsheetId);
  const moved = moveToFolder(env, docId, folder);
  return { docx: exportDocx(env, docId, docxName, moved ? folder : null), inMyDrive: folder !== null && !moved };
}
