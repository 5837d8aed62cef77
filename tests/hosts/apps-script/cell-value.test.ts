// What the one Sheets API read of a spreadsheet turns each CellData into: the value the core reads, as getValues and the typed-percent rule gave it before.
import { cellValue } from '../../../src/hosts/apps-script/read-named-values';

describe('cellValue', () => {
  it.each<[string, GoogleAppsScript.Sheets.Schema.CellData | undefined, unknown]>([
    ['an empty cell', undefined, ''],
    ['a cell with a format only', { effectiveFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } }, ''],
    ['a number', { effectiveValue: { numberValue: 37 } }, 37],
    ['a percent typed as 90%', { effectiveValue: { numberValue: 0.9 }, effectiveFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } } }, 90],
    ['a date (serial 46181 is 08/06/2026)', { effectiveValue: { numberValue: 46181 }, effectiveFormat: { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } } }, '08/06/2026'],
    ['a date and time, the day kept', { effectiveValue: { numberValue: 46181.75 }, effectiveFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'dd/mm/yyyy hh:mm' } } }, '08/06/2026'],
    ['a text', { effectiveValue: { stringValue: '12' } }, '12'],
    ['a boolean', { effectiveValue: { boolValue: false } }, false],
    ['an error, as it shows', { effectiveValue: { errorValue: { type: 'DIVIDE_BY_ZERO' } }, formattedValue: '#DIV/0!' }, '#DIV/0!'],
  ])('%s', (_what, cell, want) => {
    expect(cellValue(cell)).toEqual(want);
  });
});
