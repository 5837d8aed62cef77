// The Vietnamese sentence of a broken form rule, from the rows' labels and the numbers that break it.
import type { FormCatalogue } from '../forms/build-catalogue';
import { RULE_TEXT } from '../i18n/rules';
import { describeSide, rowReference } from './describe';
import type { SideValue } from './evaluate-rule';
import { MISSING_STRATEGIES as M, type ValidationRule } from './validation-rule';

/** The label of a code, when the row is a code row that lists it. */
function codeLabel(rule: ValidationRule, value: number, catalogue: FormCatalogue): string | null {
  if (!rule.when) return null;
  const row = catalogue.row(rule.when.row.form, rule.when.row.key);
  return row?.kind === 'code' ? (row.codes.find((c) => c.value === value)?.label ?? null) : null;
}

export function ruleMessage(rule: ValidationRule, left: SideValue, right: SideValue, condition: number | null, catalogue: FormCatalogue): string {
  const from = rule.anchor.form;
  const where = RULE_TEXT.where(from, rule.anchor.key);
  const leftText = describeSide(rule.left, from, catalogue) ?? RULE_TEXT.number(left.value);
  if (rule.when && condition !== null) {
    const cond = RULE_TEXT.condition(rowReference(rule.when.row, from), condition, codeLabel(rule, condition, catalogue));
    const rv = RULE_TEXT.number(right.value);
    const required =
      rule.operator === 'filled'
        ? RULE_TEXT.requiredFilled
        : rule.operator === '==' && rule.leftMissing === M.neverSkip
          ? RULE_TEXT.requiredEmptyOr(rv)
          : RULE_TEXT.operatorRequired[rule.operator](rv);
    const actual = left.empty ? RULE_TEXT.actualEmpty : RULE_TEXT.actualValue(left.value);
    return RULE_TEXT.conditional(where, cond, leftText, required, actual);
  }
  if (rule.operator === 'filled') {
    return RULE_TEXT.required(where, leftText, RULE_TEXT.requiredFilled, RULE_TEXT.actualEmpty);
  }
  return RULE_TEXT.comparison(
    where,
    leftText,
    left.value,
    RULE_TEXT.operatorBroken[rule.operator],
    describeSide(rule.right, from, catalogue),
    right.value,
    rule.hint ?? null,
  );
}
