// Reads the active workbook by its named cells and runs the core's checks: the findings with their cells, and computed cells that lost their formula.
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { summarize } from '../../core/rules/check';
import { overwrittenFormulas } from './formula-audit';
import { readNamedValues } from './read-named-values';
import type { GasEnv, GasSpreadsheet } from './gas-types';

export type WorkbookCheck = NamedCheck;

/** Throws WorkbookFormatError (with a Vietnamese message) when the workbook has not been laid out. */
export function runCheck(env: GasEnv, ss: GasSpreadsheet): WorkbookCheck {
  const snap = readNamedValues(env, ss);
  const checked = checkNamedValues(snap.byName, snap.refs);
  const lost = overwrittenFormulas(ss, snap, buildWorkbookPlan(null));
  return lost.length === 0 ? checked : { ...checked, result: summarize([...checked.result.findings, ...lost]) };
}
