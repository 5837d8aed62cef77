// The same cell content reaches the core as the same value whichever host reads it: an .xlsx file (CLI and pane), the open workbook through Office.js, a Google spreadsheet through the Sheets API.
/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { readWorkbookValues } from '../../../src/core/read/read-workbook';
import { cellValue } from '../../../src/hosts/apps-script/cell-data';
import { zlibInflate } from '../../../src/hosts/cli/xlsx/zlib-inflate';
import { shownValue } from '../../../src/hosts/excel/shown-value';
import { readXlsxNamedCells } from '../../../src/hosts/shared/read-xlsx-named-cells';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** One content, as each host holds it. */
interface Content {
  readonly label: string;
  /** What ExcelJS writes into the .xlsx: the value and the cell's number format. */
  readonly xlsx: { readonly value: ExcelJS.CellValue; readonly numFmt?: string };
  /**
   * What Office.js loads of the one-cell range: Range.values gives the raw value, a date as its serial
   * number (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates reads
   * `values[0][0]` and converts it with fromOADate), an error as its text ("Cells that contain an error
   * will return the error string", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
   * Range.numberFormat gives the format code, "General" where none was set
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
   */
  readonly office: { readonly value: string | number | boolean; readonly numberFormat: string };
  /** The Sheets API's CellData (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData). */
  readonly sheets: CellData;
}

const num = (n: number, type: string, pattern: string): CellData => ({ effectiveValue: { numberValue: n }, effectiveFormat: { numberFormat: { type, pattern } } });

const CONTENTS: readonly Content[] = [
  { label: 'a number', xlsx: { value: 12 }, office: { value: 12, numberFormat: 'General' }, sheets: { effectiveValue: { numberValue: 12 } } },
  { label: '90% typed (0.9 under "0%")', xlsx: { value: 0.9, numFmt: '0%' }, office: { value: 0.9, numberFormat: '0%' }, sheets: num(0.9, 'PERCENT', '0%') },
  { label: '0.9 under "0%;[Red]-0%"', xlsx: { value: 0.9, numFmt: '0%;[Red]-0%' }, office: { value: 0.9, numberFormat: '0%;[Red]-0%' }, sheets: num(0.9, 'PERCENT', '0%;[Red]-0%') },
  { label: 'a quoted "%" that is no percent', xlsx: { value: 0.9, numFmt: '0.0" %"' }, office: { value: 0.9, numberFormat: '0.0" %"' }, sheets: num(0.9, 'NUMBER', '0.0" %"') },
  { label: 'a number stored as text', xlsx: { value: ' 12 ', numFmt: '@' }, office: { value: ' 12 ', numberFormat: '@' }, sheets: { effectiveValue: { stringValue: ' 12 ' } } },
  { label: '"1,5" as text', xlsx: { value: '1,5', numFmt: '@' }, office: { value: '1,5', numberFormat: '@' }, sheets: { effectiveValue: { stringValue: '1,5' } } },
  { label: 'a date serial under a date format', xlsx: { value: 46037, numFmt: 'dd/mm/yyyy' }, office: { value: 46037, numberFormat: 'dd/mm/yyyy' }, sheets: num(46037, 'DATE', 'dd/mm/yyyy') },
  { label: 'a date-time in the afternoon', xlsx: { value: 46037.75, numFmt: 'dd/mm/yyyy hh:mm' }, office: { value: 46037.75, numberFormat: 'dd/mm/yyyy hh:mm' }, sheets: num(46037.75, 'DATE_TIME', 'dd/mm/yyyy hh:mm') },
  { label: 'a date-time at noon', xlsx: { value: 46037.5, numFmt: 'm/d/yyyy h:mm' }, office: { value: 46037.5, numberFormat: 'm/d/yyyy h:mm' }, sheets: num(46037.5, 'DATE_TIME', 'M/d/yyyy H:mm') },
  { label: 'a time of day', xlsx: { value: 0.4375, numFmt: 'h:mm' }, office: { value: 0.4375, numberFormat: 'h:mm' }, sheets: num(0.4375, 'TIME', 'h:mm') },
  { label: 'dd/mm/yyyy typed as text', xlsx: { value: '15/01/2026', numFmt: '@' }, office: { value: '15/01/2026', numberFormat: '@' }, sheets: { effectiveValue: { stringValue: '15/01/2026' } } },
  ...([['#DIV/0!', 'DIVIDE_BY_ZERO'], ['#N/A', 'N_A'], ['#REF!', 'REF'], ['#VALUE!', 'VALUE']] as const).map(
    ([text, type]): Content => ({
      label: `the error ${text}`,
      xlsx: { value: { formula: 'X', result: { error: text } } as unknown as ExcelJS.CellValue },
      office: { value: text, numberFormat: 'General' },
      sheets: { effectiveValue: { errorValue: { type } }, formattedValue: text },
    }),
  ),
  { label: 'a boolean', xlsx: { value: true }, office: { value: true, numberFormat: 'General' }, sheets: { effectiveValue: { boolValue: true } } },
  { label: 'empty', xlsx: { value: null }, office: { value: '', numberFormat: 'General' }, sheets: {} },
  { label: 'whitespace only', xlsx: { value: '   ' }, office: { value: '   ', numberFormat: 'General' }, sheets: { effectiveValue: { stringValue: '   ' } } },
  { label: 'a formula whose result is 0', xlsx: { value: { formula: 'A1-A1', result: 0 } }, office: { value: 0, numberFormat: 'General' }, sheets: { effectiveValue: { numberValue: 0 } } },
  { label: 'a formula whose result is ""', xlsx: { value: { formula: 'IF(1,"","")', result: '' } }, office: { value: '', numberFormat: 'General' }, sheets: { effectiveValue: { stringValue: '' } } },
  { label: 'a percent formula result', xlsx: { value: { formula: 'A1/B1', result: 0.075 }, numFmt: '0.0%' }, office: { value: 0.075, numberFormat: '0.0%' }, sheets: num(0.075, 'PERCENT', '0.0%') },
];

/** The named cells each content is read in: a count row, the report's date, a narrative part. */
const CELLS = ['BM1_1', 'TTC_date', 'TM_I_1'] as const;
const HEADER = { TTC_unit: 'Hòa Phong', TTC_unitKind: 'xã', TTC_superior: 'UBND tỉnh Quảng Ngãi', TTC_period: 'Quý I', TTC_year: 2026 };

/** What the core makes of a value in each of those cells: the form value, the date or the finding on it, the narrative text. */
function coreReads(v: unknown): unknown {
  const r = readWorkbookValues({ ...HEADER, ...Object.fromEntries(CELLS.map((n) => [n, v])) });
  return {
    form: r.forms['1']?.['1'],
    date: r.data?.meta.date ?? r.findings.map((f) => f.message),
    narrative: r.data?.narrative['I.1'],
  };
}

/** Every content in a cell of its own, in one .xlsx written by ExcelJS and read by the CLI's and the pane's reader. */
async function viaXlsx(): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  CONTENTS.forEach((c, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = c.xlsx.value;
    if (c.xlsx.numFmt) cell.numFmt = c.xlsx.numFmt;
    wb.definedNames.add(`S!$A$${i + 1}`, `N${i}`);
  });
  const read = readXlsxNamedCells(new Uint8Array(await wb.xlsx.writeBuffer()), zlibInflate).values;
  return CONTENTS.map((_, i) => read[`N${i}`]);
}

/** The one-cell range as Office.js has it after `load(SHOWN_VALUE_PROPS)` and the sync. */
const officeRange = (c: Content): Excel.Range => ({ values: [[c.office.value]], numberFormat: [[c.office.numberFormat]] }) as unknown as Excel.Range;

describe('one cell content, one value in the core, whichever host reads it', () => {
  let xlsx: unknown[];
  beforeAll(async () => {
    xlsx = await viaXlsx();
  });

  it.each(CONTENTS.map((c, i) => [c.label, i] as const))('%s', (_label, i) => {
    const c = CONTENTS[i]!;
    const fromFile = coreReads(xlsx[i]);
    expect({ office: coreReads(shownValue(officeRange(c))), sheets: coreReads(cellValue(c.sheets)) }).toEqual({ office: fromFile, sheets: fromFile });
  });

  it('reads a date cell as the day it shows, and a date where a number belongs as the text a person sees', () => {
    const date = CONTENTS.findIndex((c) => c.label === 'a date-time in the afternoon');
    expect(coreReads(xlsx[date])).toEqual({ form: '15/01/2026', date: '2026-01-15', narrative: '15/01/2026' });
  });
});
