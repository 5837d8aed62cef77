// Fills the open workbook from the commune's previous report: empty standing cells get the value and a note, in a constant four syncs.
/// <reference types="office-js" />
import { carriedNames, isStaleCarryNote } from '../../core/carry/carry-note';
import { planCarry, type CarryPlan } from '../../core/carry/plan-carry';
import { readWorkbookSet } from './workbook-set';
import type { ReportData } from '../../core/data/types';
import { parseCellAddress, parseSheetCell } from '../../core/layout/a1';
import { hostLiteral } from '../../core/layout/host-literal';
import type { WorkbookPlan } from '../../core/layout/types';
import { refuseUnreadable } from './check-workbook';
import { UI_TEXT } from '../../core/i18n/messages';
import type { Supports } from './office-support';
import { PROTECT_OPTIONS } from './queue-sheet-writes';
import { restoreAfterFailure } from './recover';
import { NOTES_API } from './carry-notes';
import { SHOWN_VALUE_PROPS, shownValue } from './shown-value';

export { NOTES_API } from './carry-notes';

export interface ExcelCarry {
  readonly carry: CarryPlan;
  /** Form cells filled (each noted when `noted`). */
  readonly cells: number;
  /** False on Excel without notes (before ExcelApi 1.18): values carried, no note added or removed. */
  readonly noted: boolean;
  /** Carry notes removed because their cell was edited since. */
  readonly cleared: number;
}

/** The plan's number format of each named cell, so text goes in as text and no apostrophe lands in a text-formatted cell. */
function formatsByName(plan: WorkbookPlan): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const { name, cell } of sheet.names) {
      const { row, col } = parseCellAddress(cell);
      out.set(name, sheet.numberFormats[row - 1]?.[col - 1] ?? 'General');
    }
  }
  return out;
}

/**
 * Sync 1: which sheets and names exist (then, for a workbook carrying a set, one sync reads it: its plan and rows
 * across periods are followed; `builtinPlan` is the built-in set's). Sync 2: every named cell's value, number format and address, and the
 * sheets' protection. Sync 3 (ExcelApi 1.18): the notes on the cells a carry may have noted.
 * Sync 4: the values, the new notes, the stale notes deleted, protection put back. A workbook lacking some of today's names
 * is refused as Kiểm tra refuses it (refuseUnreadable: its sync 2 reads the version cell), never more syncs than a carry.
 * Throws CarryRefusedError (another commune, not earlier), NotLaidOutError, OlderTemplateError, VersionNameLostError,
 * WorkbookDamagedError, TemplateVersionError.
 */
export async function carryPrevious(context: Excel.RequestContext, builtinPlan: WorkbookPlan, previous: ReportData, supports: Supports): Promise<ExcelCarry> {
  // A workbook carrying a set: one more sync reads it, and its plan and rows are the ones followed.
  const { index, catalogue, plan } = await readWorkbookSet(context, builtinPlan);
  // Refused as Kiểm tra refuses it, before anything is written: an older version (lacking names the carry writes) to be
  // upgraded first, then carried into again; a damaged one laid out again; where names are missing, sync 2 reads the
  // version cell instead.
  await refuseUnreadable(context, index, catalogue, plan, UI_TEXT.damageHint.excel.upgradeToCarry);

  const ranges = new Map<string, Excel.Range>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const sheet of plan.sheets) {
    protections.set(sheet.name, context.workbook.worksheets.getItem(index.sheet(sheet.name) ?? sheet.name).protection.load('protected'));
    for (const { name } of sheet.names) ranges.set(name, context.workbook.names.getItem(index.name(name)?.name ?? name).getRange().load(`${SHOWN_VALUE_PROPS},address`));
  }
  await context.sync();
  // Read as the check reads them (a carried "10,5" retyped as "10,5%" is still 10,5), so both tell a stale carry note alike.
  const values: Record<string, unknown> = {};
  const cellOf = new Map<string, { sheet: string; a1: string }>();
  for (const [name, range] of ranges) {
    values[name] = shownValue(range);
    const at = parseSheetCell(range.address);
    if (at) cellOf.set(name, at);
  }
  // Refuses before anything is written.
  const carry = planCarry(previous, values, catalogue);

  const noted = supports(NOTES_API);
  const existing = new Map<string, Excel.Note>();
  if (noted) {
    for (const name of carriedNames(catalogue)) {
      const at = cellOf.get(name);
      if (at) existing.set(name, context.workbook.worksheets.getItem(at.sheet).notes.getItemOrNullObject(at.a1).load('content'));
    }
    await context.sync();
  }

  const formats = formatsByName(plan);
  const refilled = new Set(carry.writes.map((w) => w.name));
  const touched = new Set<string>();
  const queued: (() => void)[] = [];
  const deleted = new Set<string>();
  let cleared = 0;
  for (const [name, note] of existing) {
    if (note.isNullObject || !isStaleCarryNote(note.content, values[name])) continue;
    touched.add(cellOf.get(name)!.sheet);
    queued.push(() => note.delete());
    deleted.add(name);
    // A cell emptied since and filled again now gets a fresh note: not counted as cleared.
    if (!refilled.has(name)) cleared++;
  }
  let cells = 0;
  for (const w of carry.writes) {
    const at = cellOf.get(w.name);
    if (!at) continue;
    touched.add(at.sheet);
    const literal = hostLiteral(w.value, formats.get(w.name));
    const old = existing.get(w.name);
    // A person's own note on an empty cell stays; ours goes only where there is none left.
    const note = noted && w.note !== undefined && (!old || old.isNullObject || deleted.has(w.name)) ? w.note : undefined;
    queued.push(() => {
      const range = context.workbook.worksheets.getItem(at.sheet).getRange(at.a1);
      range.values = [[literal]];
      if (note !== undefined) context.workbook.notes.add(range, note);
    });
    if (w.note !== undefined) cells++;
  }
  if (queued.length === 0) return { carry, cells, noted, cleared };

  const wasProtected = [...touched].filter((sheet) => [...protections].some(([planName, p]) => planName.toLowerCase() === sheet.toLowerCase() && p.protected));
  for (const sheet of wasProtected) context.workbook.worksheets.getItem(sheet).protection.unprotect();
  for (const q of queued) q();
  for (const sheet of wasProtected) context.workbook.worksheets.getItem(sheet).protection.protect(PROTECT_OPTIONS);
  try {
    await context.sync();
  } catch (e) {
    await restoreAfterFailure(context, null, wasProtected);
    throw e;
  }
  return { carry, cells, noted, cleared };
}
