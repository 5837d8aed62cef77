// Checks of each value by the kind of its row (XLSForm-style constraints): text, sign, integer, range, code, computation.
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import { computeRow } from '../forms/compute';
import type { ComputedRow, FormDef, FormRow, InputRow, RatioRow } from '../forms/types';
import type { CellValue, FormsData } from '../data/types';
import { parseVietnameseNumber } from '../data/vi-number';
import { RULE_TEXT } from '../i18n/rules';
import { DEFAULT_PLACE, type PlaceWords } from '../data/place-words';
import { COMMON_TEXT } from '../i18n/common';
import { labelInFinding } from './describe';
import { RULE_IDS, type Finding } from './types';
import { isBlank, numberAt } from './values';

/** A finding without its cell; check.ts adds the cell for the host. */
export type FormFinding = Omit<Finding, 'cell'>;

/** The difference a typed computed value may have from the core's own (CONTRACTS.md). */
const COMPUTED_TOLERANCE = 0.05;
const EPSILON = 1e-9;

const hasMoreDecimals = (x: number, digits: number): boolean => {
  const scaled = x * 10 ** digits;
  return Math.abs(scaled - Math.round(scaled)) > EPSILON * Math.max(1, Math.abs(scaled));
};

function checkInput(form: FormDef, row: InputRow, value: number, catalogue: FormCatalogue, place: PlaceWords): FormFinding | null {
  const where = RULE_TEXT.where(form.number, row.key);
  const label = labelInFinding(form.number, row.key, catalogue, place);
  const at = { form: form.number, row: row.key } as const;
  switch (row.kind) {
    case 'count':
    case 'money':
      if (value < 0) return { ...at, severity: 'error', rule: RULE_IDS.negative, message: RULE_TEXT.negative(where, label, value) };
      if (row.kind === 'count' && !Number.isInteger(value)) {
        return { ...at, severity: 'error', rule: RULE_IDS.notInteger, message: RULE_TEXT.notInteger(where, label, value) };
      }
      return null;
    case 'percent':
      if (value < 0 || value > 100) {
        return { ...at, severity: 'error', rule: RULE_IDS.percentRange, message: RULE_TEXT.percentRange(where, label, value) };
      }
      if (hasMoreDecimals(value, 1)) {
        return { ...at, severity: 'warning', rule: RULE_IDS.percentDecimals, message: RULE_TEXT.percentDecimals(where, label, value, COMMON_TEXT.formatNumber(value, 1)) };
      }
      return null;
    case 'code':
      if (!row.codes.some((c) => c.value === value)) {
        return { ...at, severity: 'error', rule: RULE_IDS.codeRange, message: RULE_TEXT.codeRange(where, label, value, row.unit) };
      }
      return null;
  }
}

/** Why a ratio has no value: its whole is 0, or its whole or part is empty or text. */
function ratioReason(form: FormDef, row: RatioRow, forms: FormsData, catalogue: FormCatalogue): string {
  const [wholeRef, partRef] = [parseRowText(row.whole, form.number), parseRowText(row.part, form.number)];
  const whole = numberAt(forms, wholeRef, catalogue);
  const part = numberAt(forms, partRef, catalogue);
  const [key, ref, v] = whole === null || whole === 0 ? [row.whole, wholeRef, whole] : [row.part, partRef, part];
  const raw = forms[`${ref.form}`]?.[ref.key];
  return RULE_TEXT.ratioReason(key, v === 0 ? 'zero' : isBlank(raw) || typeof raw === 'number' ? 'empty' : 'text');
}

function checkComputed(form: FormDef, row: ComputedRow, value: number, forms: FormsData, catalogue: FormCatalogue, place: PlaceWords): FormFinding | null {
  const computed = computeRow(form.number, row, forms[`${form.number}`] ?? {}, catalogue, forms);
  if (computed !== null && Math.abs(value - computed) <= COMPUTED_TOLERANCE + EPSILON) return null;
  const where = RULE_TEXT.where(form.number, row.key);
  const label = labelInFinding(form.number, row.key, catalogue, place);
  const message =
    row.kind === 'ratio'
      ? computed === null
        ? RULE_TEXT.ratioShouldBeEmpty(where, label, value, ratioReason(form, row, forms, catalogue))
        : RULE_TEXT.ratioMismatch(where, label, value, computed, row.part, row.whole)
      : computed === null
        ? RULE_TEXT.sumShouldBeEmpty(where, label, value, row.terms)
        : RULE_TEXT.sumMismatch(where, label, value, computed, row.terms);
  return { form: form.number, row: row.key, severity: 'error', rule: RULE_IDS.computedMismatch, message };
}

/** The finding of one value, if any: at most one per cell, the most basic problem first; `forms` are the whole report's values. */
export function checkValue(
  form: FormDef,
  row: FormRow,
  value: CellValue | undefined,
  forms: FormsData,
  catalogue: FormCatalogue,
  place: PlaceWords = DEFAULT_PLACE,
): FormFinding | null {
  if (row.kind === 'section' || isBlank(value)) return null;
  if (typeof value === 'string' || !Number.isFinite(value)) {
    const text = String(value);
    return {
      form: form.number,
      row: row.key,
      severity: 'error',
      rule: RULE_IDS.notANumber,
      message: RULE_TEXT.notANumber(RULE_TEXT.where(form.number, row.key), text.trim(), parseVietnameseNumber(text)),
    };
  }
  return row.kind === 'ratio' || row.kind === 'sum' ? checkComputed(form, row, value, forms, catalogue, place) : checkInput(form, row, value, catalogue, place);
}
