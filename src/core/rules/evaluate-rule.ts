// The one engine that runs a form rule (validation-rule.ts) on report data: applies, skips, passes or fails.
import type { FormCatalogue } from '../forms/build-catalogue';
import { roundHalfAway } from '../forms/compute';
import type { FormsData } from '../data/types';
import { blankInputsBehind, expandRef, numberAt } from './values';
import { MISSING_STRATEGIES as M, type ComparisonOperator, type MissingStrategy, type RowRef, type Side, type ValidationRule } from './validation-rule';

/** A side's number, and whether every row behind it was empty (so a message can say "để trống"). */
export interface SideValue {
  readonly value: number;
  readonly empty: boolean;
}

export type RuleOutcome =
  /** The rule's condition does not hold (survey = 0 for a rule about surveys = 1). */
  | { readonly status: 'not-applicable' }
  /** A needed value is not reported; `blanks` are the empty input rows responsible (text values are not). */
  | { readonly status: 'skipped'; readonly blanks: readonly RowRef[] }
  | { readonly status: 'passed' }
  | { readonly status: 'failed'; readonly left: SideValue; readonly right: SideValue; readonly condition: number | null };

type Evaluated = { readonly ok: true; readonly side: SideValue } | { readonly ok: false; readonly blanks: readonly RowRef[] };

function evaluateSide(forms: FormsData, side: Side, strategy: MissingStrategy, catalogue: FormCatalogue): Evaluated {
  if ('constant' in side) return { ok: true, side: { value: side.constant, empty: false } };
  const refs = side.rows.flatMap((r) => expandRef(r, catalogue));
  const values = refs.map((r) => numberAt(forms, r, catalogue));
  const present = values.filter((v): v is number => v !== null);
  const unknown = refs.filter((_, i) => values[i] === null).map((r) => blankInputsBehind(forms, r, catalogue));
  const blanks = unknown.flat();
  // A row that is neither a number nor blank (text, already an error of its own; a ratio of a zero
  // whole) is not "empty or 0": no rule guesses around it.
  const holdsText = unknown.some((b) => b.length === 0);
  const missingAny = present.length < values.length;
  const missingAll = present.length === 0;
  if (
    (strategy === M.skipIfAny && missingAny) ||
    (strategy === M.skipIfAll && missingAll) ||
    (strategy === M.neverSkip && holdsText)
  ) {
    return { ok: false, blanks };
  }
  // Sums are rounded like the core's sum rows, so that 0.1 + 0.2 compares equal to 0.3.
  return { ok: true, side: { value: roundHalfAway(present.reduce((a, b) => a + b, 0), 6), empty: missingAll } };
}

const holds = (op: ComparisonOperator, l: number, r: number): boolean =>
  op === '<=' ? l <= r : op === '<' ? l < r : op === '>=' ? l >= r : op === '>' ? l > r : l === r;

export function evaluateRule(rule: ValidationRule, forms: FormsData, catalogue: FormCatalogue): RuleOutcome {
  let condition: number | null = null;
  if (rule.when) {
    condition = numberAt(forms, rule.when.row, catalogue);
    if (condition === null) return { status: 'skipped', blanks: blankInputsBehind(forms, rule.when.row, catalogue) };
    if (condition !== rule.when.equals) return { status: 'not-applicable' };
  }
  const left = evaluateSide(forms, rule.left, rule.leftMissing, catalogue);
  if (rule.operator === 'filled') {
    if (!left.ok) return { status: 'skipped', blanks: left.blanks };
    return left.side.empty ? { status: 'failed', left: left.side, right: { value: 0, empty: true }, condition } : { status: 'passed' };
  }
  const right = evaluateSide(forms, rule.right, rule.rightMissing, catalogue);
  if (!left.ok || !right.ok) {
    return { status: 'skipped', blanks: [...(left.ok ? [] : left.blanks), ...(right.ok ? [] : right.blanks)] };
  }
  return holds(rule.operator, left.side.value, right.side.value)
    ? { status: 'passed' }
    : { status: 'failed', left: left.side, right: right.side, condition };
}
