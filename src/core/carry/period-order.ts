// The order of report periods: years first, then Q1 < H1 < Q3 < Y within a year (Nghị định 09/2019's four reports).
import { PERIODS, type Period } from '../data/types';

/** A report's place in time. */
export interface PeriodOfYear {
  readonly period: Period;
  readonly year: number;
}

/** Negative when `a` comes before `b`, 0 for the same period, positive after. */
export function comparePeriods(a: PeriodOfYear, b: PeriodOfYear): number {
  return a.year !== b.year ? a.year - b.year : PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period);
}

/** The report after `p`: the next period of the year, or Q1 of the next year after Y. */
export function nextPeriod(p: PeriodOfYear): PeriodOfYear {
  const next = PERIODS[PERIODS.indexOf(p.period) + 1];
  return next ? { period: next, year: p.year } : { period: 'Q1', year: p.year + 1 };
}
