// Marks the cells of errors and warnings with a fill and clears the marks of the previous check, in one sync.
/// <reference types="office-js" />
import type { WorkbookPlan } from '../../core/layout/types';
import type { Finding } from '../../core/rules/types';
import { planMarks, type CellMark } from '../shared/mark-plan';
import { PROTECT_OPTIONS } from './queue-sheet-writes';
import { restoreAfterFailure } from './recover';

/** Excel's own "bad" and "neutral" fills, which users already read as error and warning. */
export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/**
 * Input cells get back the plan's fill (clearing old marks), then each error or warning cell
 * gets its mark; the carry notes of cells edited since (`staleNotes`, by plan sheet) are deleted.
 * Protected sheets are unprotected for the write and protected again.
 * Returns how many cells were marked.
 */
export async function markFindings(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  findings: readonly Finding[],
  protectedSheets: ReadonlyMap<string, boolean>,
  staleNotes: ReadonlyMap<string, readonly Excel.Note[]> = new Map(),
): Promise<number> {
  // A finding's cell names the sheet as the workbook spells it, which Excel matches to the plan's whatever the case.
  const marks = new Map<string, CellMark[]>();
  for (const [sheet, cells] of planMarks(findings)) {
    const key = sheet.toLowerCase();
    marks.set(key, [...(marks.get(key) ?? []), ...cells.values()]);
  }
  let marked = 0;
  for (const sheet of plan.sheets) {
    const mine = marks.get(sheet.name.toLowerCase());
    const stale = staleNotes.get(sheet.name) ?? [];
    if (sheet.inputs.length === 0 && !mine && stale.length === 0) continue;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const wasProtected = protectedSheets.get(sheet.name) === true;
    if (wasProtected) ws.protection.unprotect();
    for (const input of sheet.inputs) ws.getRange(input).format.fill.clear();
    for (const { range, style } of sheet.styles) if (style.fill) ws.getRange(range).format.fill.color = style.fill;
    for (const { a1, severity } of mine ?? []) {
      ws.getRange(a1).format.fill.color = MARK_FILL[severity];
      marked++;
    }
    // A carried value someone has edited since is no longer "from the last report": its note goes.
    for (const note of stale) note.delete();
    if (wasProtected) ws.protection.protect(PROTECT_OPTIONS);
  }
  try {
    await context.sync();
  } catch (e) {
    await restoreAfterFailure(context, null, [...protectedSheets].filter(([, p]) => p).map(([name]) => name));
    throw e;
  }
  return marked;
}
