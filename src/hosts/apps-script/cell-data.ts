// One Sheets API cell (CellData) as the core reads it: the one conversion both readings use, the commune's own spreadsheet and the office's reading of each commune's copy.
import { serialDay } from '../../core/read/number-as-shown';
import { isoOfDate, viOfIso } from '../../core/read/parse-date';
import { isPercentFormat, valueAsShown } from '../../core/read/typed-percent';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** Sheets' error values as a cell shows them (ErrorValue.type: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ErrorType). */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: '#LOADING',
};

/**
 * A serial date as the core reads dates (dd/mm/yyyy): the day is in the number itself, no time zone is involved. Day 0
 * of Sheets' serial dates is 30 December 1899 (https://developers.google.com/sheets/api/guides/formats#about_date_time_values), as in Excel's 1900 system.
 */
const serialDate = (serial: number): string => viOfIso(isoOfDate(serialDay(serial)));

/**
 * The NumberFormat types that show a serial as a date or a time
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType): the formats
 * Excel's files and Office.js read as dates too (number-as-shown.ts isDateFormat: any date or time code).
 */
const DATE_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DATE_TIME']);

/**
 * A cell as the core reads it, from the Sheets API's CellData
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData): the
 * calculated value (effectiveValue); '' when empty; a date (a serial number under a DATE, TIME or DATE_TIME
 * format) as dd/mm/yyyy, the day it shows whatever the script's zone; a number under a percent format
 * as the figure it shows ("90%" typed into a percent row is stored 0.9; the forms mean 90); an error as
 * the text it shows ("#DIV/0!").
 *
 * A percent format is told by its type as well as its pattern: NumberFormat.pattern may be unset, "a
 * default pattern based on the spreadsheet's locale" then being used
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat).
 */
export function cellValue(cell: CellData | undefined): unknown {
  const v = cell?.effectiveValue;
  if (!v) return '';
  if (v.errorValue) return ERROR_TEXT[v.errorValue.type ?? ''] ?? cell?.formattedValue ?? '#ERROR!';
  if (typeof v.numberValue === 'number') {
    const format = cell?.effectiveFormat?.numberFormat;
    if (DATE_TYPES.has(format?.type ?? '')) return serialDate(v.numberValue);
    if (format?.type === 'PERCENT' && !isPercentFormat(format.pattern)) return valueAsShown(v.numberValue, '0%');
    return valueAsShown(v.numberValue, format?.pattern);
  }
  if (typeof v.stringValue === 'string') return v.stringValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  return '';
}
