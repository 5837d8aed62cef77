// The comparison with the same period of an earlier year inside a sentence: ratios in percentage points, counts and money in per cent, never against an empty or zero base.
import type { FormsData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { computeForm, roundHalfAway } from '../forms/compute';
import type { FormNumber } from '../forms/types';
import { COMMON_TEXT } from '../i18n/common';
import { PERIODS_TEXT } from '../i18n/periods';

const C = PERIODS_TEXT.compare;

/** Whether the report compares a row with the same period last year (the set's `So sánh cùng kỳ`; DOMAIN.md lists the built-in set's). */
export const isComparedRow = (form: FormNumber, key: string, catalogue: FormCatalogue): boolean =>
  catalogue.compared.some((r) => r.form === form && r.key === key);

/**
 * "tăng 12,3% so với cùng kỳ năm 2025", "giảm 2,1 điểm phần trăm so với cùng kỳ năm 2025", "bằng cùng kỳ năm 2025";
 * "" when either number is missing or the base is 0 (no comparison at all then).
 * `ratio`: a ratio or an entered percent, compared in percentage points; otherwise in per cent of the base.
 */
export function comparisonPhrase(ratio: boolean, now: number | null, before: number | null, year: number): string {
  if (now === null || before === null || before === 0) return '';
  if (ratio) {
    // Ratios are printed with one decimal: the difference is the one a reader computes from the printed figures.
    const points = roundHalfAway(roundHalfAway(now, 1) - roundHalfAway(before, 1), 1);
    if (points === 0) return C.same(year);
    const text = COMMON_TEXT.formatNumber(Math.abs(points), 1);
    return points > 0 ? C.pointsUp(text, year) : C.pointsDown(text, year);
  }
  if (now === before) return C.same(year);
  const pct = roundHalfAway((Math.abs(now - before) / Math.abs(before)) * 100, 1);
  if (pct === 0) return now > before ? C.slightlyUp(year) : C.slightlyDown(year);
  const text = COMMON_TEXT.formatNumber(pct, 1);
  return now > before ? C.percentUp(text, year) : C.percentDown(text, year);
}

/** The forms of the same period of an earlier year, and that year. */
export interface YearOnYearBase {
  readonly year: number;
  readonly forms: FormsData;
}

/** A commune's row against the base: computed rows (ratios) from their computation, as the report prints them. */
export function rowComparison(form: FormNumber, key: string, now: number | null, base: YearOnYearBase | undefined, catalogue: FormCatalogue): string {
  if (!base || !isComparedRow(form, key, catalogue)) return '';
  const values = base.forms[`${form}`] ?? {};
  const computed = computeForm(form, values, catalogue, base.forms);
  const raw = key in computed ? (computed[key] ?? null) : values[key];
  const before = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  const kind = catalogue.row(form, key)?.kind;
  return comparisonPhrase(kind === 'ratio' || kind === 'percent', now, before, base.year);
}
