// Which rows carry from one report to the next, which only grow within a year, and which an official report compares with the same period last year (DOMAIN.md "Rows across periods"): the built-in set's `across` and `compare`.
import { BUILTIN_CATALOGUE } from './builtin';
import type { FormNumber } from './types';

/** A row of a form: Biểu mẫu number and row key. */
export interface RowRef {
  readonly form: FormNumber;
  readonly key: string;
}

/** The commune's standing situation at the report date: filled from the last report, then confirmed. */
export const STANDING_ROWS: readonly RowRef[] = BUILTIN_CATALOGUE.standing;

/** The year's plan: carried over, and expected unchanged, only within one year. */
export const YEAR_PLAN_ROWS: readonly RowRef[] = BUILTIN_CATALOGUE.yearPlan;

/** Lũy kế from the start of the year: within one year a later period never has less. */
export const CUMULATIVE_ROWS: readonly RowRef[] = BUILTIN_CATALOGUE.cumulative;

/** Rows an official report compares with the same period of the previous year; ratios in percentage points, counts in per cent. */
export const YEAR_ON_YEAR_ROWS: readonly RowRef[] = BUILTIN_CATALOGUE.compared;

/** A standing count that moves by more than this share of the previous value draws a warning. */
export const STANDING_JUMP_SHARE = 0.5;
