// Short constructors for form rows, so that each definition reads like the printed table.
import type { CodeOption, CodeRow, CountRow, MoneyRow, PercentRow, RatioRow, SectionRow, SumRow } from './types';

/** The printed STT of a key: "2.1" → "2.1."; an empty string for the rows that print none. */
const sttOf = (key: string, printed: boolean): string => (printed ? `${key}.` : '');

export interface RowOptions {
  /** false for the rows printed without STT (Biểu mẫu 3 row 1.1, Biểu mẫu 6 row 0). */
  readonly printed?: boolean;
}

export const section = (key: string, label: string, unit = '', o: RowOptions = {}): SectionRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit, kind: 'section',
});
export const count = (key: string, label: string, unit: string, o: RowOptions = {}): CountRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit, kind: 'count',
});
export const money = (key: string, label: string, o: RowOptions = {}): MoneyRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit: 'Triệu đồng', kind: 'money',
});
export const percent = (key: string, label: string, o: RowOptions = {}): PercentRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit: '%', kind: 'percent',
});
/** A code row; its unit is the legend printed from the options, in the given order. */
export const code = (key: string, label: string, codes: readonly CodeOption[], o: RowOptions = {}): CodeRow => ({
  key,
  stt: sttOf(key, o.printed ?? true),
  label,
  unit: codes.map((c) => `${c.label} = ${c.value}`).join('; '),
  kind: 'code',
  codes,
});
export const ratio = (key: string, label: string, part: string, whole: string, o: RowOptions = {}): RatioRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit: '%', kind: 'ratio', part, whole,
});
export const sum = (key: string, label: string, unit: string, terms: readonly string[], o: RowOptions = {}): SumRow => ({
  key, stt: sttOf(key, o.printed ?? true), label, unit, kind: 'sum', terms,
});

export const YES_NO: readonly CodeOption[] = [
  { value: 1, label: 'Có' },
  { value: 0, label: 'Không' },
];
