// A form set as the authoring workbook a province edits (CONTRACTS.md "Form sets"): one sheet plan per sheet, header row first and frozen, drop-down lists, and the `Hướng dẫn` sheet.
import { FORMSET_TEXT } from '../i18n/form-sets';
import { cellAddress, columnLetter } from '../layout/a1';
import { wrappedRowHeight } from '../layout/row-height';
import { SheetGrid } from '../layout/sheet-grid';
import { HEADER_FILL, a4Portrait } from '../layout/sheet-style';
import type { PlanValue, SheetPlan } from '../layout/types';
import {
  formatCodes,
  formatCondition,
  formatDate,
  formatGroups,
  formatJoiner,
  joinList,
} from './authoring-cells';
import {
  DISTRICT_SENTENCE_COLUMNS,
  FORM_COLUMNS,
  IDENTITY_COLUMNS,
  ROW_COLUMNS,
  RULE_COLUMNS,
  SENTENCE_COLUMNS,
  type AuthoringColumn,
  type DistrictSentenceColumnField,
  type FormColumnField,
  type IdentityColumnField,
  type RowColumnField,
  type RuleColumnField,
  type SentenceColumnField,
} from './authoring-columns';
import type { FormSetDef, SetDistrictSentence, SetRow, SetRule, SetSentence } from './form-set';

const { sheets: S, words: W, authoring: A, guide: G } = FORMSET_TEXT;

/** Blank rows laid below the items with the columns' formats and lists, so rows a person adds get them too. */
export const SPARE_ROWS = 100;

/** The authoring workbook: its sheets, in order. */
export interface AuthoringPlan {
  readonly sheets: readonly SheetPlan[];
}

const landscape = { ...a4Portrait('1:1'), orientation: 'landscape' as const };

const yesNo = (b: boolean | undefined): PlanValue => (b === undefined ? null : b ? W.yes : W.no);
const opt = (s: string | undefined): PlanValue => (s === undefined || s === '' ? null : s);
const list = (items: readonly string[] | undefined, sep: 'sum' | 'rows' | 'items'): PlanValue => (items && items.length > 0 ? joinList(items, sep) : null);

/** One table sheet: the header row, one row per item, spare rows; lists, formats, wrap, frozen header. */
function tableSheet<F extends string>(
  name: string,
  columns: readonly AuthoringColumn<F>[],
  items: readonly Readonly<Partial<Record<F, PlanValue>>>[],
): SheetPlan {
  const last = 1 + items.length + SPARE_ROWS;
  const g = new SheetGrid(name, last, columns.length);
  const lastCol = columnLetter(columns.length);
  columns.forEach((c, i) => g.value(1, i + 1, c.header, '@'));
  g.style(`A1:${lastCol}1`, { bold: true, wrap: true, hAlign: 'center', fill: HEADER_FILL, border: true });
  items.forEach((item, r) => {
    const row = r + 2;
    columns.forEach((c, i) => g.value(row, i + 1, item[c.field] ?? null));
    const height = wrappedRowHeight(
      columns.filter((c) => c.wrap).map((c) => ({ text: typeof item[c.field] === 'string' ? (item[c.field] as string) : '', width: c.width })),
    );
    if (height !== undefined) g.height(row, height);
  });
  if (items.length > 0) g.style(`A2:${lastCol}${items.length + 1}`, { border: true, vAlign: 'top' });
  columns.forEach((c, i) => {
    const col = i + 1;
    for (let row = 2; row <= last; row++) g.format(row, col, c.format);
    const range = `${cellAddress(2, col)}:${cellAddress(last, col)}`;
    if (c.wrap) g.style(range, { wrap: true, vAlign: 'top' });
    if (c.list) {
      g.validate({
        range,
        rule: { type: 'list', values: c.list.values },
        allowBlank: true,
        promptTitle: c.header,
        prompt: c.list.prompt,
        errorTitle: A.validation.errorTitle,
        error: A.validation.error,
      });
    }
  });
  return g.build({ columnWidths: columns.map((c) => c.width), protect: false, print: landscape, freezeRows: 1 });
}

function identitySheet(set: FormSetDef): SheetPlan {
  const items = G.identityItems;
  const rows: Partial<Record<IdentityColumnField, PlanValue>>[] = [
    { item: FORMSET_TEXT.headers.identityItems.id, value: set.id, note: items.id.text },
    { item: FORMSET_TEXT.headers.identityItems.version, value: set.version, note: items.version.text },
    { item: FORMSET_TEXT.headers.identityItems.name, value: set.name, note: items.name.text },
    { item: FORMSET_TEXT.headers.identityItems.issuer, value: opt(set.issuer), note: items.issuer.text },
    { item: FORMSET_TEXT.headers.identityItems.appliesFrom, value: set.appliesFrom ? formatDate(set.appliesFrom) : null, note: items.appliesFrom.text },
  ];
  return tableSheet(S.identity, IDENTITY_COLUMNS, rows);
}

const formItems = (set: FormSetDef): Partial<Record<FormColumnField, PlanValue>>[] => set.forms.map((f) => ({ number: f.number, title: f.title }));

function rowItem(form: number, r: SetRow): Partial<Record<RowColumnField, PlanValue>> {
  return {
    form,
    key: r.key,
    stt: opt(r.stt),
    label: r.label,
    unit: opt(r.unit),
    kind: W.kinds[r.kind],
    part: opt(r.part),
    whole: opt(r.whole),
    terms: list(r.terms, 'sum'),
    codes: r.codes && r.codes.length > 0 ? formatCodes(r.codes) : null,
    required: yesNo(r.required),
    printed: yesNo(r.printed),
    across: r.across ? W.across[r.across] : null,
    compare: yesNo(r.compare),
    keyRatio: r.keyRatio ?? null,
    keyRatioName: r.keyRatioName ?? null,
    words: list(r.words, 'items'),
    topic: opt(r.topic),
    labelBySuperior: opt(r.labelBySuperior),
    zeroWhen: r.zeroWhen && r.zeroWhen.length > 0 ? formatGroups(r.zeroWhen) : null,
    notExpectedWhen: r.notExpectedWhen ? formatCondition(r.notExpectedWhen) : null,
  };
}

function ruleItem(r: SetRule): Partial<Record<RuleColumnField, PlanValue>> {
  return {
    form: r.form,
    rows: joinList(r.rows, 'sum'),
    operator: W.operators[r.operator],
    against: typeof r.against === 'number' ? null : list(r.against, 'sum'),
    againstNumber: typeof r.against === 'number' ? r.against : null,
    severity: W.severities[r.severity],
    message: opt(r.message),
    id: opt(r.id),
    when: r.when ? formatCondition(r.when) : null,
  };
}

function sentenceItem(s: SetSentence): Partial<Record<SentenceColumnField, PlanValue>> {
  return {
    section: s.section,
    order: s.order,
    form: s.form,
    rows: list(s.rows, 'rows'),
    template: s.template,
    joiner: s.joiner === undefined ? null : formatJoiner(s.joiner),
    when: s.when ? formatCondition(s.when) : null,
  };
}

function districtSentenceItem(d: SetDistrictSentence): Partial<Record<DistrictSentenceColumnField, PlanValue>> {
  return { form: d.form, rows: list(d.rows, 'rows'), ratio: opt(d.ratio), topic: d.topic, template: d.template };
}

const GUIDE_WIDTHS = [14, 22, 80, 40] as const;

/** `Hướng dẫn`: general notes, then every column of every sheet with how to fill it and an example. */
function guideSheet(): SheetPlan {
  type Line = readonly [sheet: string, column: string, text: string, example: string];
  const of = <F extends string>(sheet: string, columns: readonly AuthoringColumn<F>[], lines: Readonly<Partial<Record<F, { text: string; example: string }>>>): Line[] =>
    columns.flatMap((c) => {
      const line = lines[c.field];
      return line ? [[sheet, c.header, line.text, line.example] as const] : [];
    });
  const identityItems = Object.entries(FORMSET_TEXT.headers.identityItems).map(
    ([field, item]) => [S.identity, item, G.identityItems[field as keyof typeof G.identityItems].text, G.identityItems[field as keyof typeof G.identityItems].example] as const,
  );
  const lines: Line[] = [
    ...G.general.map((l) => [G.generalSheet, l.column, l.text, l.example] as const),
    ...of(S.identity, IDENTITY_COLUMNS, G.identity),
    ...identityItems,
    ...of(S.forms, FORM_COLUMNS, G.forms),
    ...of(S.rows, ROW_COLUMNS, G.rows),
    ...of(S.rules, RULE_COLUMNS, G.rules),
    ...of(S.sentences, SENTENCE_COLUMNS, G.sentences),
    ...of(S.districtSentences, DISTRICT_SENTENCE_COLUMNS, G.districtSentences),
  ];
  const g = new SheetGrid(S.guide, lines.length + 1, GUIDE_WIDTHS.length);
  [G.headers.sheet, G.headers.column, G.headers.text, G.headers.example].forEach((h, i) => g.value(1, i + 1, h, '@'));
  g.style('A1:D1', { bold: true, hAlign: 'center', fill: HEADER_FILL, border: true });
  lines.forEach((line, i) => {
    line.forEach((v, c) => g.value(i + 2, c + 1, v, '@'));
    const height = wrappedRowHeight(line.map((text, c) => ({ text, width: GUIDE_WIDTHS[c] ?? 10 })));
    if (height !== undefined) g.height(i + 2, height);
  });
  g.style(`A2:D${lines.length + 1}`, { wrap: true, vAlign: 'top', border: true });
  g.style(`A2:B${lines.length + 1}`, { bold: true });
  return g.build({ columnWidths: GUIDE_WIDTHS, protect: false, print: landscape, freezeRows: 1 });
}

/** The authoring workbook of `set`: `Thông tin`, `Biểu mẫu`, `Chỉ tiêu`, `Quy tắc`, `Câu văn`, `Câu văn tổng hợp`, `Hướng dẫn`. */
export function buildAuthoringPlan(set: FormSetDef): AuthoringPlan {
  return {
    sheets: [
      identitySheet(set),
      tableSheet(S.forms, FORM_COLUMNS, formItems(set)),
      tableSheet(S.rows, ROW_COLUMNS, set.forms.flatMap((f) => f.rows.map((r) => rowItem(f.number, r)))),
      tableSheet(S.rules, RULE_COLUMNS, set.rules.map(ruleItem)),
      tableSheet(S.sentences, SENTENCE_COLUMNS, set.sentences.map(sentenceItem)),
      tableSheet(S.districtSentences, DISTRICT_SENTENCE_COLUMNS, (set.districtSentences ?? []).map(districtSentenceItem)),
      guideSheet(),
    ],
  };
}
