// Reads a workbook's single-cell defined names in the browser with ExcelJS's browser build: raw value and address of each.
import { parseSheetCell, sheetRef } from '../../core/layout/a1';

export interface XlsxNamedCells {
  /** Cell value by defined name, as ExcelJS gives it (the core's reader flattens formulas, rich text, dates). */
  readonly values: Readonly<Record<string, unknown>>;
  /** "'Biểu mẫu 1'!D8" by defined name. */
  readonly addresses: Readonly<Record<string, string>>;
}

/** Loads the .xlsx bytes (ExcelJS loads here, on demand) and reads every name that points at one cell. */
export async function readXlsxNames(bytes: ArrayBuffer): Promise<XlsxNamedCells> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ 'exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const values: Record<string, unknown> = {};
  const addresses: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    const ref = ranges.length === 1 ? ranges[0] : undefined;
    if (name.startsWith('_xlnm.') || !ref) continue;
    const at = parseSheetCell(ref);
    if (!at) continue;
    const ws = wb.getWorksheet(at.sheet);
    if (!ws) continue;
    values[name] = ws.getCell(at.a1).value;
    addresses[name] = sheetRef(at.sheet, at.a1);
  }
  return { values, addresses };
}
