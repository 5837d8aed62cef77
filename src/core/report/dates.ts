// Dates as Nghị định 30/2020 writes them, and the default data period of Nghị định 09/2019.
import type { Period } from '../data/types';

export interface DateParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/** "2026-06-08" → {8, 6, 2026}; null when not an ISO date. */
export function parseIsoDate(iso: string | undefined): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The decree pads days under 10 ("ngày 05"). */
export const decreeDay = (day: number): string => pad2(day);
/** The decree pads months 1 and 2 only ("tháng 02", "tháng 6"), so they cannot be misread as 10–12. */
export const decreeMonth = (month: number): string => (month <= 2 ? pad2(month) : String(month));

/** In running text: "15/12/2025", "14/6/2026", "05/02/2026". */
export const shortDate = (d: DateParts): string => `${decreeDay(d.day)}/${decreeMonth(d.month)}/${d.year}`;

/** Fully padded, as the appendix's attach line: "08/06/2026". */
export const paddedDate = (d: DateParts): string => `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;

/** The month that closes each period. */
const LAST_MONTH: Readonly<Record<Period, number>> = { Q1: 3, H1: 6, Q3: 9, Y: 12 };
/** The first month of each period: quarters count the quarter, 6 months and the year count from January. */
const FIRST_MONTH: Readonly<Record<Period, number>> = { Q1: 1, H1: 1, Q3: 7, Y: 1 };

/**
 * Default data period (Nghị định 09/2019, Điều 12): from the 15th of the month before the
 * period to the 14th of its last month. 6 months: 15/12 of the previous year to 14/6.
 */
export function defaultDataPeriod(period: Period, year: number): { readonly from: DateParts; readonly to: DateParts } {
  const first = FIRST_MONTH[period];
  const from = first === 1 ? { day: 15, month: 12, year: year - 1 } : { day: 15, month: first - 1, year };
  return { from, to: { day: 14, month: LAST_MONTH[period], year } };
}
