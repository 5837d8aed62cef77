// Moves Excel's selection to a finding's cell ("'Biểu mẫu 1'!D8") and shows its sheet.
/// <reference types="office-js" />
import { parseSheetRef } from '../../core/layout/a1';

export async function selectCell(context: Excel.RequestContext, ref: string): Promise<void> {
  const at = parseSheetRef(ref);
  if (!at) return;
  const ws = context.workbook.worksheets.getItem(at.sheet);
  ws.activate();
  ws.getRange(at.a1).select();
  await context.sync();
}
