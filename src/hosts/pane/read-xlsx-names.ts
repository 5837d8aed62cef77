// Reads a workbook's single-cell defined names in the browser: ExcelJS's browser build loads on demand, the reading is the CLI's.
import { readNamedCells, type NamedCells } from '../shared/xlsx-named-cells';

/** Loads the .xlsx bytes (ExcelJS loads here, on demand) and reads every name that points at one cell. */
export async function readXlsxNames(bytes: ArrayBuffer): Promise<NamedCells> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ 'exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return readNamedCells(wb);
}
