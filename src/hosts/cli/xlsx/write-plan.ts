// A workbook plan as an ExcelJS workbook (the writer is hosts/shared/xlsx-plan-writer) with the core's cached results, saved atomically.
import type * as XL from 'exceljs';
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import type { WorkbookPlan } from '../../../core/layout/types';
import { fillWorkbook } from '../../shared/xlsx-plan-writer';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { ExcelJS } from './exceljs';
import { cachedResults } from './cached-results';

/** The ExcelJS workbook of a plan; computed cells carry the core's value as their cached result. */
export async function planToWorkbook(plan: WorkbookPlan, results: ReadonlyMap<string, number> = cachedResults(plan)): Promise<XL.Workbook> {
  const wb = new ExcelJS.Workbook();
  await fillWorkbook(wb, plan, results);
  return wb;
}

/**
 * Lays the plan out in an .xlsx file, atomically; refuses an existing file unless `overwrite`. `catalogue`:
 * the set the plan was laid out with (default the built-in one), whose computed rows get their cached values.
 */
export async function writePlanFile(plan: WorkbookPlan, path: string, options: AtomicWriteOptions = {}, catalogue?: FormCatalogue): Promise<void> {
  const wb = await planToWorkbook(plan, cachedResults(plan, catalogue));
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer), options);
}
