// Reads the active workbook by its named cells and runs the core's checks: the findings with their cells, and computed cells that lost their formula.
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';
import { summarize } from '../../core/rules/check';
import { lostFormulas, type LostFormula } from './formula-audit';
import { readNamedValues } from './read-named-values';
import type { GasEnv, GasSpreadsheet } from './gas-types';

export type WorkbookCheck = NamedCheck & {
  /** Computed cells that lost their formula, each also a finding of `result`. */
  readonly lost: readonly LostFormula[];
};

/** Throws WorkbookFormatError (with a Vietnamese message) when the workbook has not been laid out. */
export function runCheck(env: GasEnv, ss: GasSpreadsheet): WorkbookCheck {
  const snap = readNamedValues(env, ss);
  const checked = checkNamedValues(snap.byName, snap.refs);
  const lost = lostFormulas(ss, snap, buildWorkbookPlan(null));
  return lost.length === 0 ? { ...checked, lost } : { ...checked, result: summarize([...checked.result.findings, ...lost.map((l) => l.finding)]), lost };
}
