// The built-in set's forms (its data checked by the tests), with lookups by number and key.
import { BUILTIN_CATALOGUE } from './builtin';
import { COMMON_TEXT } from '../i18n/common';
import type { FormDef, FormNumber, FormRow } from './types';

/** Biểu mẫu 1–7, in order. */
export const FORMS: readonly FormDef[] = BUILTIN_CATALOGUE.forms;

export function getForm(n: FormNumber): FormDef {
  return BUILTIN_CATALOGUE.form(n);
}

/** The row of a form by key, or undefined. */
export function findRow(n: FormNumber, key: string): FormRow | undefined {
  return BUILTIN_CATALOGUE.row(n, key);
}

/** Sheet name of a form: "Biểu mẫu 1". */
export function formSheetName(n: FormNumber): string {
  return COMMON_TEXT.formName(n);
}

/** Workbook-level defined name of a value cell: BM1_2_1. */
export function definedName(n: FormNumber, key: string): string {
  return `BM${n}_${key.replace(/\./g, '_')}`;
}
