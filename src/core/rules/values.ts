// Reading one value of report data for the checker: blank vs number vs text, and computed rows by the core's computation.
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import { computeRow } from '../forms/compute';
import type { CellValue, FormsData, FormValues } from '../data/types';
import type { RowRef } from './validation-rule';

const NO_VALUES: FormValues = {};

export function formValues(forms: FormsData, form: RowRef['form']): FormValues {
  return forms[`${form}`] ?? NO_VALUES;
}

/** The raw value of a row as the data holds it. */
export function rawValue(forms: FormsData, ref: RowRef): CellValue | undefined {
  return formValues(forms, ref.form)[ref.key];
}

/** Not reported: absent, null, or text with nothing but spaces (what an emptied cell reads as). */
export function isBlank(v: CellValue | undefined): v is null | undefined | string {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The number a row holds: for a ratio or sum row, the core's computation; null when blank or text. */
export function numberAt(forms: FormsData, ref: RowRef, catalogue: FormCatalogue): number | null {
  const row = catalogue.row(ref.form, ref.key);
  if (row && (row.kind === 'ratio' || row.kind === 'sum')) return computeRow(ref.form, row, formValues(forms, ref.form), catalogue, forms);
  const v = rawValue(forms, ref);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The rows a reference really reads: a sum row stands for its terms (so that a whole made of a sum is
 * known only when every term is), a ratio or input row for itself.
 */
export function expandRef(ref: RowRef, catalogue: FormCatalogue): readonly RowRef[] {
  const row = catalogue.row(ref.form, ref.key);
  if (row?.kind === 'sum') return row.terms.flatMap((key) => expandRef(parseRowText(key, ref.form), catalogue));
  return [ref];
}

/** The blank input rows that leave a row without a number (a ratio's part or whole, or the row itself). */
export function blankInputsBehind(forms: FormsData, ref: RowRef, catalogue: FormCatalogue): readonly RowRef[] {
  const row = catalogue.row(ref.form, ref.key);
  if (row?.kind === 'ratio') return [row.part, row.whole].flatMap((key) => blankInputsBehind(forms, parseRowText(key, ref.form), catalogue));
  if (row?.kind === 'sum') return expandRef(ref, catalogue).flatMap((r) => blankInputsBehind(forms, r, catalogue));
  return isBlank(rawValue(forms, ref)) ? [ref] : [];
}

export const sameRef = (a: RowRef, b: RowRef): boolean => a.form === b.form && a.key === b.key;
