// Kiểm tra in Sheets: the note "Lấy từ báo cáo kỳ trước…" goes from a carried cell someone has edited since, in a constant number of calls.
import { carriedNames, isStaleCarryNote } from '../../core/carry/carry-note';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { columnRuns } from './mark-findings';
import { LAST_PERIOD_PROPERTY } from './previous-report';
import type { WorkbookSnapshot } from './read-named-values';

/**
 * Only where "Lấy số liệu kỳ trước" has run (it records the spreadsheet it carried from): per sheet
 * holding carried cells, one read of the notes over their rectangle, then one setNotes per run of
 * adjacent stale cells. Each cell is compared as the check read it (`read`: readNamedValues' values
 * and places by defined name; a carried 10,5 retyped as "10,5%" is still 10,5), as the carry itself
 * compares it. Carried cells are input cells, open to every editor, so the writes never touch a
 * locked cell. Returns how many notes were removed.
 */
export function clearStaleCarryNotes(
  env: GasEnv,
  ss: GasSpreadsheet,
  read: Pick<WorkbookSnapshot, 'byName' | 'positions'>,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): number {
  if (!env.PropertiesService.getDocumentProperties().getProperty(LAST_PERIOD_PROPERTY)) return 0;
  const bySheet = new Map<string, { name: string; row: number; col: number }[]>();
  for (const name of carriedNames(catalogue)) {
    const at = read.positions[name];
    if (at) bySheet.set(at.sheet, [...(bySheet.get(at.sheet) ?? []), { name, row: at.r + 1, col: at.c + 1 }]);
  }
  let cleared = 0;
  for (const [title, cells] of bySheet) {
    const sheet = ss.getSheetByName(title);
    if (!sheet) continue;
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const range = sheet.getRange(top, left, Math.max(...cells.map((c) => c.row)) - top + 1, Math.max(...cells.map((c) => c.col)) - left + 1);
    const notes = range.getNotes();
    const stale = cells
      .map((c) => ({ name: c.name, r: c.row - top, c: c.col - left }))
      .filter((p) => isStaleCarryNote(notes[p.r]?.[p.c] ?? '', read.byName[p.name] ?? null));
    for (const run of columnRuns(stale)) {
      sheet.getRange(top + run.r, left + run.c, run.n, 1).setNotes(Array.from({ length: run.n }, () => ['']));
      cleared += run.n;
    }
  }
  return cleared;
}
