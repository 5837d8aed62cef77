// What is wrong with a form set, and where: a sheet and cell of its authoring workbook, or a path in its JSON.
import { sheetRef } from '../layout/a1';

/** Where an item of a set stands: a cell of the authoring workbook ("'Chỉ tiêu'!G12"), or a JSON path ("rules[3].against"). */
export interface SetPlace {
  readonly sheet: string | null;
  /** "G12" in the sheet, or null where the whole sheet (or the JSON item) is meant. */
  readonly cell: string | null;
}

/** One problem, in Vietnamese, at its place; a set with any problem is never used. */
export interface SetProblem {
  readonly place: SetPlace | null;
  readonly message: string;
}

/** The columns of the authoring workbook an item's problem can point at, by the JSON field they fill. */
export type RowField = 'form' | 'key' | 'stt' | 'label' | 'unit' | 'kind' | 'part' | 'whole' | 'terms' | 'codes' | 'required' | 'printed' | 'across' | 'compare' | 'keyRatio' | 'keyRatioName' | 'words' | 'topic' | 'labelBySuperior' | 'zeroWhen' | 'notExpectedWhen';
export type RuleField = 'form' | 'rows' | 'operator' | 'against' | 'severity' | 'message' | 'id' | 'when';
export type SentenceField = 'section' | 'order' | 'form' | 'rows' | 'template' | 'joiner' | 'when';
export type DistrictSentenceField = 'form' | 'rows' | 'ratio' | 'topic' | 'template';
export type IdentityField = 'id' | 'version' | 'name' | 'issuer' | 'appliesFrom';

/**
 * Where each item of a set was read from. The authoring workbook's reader gives cells; a JSON set
 * gives JSON paths (jsonLocator). Indexes are positions in the set's arrays.
 */
export interface SetLocator {
  identity(field: IdentityField): SetPlace | null;
  form(formIndex: number, field: 'number' | 'title'): SetPlace | null;
  row(formIndex: number, rowIndex: number, field: RowField): SetPlace | null;
  rule(ruleIndex: number, field: RuleField): SetPlace | null;
  sentence(sentenceIndex: number, field: SentenceField): SetPlace | null;
  districtSentence(index: number, field: DistrictSentenceField): SetPlace | null;
}

/** The places of a set read from JSON: paths such as `forms[0].rows[3].part`. */
export const jsonLocator: SetLocator = {
  identity: (field) => ({ sheet: null, cell: field }),
  form: (f, field) => ({ sheet: null, cell: `forms[${f}].${field}` }),
  row: (f, r, field) => ({ sheet: null, cell: `forms[${f}].rows[${r}].${field === 'form' ? 'number' : field}` }),
  rule: (i, field) => ({ sheet: null, cell: `rules[${i}].${field}` }),
  sentence: (i, field) => ({ sheet: null, cell: `sentences[${i}].${field}` }),
  districtSentence: (i, field) => ({ sheet: null, cell: `districtSentences[${i}].${field}` }),
};

/** A place as a person reads it: "'Chỉ tiêu'!G12", a sheet alone, a JSON path; null where the whole set is meant. */
export function placeText(place: SetPlace | null): string | null {
  if (!place) return null;
  if (place.sheet !== null) return place.cell === null ? place.sheet : sheetRef(place.sheet, place.cell);
  return place.cell;
}
