// Infos for inputs left empty (empty is not zero), naming the comparisons that could not be made because of them.
import type { FormCatalogue } from '../forms/build-catalogue';
import { isInputRow, type FormNumber } from '../forms/types';
import type { FormsData } from '../data/types';
import { RULE_TEXT } from '../i18n/rules';
import { DEFAULT_PLACE, type PlaceWords } from '../data/place-words';
import { labelInFinding, rowList } from './describe';
import type { FormFinding } from './check-values';
import { RULE_IDS } from './types';
import type { RowRef, ValidationRule } from './validation-rule';
import { expandRef, formValues, isBlank, numberAt, sameRef } from './values';

/** A rule skipped for want of values, and the empty inputs to blame. */
export interface SkippedRule {
  readonly rule: ValidationRule;
  readonly blanks: readonly RowRef[];
}

const refsOf = (rule: ValidationRule): readonly RowRef[] => [
  rule.anchor,
  ...('rows' in rule.left ? rule.left.rows : []),
  ...('rows' in rule.right ? rule.right.rows : []),
  ...(rule.when ? [rule.when.row] : []),
];

/** The rows an empty input left unchecked: the other rows of each rule skipped because of it. */
function uncheckedBy(blank: RowRef, skipped: readonly SkippedRule[], catalogue: FormCatalogue): readonly RowRef[] {
  const out: RowRef[] = [];
  for (const s of skipped) {
    if (!s.blanks.some((b) => sameRef(b, blank))) continue;
    for (const r of refsOf(s.rule)) {
      // A sum that holds the empty row is not "another row" to compare it with.
      if (expandRef(r, catalogue).some((t) => sameRef(t, blank))) continue;
      if (!out.some((o) => sameRef(o, r))) out.push(r);
    }
  }
  return out;
}

const isRelevant = (forms: FormsData, row: RowRef, catalogue: FormCatalogue): boolean =>
  !catalogue.relevance.some((r) => sameRef(r.row, row) && numberAt(forms, r.unlessEquals.row, catalogue) === r.unlessEquals.equals);

export function checkMissing(forms: FormsData, skipped: readonly SkippedRule[], catalogue: FormCatalogue, place: PlaceWords = DEFAULT_PLACE): FormFinding[] {
  const out: FormFinding[] = [];
  for (const form of catalogue.forms) {
    const n: FormNumber = form.number;
    const values = formValues(forms, n);
    if (Object.values(values).every(isBlank)) {
      const outside = form.rows
        .flatMap((row) => uncheckedBy({ form: n, key: row.key }, skipped, catalogue))
        .filter((r, i, all) => r.form !== n && all.findIndex((o) => sameRef(o, r)) === i);
      out.push({ form: n, row: null, severity: 'info', rule: RULE_IDS.missing, message: RULE_TEXT.formEmpty(n, rowList(outside, n)) });
      continue;
    }
    for (const row of form.rows) {
      const ref = { form: n, key: row.key };
      // A row the set says a report may leave empty (`Bắt buộc: không`) is not asked for.
      if (!isInputRow(row) || row.required === false || !isBlank(values[row.key]) || !isRelevant(forms, ref, catalogue)) continue;
      const hint = row.kind === 'code' ? RULE_TEXT.missingHintCode(row.unit) : row.kind === 'percent' ? RULE_TEXT.missingHintPercent : RULE_TEXT.missingHintNumber;
      out.push({
        form: n,
        row: row.key,
        severity: 'info',
        rule: RULE_IDS.missing,
        message: RULE_TEXT.missing(RULE_TEXT.where(n, row.key), labelInFinding(n, row.key, catalogue, place), hint, rowList(uncheckedBy(ref, skipped, catalogue), n)),
      });
    }
  }
  return out;
}
