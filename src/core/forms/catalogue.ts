// Names of a form's sheet and cells, the same for every set (the forms and rows themselves are the catalogue's: build-catalogue.ts).
import { COMMON_TEXT } from '../i18n/common';
import type { FormNumber } from './types';

/** Sheet name of a form: "Biểu mẫu 1". */
export function formSheetName(n: FormNumber): string {
  return COMMON_TEXT.formName(n);
}

/** Workbook-level defined name of a value cell: BM1_2_1. */
export function definedName(n: FormNumber, key: string): string {
  return `BM${n}_${key.replace(/\./g, '_')}`;
}
