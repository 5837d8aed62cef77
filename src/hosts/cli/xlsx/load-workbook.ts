// Loads an .xlsx file's whole workbook with the CLI's ExcelJS, for what must rewrite one; reading values by name uses hosts/shared/read-xlsx-named-cells.
import type * as XL from 'exceljs';
import { checkXlsxBounds } from '../../shared/check-xlsx-bounds';
import { workbookLevelNames, type WorkbookLevelNames } from '../../shared/read-xlsx-named-cells';
import { zlibInflate } from './zlib-inflate';

/**
 * Loads an .xlsx buffer after the bounded check (ExcelJS inflates every entry whole, so a zip bomb
 * must not reach it): XlsxTooLargeError past XLSX_LIMITS; ExcelJS errors (not a zip, not a
 * workbook) propagate to the caller. ExcelJS itself is required only here, when a command needs it.
 */
export async function loadWorkbook(data: Uint8Array): Promise<XL.Workbook> {
  const workbookPart = checkXlsxBounds(data, zlibInflate);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExcelJS } = require('./exceljs') as typeof import('./exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as XL.Buffer);
  if (workbookPart) keepWorkbookLevelNames(wb, workbookLevelNames(new TextDecoder('utf-8').decode(workbookPart)));
  return wb;
}

/**
 * ExcelJS drops a <definedName>'s localSheetId and keeps, of one name, the entry written last: a sheet's own name (such as
 * those Excel gives a copied sheet, pointing at the copy's cells) would replace the workbook-level one. Each name some
 * sheet has as its own is set back to its workbook-level ranges, or dropped when it has none (a template name left only as
 * a sheet's own is missing, as the light reader reads it).
 */
function keepWorkbookLevelNames(wb: XL.Workbook, { names, sheetScoped }: WorkbookLevelNames): void {
  if (sheetScoped.size === 0) return;
  const kept = wb.definedNames.model.filter(({ name }) => !sheetScoped.has(name));
  const restored = [...sheetScoped].flatMap((name) => {
    const ranges = names.get(name);
    return ranges ? [{ name, ranges: [...ranges] }] : [];
  });
  wb.definedNames.model = [...kept, ...restored];
}
