// The data-validation rule that keeps a computed cell a formula (`=ISFORMULA(D8)` on D8), as a Sheets API request: set by the layout, put back by the report's repair.
import { computedCellRule } from './sheet-requests';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * A rule on one computed cell that rejects anything but a formula. Unlike protection, data
 * validation binds everyone, the owner included: in a commune's own copy (File › Make a copy makes
 * them owner, and "the owner is always able to edit protected ranges") it is what stops a number
 * typed over a formula. Delete and a paste still get past it; the check then reports the cell
 * (formula-overwritten), and the layout or the report puts formula and rule back.
 */
export function computedCellGuard(sheetId: number, r: number, c: number): Request {
  return { setDataValidation: { range: { sheetId, startRowIndex: r, endRowIndex: r + 1, startColumnIndex: c, endColumnIndex: c + 1 }, rule: computedCellRule(r, c) } };
}
