// Rows across periods (DOMAIN.md "Rows across periods"): a row reference, and how far a standing count may move before it is questioned. Which rows are standing, the year's plan, lũy kế or compared is the set's (the catalogue's `standing`, `yearPlan`, `cumulative`, `compared`).
import type { FormNumber } from './types';

/** A row of a form: Biểu mẫu number and row key. */
export interface RowRef {
  readonly form: FormNumber;
  readonly key: string;
}

/** A standing count that moves by more than this share of the previous value draws a warning. */
export const STANDING_JUMP_SHARE = 0.5;
