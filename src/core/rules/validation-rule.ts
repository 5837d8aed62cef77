// The shape of a form rule as data, after DHIS2 validation rules: left side, operator, right side, importance, missing-value strategies.
import type { FormNumber } from '../forms/types';
import type { RuleId, Severity } from './types';

/** A row of a form; a computed row (ratio, sum) stands for the core's computation of it. */
export interface RowRef {
  readonly form: FormNumber;
  readonly key: string;
}

/** One side of a rule: the sum of some rows, or a constant. */
export type Side = { readonly rows: readonly RowRef[] } | { readonly constant: number };

/**
 * What a side does when some of its rows hold no number (DHIS2's missing value strategy).
 * Empty is never silently zero, except where the rule says so (`never-skip`).
 */
export const MISSING_STRATEGIES = {
  /** Skip the rule when any row of the side is empty (the safe default for a whole). */
  skipIfAny: 'skip-if-any-value-missing',
  /** Skip only when every row is empty; otherwise add the rows that hold numbers (sound for parts of a whole). */
  skipIfAll: 'skip-if-all-values-missing',
  /** Never skip: an empty row counts as 0 ("empty or 0" in a conditional rule). */
  neverSkip: 'never-skip',
} as const;
export type MissingStrategy = (typeof MISSING_STRATEGIES)[keyof typeof MISSING_STRATEGIES];

/** The relation that must hold; `filled` needs only a value on the left (the right side is ignored). */
export const OPERATORS = ['<=', '<', '>=', '>', '==', 'filled'] as const;
export type Operator = (typeof OPERATORS)[number];
export type ComparisonOperator = Exclude<Operator, 'filled'>;

/** The answer a rule depends on (XLSForm `relevant`): the rule runs only when this row holds this value. */
export interface Condition {
  readonly row: RowRef;
  readonly equals: number;
}

export interface ValidationRule {
  /** The finding's `rule`. Several rules may share one id (part-exceeds-whole). */
  readonly id: RuleId;
  readonly severity: Severity;
  /** The row a finding points at (its form, row and cell). */
  readonly anchor: RowRef;
  readonly when?: Condition;
  readonly left: Side;
  readonly leftMissing: MissingStrategy;
  readonly operator: Operator;
  readonly right: Side;
  readonly rightMissing: MissingStrategy;
  /** A sentence added to the message: the set's `Thông báo`. */
  readonly hint?: string;
}

/** An input row that is expected only under a condition; left empty otherwise, it is not reported missing. */
export interface Relevance {
  readonly row: RowRef;
  /** The row is not expected when this row holds this value. */
  readonly unlessEquals: Condition;
}
