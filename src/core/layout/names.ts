// Sheet names and workbook-level defined names: how readers find every cell without positions.
import type { NarrativeKey } from '../data/types';
import type { FormNumber } from '../forms/types';

export const SHEET_INFO = 'Thông tin chung';
export const SHEET_NARRATIVE = 'Thuyết minh';
export { formSheetName, definedName as formCellName } from '../forms/catalogue';

/** Defined name of the cell holding the template version. */
export const TEMPLATE_VERSION_NAME = 'CCHC_TEMPLATE_VERSION';
/**
 * Version of the workbook layout this code writes; a reader accepts this and the older versions of
 * TEMPLATE_HISTORY (template-versions.ts), which says what each version changed. Any change of the
 * layout bumps it (tests/core/layout/template-fixture.test.ts compares the plan with the kept workbook).
 */
export const TEMPLATE_VERSION = '3';

/** Header fields laid out on `Thông tin chung`, in order; signer, recipients and former units are flattened. */
export const INFO_FIELDS = [
  'unit',
  'unitKind',
  'superior',
  'province',
  'period',
  'year',
  'reportNumber',
  'date',
  'place',
  'dataFrom',
  'dataTo',
  'basis',
  'signerForm',
  'signerBody',
  'signerTitle',
  'signerName',
  'recipients',
  'formerUnits',
] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

/**
 * The single "Thẩm quyền ký" cell of templates laid out before the signing form had cells of its own ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH"), read when the signing form and body cells are absent.
 */
export const LEGACY_SIGNER_AUTHORITY_NAME = 'TTC_signerAuthority';

/** Defined name of a header cell: TTC_unit. */
export function infoCellName(field: InfoField): string {
  return `TTC_${field}`;
}

/** Defined name of a narrative cell: TM_II_2_a. */
export function narrativeCellName(key: NarrativeKey): string {
  return `TM_${key.replace(/\./g, '_')}`;
}

/** Defined name of a form row's Ghi chú cell: GC1_2_1 (beside BM1_2_1). */
export function noteCellName(form: FormNumber, key: string): string {
  return `GC${form}_${key.replace(/\./g, '_')}`;
}
