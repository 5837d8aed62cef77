// What a Sheets API read turns each CellData into: the value the core reads. One conversion serves the commune's own
// spreadsheet (readNamedValues) and the office's reading of each commune's copy (namedValuesOf); they used to differ.
import { cellValue } from '../../../src/hosts/apps-script/cell-data';
import { namedValuesOf } from '../../../src/hosts/apps-script/read-commune';
import { readNamedValues } from '../../../src/hosts/apps-script/read-named-values';
import type { GasEnv, GasSpreadsheet } from '../../../src/hosts/apps-script/gas-types';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

// NumberFormat.pattern may be unset: "a default pattern based on the spreadsheet's locale will be used if necessary for the given type"
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat).
const PERCENT_NO_PATTERN: CellData = { effectiveValue: { numberValue: 0.9 }, effectiveFormat: { numberFormat: { type: 'PERCENT' } } };

describe('cellValue', () => {
  it.each<[string, CellData | undefined, unknown]>([
    ['an empty cell', undefined, ''],
    ['a cell without data', {}, ''],
    ['a cell with a format only', { effectiveFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } }, ''],
    ['a number', { effectiveValue: { numberValue: 37 } }, 37],
    ['a number with a number format', { effectiveValue: { numberValue: 12.5 }, effectiveFormat: { numberFormat: { type: 'NUMBER', pattern: '0.0' } } }, 12.5],
    ['a percent typed as 90%', { effectiveValue: { numberValue: 0.9 }, effectiveFormat: { numberFormat: { type: 'PERCENT', pattern: '0%' } } }, 90],
    ['a percent whose format has no pattern (the locale’s default)', PERCENT_NO_PATTERN, 90],
    ['a number under a custom percent pattern', { effectiveValue: { numberValue: 0.075 }, effectiveFormat: { numberFormat: { type: 'NUMBER', pattern: '0.0%' } } }, 7.5],
    ['a percent sign in quotes is text, not a percent', { effectiveValue: { numberValue: 12 }, effectiveFormat: { numberFormat: { type: 'NUMBER', pattern: '0"%"' } } }, 12],
    ['a date (serial 46181 is 08/06/2026)', { effectiveValue: { numberValue: 46181 }, effectiveFormat: { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } } }, '08/06/2026'],
    ['a date and time, the day kept', { effectiveValue: { numberValue: 46181.75 }, effectiveFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'dd/mm/yyyy hh:mm' } } }, '08/06/2026'],
    ['a date and time without a pattern', { effectiveValue: { numberValue: 46181.75 }, effectiveFormat: { numberFormat: { type: 'DATE_TIME' } } }, '08/06/2026'],
    // Excel's files and Office.js read any date or time code as a date (number-as-shown.ts): 10:30 is day 0, 30/12/1899, there too.
    ['a time of day, as the day it is on', { effectiveValue: { numberValue: 0.4375 }, effectiveFormat: { numberFormat: { type: 'TIME', pattern: 'h:mm' } } }, '30/12/1899'],
    ['a text', { effectiveValue: { stringValue: '12' } }, '12'],
    ['a boolean', { effectiveValue: { boolValue: false } }, false],
    ['an error, as it shows', { effectiveValue: { errorValue: { type: 'DIVIDE_BY_ZERO' } }, formattedValue: '#DIV/0!' }, '#DIV/0!'],
    ['an error read without its formatted value', { effectiveValue: { errorValue: { type: 'DIVIDE_BY_ZERO', message: '' } } }, '#DIV/0!'],
    ['a reference error', { effectiveValue: { errorValue: { type: 'REF' } } }, '#REF!'],
    ['an error of a type the list lacks, as it shows', { effectiveValue: { errorValue: { type: 'ERROR_TYPE_UNSPECIFIED' } }, formattedValue: '#N/A' }, '#N/A'],
    ['an error of a type the list lacks, not shown', { effectiveValue: { errorValue: {} } }, '#ERROR!'],
  ])('%s', (_what, cell, want) => {
    expect(cellValue(cell)).toEqual(want);
  });
});

describe('the two readings of a spreadsheet', () => {
  // One Spreadsheets.get response, as both field masks return it for these cells.
  const response: GoogleAppsScript.Sheets.Schema.Spreadsheet = {
    sheets: [
      {
        properties: { sheetId: 3, title: 'Biểu mẫu 5', index: 0 },
        data: [{ rowData: [{ values: [{}, PERCENT_NO_PATTERN, { effectiveValue: { errorValue: { type: 'N_A' } } }] }] }],
      },
    ],
    namedRanges: [
      { name: 'BM5_1', range: { sheetId: 3, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 1, endColumnIndex: 2 } },
      { name: 'BM5_2', range: { sheetId: 3, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 2, endColumnIndex: 3 } },
    ],
  };

  it('give the same value to every named cell: the commune’s own check and the office’s totals read 90, not 0.9', () => {
    const env = { Sheets: { Spreadsheets: { get: () => response } } } as unknown as GasEnv;
    const own = readNamedValues(env, { getId: () => 'x' } as unknown as GasSpreadsheet).byName;
    const office = namedValuesOf(response).values;
    expect(own).toEqual({ BM5_1: 90, BM5_2: '#N/A' });
    expect(office).toEqual(own);
  });
});
