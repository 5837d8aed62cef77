// End to end: the LibreOffice helper's profile, made once a test file and shared by its conversions, still has Calc
// recalculate every formula on load at the second conversion as at the first (LibreOffice rewrites the profile's settings
// when it exits): a workbook whose cached result is wrong comes out with the computed one each time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

/** A one-sheet workbook: A1 = 20, A2 = A1*3 with the cached result 5 (wrong on purpose), saved as `name`. */
async function wrongCache(dir: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 20;
  ws.getCell('A2').value = { formula: 'A1*3', result: 5 };
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const secondLine = (csv: string): string => csv.split(/\r?\n/)[1] ?? '';

describe('LibreOffice profile shared by a test file’s conversions', () => {
  it('recalculates on load at the first conversion and at the second, in the same profile', async () => {
    sofficePath();
    const dir = tempDir('cchc-lo-profile-test-');
    const first = await wrongCache(dir, 'mot.xlsx');
    const second = await wrongCache(dir, 'hai.xlsx');
    const [a] = convertWithLibreOffice([first], 'csv');
    const [b] = convertWithLibreOffice([second], 'csv');
    expect(secondLine(readFileSync(a!, 'utf-8'))).toBe('60');
    expect(secondLine(readFileSync(b!, 'utf-8'))).toBe('60');
  });
});
