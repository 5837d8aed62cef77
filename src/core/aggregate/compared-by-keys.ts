// Last year's totals as this year's district report compares with them: by row keys, whatever set last year's files followed.
import type { FormCatalogue } from '../forms/build-catalogue';
import type { FormNumber } from '../forms/types';
import type { PreviousCell, PreviousTotals } from '../report/consolidated-report';

/** Last year's cells by form and row key, as consolidated (a `Consolidated`) or read back from named cells. */
export type CellsByKey = Readonly<Record<string, Readonly<Record<string, PreviousCell>> | undefined>>;

/**
 * The cells of last year's totals (laid out by `lastCatalogue`, its own set) that this year's compared rows (`catalogue.compared`)
 * compare with, by row key, as a commune's report compares with its report of last year (rules/check-across-periods): a row
 * last year's set lacks, or whose kind differs (a count then, a ratio now), gets no comparison, as an empty one gets none.
 */
export function comparedByKeys(last: CellsByKey, lastCatalogue: FormCatalogue, catalogue: FormCatalogue): PreviousTotals['totals'] {
  const forms: Record<string, Record<string, PreviousCell>> = {};
  for (const ref of catalogue.compared) {
    const row = catalogue.row(ref.form, ref.key);
    const before = lastCatalogue.row(ref.form, ref.key);
    if (!row || !before || before.kind !== row.kind) continue;
    const cell = last[`${ref.form}`]?.[ref.key];
    if (cell) (forms[`${ref.form}`] ??= {})[ref.key] = cell;
  }
  return { forms: forms as Readonly<Record<FormNumber, Readonly<Record<string, PreviousCell>>>> };
}
