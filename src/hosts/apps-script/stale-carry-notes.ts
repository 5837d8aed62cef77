// Kiểm tra in Sheets: the note "Lấy từ báo cáo kỳ trước…" goes from a carried cell someone has edited since, in a constant number of calls.
import { carriedNames, isStaleCarryNote } from '../../core/carry/carry-note';
import { parseCellAddress } from '../../core/layout/a1';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { columnRuns } from './mark-findings';
import { LAST_PERIOD_PROPERTY } from './previous-report';


/**
 * Only where "Lấy số liệu kỳ trước" has run (it records the spreadsheet it carried from): per sheet
 * holding carried cells, one read of the notes and one of the values over their rectangle, then one
 * setNotes per run of adjacent stale cells. Carried cells are input cells, open to every editor, so
 * the writes never touch a locked cell. Returns how many notes were removed.
 */
export function clearStaleCarryNotes(env: GasEnv, ss: GasSpreadsheet, catalogue: FormCatalogue = BUILTIN_CATALOGUE): number {
  if (!env.PropertiesService.getDocumentProperties().getProperty(LAST_PERIOD_PROPERTY)) return 0;
  const carried = new Set(carriedNames(catalogue));
  let cleared = 0;
  for (const planSheet of buildWorkbookPlan(null, catalogue).sheets) {
    const cells = planSheet.names.filter((n) => carried.has(n.name)).map((n) => parseCellAddress(n.cell));
    if (cells.length === 0) continue;
    const sheet = ss.getSheetByName(planSheet.name);
    if (!sheet) continue;
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const range = sheet.getRange(top, left, Math.max(...cells.map((c) => c.row)) - top + 1, Math.max(...cells.map((c) => c.col)) - left + 1);
    const notes = range.getNotes();
    const values = range.getValues();
    const stale = cells
      .map((c) => ({ r: c.row - top, c: c.col - left }))
      .filter((p) => isStaleCarryNote(notes[p.r]?.[p.c] ?? '', values[p.r]?.[p.c] ?? null));
    for (const run of columnRuns(stale)) {
      sheet.getRange(top + run.r, left + run.c, run.n, 1).setNotes(Array.from({ length: run.n }, () => ['']));
      cleared += run.n;
    }
  }
  return cleared;
}
