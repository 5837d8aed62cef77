// A kept workbook (tests/fixtures/versions) as Excel holds it once the .xlsx is opened, in the Office.js double.
import type { KeptWorkbook } from '../../fixtures/versions/kept-workbooks';
import { newSheet, newState, type FakeState } from './fake-excel';

/**
 * The double holding a workbook as Excel opens it from the .xlsx: each cell's value (a formula's
 * cached result), formula, format and lock, sheet protection, and its workbook-level names.
 */
export function excelHolding(kept: KeptWorkbook): FakeState {
  const state = newState();
  for (const s of kept.sheets) {
    const sheet = newSheet(s.name);
    for (const c of s.cells) {
      sheet.cells.set(c.a1, { value: c.value ?? '', ...(c.formula ? { formula: c.formula } : {}), ...(c.numFmt ? { numberFormat: c.numFmt } : {}), locked: !c.unlocked });
    }
    sheet.protected = s.protected;
    state.sheets.push(sheet);
  }
  for (const [name, at] of Object.entries(kept.names)) state.names.set(name, { sheet: at.sheet, cell: at.a1 });
  return state;
}

