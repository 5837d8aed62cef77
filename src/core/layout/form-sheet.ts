// The plan of one Biểu mẫu sheet: title block, the official five-column table, formulas, inputs and validation.
import { parseRowText } from '../forms/build-catalogue';
import { definedName, formSheetName } from '../forms/catalogue';
import { isComputedRow, isInputRow } from '../forms/types';
import type { FormDef, FormRow } from '../forms/types';
import { placedLabel, type PlaceWords } from '../data/place-words';
import type { FormNotes, FormValues } from '../data/types';
import { COMMON_TEXT } from '../i18n/common';
import { LAYOUT_TEXT } from '../i18n/layout';
import { cellAddress } from './a1';
import { computedFormula } from './form-formulas';
import { inputValidation, sameValidation } from './form-validation';
import { noteCellName } from './names';
import { wrappedRowHeight } from './row-height';
import { SheetGrid } from './sheet-grid';
import { COMPUTED_FILL, HEADER_FILL, INPUT_FILL, TITLE_FONT_SIZE, a4Portrait } from './sheet-style';
import type { SheetPlan, Validation } from './types';

/** Row of the table header; form rows start on the next row. */
export const FORM_HEADER_ROW = 4;
export const FORM_FIRST_ROW = FORM_HEADER_ROW + 1;
/** Column D holds every value (input or computed); E is Ghi chú. */
export const FORM_VALUE_COL = 4;
const NOTE_COL = 5;
const COLUMN_WIDTHS = [7, 60, 16, 14, 22] as const;

const NUMBER_FORMATS: Readonly<Record<FormRow['kind'], string>> = {
  section: 'General',
  count: '0',
  money: '#,##0.00',
  percent: '0.0',
  code: '0',
  ratio: '0.0',
  sum: '0',
};

/** The sheet row of a form row, or undefined when the form has no such key. */
export function formRowNumber(form: FormDef, key: string): number | undefined {
  const i = form.rows.findIndex((r) => r.key === key);
  return i < 0 ? undefined : FORM_FIRST_ROW + i;
}

/**
 * `place`, when the header is known, words the labels that depend on it (README "What the report never says"): Biểu mẫu 1
 * row 4 names the superior's level ("UBND tỉnh"), a phường's rows say "tổ dân phố", a centrally-run city's "của thành phố".
 */
export function buildFormSheet(form: FormDef, values: FormValues | undefined, notes?: FormNotes, place?: PlaceWords): SheetPlan {
  const last = FORM_FIRST_ROW + form.rows.length - 1;
  const g = new SheetGrid(formSheetName(form.number), last, COLUMN_WIDTHS.length);
  const addressOf = (key: string): string => {
    // A row of another form (`BM7 6.7.1`, a ratio's part or whole there) by its workbook-level name, wherever its sheet holds it.
    const at = parseRowText(key, form.number);
    if (at.form !== form.number) return definedName(at.form, at.key);
    const r = formRowNumber(form, key);
    if (r === undefined) throw new Error(LAYOUT_TEXT.errors.unknownRow(form.number, key));
    return cellAddress(r, FORM_VALUE_COL);
  };

  g.value(1, 1, COMMON_TEXT.formName(form.number)).merge('A1:E1').style('A1:E1', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center' });
  g.value(2, 1, form.title).merge('A2:E2').style('A2:E2', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
  g.value(3, 1, LAYOUT_TEXT.formResultLine).merge('A3:E3').style('A3:E3', { italic: true, hAlign: 'center' });
  LAYOUT_TEXT.formTableHeaders.forEach((h, i) => g.value(FORM_HEADER_ROW, i + 1, h, '@'));
  g.style(`A${FORM_HEADER_ROW}:E${FORM_HEADER_ROW}`, { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: HEADER_FILL });
  g.style(`A${FORM_HEADER_ROW}:E${last}`, { border: true, vAlign: 'middle' });
  g.style(`A${FORM_FIRST_ROW}:A${last}`, { hAlign: 'center' });
  g.style(`B${FORM_FIRST_ROW}:B${last}`, { wrap: true });
  g.style(`C${FORM_FIRST_ROW}:C${last}`, { wrap: true, hAlign: 'center' });
  // Values centred as in the printed form (the report's appendix does the same).
  g.style(`D${FORM_FIRST_ROW}:D${last}`, { hAlign: 'center' });
  g.style(`E${FORM_FIRST_ROW}:E${last}`, { wrap: true, fill: INPUT_FILL });
  g.input(`E${FORM_FIRST_ROW}:E${last}`);

  const validations: Validation[] = [];
  form.rows.forEach((row, i) => {
    const r = FORM_FIRST_ROW + i;
    const d = cellAddress(r, FORM_VALUE_COL);
    const label = placedLabel(row, place);
    g.value(r, 1, row.stt, '@').value(r, 2, label, '@').value(r, 3, row.unit, '@');
    // Named like the value cell, so readers and re-layout find a note by name, not by position.
    g.value(r, NOTE_COL, notes?.[row.key] ?? null, '@').nameCell(noteCellName(form.number, row.key), r, NOTE_COL);
    g.format(r, FORM_VALUE_COL, NUMBER_FORMATS[row.kind]);
    const height = wrappedRowHeight([
      { text: label, width: COLUMN_WIDTHS[1] },
      { text: row.unit, width: COLUMN_WIDTHS[2] },
    ]);
    if (height !== undefined) g.height(r, height);
    if (row.kind === 'section') {
      g.style(`A${r}:C${r}`, { bold: true });
      return;
    }
    g.nameCell(definedName(form.number, row.key), r, FORM_VALUE_COL);
    if (isComputedRow(row)) {
      g.formula(r, FORM_VALUE_COL, computedFormula(row, addressOf)).style(d, { fill: COMPUTED_FILL });
    } else if (isInputRow(row)) {
      g.value(r, FORM_VALUE_COL, values?.[row.key] ?? null).input(d).style(d, { fill: INPUT_FILL });
      const v = inputValidation(row, d);
      const prev = validations[validations.length - 1];
      // Adjacent rows with the same rule share one validation, so hosts apply fewer ranges.
      if (prev && sameValidation(prev, v) && prev.range.split(':').pop() === cellAddress(r - 1, FORM_VALUE_COL)) {
        validations[validations.length - 1] = { ...prev, range: `${prev.range.split(':')[0]}:${d}` };
      } else {
        validations.push(v);
      }
    }
  });
  validations.forEach((v) => g.validate(v));

  return g.build({
    columnWidths: COLUMN_WIDTHS,
    protect: true,
    print: a4Portrait(`${FORM_HEADER_ROW}:${FORM_HEADER_ROW}`),
    freezeRows: FORM_HEADER_ROW,
  });
}
