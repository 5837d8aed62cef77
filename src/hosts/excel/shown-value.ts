// The value of a one-cell Office.js range as the forms mean it: a number typed with a percent sign ("90%") reads as 90, not 0.9.
/// <reference types="office-js" />
import { valueAsShown } from '../../core/read/typed-percent';

/** What to load with a cell read through shownValue, in the same sync as its value. */
export const SHOWN_VALUE_PROPS = 'values,numberFormat';

/**
 * Excel stores "90%" typed into a cell as 0.9 and gives the cell a percentage format; a percent row
 * means 90. Range.numberFormat (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member)
 * tells the two apart, so it is loaded in the same sync as the value.
 */
export function shownValue(range: Excel.Range): unknown {
  const value = range.values[0]?.[0] ?? null;
  return typeof value === 'number' ? valueAsShown(value, range.numberFormat[0]?.[0] as string | undefined) : value;
}
