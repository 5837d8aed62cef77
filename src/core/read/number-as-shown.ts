// A number as a person reads it in its cell, by the cell's number format: the day shown under a date format, the percent shown under a percent format. The one conversion of every host that reads a number beside its format code (the .xlsx reader, Office.js; the Sheets API's dates).
import { valueAsShown } from './typed-percent';

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system as spreadsheets count it after their 1900 leap-year quirk. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's day 0 to the 1904 system's (1 January 1904), the offset of a Mac workbook's serials. */
const DAYS_TO_1904 = 1462;

/** ExcelJS's test for a date format (utils.isDateFmt): a date or time letter outside [..] and quotes. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The day a serial shows, as a Date at that day's UTC midnight: its time of day dropped (a cell
 * showing "15/01/2026 18:00" is the 15th, whatever zone reads it), counted in the 1904 system
 * where the workbook says so.
 */
export function serialDay(serial: number, date1904 = false): Date {
  return new Date(SERIAL_EPOCH_MS + (Math.floor(serial) + (date1904 ? DAYS_TO_1904 : 0)) * DAY_MS);
}

/**
 * The day of a Date a spreadsheet library made of a serial (ExcelJS: the cell's clock read as UTC),
 * at UTC midnight: the same Date serialDay gives for the same cell.
 */
export function utcDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

/** A number with its cell's format code as a person reads it: a date under a date format, the percent shown under a percent format. */
export function numberAsShown(value: number, format: string | null | undefined, date1904 = false): number | Date {
  if (isDateFormat(format)) return serialDay(value, date1904);
  return valueAsShown(value, format);
}
