// Reading one form's values for the report: numbers (entered or computed), and rows shown in words for fallbacks.
import type { CellValue, FormValues, ReportData } from '../data/types';
import { findRow, getForm } from '../forms/catalogue';
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

export function readForm(data: ReportData, form: FormNumber): FormReader {
  const values: FormValues = data.forms[`${form}`] ?? {};
  const computed = computeForm(form, values);
  const num = (key: string): number | null => (key in computed ? (computed[key] ?? null) : asNumber(values[key]));
  return {
    form,
    num,
    cell(key) {
      const row = findRow(form, key);
      if (row?.kind === 'section') return '';
      const n = num(key);
      // Table cells of ratios always show their one decimal, as the sheet's 0.0 format does.
      if (n !== null) return COMMON_TEXT.formatNumber(n, decimalsOf(row), row?.kind === 'ratio' ? 1 : 0);
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

/** The nearest section row above `key` in the key hierarchy ("3.2.1" → "3.2" → "3"), if any. */
function enclosingSection(form: FormNumber, key: string): FormRow | undefined {
  for (let k = key; k.includes('.'); ) {
    k = k.slice(0, k.lastIndexOf('.'));
    const row = findRow(form, k);
    if (row?.kind === 'section') return row;
  }
  return undefined;
}

/**
 * A row's label as it reads inside a sentence: "số nhiệm vụ đề ra trong kế hoạch". A label that
 * another row of the form shares (Biểu mẫu 4's "Tổng số người được giao" under cấp xã and under
 * thôn) names its section too, so the sentence says which one it means.
 */
export function labelInSentence(form: FormNumber, key: string): string {
  const row = findRow(form, key);
  if (!row) return key;
  const label = lowerFirst(row.label);
  const shared = getForm(form).rows.some((r) => r !== row && r.label === row.label);
  const section = shared ? enclosingSection(form, key) : undefined;
  return section ? `${label} (${lowerFirst(section.label)})` : label;
}

/** A row's value in words with its unit: "40 nhiệm vụ", "96,5%", "có"; null when empty. */
export function valueInWords(reader: FormReader, key: string): string | null {
  const row = findRow(reader.form, key);
  const n = reader.num(key);
  if (n === null || !row) return null;
  if (row.kind === 'code') {
    const option = row.codes.find((o) => o.value === n);
    return option ? lowerFirst(option.label) : COMMON_TEXT.formatNumber(n);
  }
  const text = COMMON_TEXT.formatNumber(n, decimalsOf(row));
  if (row.unit === '%') return `${text}%`;
  return row.unit ? `${text} ${lowerFirst(row.unit)}` : text;
}
