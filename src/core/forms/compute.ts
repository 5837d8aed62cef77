// The core's own computation of ratio and sum rows: the reference that every spreadsheet formula must match.
import { parseRowText, type FormCatalogue } from './build-catalogue';
import { BUILTIN_CATALOGUE } from './builtin';
import type { ComputedRow, FormNumber } from './types';
import type { CellValue, FormsData, FormValues } from '../data/types';

/** Rounds half away from zero to `digits` decimals, as spreadsheet ROUND does. */
export function roundHalfAway(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  // The tiny nudge absorbs binary error (e.g. 56.75 stored as 56.7499999…).
  const r = Math.round(scaled + scaled * Number.EPSILON * 4) / f;
  return x < 0 ? -r : r;
}

const asNumber = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A ratio row's arithmetic, its one home: part ÷ whole × 100 to one decimal; null when the whole is 0 or empty or the part is empty. */
export function ratioOf(part: number | null, whole: number | null): number | null {
  if (whole === null || whole === 0 || part === null) return null;
  return roundHalfAway((part / whole) * 100, 1);
}

/**
 * The value of row `key` of one form: a computed row computed, an input row as a number (null when empty or text).
 * `key` may name a row of another form (`BM7 6.7.1`, a ratio's part or whole there): it is read from `forms`, the
 * whole report's values; without them such a row reads as empty.
 */
export function rowNumber(form: FormNumber, key: string, values: FormValues, catalogue: FormCatalogue, forms?: FormsData): number | null {
  const at = parseRowText(key, form);
  if (at.form !== form) return rowNumber(at.form, at.key, forms?.[`${at.form}`] ?? {}, catalogue, forms);
  const ref = catalogue.row(form, at.key);
  if (ref && (ref.kind === 'ratio' || ref.kind === 'sum')) return computeRow(form, ref, values, catalogue, forms);
  return asNumber(values[at.key]);
}

/**
 * Value of a computed row from the other values of its form (and, for a part or whole in another form, of `forms`), computed rows resolved first.
 * ratio: part ÷ whole × 100 rounded to one decimal; null when the whole is 0 or empty or the part is empty.
 * sum: the sum of the terms that hold numbers; null when none does.
 */
export function computeRow(form: FormNumber, row: ComputedRow, values: FormValues, catalogue: FormCatalogue, forms?: FormsData): number | null {
  const valueOf = (key: string): number | null => rowNumber(form, key, values, catalogue, forms);
  if (row.kind === 'ratio') return ratioOf(valueOf(row.part), valueOf(row.whole));
  const terms = row.terms.map(valueOf).filter((v): v is number => v !== null);
  if (terms.length === 0) return null;
  // Sums of money keep two decimals exact (0.1 + 0.2 → 0.3).
  return roundHalfAway(terms.reduce((a, b) => a + b, 0), 6);
}

/** Every computed value of a form, by key; `forms`, the whole report's values, for a ratio over a row of another form. */
export function computeForm(
  form: FormNumber,
  values: FormValues,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
  forms?: FormsData,
): Readonly<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const row of catalogue.form(form).rows) {
    if (row.kind === 'ratio' || row.kind === 'sum') out[row.key] = computeRow(form, row, values, catalogue, forms);
  }
  return out;
}
