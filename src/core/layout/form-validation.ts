// Data validation of a form's input cells: the rule of each row kind with its Vietnamese prompt and error.
import { LAYOUT_TEXT } from '../i18n/layout';
import type { InputRow } from '../forms/types';
import type { Validation, CellValidationRule } from './types';

/** The validation of one input row's value cell(s). */
export function inputValidation(row: InputRow, range: string): Validation {
  switch (row.kind) {
    case 'count':
      return { range, rule: { type: 'whole', min: 0 }, allowBlank: true, ...LAYOUT_TEXT.validation.count };
    case 'money':
      return { range, rule: { type: 'decimal', min: 0 }, allowBlank: true, ...LAYOUT_TEXT.validation.money };
    case 'percent':
      return { range, rule: { type: 'decimal', min: 0, max: 100 }, allowBlank: true, ...LAYOUT_TEXT.validation.percent };
    case 'code': {
      const codes = row.codes.map((c) => c.value);
      const rule: CellValidationRule = { type: 'list', values: codes.map(String) };
      const t = LAYOUT_TEXT.validation.code;
      return { range, rule, allowBlank: true, promptTitle: t.promptTitle, prompt: t.prompt(row.unit), errorTitle: t.errorTitle, error: t.error(row.unit, codes) };
    }
  }
}

/** Two validations that differ only in their range, so adjacent cells can share one. */
export function sameValidation(a: Validation, b: Validation): boolean {
  return JSON.stringify({ ...a, range: '' }) === JSON.stringify({ ...b, range: '' });
}
