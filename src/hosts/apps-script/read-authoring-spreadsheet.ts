// A province's form set from Google Drive: an authoring spreadsheet read with one getValues and one getNumberFormats per sheet the reader needs, or an .xlsx converted by Drive to a temporary spreadsheet first; then checked as `cchc forms check` checks it.
import { UserError } from '../../core/errors/user-error';
import { normalizeWord, type GridCell } from '../../core/forms/authoring-cells';
import { checkFormSet } from '../../core/forms/check-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { readAuthoringGrids } from '../../core/forms/read-authoring-grids';
import type { SetProblem } from '../../core/forms/set-problem';
import { FORMSET_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import { spreadsheetIdOf } from './commune-link';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { plainIn } from './read-named-values';
import { valueAsShown } from '../../core/read/typed-percent';

/** Drive's MIME types (https://developers.google.com/drive/api/guides/mime-types; an .xlsx: https://developers.google.com/drive/api/guides/ref-export-formats). */
export const GOOGLE_SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** As much of one sheet as the CLI's reader takes (AUTHORING_LIMITS there): past it, a problem, not a set. */
export const AUTHORING_LIMITS = { rows: 20_000, columns: 100 } as const;

const { sheets: S, authoring: A } = FORMSET_TEXT;
const READ_SHEETS = new Set([S.identity, S.forms, S.rows, S.rules, S.sentences, S.districtSentences].map(normalizeWord));

export type AuthoringSource = { readonly name: string } & ({ readonly set: FormSetDef } | { readonly problems: readonly SetProblem[] });

/**
 * The sheets the reader needs (`Hướng dẫn` is only for people), each read whole with one getValues
 * and one getNumberFormats; a date cell comes back as a Date at midnight in the spreadsheet's zone, so
 * it is given to the reader as the dd/mm/yyyy a person reads (the reader's own Date reading is by UTC,
 * a day early east of Greenwich); a number typed with a percent sign ("50%", stored 0.5 under a
 * percent format) as the percent it shows, as the CLI's reader gives it (xlsx-named-cells.cellPlainValue).
 */
export function authoringGrids(env: GasEnv, ss: GasSpreadsheet): { grids: Map<string, GridCell[][]>; problems: SetProblem[] } {
  const plain = plainIn(env, ss.getSpreadsheetTimeZone());
  const grids = new Map<string, GridCell[][]>();
  const problems: SetProblem[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!READ_SHEETS.has(normalizeWord(name))) continue;
    const range = sheet.getDataRange();
    const values = range.getValues();
    if (values.length > AUTHORING_LIMITS.rows || values.some((row) => row.length > AUTHORING_LIMITS.columns)) {
      problems.push({ place: { sheet: name, cell: null }, message: A.problems.tooLarge(name, AUTHORING_LIMITS.rows, AUTHORING_LIMITS.columns) });
      continue;
    }
    const formats = range.getNumberFormats();
    grids.set(
      name,
      values.map((row, r) => row.map((v, c) => plain(typeof v === 'number' ? valueAsShown(v, formats[r]?.[c]) : v) as GridCell)),
    );
  }
  return { grids, problems };
}

/** The set in an authoring spreadsheet, checked: the set, or every problem at its sheet and cell. */
export function readAuthoringSpreadsheet(env: GasEnv, ss: GasSpreadsheet): { set: FormSetDef } | { problems: readonly SetProblem[] } {
  const { grids, problems } = authoringGrids(env, ss);
  if (problems.length > 0) return { problems };
  const read = readAuthoringGrids(grids);
  if ('problems' in read) return { problems: read.problems };
  const found = checkFormSet(read.set, read.where);
  return found.length > 0 ? { problems: found } : { set: read.set };
}

const googleWords = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/^.*failed with error:\s*/, '');

/**
 * The set behind a link the user pasted: a Google Sheets authoring spreadsheet is read in place; an
 * .xlsx is copied by Drive into Google Sheets format (files.copy with the target mimeType: Drive
 * "converts … to the corresponding Google Workspace format", https://developers.google.com/drive/api/guides/manage-uploads#import-docs;
 * https://developers.google.com/drive/api/reference/rest/v3/files/copy), read, and the copy
 * deleted (files.delete, the advanced service's `remove`), whatever the reading gave.
 */
export function readFormSetSource(env: GasEnv, link: string): AuthoringSource {
  const T = GAS_TEXT.formSet;
  const id = spreadsheetIdOf(link);
  if (id === null) throw new UserError(T.badLink(link.trim()));
  let file;
  try {
    file = env.Drive.Files.get(id, { fields: 'id,name,mimeType', supportsAllDrives: true });
  } catch (e) {
    throw new UserError(T.openFailed(googleWords(e)));
  }
  const name = file.name ?? id;
  if (file.mimeType === GOOGLE_SHEETS_MIME) return { name, ...readAuthoringSpreadsheet(env, env.SpreadsheetApp.openById(id)) };
  if (file.mimeType !== XLSX_MIME) throw new UserError(T.notSpreadsheet(name, file.mimeType ?? '?'));
  let copy;
  try {
    copy = env.Drive.Files.copy({ name: T.temporaryName(name), mimeType: GOOGLE_SHEETS_MIME }, id, { supportsAllDrives: true, fields: 'id' });
  } catch (e) {
    throw new UserError(T.openFailed(googleWords(e)));
  }
  const copyId = copy.id;
  if (!copyId) throw new UserError(T.openFailed(name));
  try {
    return { name, ...readAuthoringSpreadsheet(env, env.SpreadsheetApp.openById(copyId)) };
  } finally {
    env.Drive.Files.remove(copyId, { supportsAllDrives: true });
  }
}
