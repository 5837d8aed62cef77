// Reads the active workbook by its named cells and runs the core's checks: the findings with their cells.
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { readNamedValues } from './read-named-values';
import type { GasEnv, GasSpreadsheet } from './gas-types';

export type WorkbookCheck = NamedCheck;

/** Throws WorkbookFormatError (with a Vietnamese message) when the workbook has not been laid out. */
export function runCheck(env: GasEnv, ss: GasSpreadsheet): WorkbookCheck {
  const snap = readNamedValues(env, ss);
  return checkNamedValues(snap.byName, snap.refs);
}
