// One warning when every entered percent lies in (0, 1]: the mark of a percent sign typed into the cells ("90%" is stored as 0.9).
import type { FormCatalogue } from '../forms/build-catalogue';
import type { FormNumber } from '../forms/types';
import type { FormsData } from '../data/types';
import { RULE_TEXT } from '../i18n/rules';
import type { FormFinding } from './check-values';
import { DEFAULT_PLACE, type PlaceWords } from '../data/place-words';
import { labelInFinding } from './describe';
import { RULE_IDS } from './types';
import { numberAt } from './values';

/**
 * Excel and Sheets store "90%" typed into a cell as 0.9, which passes the 0–100 range as 0,9 %.
 * A host that reads the cell's format turns it back into 90; where it cannot (a format changed, a
 * file from elsewhere), data whose every non-zero percent is at most 1 gets this one warning, at
 * the first such row. Zeros say nothing either way and are left out; 1 counts, as "100%" typed.
 */
export function checkPercentFraction(forms: FormsData, catalogue: FormCatalogue, place: PlaceWords = DEFAULT_PLACE): FormFinding | null {
  const hits: { form: FormNumber; key: string; value: number }[] = [];
  for (const form of catalogue.forms) {
    for (const row of form.rows) {
      if (row.kind !== 'percent') continue;
      const value = numberAt(forms, { form: form.number, key: row.key }, catalogue);
      if (value === null || value === 0) continue;
      if (value < 0 || value > 1) return null;
      hits.push({ form: form.number, key: row.key, value });
    }
  }
  const first = hits[0];
  if (!first) return null;
  return {
    form: first.form,
    row: first.key,
    severity: 'warning',
    rule: RULE_IDS.percentAsFraction,
    message: RULE_TEXT.percentAsFraction(RULE_TEXT.where(first.form, first.key), labelInFinding(first.form, first.key, catalogue, place), first.value, hits.length),
  };
}
