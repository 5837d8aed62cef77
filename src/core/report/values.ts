// Reading one form's values for the report: numbers (entered or computed), and rows shown in words for fallbacks.
import { placedText, type PlaceWords } from '../data/place-words';
import type { CellValue, FormValues, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { computeForm } from '../forms/compute';
import type { FormNumber, FormRow } from '../forms/types';
import { COMMON_TEXT } from '../i18n/common';

/** The values of one form as the report reads them: computed rows always from their computation. */
export interface FormReader {
  readonly form: FormNumber;
  /** The number a row holds (computed rows: their computation); null when empty or text. */
  num(key: string): number | null;
  /** What the appendix prints in the value cell: Vietnamese notation, text as typed, empty as "". */
  cell(key: string): string;
}

const asNumber = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Digits a row's value is printed with: ratios and entered percents one decimal, others up to two. */
export function decimalsOf(row: FormRow | undefined): number {
  return row && (row.kind === 'ratio' || row.kind === 'percent') ? 1 : 2;
}

export function readForm(data: ReportData, form: FormNumber, catalogue: FormCatalogue): FormReader {
  const values: FormValues = data.forms[`${form}`] ?? {};
  const computed = computeForm(form, values, catalogue, data.forms);
  const num = (key: string): number | null => (key in computed ? (computed[key] ?? null) : asNumber(values[key]));
  return {
    form,
    num,
    cell(key) {
      const row = catalogue.row(form, key);
      if (row?.kind === 'section') return '';
      const n = num(key);
      // One style for every percent, computed or entered, here and in the sentences: one decimal, dropped when 0.
      if (n !== null) return COMMON_TEXT.formatNumber(n, decimalsOf(row));
      const raw = values[key];
      // Text typed where a number belongs is printed as typed: the checker has already flagged it.
      return typeof raw === 'string' ? raw.trim() : '';
    },
  };
}

const lowerFirst = (s: string): string => {
  const [a = '', b = ''] = [...s];
  // Abbreviations such as "UBND" or "TTHC" keep their capitals.
  return b && b === b.toLocaleLowerCase('vi') ? a.toLocaleLowerCase('vi') + s.slice(a.length) : s;
};

/**
 * A row as a noun phrase inside a sentence ("chưa có số liệu về …"): the set's `topic` where the
 * label is not one or is shared with another row, else the label with its trailing explanation in
 * brackets dropped and its first letter lower-cased ("số nhiệm vụ đề ra trong kế hoạch").
 */
export function rowTopic(form: FormNumber, key: string, place: Pick<PlaceWords, 'village' | 'provinceKind'>, catalogue: FormCatalogue): string {
  const row = catalogue.row(form, key);
  if (row?.topic) return placedText(row.topic, place);
  const label = row?.label ?? key;
  return lowerFirst(label.replace(/\s*\([^()]*\)\s*$/u, '') || label);
}
