// An authoring workbook (.xlsx) read into a form set: ExcelJS after the bounded check, then the shared sheet reader (hosts/shared/authoring-grids.ts).
import { readAuthoringSheets, type AuthoringRead } from '../../shared/authoring-grids';
import { loadWorkbook } from './load-workbook';

export { AUTHORING_LIMITS } from '../../shared/authoring-grids';

/**
 * The form set an authoring workbook holds, with the cell of every item; or the problems that kept
 * it from being read, each at its sheet and cell. Throws XlsxTooLargeError past XLSX_LIMITS, and
 * ExcelJS's or the zip reader's error on a file that is not a workbook.
 */
export async function readAuthoringWorkbook(bytes: Uint8Array): Promise<AuthoringRead> {
  return readAuthoringSheets(await loadWorkbook(bytes));
}
