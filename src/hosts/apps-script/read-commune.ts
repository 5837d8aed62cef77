// Reads one commune's spreadsheet in a single Sheets API call (its named ranges and the values and formats of its cells) and checks it as `cchc consolidate` checks a file.
import { checkedCandidate, otherSetCandidate, unreadableCandidate } from '../../core/aggregate/candidate';
import type { Candidate } from '../../core/aggregate/grouping';
import type { FormsData } from '../../core/data/types';
import { GAS_TEXT } from '../../core/i18n/messages';
import { BUILTIN_SET, isBuiltinSet, setIdentity } from '../../core/forms/builtin';
import { CARRIED_SET_ID_NAME, CARRIED_SET_SHEET, carriedIdentity } from '../../core/forms/carried-set';
import { sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetIdentity } from '../../core/forms/form-set';
import { BUILTIN_SHEET_SET, type SheetSet } from './spreadsheet-set';
import { cellAddress, sheetRef } from '../../core/layout/a1';
import { formSheetName, SHEET_INFO, SHEET_NARRATIVE } from '../../core/layout/names';
import { readNamedWorkbook, type ReadInput } from '../../core/read/check-named-values';
import { WorkbookFormatError } from '../../core/read/read-workbook';
import { refuseDamaged, type WorkbookPresence } from '../../core/read/workbook-damage';
import { sheetsPresence } from './read-named-values';
import { cellValue } from './cell-data';
import { spreadsheetIdOf } from './commune-link';
import type { GasEnv } from './gas-types';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

const R = GAS_TEXT.district.reasons;

/**
 * Spreadsheets.get with the field mask of the reading: the names, each sheet's id and title, and per
 * cell its calculated value and the format it shows
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get,
 * https://developers.google.com/sheets/api/guides/field-masks). A mask that asks for `data` returns
 * the cells ("includeGridData … is ignored if a field mask was set").
 */
export const COMMUNE_FIELDS =
  'namedRanges(name,range),sheets(properties(sheetId,title),data(startRow,startColumn,rowData(values(effectiveValue,effectiveFormat.numberFormat))))';

/**
 * The template's own sheets, each as a whole-sheet range ("'Biểu mẫu 1'": A1 notation,
 * https://developers.google.com/sheets/api/guides/concepts#cell): the `ranges` of the read, so a
 * sheet a commune added (a working copy, a pasted list) is never transferred.
 */
export function communeRanges(office: SheetSet): string[] {
  // The office's set other than the built-in one is carried in a sheet of its own, read in the same call to tell a commune of another set.
  const carried = isBuiltinSet(office.set) ? [] : [CARRIED_SET_SHEET];
  return [SHEET_INFO, ...office.catalogue.forms.map((f) => formSheetName(f.number)), SHEET_NARRATIVE, ...carried].map(quoted);
}

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

export const COMMUNE_RANGES: readonly string[] = communeRanges(BUILTIN_SHEET_SET);

export type CommuneRead =
  | { readonly kind: 'read'; readonly candidate: Candidate; readonly forms: FormsData | null }
  /** The per-minute read quota is spent: the same commune is to be read again a minute later. */
  | { readonly kind: 'quota' }
  /** An error that passes (500, 503, a timeout): the commune is to be read again in a later execution; `detail` is Google's word. */
  | { readonly kind: 'passing'; readonly detail: string };

/** Each defined name's value and "'Biểu mẫu 1'!D8", from the one response. */
export function namedValuesOf(meta: Spreadsheet): { values: Record<string, unknown>; addresses: Record<string, string> } {
  const sheets = new Map<number, { title: string; data: GoogleAppsScript.Sheets.Schema.GridData | undefined }>();
  for (const s of meta.sheets ?? []) {
    const title = s.properties?.title;
    if (title === undefined || title === null) continue;
    sheets.set(s.properties?.sheetId ?? 0, { title, data: s.data?.[0] });
  }
  const values: Record<string, unknown> = {};
  const addresses: Record<string, string> = {};
  for (const nr of meta.namedRanges ?? []) {
    if (!nr.name || !nr.range) continue;
    // A missing sheetId is sheet 0 (GridRange: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange).
    const sheet = sheets.get(nr.range.sheetId ?? 0);
    if (!sheet) continue;
    const r = nr.range.startRowIndex ?? 0;
    const c = nr.range.startColumnIndex ?? 0;
    const data = sheet.data;
    const cell = data?.rowData?.[r - (data.startRow ?? 0)]?.values?.[c - (data.startColumn ?? 0)];
    values[nr.name] = cellValue(cell);
    addresses[nr.name] = sheetRef(sheet.title, cellAddress(r + 1, c + 1));
  }
  return { values, addresses };
}

/**
 * The HTTP status behind an advanced service's exception. Google APIs answer 400 INVALID_ARGUMENT,
 * 403 PERMISSION_DENIED ("The caller does not have permission"), 404 NOT_FOUND ("Requested entity
 * was not found."), 429 RESOURCE_EXHAUSTED, 500 INTERNAL ("Internal error encountered."), 503
 * UNAVAILABLE ("The service is currently unavailable.") and 504 DEADLINE_EXCEEDED
 * (https://cloud.google.com/apis/design/errors#handling_errors; the Sheets quota:
 * https://developers.google.com/sheets/api/limits). Apps Script's advanced services throw them as
 * "API call to sheets.spreadsheets.get failed with error: <message>" — a form its reference does
 * not document — so a `details.code` is used when present and the API's own words otherwise.
 */
export function statusOf(e: unknown): number | null {
  const code = (e as { details?: { code?: unknown } } | null)?.details?.code;
  if (typeof code === 'number') return code;
  const message = e instanceof Error ? e.message : String(e);
  if (/does not have permission|permission denied|PERMISSION_DENIED/i.test(message)) return 403;
  if (/not found|NOT_FOUND/i.test(message)) return 404;
  if (/Unable to parse range|INVALID_ARGUMENT/i.test(message)) return 400;
  if (/quota|rate limit|too many requests|RESOURCE_EXHAUSTED/i.test(message)) return 429;
  if (/internal error|backend error|INTERNAL/i.test(message)) return 500;
  if (/unavailable|UNAVAILABLE/i.test(message)) return 503;
  if (/deadline|timed? ?out|DEADLINE_EXCEEDED/i.test(message)) return 504;
  return null;
}

/**
 * Whether an error passes: a 5xx or a timeout ("Use exponential backoff when retrying requests",
 * https://developers.google.com/sheets/api/troubleshoot-api-errors; https://developers.google.com/sheets/api/limits),
 * or an error whose status nothing tells (retried a few times rather than counted as not reported).
 * The 4xx answers (a bad range, no access, no such file) stay what they are.
 */
export const passes = (status: number | null): boolean => status === null || status >= 500 || status === 408;

/** The API's own words in an advanced service's error, without Apps Script's "API call to … failed with error:" before them. */
export const googleWords = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/^.*failed with error:\s*/, '');

function openFailure(e: unknown, status: number | null): string {
  if (status === 403) return R.noAccess;
  if (status === 404) return R.notFound;
  const message = googleWords(e);
  // A range naming a sheet the spreadsheet lacks fails the whole read with 400 "Unable to parse range: <range>".
  const range = status === 400 ? /Unable to parse range:\s*(.+)$/.exec(message)?.[1] : undefined;
  if (range !== undefined) return R.missingSheet(range.trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  return R.openFailed(message);
}

/** The sheets and names of one response, as the damage check looks them up (sheetsPresence): a name counts where its sheet came back too. */
function communePresence(meta: Spreadsheet): WorkbookPresence {
  const titles = new Map<number, string>();
  for (const s of meta.sheets ?? []) if (s.properties?.title != null) titles.set(s.properties.sheetId ?? 0, s.properties.title);
  const names = (meta.namedRanges ?? []).flatMap((n) => (n.name && n.range && titles.has(n.range.sheetId ?? 0) ? [n.name] : []));
  return sheetsPresence([...titles.values()], names);
}

/**
 * Why a commune whose read failed for a missing sheet is refused, worded as every host words damage: one call lists its
 * sheets (titles only), a second reads the template's sheets it still has, as the first read would have. Null when it
 * cannot tell (the reads fail, or nothing is amiss after all): the caller keeps the API's own reason.
 */
function damageOfCommune(env: GasEnv, id: string, office: SheetSet): string | null {
  try {
    const listed = env.Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title))' });
    const titles = new Set((listed.sheets ?? []).flatMap((s) => (s.properties?.title != null ? [s.properties.title] : [])));
    const present = communeRanges(office).filter((r) => titles.has(r.slice(1, -1).replace(/''/g, "'")));
    const meta = present.length > 0 ? env.Sheets.Spreadsheets.get(id, { ranges: present, fields: COMMUNE_FIELDS }) : {};
    refuseDamaged(namedValuesOf(meta).values, communePresence(meta), office.catalogue, R.damageHint);
    return null;
  } catch (e) {
    if (e instanceof WorkbookFormatError) return e.message;
    return null;
  }
}

const rejected = (file: string, reason: string): CommuneRead => ({ kind: 'read', candidate: unreadableCandidate(file, reason), forms: null });

/**
 * The set a commune's spreadsheet carries, read alone (a second call, made only when the first read
 * could not tell: its carried sheet was not among the ranges, or a sheet of the office's set is
 * missing). No `Bộ biểu mẫu` sheet: the built-in set. Null when the read fails otherwise.
 */
function carriedSetOfCommune(env: GasEnv, id: string): FormSetIdentity | null {
  try {
    const meta = env.Sheets.Spreadsheets.get(id, { ranges: [quoted(CARRIED_SET_SHEET)], fields: COMMUNE_FIELDS });
    return carriedIdentity(namedValuesOf(meta).values) ?? setIdentity(BUILTIN_SET);
  } catch (e) {
    return statusOf(e) === 400 ? setIdentity(BUILTIN_SET) : null;
  }
}

/** A commune of another set than the office's: rejected with both sets named (as `cchc consolidate` names them). */
const otherSet = (file: string, own: FormSetIdentity, office: SheetSet): CommuneRead => ({
  kind: 'read',
  candidate: otherSetCandidate(file, null, setLabel(own), setLabel(office.set)),
  forms: null,
});

/**
 * One commune: its spreadsheet read, checked by the office's form set, and either its data or its
 * rejection with the reason. A commune whose spreadsheet carries another set (or none, where the
 * office has one) is rejected naming that set.
 */
export function readCommune(env: GasEnv, file: string, link: string, office: SheetSet = BUILTIN_SHEET_SET): CommuneRead {
  if (link === '') return rejected(file, R.noLink);
  const id = spreadsheetIdOf(link);
  if (id === null) return rejected(file, R.badLink(link));
  let meta: Spreadsheet;
  try {
    meta = env.Sheets.Spreadsheets.get(id, { ranges: communeRanges(office), fields: COMMUNE_FIELDS });
  } catch (e) {
    const status = statusOf(e);
    if (status === 429) return { kind: 'quota' };
    if (passes(status)) return { kind: 'passing', detail: googleWords(e) };
    const missing = status === 400 ? /Unable to parse range:\s*'?(.+?)'?$/.exec(googleWords(e))?.[1]?.replace(/''/g, "'") : undefined;
    if (missing !== undefined) {
      // A missing sheet may be a commune of another set (other forms, or no carried sheet): then its set is the reason.
      const own = missing === CARRIED_SET_SHEET ? setIdentity(BUILTIN_SET) : carriedSetOfCommune(env, id);
      if (own !== null && !sameSet(own, office.set)) return otherSet(file, own, office);
      // A commune of the office's set that lost a sheet: refused with every sheet and name it lacks, as the other hosts word it.
      const damaged = own !== null ? damageOfCommune(env, id, office) : null;
      if (damaged !== null) return rejected(file, damaged);
    }
    return rejected(file, openFailure(e, status));
  }
  const { values, addresses } = namedValuesOf(meta);
  // The named ranges come for the whole spreadsheet, whatever the ranges: a carried set shows by its name even where its sheet was not read.
  const carries = (meta.namedRanges ?? []).some((n) => n.name === CARRIED_SET_ID_NAME);
  const own = !carries ? setIdentity(BUILTIN_SET) : (carriedIdentity(values) ?? carriedSetOfCommune(env, id));
  if (own !== null && !sameSet(own, office.set)) return otherSet(file, own, office);
  let input: ReadInput;
  try {
    // A damaged spreadsheet (a name of the template lost) is rejected, never totalled with rows missing.
    refuseDamaged(values, communePresence(meta), office.catalogue, R.damageHint);
    // Computed cells are read too, so a formula typed over is a finding here as in `cchc check`.
    input = readNamedWorkbook(values, addresses, true, office.catalogue);
  } catch (e) {
    if (e instanceof WorkbookFormatError) return rejected(file, e.message);
    throw e;
  }
  const checked = checkedCandidate(file, input, office.catalogue);
  return { kind: 'read', candidate: checked.candidate, forms: checked.forms };
}
