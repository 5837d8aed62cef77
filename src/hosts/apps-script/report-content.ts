// The district's `Nội dung báo cáo` sheet: the office's own header, signer, Nơi nhận and text of parts IV–VI for Báo cáo tổng hợp,
// one field a row (label in A, value in B); created with its labels when missing, otherwise read with one getValues.
import { GAS_TEXT } from '../../core/i18n/messages';
import type { ConsolidatedReportOptions } from '../../core/report/consolidated-report';
import { OFFICE_TEXT_KEYS, type OfficeText } from '../../core/report/office-inputs';
import type { GasSpreadsheet } from './gas-types';

const T = GAS_TEXT.district;
type Field = keyof typeof T.contentFields;
const FIELDS = Object.keys(T.contentFields) as Field[];
/** Row 1: how to fill the sheet; row 2: the header; the fields from row 3. */
export const CONTENT_FIRST_ROW = 3;
/** Column B holds long texts: wide enough to read a paragraph (pixels). */
const VALUE_WIDTH = 520;

/** The part numbers the report gives the office's text (IV, V, VI), for the warning on those left empty. */
const PART_NUMBER: Readonly<Record<(typeof OFFICE_TEXT_KEYS)[number], string>> = { assessment: 'IV', tasks: 'V', proposals: 'VI' };

export interface ReportContent {
  /** What the report is built with (expected units aside: Danh sách đơn vị gives them). */
  readonly options: Omit<ConsolidatedReportOptions, 'expectedUnits'>;
  /** True when the sheet was missing and has just been created (every field empty). */
  readonly created: boolean;
  /** Lines for the sidebar: rows not understood, parts left empty. */
  readonly notes: readonly string[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).normalize('NFC').replace(/\r\n?/g, '\n').trim();
/** What a label is known by: the words before its example, in any case or spacing. */
const labelKey = (label: string): string => label.split(' (')[0]!.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
const KEYS = new Map(FIELDS.map((f) => [labelKey(T.contentFields[f]), f]));

/**
 * Reads `Nội dung báo cáo` (one getDataRange().getValues()), or creates it with its instruction, header and labels (one setValues)
 * when missing. A row is known by its label in A (the words before "(": the example may be edited away); its value is B.
 */
export function readReportContent(ss: GasSpreadsheet): ReportContent {
  const sheet = ss.getSheetByName(T.contentSheet);
  if (!sheet) {
    const created = ss.insertSheet(T.contentSheet, ss.getSheets().length);
    created.getRange(1, 1, CONTENT_FIRST_ROW - 1 + FIELDS.length, 2).setValues([[T.contentInstruction, ''], [...T.contentHeader], ...FIELDS.map((f) => [T.contentFields[f], ''])]);
    created.setColumnWidth(2, VALUE_WIDTH);
    return { options: {}, created: true, notes: [T.contentCreated] };
  }
  const grid = sheet.getDataRange().getValues();
  const values: Partial<Record<Field, string>> = {};
  const notes: string[] = [];
  grid.slice(CONTENT_FIRST_ROW - 1).forEach((row, i) => {
    const label = text(row[0]);
    const value = text(row[1]);
    if (label === '' && value === '') return;
    const field = KEYS.get(labelKey(label));
    if (field === undefined) {
      if (value !== '') notes.push(T.contentUnknownRow(CONTENT_FIRST_ROW + i, label));
      return;
    }
    if (value !== '') values[field] = value;
  });
  const officeText: Record<string, string> = {};
  for (const key of OFFICE_TEXT_KEYS) if (values[key] !== undefined) officeText[key] = values[key];
  const blank = OFFICE_TEXT_KEYS.filter((k) => values[k] === undefined).map((k) => PART_NUMBER[k]);
  if (blank.length > 0) notes.push(T.contentBlank(blank));
  const { issuer, superior, signerAuthority: authority, signerTitle: title, signerName: name, recipients } = values;
  return {
    options: {
      ...(issuer !== undefined ? { issuer } : {}),
      ...(superior !== undefined ? { superior } : {}),
      ...(authority !== undefined || title !== undefined || name !== undefined
        ? { signer: { ...(authority !== undefined ? { authority } : {}), ...(title !== undefined ? { title } : {}), ...(name !== undefined ? { name } : {}) } }
        : {}),
      ...(recipients !== undefined ? { recipients: recipients.split('\n').map((r) => r.trim()).filter((r) => r !== '') } : {}),
      officeText: officeText as OfficeText,
    },
    created: false,
    notes,
  };
}
