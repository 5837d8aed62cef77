// Totals of the communes screening accepted, as every host consolidates them: a rejected commune counts as one that has not reported.
import type { FormsData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { attention, type AttentionGroup } from './attention';
import { consolidate, type Consolidated } from './consolidate';
import type { ExpectedCommunes } from './expected-communes';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { PERIODS_TEXT } from '../i18n/periods';
import type { PreviousTotals } from '../report/consolidated-report';
import { comparedByKeys } from './compared-by-keys';
import type { PeriodOfYear } from '../carry/period-order';
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
 * from a file. `expected`, the office's own count (`--expected N`), only raises the count of communes
 * that should have reported: every commune the files stand for, rejected ones included, is already
 * in it. The office's list (expectedCommunes) is the count itself: its communes and those it lacks,
 * a file that named no commune being taken for one of them.
 */
export function screenedTotals(
  screening: Screening,
  formsOf: (file: string) => FormsData | undefined,
  expected?: number | ExpectedCommunes,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): ScreenedTotals | null {
  const { grouping } = screening;
  if (!grouping) return null;
  const accepted = grouping.units.map((unit) => ({ unit, name: unitName(unit.meta), forms: formsOf(unit.file) ?? {} }));
  const totals = consolidate(
    accepted.map((a) => a.forms),
    { expected: typeof expected === 'object' ? expected.expected : Math.max(expected ?? 0, screening.units) },
    catalogue,
  );
  return { grouping, accepted, totals };
}

/** The communes below the district's total on the key ratios, for the district's report. */
export function laggingUnits(t: ScreenedTotals, catalogue: FormCatalogue = BUILTIN_CATALOGUE): readonly AttentionGroup[] {
  return attention(t.accepted, t.totals, catalogue);
}

/** Last year's totals for the district report's comparisons, or why last year's files cannot serve. */
export type LastYearTotals =
  | { readonly ok: true; readonly year: number; readonly totals: PreviousTotals['totals']; readonly accepted: number }
  | { readonly ok: false; readonly reason: string };

/** Whether last year's files of a period can be compared with this year's `current`: the same period of an earlier year. */
export const comparableWith =
  (current: PeriodOfYear) =>
  (p: PeriodOfYear): boolean =>
    p.period === current.period && p.year < current.year;

/**
 * Last year's files, screened like this year's, totalled by the same core: they must be of the
 * period being consolidated, in an earlier year. Whether rejected files among them stop the run is
 * the host's call, as for this year's (`--skip-rejected`). They are totalled by their own set
 * (`lastCatalogue`: the one they follow, which the host read each by, as ownSet reads a commune's
 * earlier report) and kept by the row keys of this year's compared rows (`catalogue`, comparedByKeys).
 */
export function lastYearTotals(
  screening: Screening,
  formsOf: (file: string) => FormsData | undefined,
  current: Grouping,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
  lastCatalogue: FormCatalogue = catalogue,
): LastYearTotals {
  const { grouping } = screening;
  if (screening.readable === 0 || !grouping) return { ok: false, reason: AGGREGATE_TEXT.grouping.noUnits };
  if (!comparableWith(current)(grouping)) {
    return {
      ok: false,
      reason: PERIODS_TEXT.cli.compareWrongPeriod(AGGREGATE_TEXT.groupingPeriod(grouping.period, grouping.year), AGGREGATE_TEXT.groupingPeriod(current.period, current.year)),
    };
  }
  const screened = screenedTotals(screening, formsOf, undefined, lastCatalogue);
  if (!screened) return { ok: false, reason: AGGREGATE_TEXT.grouping.noUnits };
  return { ok: true, year: grouping.year, totals: comparedByKeys(screened.totals.forms, lastCatalogue, catalogue), accepted: grouping.units.length };
}
