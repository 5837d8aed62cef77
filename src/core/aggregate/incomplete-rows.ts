// The rows that fewer communes reported than were expected: what a consolidating office must chase.
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import type { FormNumber } from '../forms/types';
import type { FormsData } from '../data/types';
import type { Consolidated } from './consolidate';

export interface IncompleteRow {
  readonly form: FormNumber;
  readonly key: string;
  readonly reported: number;
  readonly expected: number;
}

/**
 * Input rows (in form order) reported by fewer than `base` communes; computed rows have no count of their own.
 * `base` defaults to the communes expected; pass the number of files received to find the rows that a commune
 * which did send its file left empty (those missing only because a file never came are all rows alike).
 */
export function incompleteRows(c: Consolidated, base: number = c.expected, catalogue: FormCatalogue = BUILTIN_CATALOGUE): readonly IncompleteRow[] {
  const out: IncompleteRow[] = [];
  for (const form of catalogue.forms) {
    for (const row of form.rows) {
      const cell = c.forms[form.number]?.[row.key];
      if (!cell || cell.kind === 'computed' || cell.kind === 'ratio') continue;
      if (cell.reported < base) out.push({ form: form.number, key: row.key, reported: cell.reported, expected: c.expected });
    }
  }
  return out;
}

/** Input rows that at least one commune reported. */
export function reportedRowCount(c: Consolidated, catalogue: FormCatalogue = BUILTIN_CATALOGUE): number {
  let n = 0;
  for (const form of catalogue.forms) {
    for (const row of form.rows) {
      const cell = c.forms[form.number]?.[row.key];
      if (cell && cell.kind !== 'computed' && cell.kind !== 'ratio' && cell.reported > 0) n++;
    }
  }
  return n;
}

/** Input rows one commune's file reported (a number or a code); computed rows and sections do not count. */
export function unitRowsReported(forms: FormsData, catalogue: FormCatalogue): number {
  let n = 0;
  for (const form of catalogue.forms) {
    const values = forms[`${form.number}`];
    for (const row of form.rows) {
      if (row.kind === 'section' || row.kind === 'ratio' || row.kind === 'sum') continue;
      const v = values?.[row.key];
      if (typeof v === 'number' && Number.isFinite(v)) n++;
    }
  }
  return n;
}
