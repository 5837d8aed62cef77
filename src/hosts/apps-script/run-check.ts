// Reads the active workbook by its named cells and runs the core's checks by the form set it carries: the findings with their cells, and computed cells that lost their formula.
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { withLostFormulas } from '../../core/read/formula-audit';
import { lostFormulas, type LostFormula } from './formula-audit';
import { readNamedValues, sheetsPresence, type WorkbookSnapshot } from './read-named-values';
import { refuseDamaged } from '../../core/read/workbook-damage';
import { GAS_TEXT } from '../../core/i18n/messages';
import { spreadsheetSet, type SheetSet } from './spreadsheet-set';
import type { GasEnv, GasSpreadsheet } from './gas-types';

export type WorkbookCheck = NamedCheck & {
  /** Computed cells that lost their formula, each also a finding of `result`. */
  readonly lost: readonly LostFormula[];
  /** The form set the spreadsheet carries (the built-in one when it carries none), read with the same named cells. */
  readonly sheetSet: SheetSet;
  /** The named cells as read (values and places by defined name): what the carry notes are compared with. */
  readonly read: Pick<WorkbookSnapshot, 'byName' | 'positions'>;
};

/** Throws WorkbookFormatError (with a Vietnamese message) when the workbook has not been laid out, DamagedWorkbookError when it lost a sheet or a name of the template. */
export function runCheck(env: GasEnv, ss: GasSpreadsheet): WorkbookCheck {
  const snap = readNamedValues(env, ss);
  const sheetSet = spreadsheetSet(snap.byName);
  // A damaged spreadsheet (a sheet or a name of the template lost) is refused, as Excel's Kiểm tra and `cchc check` refuse it.
  refuseDamaged(snap.byName, sheetsPresence(Object.keys(snap.sheetIds), Object.keys(snap.byName)), sheetSet.catalogue, GAS_TEXT.damageHint);
  const checked = checkNamedValues(snap.byName, snap.refs, sheetSet.catalogue);
  const lost = lostFormulas(snap, buildWorkbookPlan(null, sheetSet.catalogue), sheetSet.catalogue);
  const read = { byName: snap.byName, positions: snap.positions };
  return { ...withLostFormulas(checked, lost.map((l) => l.finding)), lost, sheetSet, read };
}
