// The workbook the Office.js double holds, saved as an .xlsx as Excel would save it (File › Save), for `cchc check` of the same workbook.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FakeState } from './fake-excel';

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
const absolute = (a1: string): string => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/**
 * Every sheet of `state` in its order with each cell's value, formula (its value as the cached result) and number format, and every defined
 * name of both scopes: the workbook's (ExcelJS's definedNames), each sheet's own as <definedName localSheetId="n"> (ECMA-376 Part 1
 * §18.2.5, n the sheet's 0-based place), which ExcelJS does not write, added to xl/workbook.xml. A #REF! name is written as Excel saves one.
 */
export async function doubleAsXlsx(state: FakeState): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [a1, c] of sheet.cells) {
      const cell = ws.getCell(a1);
      cell.value = c.formula ? ({ formula: c.formula.slice(1), ...(c.value === '' ? {} : { result: c.value }) } as ExcelJS.CellFormulaValue) : c.value === '' ? null : c.value;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }
  }
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const entries: string[] = [];
  const ref = (at: { sheet: string; cell: string; broken?: true }): string => (at.broken ? `#REF!${absolute(at.cell)}` : `${quoted(at.sheet)}!${absolute(at.cell)}`);
  for (const [name, at] of state.names) entries.push(`<definedName name="${name}">${xml(ref(at))}</definedName>`);
  state.sheets.forEach((sheet, i) => {
    for (const [name, at] of sheet.names) entries.push(`<definedName name="${name}" localSheetId="${i}">${xml(ref(at))}</definedName>`);
  });
  const book = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array()).replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  if (!book.includes('</sheets>')) throw new Error('no <sheets> in xl/workbook.xml');
  parts['xl/workbook.xml'] = strToU8(book.replace('</sheets>', `</sheets><definedNames>${entries.join('')}</definedNames>`));
  return zipSync(parts);
}
