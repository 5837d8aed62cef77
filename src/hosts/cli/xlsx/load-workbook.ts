// Loads an .xlsx file's workbook with the CLI's ExcelJS (the named cells are read by hosts/shared/xlsx-named-cells).
import type * as XL from 'exceljs';
import { ExcelJS } from './exceljs';

/** Loads an .xlsx buffer; ExcelJS errors (not a zip, not a workbook) propagate to the caller. */
export async function loadWorkbook(data: Uint8Array): Promise<XL.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as XL.Buffer);
  return wb;
}
