// Google Sheets: the spreadsheet of the same period last year, chosen once by its link (kept in the document's properties), read by its named cells for the check and the report.
import type { ReportData } from '../../core/data/types';
import { UserError } from '../../core/errors/user-error';
import { PERIODS_TEXT } from '../../core/i18n/messages';
import { readNamedWorkbook, type NamedCheck } from '../../core/read/check-named-values';
import { compareFindings, summarize } from '../../core/rules/check';
import { warningsAgainst, withSamePeriodOf } from '../../core/rules/check-across-periods';
import { askForLink, spreadsheetIdOf } from './commune-link';
import type { GasEnv } from './gas-types';
import { readNamedValues } from './read-named-values';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { spreadsheetSet } from './spreadsheet-set';

/** Where the chosen spreadsheet's id is kept: a document property, so each commune's spreadsheet remembers its own. */
export const PREVIOUS_PROPERTY = 'cchc.previousSpreadsheetId';

/** Opens and reads the spreadsheet: one Sheets API call and one read per sheet, as for the active one. */
function readPrevious(env: GasEnv, id: string): { readonly name: string; readonly data: ReportData } {
  let ss;
  try {
    ss = env.SpreadsheetApp.openById(id);
  } catch {
    throw new UserError(PERIODS_TEXT.sheets.badLink);
  }
  const name = ss.getName();
  const snap = readNamedValues(env, ss);
  let data: ReportData | null = null;
  try {
    // Read by the set it carries: last year's spreadsheet of the province's set has that set's rows.
    data = readNamedWorkbook(snap.byName, snap.refs, false, spreadsheetSet(snap.byName).catalogue).data;
  } catch {
    data = null;
  }
  if (!data) throw new UserError(PERIODS_TEXT.previousNoHeader(name));
  return { name, data };
}

/** Where "Lấy số liệu kỳ trước" keeps the id of the spreadsheet it last carried from. */
export const LAST_PERIOD_PROPERTY = 'cchc.lastPeriodSpreadsheetId';

/**
 * The report Kiểm tra warns against: the previous period's last carried from, else the same period last
 * year. A previous period's spreadsheet that no longer opens is left aside (the check itself must still run).
 */
export function earlierReport(env: GasEnv): ReportData | null {
  const props = env.PropertiesService.getDocumentProperties();
  const last = props.getProperty(LAST_PERIOD_PROPERTY);
  if (last) {
    try {
      return readPrevious(env, last).data;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  }
  return previousReport(env);
}

/** The previous report chosen for this spreadsheet, or null when none was. */
export function previousReport(env: GasEnv): ReportData | null {
  const id = env.PropertiesService.getDocumentProperties().getProperty(PREVIOUS_PROPERTY);
  return id ? readPrevious(env, id).data : null;
}

/** The check with the warnings across periods added; another commune's report, or a later one, is refused. */
export function withAcrossPeriods(check: NamedCheck, previous: ReportData | null, catalogue?: FormCatalogue): NamedCheck {
  if (!previous || !check.data) return check;
  const across = warningsAgainst(check.data, previous, check.cellOf ? { cellOf: check.cellOf } : {}, catalogue);
  return { ...check, result: summarize([...check.result.findings, ...across].sort(compareFindings)) };
}

/** The report data with the same period of an earlier year attached; another period or commune is refused. */
export function withComparison(data: ReportData, previous: ReportData | null): ReportData {
  return previous ? withSamePeriodOf(data, previous) : data;
}

/** "Chọn báo cáo cùng kỳ năm trước…": asks for the link, checks that it opens as a report, and remembers it (an empty answer forgets it). */
export function choosePreviousCommand(env: GasEnv): void {
  const T = PERIODS_TEXT.sheets;
  const asked = askForLink(env, { title: T.promptTitle, text: T.promptText, cleared: T.cleared }, PREVIOUS_PROPERTY);
  if (!asked) return;
  const id = spreadsheetIdOf(asked.text);
  if (!id) throw new UserError(T.badLink);
  const { name, data } = readPrevious(env, id);
  asked.keep(id);
  env.SpreadsheetApp.getActiveSpreadsheet().toast(T.saved(`${name} (${PERIODS_TEXT.reportName(data.meta.unitKind, data.meta.unit, data.meta.period, data.meta.year)})`), T.promptTitle);
}
