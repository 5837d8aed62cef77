// The cells a carry may have noted, and the API set notes need: shared by "Lấy số liệu kỳ trước" and Kiểm tra (which removes the note of a cell edited since).
/// <reference types="office-js" />
import { carriedNames, isStaleCarryNote } from '../../core/carry/carry-note';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import type { WorkbookPlan } from '../../core/layout/types';

/**
 * Notes (the classic yellow ones, not threaded comments) are NoteCollection, ExcelApi 1.18:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection
 * Older Excel still gets the values; the result says the notes were not added.
 */
export const NOTES_API = '1.18';

/** A queued read of the note on a carried cell (null object where there is none). */
interface QueuedNote {
  readonly name: string;
  /** The plan's sheet name. */
  readonly sheet: string;
  readonly note: Excel.Note;
}

/**
 * Queues, for the next sync, the note of each carried cell (the rows `catalogue` carries) where the plan puts it;
 * `sheetOf` gives the workbook's spelling of a plan sheet (Excel matches names whatever their case).
 */
export function queueCarryNotes(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sheetOf: (planSheet: string) => string,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): readonly QueuedNote[] {
  const wanted = new Set(carriedNames(catalogue));
  const out: QueuedNote[] = [];
  for (const sheet of plan.sheets) {
    for (const { name, cell } of sheet.names) {
      if (!wanted.has(name)) continue;
      out.push({ name, sheet: sheet.name, note: context.workbook.worksheets.getItem(sheetOf(sheet.name)).notes.getItemOrNullObject(cell).load('content') });
    }
  }
  return out;
}

/** After the sync: the carry notes whose cell now holds something else, by plan sheet (a person's own note is never one). */
export function staleCarryNotes(queued: readonly QueuedNote[], values: Readonly<Record<string, unknown>>): ReadonlyMap<string, readonly Excel.Note[]> {
  const out = new Map<string, Excel.Note[]>();
  for (const { name, sheet, note } of queued) {
    if (note.isNullObject || !isStaleCarryNote(note.content, values[name])) continue;
    out.set(sheet, [...(out.get(sheet) ?? []), note]);
  }
  return out;
}
