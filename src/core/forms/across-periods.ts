// Which rows carry from one report to the next, which only grow within a year, and which an official report compares with the same period last year (DOMAIN.md "Rows across periods").
import type { FormNumber } from './types';

/** A row of a form: Biểu mẫu number and row key. */
export interface RowRef {
  readonly form: FormNumber;
  readonly key: string;
}

function refs(form: FormNumber, keys: readonly string[]): RowRef[] {
  return keys.map((key) => ({ form, key }));
}

/** The commune's standing situation at the report date: filled from the last report, then confirmed. */
export const STANDING_ROWS: readonly RowRef[] = [
  ...refs(3, ['1.1', '2.1', '2.2', '2.3']),
  ...refs(4, ['1.1', '1.2', '2.1', '2.5', '3.1', '4.1']),
  ...refs(5, ['1.1', '1.2']),
  ...refs(7, ['1', '4', '5.2', '6.4.1', '6.4.2', '6.5.1', '6.5.2', '6.6.2', '6.8.1', '6.8.2']),
];

/** The year's plan: carried over, and expected unchanged, only within one year. */
export const YEAR_PLAN_ROWS: readonly RowRef[] = [...refs(1, ['2.1']), ...refs(6, ['1'])];

/** Lũy kế from the start of the year: within one year a later period never has less. */
export const CUMULATIVE_ROWS: readonly RowRef[] = [...refs(1, ['2.2']), ...refs(5, ['3']), ...refs(6, ['2'])];

/** Rows an official report compares with the same period of the previous year; ratios in percentage points, counts in per cent. */
export const YEAR_ON_YEAR_ROWS: readonly RowRef[] = [...refs(3, ['3.3.1', '3.3']), ...refs(7, ['6.7.1', '6.7']), ...refs(6, ['0'])];

/** A standing count that moves by more than this share of the previous value draws a warning. */
export const STANDING_JUMP_SHARE = 0.5;
