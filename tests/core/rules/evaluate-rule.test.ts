// The rule engine on its own: DHIS2 missing-value strategies, operators, conditions, and who is blamed for a skip.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { evaluateRule } from '../../../src/core/rules/evaluate-rule';
import { MISSING_STRATEGIES as M, type ValidationRule } from '../../../src/core/rules/validation-rule';

const base: ValidationRule = {
  id: 'part-exceeds-whole',
  severity: 'error',
  anchor: { form: 1, key: '4.2' },
  left: { rows: [{ form: 1, key: '4.2' }, { form: 1, key: '4.3' }] },
  leftMissing: M.skipIfAll,
  operator: '<=',
  right: { rows: [{ form: 1, key: '4.1' }] },
  rightMissing: M.skipIfAny,
};

describe('evaluateRule', () => {
  it('passes and fails on the numbers, with both sides in the outcome', () => {
    expect(evaluateRule(base, { '1': { '4.1': 10, '4.2': 6, '4.3': 4 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'passed' });
    expect(evaluateRule(base, { '1': { '4.1': 10, '4.2': 6, '4.3': 5 } }, BUILTIN_CATALOGUE)).toEqual({
      status: 'failed', left: { value: 11, empty: false }, right: { value: 10, empty: false }, condition: null,
    });
  });

  it('skip-if-all adds what is there; skip-if-any needs everything; the empty rows are blamed', () => {
    expect(evaluateRule(base, { '1': { '4.1': 10, '4.2': 11 } }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed', left: { value: 11 } });
    expect(evaluateRule(base, { '1': { '4.1': 10 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 1, key: '4.2' }, { form: 1, key: '4.3' }] });
    expect(evaluateRule(base, { '1': { '4.2': 1, '4.3': 1 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 1, key: '4.1' }] });
    const anyLeft = { ...base, leftMissing: M.skipIfAny };
    expect(evaluateRule(anyLeft, { '1': { '4.1': 10, '4.2': 11 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 1, key: '4.3' }] });
  });

  it('does not blame text for a skip (it is an error of its own)', () => {
    expect(evaluateRule(base, { '1': { '4.1': 'mười', '4.2': 11 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [] });
  });

  it('never-skip counts empty as 0 and remembers that it was empty, but will not count text', () => {
    const never = { ...base, leftMissing: M.neverSkip, operator: '==' as const, right: { constant: 0 } };
    expect(evaluateRule(never, { '1': {} }, BUILTIN_CATALOGUE)).toEqual({ status: 'passed' });
    expect(evaluateRule(never, { '1': { '4.2': 2 } }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed', left: { value: 2, empty: false } });
    expect(evaluateRule({ ...never, operator: '>' }, { '1': {} }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed', left: { value: 0, empty: true } });
    expect(evaluateRule(never, { '1': { '4.2': 'x' } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 1, key: '4.3' }] });
  });

  it.each([
    ['<', 5, 5, false], ['<', 4, 5, true], ['>=', 4, 5, false], ['>=', 5, 5, true], ['>', 5, 5, false], ['>', 6, 5, true], ['==', 5, 5, true], ['==', 4, 5, false],
  ] as const)('operator %s: %d against %d holds = %s', (operator, l, r, holds) => {
    const rule: ValidationRule = { ...base, left: { rows: [{ form: 1, key: '4.2' }] }, operator, right: { constant: r } };
    expect(evaluateRule(rule, { '1': { '4.2': l } }, BUILTIN_CATALOGUE).status).toBe(holds ? 'passed' : 'failed');
  });

  it('runs only when its condition holds, and is skipped while the condition is empty', () => {
    const cond: ValidationRule = { ...base, when: { row: { form: 1, key: '5' }, equals: 1 }, left: { rows: [{ form: 1, key: '5.2' }] }, leftMissing: M.neverSkip, operator: 'filled' };
    expect(evaluateRule(cond, { '1': { '5': 0 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'not-applicable' });
    expect(evaluateRule(cond, { '1': {} }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 1, key: '5' }] });
    expect(evaluateRule(cond, { '1': { '5': 1, '5.2': 0 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'passed' });
    expect(evaluateRule(cond, { '1': { '5': 1 } }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed', left: { empty: true }, condition: 1 });
  });

  it('reads a sum row as its terms, and a whole made of a sum only when every term is there', () => {
    const rule: ValidationRule = { ...base, left: { rows: [{ form: 7, key: '6.6.2' }] }, right: { rows: [{ form: 7, key: '6.6.1' }] } };
    expect(evaluateRule(rule, { '7': { '6.4.2': 60, '6.5.2': 40, '6.6.2': 101 } }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed', right: { value: 100 } });
    expect(evaluateRule(rule, { '7': { '6.4.2': 60, '6.6.2': 101 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'skipped', blanks: [{ form: 7, key: '6.5.2' }] });
    // A typed value of the sum row is not trusted: the core's computation is.
    expect(evaluateRule(rule, { '7': { '6.4.2': 60, '6.5.2': 40, '6.6.1': 500, '6.6.2': 101 } }, BUILTIN_CATALOGUE)).toMatchObject({ status: 'failed' });
  });

  it('compares money sums without binary error', () => {
    const rule: ValidationRule = { ...base, right: { constant: 0.3 } };
    expect(evaluateRule(rule, { '1': { '4.2': 0.1, '4.3': 0.2 } }, BUILTIN_CATALOGUE)).toEqual({ status: 'passed' });
  });
});
