// Last year's consolidation read back from its workbook's named cells (the TH… names and `Tổng hợp`'s period), as the totals a district report compares with.
import { PERIODS, type Period } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_SET, catalogueOf } from '../forms/builtin';
import { CarriedSetError, readCarriedSet } from '../forms/carried-set';
import type { FormSetDef } from '../forms/form-set';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { PERIODS_TEXT } from '../i18n/periods';
import { consolidatedCellName, GROUPING_NAMES, GROUPING_PERIOD_CELL } from '../layout/consolidated-plan';
import type { PreviousCell, PreviousTotals } from '../report/consolidated-report';
import { comparedByKeys } from './compared-by-keys';

const T = PERIODS_TEXT.lastYearNamed;

/** What a consolidated workbook holds, as a host reads it in one go. */
export interface ConsolidatedNamedValues {
  /** Every defined name's value ('' or null where the cell is empty): the TH… totals, the carried set's identity. */
  readonly values: Readonly<Record<string, unknown>>;
  /** What `Tổng hợp`'s period cell (GROUPING_PERIOD_CELL) shows: "6 tháng đầu năm 2025". */
  readonly periodText: unknown;
}

export type LastYearNamed =
  | { readonly ok: true; readonly previous: PreviousTotals; readonly period: Period; readonly year: number; readonly units: number | null }
  | { readonly ok: false; readonly reason: string };

/** The period and year `Tổng hợp` shows (the text AGGREGATE_TEXT.groupingPeriod writes), or null for any other text. */
export function groupingPeriodOf(text: unknown): { readonly period: Period; readonly year: number } | null {
  if (typeof text !== 'string') return null;
  const shown = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const year = /(\d{4})$/.exec(shown)?.[1];
  if (year === undefined) return null;
  const period = PERIODS.find((p) => AGGREGATE_TEXT.groupingPeriod(p, Number(year)).toLocaleLowerCase('vi') === shown);
  return period === undefined ? null : { period, year: Number(year) };
}

const blank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * Last year's totals from the named cells of the consolidated workbook Tổng hợp wrote last year (the same names in a
 * Google spreadsheet's TH sheets and in `cchc consolidate`'s workbook): a count's or amount's total, a ratio's value
 * (the sheet's formula rounds it as the core does). Last year's workbook follows its own set, the one it carries (the
 * built-in one when none), whatever set this year's follows — as a commune's report of last year is read (ownSet) — and
 * this year's compared rows (`catalogue`) are read by their keys (comparedByKeys): a row its set lacks, of another kind, or
 * whose cell it lacks gets no comparison. Refused, with the reason: a workbook that is no consolidation, one whose carried set
 * is damaged, another period or a year not before `current` (what it is said), a compared row's cell holding anything but a
 * number. Without `current` (nothing consolidated yet this year) its period is read but not checked.
 */
export function lastYearFromNamed(
  named: ConsolidatedNamedValues,
  current: { readonly period: Period; readonly year: number } | null,
  catalogue: FormCatalogue,
  /** The set of a workbook that carries none. */
  builtin: FormSetDef = BUILTIN_SET,
): LastYearNamed {
  const { values } = named;
  if (!(GROUPING_NAMES.reported in values)) return { ok: false, reason: T.notConsolidated };
  let own: FormSetDef;
  try {
    own = readCarriedSet(values) ?? builtin;
  } catch (e) {
    if (e instanceof CarriedSetError) return { ok: false, reason: e.message };
    throw e;
  }
  const at = groupingPeriodOf(named.periodText);
  if (at === null) return { ok: false, reason: T.noPeriod(GROUPING_PERIOD_CELL) };
  if (current !== null && (at.period !== current.period || at.year >= current.year)) {
    return { ok: false, reason: T.wrongPeriod(AGGREGATE_TEXT.groupingPeriod(at.period, at.year), AGGREGATE_TEXT.groupingPeriod(current.period, current.year)) };
  }
  const cells: Record<string, Record<string, PreviousCell>> = {};
  for (const ref of catalogue.compared) {
    const row = catalogue.row(ref.form, ref.key);
    if (!row || (row.kind !== 'count' && row.kind !== 'money' && row.kind !== 'ratio')) continue;
    const name = consolidatedCellName(ref.form, ref.key);
    // A row last year's workbook lacks (its set had none, or the cell is gone) is not compared.
    if (!(name in values)) continue;
    const v = values[name];
    if (!blank(v) && (typeof v !== 'number' || !Number.isFinite(v))) return { ok: false, reason: T.notNumber(name, String(v)) };
    const n = blank(v) ? null : (v as number);
    (cells[`${ref.form}`] ??= {})[ref.key] = row.kind === 'ratio' ? { kind: 'ratio', value: n } : { kind: 'total', total: n };
  }
  // Cells were read as this year's rows' kinds: kept only where last year's set had the row of the same kind.
  const forms = comparedByKeys(cells, catalogueOf(own), catalogue).forms;
  const units = values[GROUPING_NAMES.reported];
  return {
    ok: true,
    previous: { year: at.year, totals: { forms } },
    period: at.period,
    year: at.year,
    units: typeof units === 'number' ? units : null,
  };
}
