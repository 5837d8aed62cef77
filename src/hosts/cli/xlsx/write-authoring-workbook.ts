// A form set as the bytes of its authoring workbook (.xlsx): the core's plan applied by the shared ExcelJS writer.
import type { FormSetDef } from '../../../core/forms/form-set';
import { buildAuthoringPlan } from '../../../core/forms/authoring-plan';
import { fillWorkbook } from '../../shared/xlsx-plan-writer';
import { ExcelJS } from './exceljs';

export async function authoringWorkbookBytes(set: FormSetDef): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // The authoring workbook holds no formulas: no cached results to give.
  await fillWorkbook(wb, buildAuthoringPlan(set), new Map());
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
