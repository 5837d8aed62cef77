// How findings name rows: the form's own label inside a sentence, and row references across forms.
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import type { FormNumber } from '../forms/types';
import { DEFAULT_PLACE, placedLabel, placedText, type PlaceWords } from '../data/place-words';
import { isComputedRow } from '../forms/types';
import { RULE_TEXT } from '../i18n/rules';
import type { RowRef, Side } from './validation-rule';

/**
 * A row's label as it reads inside a sentence: in full as the form prints it, its explanation in brackets kept ("số TTHC
 * cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc)", so a person finds the row by it), worded for the unit's place ("tổ dân
 * phố" in a phường), the first letter lower-cased unless the first word is an acronym ("UBND…" kept).
 */
export function labelInFinding(form: FormNumber, key: string, catalogue: FormCatalogue, place: PlaceWords = DEFAULT_PLACE): string {
  // A label that is not a noun phrase ("Đã thực hiện", "UBND cấp xã đã hoàn thành…") reads as the catalogue's phrase.
  const row = catalogue.row(form, key);
  if (row?.topic) return placedText(row.topic, place);
  const label = row ? placedLabel(row, place) : RULE_TEXT.rowRef(key);
  const [first = '', second = ''] = Array.from(label);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + label.slice(first.length)
    : label;
}

/** The rows a computed row is made of (a sum's terms, a ratio's part and whole), as references; none for an input. */
export function inputsOf(ref: RowRef, catalogue: FormCatalogue): readonly RowRef[] {
  const row = catalogue.row(ref.form, ref.key);
  if (!row || !isComputedRow(row)) return [];
  const keys = row.kind === 'sum' ? row.terms : [row.part, row.whole];
  return keys.map((k) => parseRowText(k, ref.form));
}

/** "dòng 4.2" in the finding's own form, "dòng 2.2 Biểu mẫu 4" elsewhere. */
export function rowReference(ref: RowRef, from: FormNumber | null): string {
  return ref.form === from ? RULE_TEXT.rowRef(ref.key) : RULE_TEXT.rowRefOtherForm(ref.form, ref.key);
}

/** A side of a rule in words, seen from the finding's form; null for a constant (the number says it all). */
export function describeSide(side: Side, from: FormNumber, catalogue: FormCatalogue, place: PlaceWords = DEFAULT_PLACE): string | null {
  if ('constant' in side) return null;
  const [only, ...more] = side.rows;
  if (only && more.length === 0) {
    const label = labelInFinding(only.form, only.key, catalogue, place);
    return only.form === from ? label : RULE_TEXT.labelInOtherForm(label, only.form, only.key);
  }
  return RULE_TEXT.sumOfRows(side.rows.map((r) => (r.form === from ? r.key : RULE_TEXT.sumTermOtherForm(r.form, r.key))));
}

/** Several rows in words, seen from a form: "dòng 6.5.1, 6.6.2 và dòng 1.1 Biểu mẫu 3"; null when there are none. */
export function rowList(refs: readonly RowRef[], from: FormNumber): string | null {
  if (refs.length === 0) return null;
  const own = refs.filter((r) => r.form === from).map((r) => r.key);
  const forms = [...new Set(refs.filter((r) => r.form !== from).map((r) => r.form))].sort((a, b) => a - b);
  return RULE_TEXT.rowList(
    own,
    forms.map((form) => ({ form, keys: refs.filter((r) => r.form === form).map((r) => r.key) })),
  );
}
