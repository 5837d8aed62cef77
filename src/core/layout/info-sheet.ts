// The plan of `Thông tin chung`: one labelled, named value cell per header field, and the template version.
import { PERIODS, SIGNER_FORMS, UNIT_KINDS } from '../data/types';
import { signingForm } from '../report/closing';
import type { Meta } from '../data/types';
import { COMMON_TEXT } from '../i18n/common';
import { LAYOUT_TEXT } from '../i18n/layout';
import { cellAddress } from './a1';
import { INFO_FIELDS, SHEET_INFO, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME, infoCellName } from './names';
import type { InfoField } from './names';
import { wrappedRowHeight } from './row-height';
import { SheetGrid } from './sheet-grid';
import { HEADER_FILL, INPUT_FILL, TITLE_FONT_SIZE, a4Portrait } from './sheet-style';
import type { PlanValue, SheetPlan, Validation } from './types';
import { isoToViDate } from './vi-date';

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const VALUE_COL = 2;
const COLUMN_WIDTHS = [36, 60, 48] as const;
const DATE_FIELDS: readonly InfoField[] = ['date', 'dataFrom', 'dataTo'];

/** A1 address (on `Thông tin chung`) of a header field's value cell in the template. */
export function infoCellAddress(field: InfoField): string {
  return cellAddress(FIRST_ROW + INFO_FIELDS.indexOf(field), VALUE_COL);
}

/** A1 address of the template-version cell. */
export const TEMPLATE_VERSION_CELL = cellAddress(FIRST_ROW + INFO_FIELDS.length, VALUE_COL);

/** What each header cell shows for the given meta (ISO dates as dd/mm/yyyy, the period by its label). */
export function infoCellValues(meta: Meta | undefined): Readonly<Record<InfoField, PlanValue>> {
  if (!meta) {
    const empty = Object.fromEntries(INFO_FIELDS.map((f) => [f, LAYOUT_TEXT.infoDefaults[f] ?? null]));
    return empty as Record<InfoField, PlanValue>;
  }
  const text = (s: string | undefined): PlanValue => (s === undefined || s === '' ? null : s);
  const date = (s: string | undefined): PlanValue => (s ? isoToViDate(s) : null);
  return {
    unit: meta.unit,
    unitKind: meta.unitKind,
    superior: meta.superior,
    province: text(meta.province),
    period: COMMON_TEXT.periodLabels[meta.period],
    year: meta.year,
    reportNumber: text(meta.reportNumber),
    date: date(meta.date),
    place: text(meta.place),
    dataFrom: date(meta.dataFrom),
    dataTo: date(meta.dataTo),
    basis: text(meta.basis),
    signerForm: signerCells(meta).form,
    signerBody: signerCells(meta).body,
    signerTitle: text(meta.signer?.title),
    signerName: text(meta.signer?.name),
    recipients: meta.recipients && meta.recipients.length > 0 ? meta.recipients.join('\n') : null,
    formerUnits: meta.formerUnits && meta.formerUnits.length > 0 ? meta.formerUnits.join('\n') : null,
  };
}

/** The signing form and body cells of a signer; a legacy authority line with no form goes whole into the body cell. */
function signerCells(meta: Meta): { readonly form: PlanValue; readonly body: PlanValue } {
  if (!meta.signer) return { form: null, body: null };
  const signing = signingForm(meta.signer);
  if (!signing) return { form: null, body: meta.signer.authority ?? null };
  return { form: signing.form, body: signing.body ?? null };
}

function validationOf(field: InfoField, range: string): Validation | undefined {
  if (field === 'signerForm') return { range, rule: { type: 'list', values: [...SIGNER_FORMS] }, allowBlank: true, ...LAYOUT_TEXT.validation.signerForm };
  if (field === 'unitKind') return { range, rule: { type: 'list', values: [...UNIT_KINDS] }, allowBlank: true, ...LAYOUT_TEXT.validation.unitKind };
  if (field === 'period') {
    return { range, rule: { type: 'list', values: PERIODS.map((p) => COMMON_TEXT.periodLabels[p]) }, allowBlank: true, ...LAYOUT_TEXT.validation.period };
  }
  if (field === 'year') return { range, rule: { type: 'whole', min: 2000, max: 2100 }, allowBlank: true, ...LAYOUT_TEXT.validation.year };
  if (DATE_FIELDS.includes(field)) return { range, rule: { type: 'textLength', max: 10 }, allowBlank: true, ...LAYOUT_TEXT.validation.date };
  return undefined;
}

export function buildInfoSheet(meta: Meta | undefined): SheetPlan {
  const versionRow = FIRST_ROW + INFO_FIELDS.length;
  const g = new SheetGrid(SHEET_INFO, versionRow, COLUMN_WIDTHS.length);
  g.value(1, 1, LAYOUT_TEXT.infoSheetTitle).merge('A1:C1').style('A1:C1', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center' });
  g.value(2, 1, LAYOUT_TEXT.infoSheetHint).merge('A2:C2').style('A2:C2', { italic: true, wrap: true }).height(2, 33);
  LAYOUT_TEXT.infoTableHeaders.forEach((h, i) => g.value(HEADER_ROW, i + 1, h, '@'));
  g.style(`A${HEADER_ROW}:C${HEADER_ROW}`, { bold: true, hAlign: 'center', fill: HEADER_FILL });
  g.style(`A${HEADER_ROW}:C${versionRow}`, { border: true, vAlign: 'top' });
  g.style(`A${FIRST_ROW}:C${versionRow}`, { wrap: true });

  const shown = infoCellValues(meta);
  INFO_FIELDS.forEach((field, i) => {
    const r = FIRST_ROW + i;
    const at = cellAddress(r, VALUE_COL);
    g.value(r, 1, LAYOUT_TEXT.infoFieldLabels[field], '@').value(r, 3, LAYOUT_TEXT.infoFieldHints[field], '@');
    // Text format keeps "08/06/2026" and "45/BC-UBND" as typed instead of turning them into dates or numbers.
    g.value(r, VALUE_COL, shown[field], field === 'year' ? '0' : '@');
    g.nameCell(infoCellName(field), r, VALUE_COL).input(at).style(at, { fill: INPUT_FILL });
    const v = validationOf(field, at);
    if (v) g.validate(v);
    const value = shown[field];
    const height = wrappedRowHeight([
      { text: typeof value === 'string' ? value : '', width: COLUMN_WIDTHS[1] },
      { text: LAYOUT_TEXT.infoFieldHints[field], width: COLUMN_WIDTHS[2] },
      { text: LAYOUT_TEXT.infoFieldLabels[field], width: COLUMN_WIDTHS[0] },
    ]);
    if (height !== undefined) g.height(r, height);
  });
  g.style(`A${FIRST_ROW}:A${versionRow}`, { bold: true });

  g.value(versionRow, 1, LAYOUT_TEXT.templateVersionLabel, '@').value(versionRow, VALUE_COL, TEMPLATE_VERSION, '@').value(versionRow, 3, LAYOUT_TEXT.templateVersionHint, '@');
  g.nameCell(TEMPLATE_VERSION_NAME, versionRow, VALUE_COL);

  return g.build({ columnWidths: COLUMN_WIDTHS, protect: true, print: a4Portrait(`${HEADER_ROW}:${HEADER_ROW}`), freezeRows: HEADER_ROW });
}
