// The Vietnamese sentence of a broken form rule, from the rows' labels and the numbers that break it.
import type { FormCatalogue } from '../forms/build-catalogue';
import { DEFAULT_PLACE, type PlaceWords } from '../data/place-words';
import { RULE_TEXT } from '../i18n/rules';
import { describeSide, inputsOf, rowList, rowReference } from './describe';
import type { SideValue } from './evaluate-rule';
import { MISSING_STRATEGIES as M, type ValidationRule } from './validation-rule';

/** The label of a code, when the row is a code row that lists it. */
function codeLabel(rule: ValidationRule, value: number, catalogue: FormCatalogue): string | null {
  if (!rule.when) return null;
  const row = catalogue.row(rule.when.row.form, rule.when.row.key);
  return row?.kind === 'code' ? (row.codes.find((c) => c.value === value)?.label ?? null) : null;
}

/**
 * Where a compared row is computed (6.6.1, the sum of 6.4.2 and 6.5.2), the rows a person types and can correct: the
 * computed rows' inputs and the other side's input rows; null when every compared row is an input.
 */
function rowsToCorrect(rule: ValidationRule, catalogue: FormCatalogue): string | null {
  const sides = [rule.left, rule.right].flatMap((s) => ('rows' in s ? s.rows : []));
  const computed = sides.filter((r) => inputsOf(r, catalogue).length > 0);
  const [first] = computed;
  if (!first) return null;
  const inputs = sides.flatMap((r) => {
    const made = inputsOf(r, catalogue);
    return made.length > 0 ? made : [r];
  });
  const from = rule.anchor.form;
  const madeOf = computed.map((c) => RULE_TEXT.computedFrom(rowReference(c, from), rowList(inputsOf(c, catalogue), from) ?? ''));
  return RULE_TEXT.correctInputs(madeOf, rowList(inputs, from) ?? '');
}

export function ruleMessage(
  rule: ValidationRule,
  left: SideValue,
  right: SideValue,
  condition: number | null,
  catalogue: FormCatalogue,
  place: PlaceWords = DEFAULT_PLACE,
): string {
  const from = rule.anchor.form;
  const where = RULE_TEXT.where(from, rule.anchor.key);
  const leftText = describeSide(rule.left, from, catalogue, place) ?? RULE_TEXT.number(left.value);
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
    describeSide(rule.right, from, catalogue, place),
    right.value,
    [rowsToCorrect(rule, catalogue), rule.hint ?? null].filter((h): h is string => h !== null).join(' ') || null,
  );
}
