// The seven forms (their zod schema is checked by the tests), with lookups by number and key.
import { FORM_1 } from './form-1';
import { FORM_2 } from './form-2';
import { FORM_3 } from './form-3';
import { FORM_4 } from './form-4';
import { FORM_5 } from './form-5';
import { FORM_6 } from './form-6';
import { FORM_7 } from './form-7';
import { COMMON_TEXT } from '../i18n/common';
import { DATA_TEXT } from '../i18n/data';
import type { FormDef, FormNumber, FormRow } from './types';

/** Biểu mẫu 1–7, in order. */
// Validated by formDefSchema in tests/core/forms/forms.test.ts, not at load: zod would add its start-up to every `cchc check`.
export const FORMS: readonly FormDef[] = Object.freeze([FORM_1, FORM_2, FORM_3, FORM_4, FORM_5, FORM_6, FORM_7]);

export function getForm(n: FormNumber): FormDef {
  const form = FORMS[n - 1];
  if (!form) throw new RangeError(DATA_TEXT.noSuchForm(n));
  return form;
}

const rowIndex = new Map<string, FormRow>(FORMS.flatMap((f) => f.rows.map((r) => [`${f.number}:${r.key}`, r] as const)));

/** The row of a form by key, or undefined. */
export function findRow(n: FormNumber, key: string): FormRow | undefined {
  return rowIndex.get(`${n}:${key}`);
}

/** Sheet name of a form: "Biểu mẫu 1". */
export function formSheetName(n: FormNumber): string {
  return COMMON_TEXT.formName(n);
}

/** Workbook-level defined name of a value cell: BM1_2_1. */
export function definedName(n: FormNumber, key: string): string {
  return `BM${n}_${key.replace(/\./g, '_')}`;
}
