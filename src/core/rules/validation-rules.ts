// Every rule of DOMAIN.md between rows, as data: one entry per relation, run by evaluate-rule.ts.
import type { FormNumber } from '../forms/types';
import type { RuleHint } from '../i18n/rules';
import { RULE_IDS, type RuleId, type Severity } from './types';
import { MISSING_STRATEGIES as M, type Condition, type Operator, type Relevance, type RowRef, type ValidationRule } from './validation-rule';

const ref = (form: FormNumber, key: string): RowRef => ({ form, key });

interface LeOptions {
  readonly id?: RuleId;
  readonly severity?: Severity;
  readonly hint?: RuleHint;
}

/**
 * parts ≤ whole. The parts side adds the rows that hold numbers (a partial sum is a lower bound,
 * so a breach it shows is real, also for a sum row such as 7/6.6.1); the whole side needs every row.
 * The finding points at the first part.
 */
function le(left: readonly [RowRef, ...RowRef[]], right: readonly RowRef[], o: LeOptions = {}): ValidationRule {
  return {
    id: o.id ?? RULE_IDS.partExceedsWhole,
    severity: o.severity ?? 'error',
    anchor: left[0],
    left: { rows: left },
    leftMissing: M.skipIfAll,
    operator: '<=',
    right: { rows: right },
    rightMissing: M.skipIfAny,
    ...(o.hint ? { hint: o.hint } : {}),
  };
}

/** Within one form: part ≤ whole, keys only. */
const within = (form: FormNumber, part: string | readonly [string, ...string[]], whole: string, o: LeOptions = {}): ValidationRule => {
  const [first, ...more] = typeof part === 'string' ? [part] : part;
  return le([ref(form, first), ...more.map((k) => ref(form, k))], [ref(form, whole)], o);
};

/** A conditional rule (warning): when `when` holds, the row must satisfy `operator` against a constant. */
function conditional(when: Condition, row: RowRef, operator: Operator, constant: number): ValidationRule {
  return {
    id: RULE_IDS.conditional,
    severity: 'warning',
    anchor: row,
    when,
    left: { rows: [row] },
    // "empty or 0" is the rule itself, so empty counts as 0 here; `filled` and `> 0` see empty as breaking it.
    leftMissing: M.neverSkip,
    operator,
    right: { constant },
    rightMissing: M.skipIfAny,
  };
}

const SURVEY = ref(1, '5');
const SURVEYED: Condition = { row: SURVEY, equals: 1 };
const NOT_SURVEYED: Condition = { row: SURVEY, equals: 0 };
const present = { id: RULE_IDS.presentExceedsAssigned, severity: 'warning', hint: 'presentExceedsAssigned' } as const;

export const VALIDATION_RULES: readonly ValidationRule[] = [
  // Biểu mẫu 1
  within(1, '2.2', '2.1'),
  within(1, '3.2.2', '3.2.1'),
  within(1, ['4.2', '4.3', '4.4'], '4.1'),
  conditional(SURVEYED, ref(1, '5.1'), '>', 0),
  conditional(SURVEYED, ref(1, '5.2'), 'filled', 0),
  conditional(NOT_SURVEYED, ref(1, '5.1'), '==', 0),
  conditional(NOT_SURVEYED, ref(1, '5.2'), '==', 0),
  // Biểu mẫu 2
  within(2, '2.2.1', '2.1'),
  within(2, '2.2.2', '2.2.1'),
  within(2, '3.2.1', '3.1'),
  within(2, '3.2.2', '3.2.1'),
  // Biểu mẫu 3
  within(3, '2.1', '1.1'),
  within(3, '2.2', '1.1'),
  within(3, '2.3', '1.1'),
  within(3, '3.3.2', '3.3.1'),
  within(3, '3.4.2', '3.4.1'),
  // Biểu mẫu 4: plausibility only, more staff present than assigned happens while posts are being cut.
  within(4, '2.2', '2.1', present),
  within(4, '3.2', '3.1', present),
  within(4, '4.2', '4.1', present),
  // Biểu mẫu 5: DOMAIN.md makes this cross-form relation a warning.
  le([ref(5, '1.2')], [ref(4, '2.2')], { id: RULE_IDS.crossForm, severity: 'warning', hint: 'staffExceedsPresent' }),
  // Biểu mẫu 6
  within(6, '2', '1', { id: RULE_IDS.disbursedExceedsPlan, severity: 'warning', hint: 'disbursedExceedsPlan' }),
  // Biểu mẫu 7
  within(7, '6.4.2', '6.4.1'),
  within(7, '6.4.3', '6.4.2'),
  within(7, '6.5.2', '6.5.1'),
  within(7, '6.5.3', '6.5.2'),
  within(7, '6.6.2', '6.6.1'),
  within(7, '6.7.2', '6.7.1'),
  within(7, '6.8.2', '6.8.1'),
  // DOMAIN.md gives no severity here: online procedures are a subset of the commune's procedures, so an error.
  le([ref(7, '6.6.1')], [ref(3, '1.1')], { id: RULE_IDS.crossForm }),
  le([ref(7, '6.8.1')], [ref(3, '1.1')], { id: RULE_IDS.crossForm }),
];

/** Inputs expected only under a condition (survey details when there was no survey). */
export const RELEVANCE: readonly Relevance[] = [
  { row: ref(1, '5.1'), unlessEquals: NOT_SURVEYED },
  { row: ref(1, '5.2'), unlessEquals: NOT_SURVEYED },
];
