// Puts back the formula and the ISFORMULA rule of computed cells that were emptied or pasted over, in one Sheets API batch for the whole workbook.
import { computedCellGuard } from './computed-cell-guard';
import type { LostFormula } from './formula-audit';
import type { GasEnv, GasSpreadsheet } from './gas-types';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * One batchUpdate, whatever the number of cells: each cell's formula (updateCells, the user-entered
 * value only, so its format and note stay) and its rule. False, with nothing changed (a batch is
 * all or nothing), when a cell no longer sits where the plan puts it or Sheets refuses the write
 * (a computed cell is locked against a user the protection leaves out).
 */
export function restoreFormulas(env: GasEnv, ss: GasSpreadsheet, lost: readonly LostFormula[]): boolean {
  const requests: Request[] = [];
  for (const l of lost) {
    if (l.formula === null) return false;
    requests.push(
      {
        updateCells: {
          start: { sheetId: l.sheetId, rowIndex: l.r, columnIndex: l.c },
          rows: [{ values: [{ userEnteredValue: { formulaValue: l.formula } }] }],
          fields: 'userEnteredValue',
        },
      },
      computedCellGuard(l.sheetId, l.r, l.c),
    );
  }
  if (requests.length === 0) return true;
  // A SpreadsheetApp write still pending would land after the API's (spreadsheet-app#flush).
  env.SpreadsheetApp.flush();
  try {
    env.Sheets.Spreadsheets.batchUpdate({ requests }, ss.getId());
    return true;
  } catch {
    return false;
  }
}
