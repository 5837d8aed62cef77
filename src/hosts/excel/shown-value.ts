// The value of a one-cell Office.js range as the forms mean it: a number typed with a percent sign ("90%") reads as 90, not 0.9; a date serial as the day it shows.
/// <reference types="office-js" />
import { numberAsShown } from '../../core/read/number-as-shown';

/** What to load with a cell read through shownValue, in the same sync as its value. */
export const SHOWN_VALUE_PROPS = 'values,numberFormat';

/**
 * Excel stores "90%" typed into a cell as 0.9 and gives the cell a percentage format; a percent row
 * means 90. It stores a date as its serial number, which Range.values returns as it is
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates); the .xlsx reader
 * and the Sheets API give the day. Range.numberFormat (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member)
 * tells each apart, so it is loaded in the same sync as the value, and read by the conversion the .xlsx reader uses.
 */
export function shownValue(range: Excel.Range): unknown {
  const value = range.values[0]?.[0] ?? null;
  return typeof value === 'number' ? numberAsShown(value, range.numberFormat[0]?.[0] as string | undefined) : value;
}
