// Loads an .xlsx file's whole workbook with the CLI's ExcelJS, for what must rewrite one; reading values by name uses hosts/shared/read-xlsx-named-cells.
import type * as XL from 'exceljs';
import { checkXlsxBounds } from '../../shared/check-xlsx-bounds';
import { zlibInflate } from './zlib-inflate';

/**
 * Loads an .xlsx buffer after the bounded check (ExcelJS inflates every entry whole, so a zip bomb
 * must not reach it): XlsxTooLargeError past XLSX_LIMITS; ExcelJS errors (not a zip, not a
 * workbook) propagate to the caller. ExcelJS itself is required only here, when a command needs it.
 */
export async function loadWorkbook(data: Uint8Array): Promise<XL.Workbook> {
  checkXlsxBounds(data, zlibInflate);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExcelJS } = require('./exceljs') as typeof import('./exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as XL.Buffer);
  return wb;
}
