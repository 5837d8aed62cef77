// Totals of the communes screening accepted, as every host consolidates them: a rejected commune counts as one that has not reported.
import type { FormsData } from '../data/types';
import { attention, type AttentionGroup } from './attention';
import { consolidate, type Consolidated } from './consolidate';
import { unitName, type GroupedUnit, type Grouping, type Screening } from './grouping';

export interface AcceptedUnit {
  readonly unit: GroupedUnit;
  /** "xã Hòa Phong" */
  readonly name: string;
  readonly forms: FormsData;
}

export interface ScreenedTotals {
  readonly grouping: Grouping;
  readonly accepted: readonly AcceptedUnit[];
  readonly totals: Consolidated;
}

/**
 * The accepted communes' totals; null when screening accepted none. `formsOf` gives what was read
 * from a file; `expected` (the office's own count) only raises the count of communes that should
 * have reported: every commune the files stand for, rejected ones included, is already in it.
 */
export function screenedTotals(screening: Screening, formsOf: (file: string) => FormsData | undefined, expected?: number): ScreenedTotals | null {
  const { grouping } = screening;
  if (!grouping) return null;
  const accepted = grouping.units.map((unit) => ({ unit, name: unitName(unit.meta), forms: formsOf(unit.file) ?? {} }));
  const totals = consolidate(
    accepted.map((a) => a.forms),
    { expected: Math.max(expected ?? 0, screening.units) },
  );
  return { grouping, accepted, totals };
}

/** The communes below the district's total on the key ratios, for the district's report. */
export function laggingUnits(t: ScreenedTotals): readonly AttentionGroup[] {
  return attention(t.accepted, t.totals);
}
