// The office's spreadsheet of the same period last year, chosen once by its link (kept in the document's properties), read by its TH named cells for Báo cáo tổng hợp's comparisons.
import type { Grouping } from '../../core/aggregate/grouping';
import { lastYearFromNamed, type LastYearNamed } from '../../core/aggregate/last-year-named';
import { UserError } from '../../core/errors/user-error';
import { AGGREGATE_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import { GROUPING_PERIOD_CELL } from '../../core/layout/consolidated-plan';
import { parseCellAddress } from '../../core/layout/a1';
import type { PreviousTotals } from '../../core/report/consolidated-report';
import { cellValue } from './cell-data';
import { askForLink, spreadsheetIdOf } from './commune-link';
import type { GasEnv } from './gas-types';
import { googleWords, namedValuesOf, statusOf } from './read-commune';
import type { SheetSet } from './spreadsheet-set';

const T = GAS_TEXT.district.lastYear;

/** Where the chosen spreadsheet's id is kept: a document property, so each office's spreadsheet remembers its own. */
export const OFFICE_LAST_YEAR_PROPERTY = 'cchc.th.lastYearSpreadsheetId';

/**
 * One Sheets API read of the whole spreadsheet: its title, its defined names and every sheet's calculated values
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get). No `ranges`: which sheets last year's
 * copy holds (its set's TH sheets, its carried set) is what the read is to tell, and a range naming a sheet it lacks
 * would fail the whole read (400 "Unable to parse range").
 */
export const LAST_YEAR_FIELDS =
  'properties.title,namedRanges(name,range),sheets(properties(sheetId,title),data(startRow,startColumn,rowData(values(effectiveValue,effectiveFormat.numberFormat))))';

interface Read {
  readonly name: string;
  readonly found: (current: { readonly period: Grouping['period']; readonly year: number } | null) => LastYearNamed;
}

/**
 * Reads last year's spreadsheet by its id; a UserError in Vietnamese for one the user may not open or that does not exist, or Google's words for any other refusal. The per-minute quota (429) is left to `guarded`.
 */
function readLastYear(env: GasEnv, id: string, office: SheetSet): Read {
  let meta: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    meta = env.Sheets.Spreadsheets.get(id, { fields: LAST_YEAR_FIELDS });
  } catch (e) {
    const status = statusOf(e);
    if (status === 429) throw e;
    if (status === 403) throw new UserError(T.noAccess);
    // A file that is no Google spreadsheet (a Doc, an .xlsx not converted) is answered 400 or 404, as one that does not exist.
    if (status === 404 || status === 400) throw new UserError(T.notFound);
    throw new UserError(T.openFailed(googleWords(e)));
  }
  const name = meta.properties?.title ?? id;
  const { values } = namedValuesOf(meta);
  const { row, col } = parseCellAddress(GROUPING_PERIOD_CELL);
  const grouping = (meta.sheets ?? []).find((s) => s.properties?.title === AGGREGATE_TEXT.groupingSheet)?.data?.[0];
  const periodCell = grouping?.rowData?.[row - 1 - (grouping.startRow ?? 0)]?.values?.[col - 1 - (grouping.startColumn ?? 0)];
  const named = { values, periodText: cellValue(periodCell) };
  return { name, found: (current) => lastYearFromNamed(named, current, office.catalogue) };
}

/** What the report compares with: last year's totals and the line the sidebar says of them. */
export interface OfficeLastYear {
  readonly previous: PreviousTotals;
  readonly line: string;
}

/**
 * Last year's totals for Báo cáo tổng hợp, from the link kept for this spreadsheet (`properties`: the document's, read
 * once by the caller); undefined when none is. A link that cannot serve refuses the report: the office asked for a
 * comparison, and is told why and how to forget the link.
 */
export function officeLastYear(env: GasEnv, properties: Readonly<Record<string, string>>, grouping: Grouping, office: SheetSet): OfficeLastYear | undefined {
  const id = properties[OFFICE_LAST_YEAR_PROPERTY];
  if (!id) return undefined;
  let read: Read;
  try {
    read = readLastYear(env, id, office);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${e.message}\n\n${T.forget}`);
    throw e;
  }
  const found = read.found(grouping);
  if (!found.ok) throw new UserError(`${T.unusable(read.name, found.reason)}\n\n${T.forget}`);
  return { previous: found.previous, line: T.compared(read.name, AGGREGATE_TEXT.groupingPeriod(found.period, found.year)) };
}

/**
 * CCHC › Chọn bảng tổng hợp cùng kỳ năm trước…: asks for the link of last year's copy, checks that it is an office's
 * consolidation (of its own set: one of another version of this office's set, or of another set, is compared by row key)
 * and, once this year's Tổng hợp has run, of its period in an earlier year; then remembers it. An empty answer forgets it. `current`: this year's period, when a finished Tổng hợp says it.
 */
export function chooseOfficeLastYear(env: GasEnv, office: SheetSet, current: Grouping | null): void {
  const asked = askForLink(env, { title: T.promptTitle, text: T.promptText, cleared: T.cleared }, OFFICE_LAST_YEAR_PROPERTY);
  if (!asked) return;
  const id = spreadsheetIdOf(asked.text);
  if (id === null) throw new UserError(T.badLink(asked.text));
  const read = readLastYear(env, id, office);
  const found = read.found(current);
  if (!found.ok) throw new UserError(T.unusable(read.name, found.reason));
  asked.keep(id);
  env.SpreadsheetApp.getActiveSpreadsheet().toast(T.saved(read.name, AGGREGATE_TEXT.groupingPeriod(found.period, found.year), found.units), T.promptTitle);
}
