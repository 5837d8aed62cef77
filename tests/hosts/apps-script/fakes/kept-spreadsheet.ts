// A kept workbook (tests/fixtures/versions) as Google Sheets holds it once the .xlsx is opened there, in the recording fakes.
import { parseCellAddress } from '../../../../src/core/layout/a1';
import type { KeptWorkbook } from '../../../fixtures/versions/kept-workbooks';
import { fakeEnv, type FakeEnv } from './fake-env';

/**
 * A spreadsheet holding the kept workbook as Sheets opens an uploaded .xlsx: each cell's value and
 * formula, its number format, and the workbook's names as named ranges (File › Import keeps them:
 * https://support.google.com/docs/answer/40608 lists named ranges among what converts).
 */
export function sheetsHolding(kept: KeptWorkbook): FakeEnv {
  const env = fakeEnv();
  kept.sheets.forEach((s, index) => {
    const sheet = env.ss.insertSheet(s.name, index);
    for (const c of s.cells) {
      const { row, col } = parseCellAddress(c.a1);
      const cell = sheet.cell(row - 1, col - 1);
      cell.content = c.value ?? '';
      if (c.formula) cell.formula = c.formula;
      if (c.numFmt) cell.format = c.numFmt;
    }
  });
  Object.entries(kept.names).forEach(([name, at], i) => {
    const sheet = env.ss.sheet(at.sheet);
    const { row, col } = parseCellAddress(at.a1);
    env.ss.namedRanges.push({ namedRangeId: `kept-${i}`, name, range: { sheetId: sheet.id, startRowIndex: row - 1, endRowIndex: row, startColumnIndex: col - 1, endColumnIndex: col } });
  });
  env.log.reset();
  return env;
}

