// The columns of the authoring workbook's sheets, shared by its plan and its reader: header, width, format, drop-down list, and whether the reader needs it.
import { FORMSET_TEXT } from '../i18n/form-sets';
import { ACROSS_CLASSES, SET_OPERATORS, SET_ROW_KINDS } from './form-set';

const { headers: H, words: W, authoring: A } = FORMSET_TEXT;

/** A drop-down list of a column: the words offered, and the prompt beside the cell. */
export interface ColumnList {
  readonly values: readonly string[];
  readonly prompt: string;
}

export interface AuthoringColumn<F extends string> {
  readonly field: F;
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** "@" keeps "2.1." and "1" as typed text; "General" for numbers. */
  readonly format: '@' | 'General';
  /** Long texts wrap. */
  readonly wrap?: boolean;
  readonly list?: ColumnList;
  /** The reader refuses a sheet whose header row lacks it (CONTRACTS.md fixes it, or a row cannot be read without it). */
  readonly required: boolean;
}

const yesNo: ColumnList = { values: [W.yes, W.no], prompt: A.validation.yesNo };

type Col<F extends string> = AuthoringColumn<F>;
const text = <F extends string>(field: F, header: string, width: number, required: boolean, wrap = false): Col<F> => ({
  field,
  header,
  width,
  format: '@',
  required,
  ...(wrap ? { wrap } : {}),
});
const num = <F extends string>(field: F, header: string, width: number, required: boolean): Col<F> => ({ field, header, width, format: 'General', required });
const listed = <F extends string>(field: F, header: string, width: number, required: boolean, list: ColumnList): Col<F> => ({
  ...text(field, header, width, required),
  list,
});

export const IDENTITY_COLUMNS = [
  text('item', H.identity.item, 22, true),
  text('value', H.identity.value, 60, true, true),
  text('note', A.identityNote, 70, false, true),
] as const;

export const FORM_COLUMNS = [num('number', H.forms.number, 11, true), text('title', H.forms.title, 70, true, true)] as const;

export const ROW_COLUMNS = [
  num('form', H.rows.form, 10, true),
  text('key', H.rows.key, 10, true),
  text('stt', H.rows.stt, 9, true),
  text('label', H.rows.label, 60, true, true),
  text('unit', H.rows.unit, 16, true, true),
  listed('kind', H.rows.kind, 12, true, { values: SET_ROW_KINDS.map((k) => W.kinds[k]), prompt: A.validation.kind }),
  text('part', H.rows.part, 10, false),
  text('whole', H.rows.whole, 10, false),
  text('terms', H.rows.terms, 18, false, true),
  text('codes', H.rows.codes, 30, false, true),
  listed('required', H.rows.required, 10, false, yesNo),
  listed('printed', H.rows.printed, 8, false, yesNo),
  listed('across', H.rows.across, 14, false, { values: ACROSS_CLASSES.map((c) => W.across[c]), prompt: A.validation.across }),
  listed('compare', H.rows.compare, 11, false, yesNo),
  num('keyRatio', H.rows.keyRatio, 10, false),
  text('words', H.rows.words, 30, false, true),
  text('topic', H.rows.topic, 40, false, true),
  text('labelBySuperior', H.rows.labelBySuperior, 40, false, true),
  text('zeroWhen', H.rows.zeroWhen, 16, false, true),
  text('notExpectedWhen', H.rows.notExpectedWhen, 14, false),
  text('keyRatioName', H.rows.keyRatioName, 40, false, true),
] as const;

export const RULE_COLUMNS = [
  num('form', H.rules.form, 10, true),
  text('rows', H.rules.rows, 18, true, true),
  listed('operator', H.rules.operator, 12, true, { values: SET_OPERATORS.map((o) => W.operators[o]), prompt: A.validation.operator }),
  text('against', H.rules.against, 18, true, true),
  num('againstNumber', H.rules.againstNumber, 9, false),
  listed('severity', H.rules.severity, 11, true, { values: [W.severities.error, W.severities.warning], prompt: A.validation.severity }),
  text('message', H.rules.message, 50, false, true),
  text('id', H.rules.id, 24, false),
  text('when', H.rules.when, 10, false),
] as const;

export const SENTENCE_COLUMNS = [
  text('section', H.sentences.section, 8, true),
  num('order', H.sentences.order, 8, true),
  num('form', H.sentences.form, 10, true),
  text('rows', H.sentences.rows, 18, true, true),
  text('template', H.sentences.template, 80, true, true),
  text('joiner', H.sentences.joiner, 10, false),
  text('when', H.sentences.when, 10, false),
] as const;

export const DISTRICT_SENTENCE_COLUMNS = [
  num('form', H.districtSentences.form, 10, true),
  text('rows', H.districtSentences.rows, 18, true, true),
  text('ratio', H.districtSentences.ratio, 10, false),
  text('topic', H.districtSentences.topic, 36, true, true),
  text('template', H.districtSentences.template, 80, true, true),
] as const;

export type IdentityColumnField = (typeof IDENTITY_COLUMNS)[number]['field'];
export type FormColumnField = (typeof FORM_COLUMNS)[number]['field'];
export type RowColumnField = (typeof ROW_COLUMNS)[number]['field'];
export type RuleColumnField = (typeof RULE_COLUMNS)[number]['field'];
export type SentenceColumnField = (typeof SENTENCE_COLUMNS)[number]['field'];
export type DistrictSentenceColumnField = (typeof DISTRICT_SENTENCE_COLUMNS)[number]['field'];
