// The authoring workbook read back into a form set: sheets by name, columns by header text, blank rows skipped, every problem at its sheet and cell.
import { FORMSET_TEXT } from '../i18n/form-sets';
import { cellAddress } from '../layout/a1';
import {
  cellText,
  isBlank,
  normalizeWord,
  parseCodes,
  parseCondition,
  parseDate,
  parseGroups,
  parseJoiner,
  parseNumber,
  splitList,
  type GridCell,
} from './authoring-cells';
import { DISTRICT_SENTENCE_COLUMNS, FORM_COLUMNS, IDENTITY_COLUMNS, ROW_COLUMNS, RULE_COLUMNS, SENTENCE_COLUMNS, type AuthoringColumn } from './authoring-columns';
import {
  ACROSS_CLASSES,
  FORM_SET_FORMAT_VERSION,
  SET_OPERATORS,
  SET_ROW_KINDS,
  type FormSetDef,
  type SetCondition,
  type SetDistrictSentence,
  type SetForm,
  type SetRow,
  type SetRule,
  type SetSentence,
} from './form-set';
import type { DistrictSentenceField, IdentityField, RowField, RuleField, SentenceField, SetLocator, SetPlace, SetProblem } from './set-problem';

/** The sheets of a workbook as grids of cell values, by sheet name; row 0 is the sheet's row 1. */
export type AuthoringGrids = ReadonlyMap<string, readonly (readonly GridCell[])[]>;

export type AuthoringRead = { readonly set: FormSetDef; readonly where: SetLocator } | { readonly problems: SetProblem[] };

const { sheets: S, headers: H, words: W, authoring: A } = FORMSET_TEXT;
const P = A.problems;

/** A word of a drop-down read back: the Vietnamese word, or the JSON value itself. */
function wordMap<V extends string>(values: readonly V[], words: Readonly<Record<V, string>>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const v of values) {
    map.set(normalizeWord(words[v]), v);
    map.set(normalizeWord(v), v);
  }
  return map;
}

const KINDS = wordMap(SET_ROW_KINDS, W.kinds);
const ACROSS = wordMap(ACROSS_CLASSES, W.across);
const OPERATORS = wordMap(SET_OPERATORS, W.operators);
const SEVERITIES = wordMap(['error', 'warning'] as const, W.severities);
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  [normalizeWord(W.yes), true],
  [normalizeWord(W.no), false],
]);

/** One table of the workbook: where its header row is, where each known column is, its data rows. */
interface Table<F extends string> {
  readonly sheet: string;
  readonly columns: ReadonlyMap<F, number>;
  readonly headers: ReadonlyMap<F, string>;
  /** Data rows: their 1-based row number and cells. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly GridCell[] }[];
}

function findGrid(grids: AuthoringGrids, name: string): readonly (readonly GridCell[])[] | undefined {
  const exact = grids.get(name);
  if (exact) return exact;
  const wanted = normalizeWord(name);
  for (const [sheet, grid] of grids) if (normalizeWord(sheet) === wanted) return grid;
  return undefined;
}

/** Columns of `cells` by header, first occurrence. */
function headerColumns<F extends string>(cells: readonly GridCell[], columns: readonly AuthoringColumn<F>[]): Map<F, number> {
  const found = new Map<F, number>();
  const at = new Map<string, number>();
  cells.forEach((c, i) => {
    const word = typeof c === 'string' ? normalizeWord(c) : '';
    if (word !== '' && !at.has(word)) at.set(word, i);
  });
  for (const c of columns) {
    const i = at.get(normalizeWord(c.header));
    if (i !== undefined) found.set(c.field, i);
  }
  return found;
}

function readTable<F extends string>(
  grids: AuthoringGrids,
  sheet: string,
  columns: readonly AuthoringColumn<F>[],
  problems: SetProblem[],
  optional = false,
): Table<F> | null {
  const grid = findGrid(grids, sheet);
  if (!grid) {
    if (optional) return null;
    problems.push({ place: { sheet, cell: null }, message: P.missingSheet(sheet) });
    return null;
  }
  const required = columns.filter((c) => c.required);
  let best: { index: number; found: Map<F, number> } | null = null;
  let headerIndex = -1;
  for (let i = 0; i < grid.length; i++) {
    const found = headerColumns(grid[i] ?? [], columns);
    if (required.every((c) => found.has(c.field))) {
      headerIndex = i;
      best = { index: i, found };
      break;
    }
    if (found.size > 0 && (!best || found.size > best.found.size)) best = { index: i, found };
  }
  if (!best) {
    problems.push({ place: { sheet, cell: null }, message: P.noHeaderRow(sheet, required.map((c) => c.header)) });
    return null;
  }
  if (headerIndex < 0) {
    for (const c of required) {
      if (!best.found.has(c.field)) problems.push({ place: { sheet, cell: null }, message: P.missingHeader(sheet, c.header, best.index + 1) });
    }
    return null;
  }
  const known = [...best.found.values()];
  const rows = grid
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => known.some((col) => !isBlank(cells[col] ?? null)));
  return { sheet, columns: best.found, headers: new Map(columns.map((c) => [c.field, c.header])), rows };
}

/** Reads the cells of one data row, each problem at its cell. */
class RowReader<F extends string> {
  constructor(
    private readonly table: Table<F>,
    private readonly row: number,
    private readonly cells: readonly GridCell[],
    private readonly problems: SetProblem[],
  ) {}

  /** Where a field's cell is; the sheet alone when the column is absent. */
  place(field: F): SetPlace {
    const col = this.table.columns.get(field);
    return { sheet: this.table.sheet, cell: col === undefined ? null : cellAddress(this.row, col + 1) };
  }

  cell(field: F): GridCell {
    const col = this.table.columns.get(field);
    return col === undefined ? null : (this.cells[col] ?? null);
  }

  blank(field: F): boolean {
    return isBlank(this.cell(field));
  }

  /** The cell's text, trimmed unless `verbatim`; '' when blank. */
  text(field: F, verbatim = false): string {
    if (this.blank(field)) return '';
    const t = cellText(this.cell(field));
    return verbatim ? t : t.trim();
  }

  optional(field: F, verbatim = false): string | undefined {
    return this.blank(field) ? undefined : this.text(field, verbatim);
  }

  required(field: F, verbatim = false): string {
    if (this.blank(field)) this.problem(field, P.required(this.header(field)));
    return this.text(field, verbatim);
  }

  number(field: F, whole: boolean, needed: boolean): number | undefined {
    if (this.blank(field)) {
      if (needed) this.problem(field, P.required(this.header(field)));
      return undefined;
    }
    const n = parseNumber(this.cell(field));
    if (n === null) this.problem(field, P.notNumber(this.header(field), this.text(field)));
    else if (whole && !Number.isInteger(n)) this.problem(field, P.notWholeNumber(this.header(field), this.text(field)));
    else return n;
    return undefined;
  }

  word<V>(field: F, words: ReadonlyMap<string, V>, shown: readonly string[], needed: boolean): V | undefined {
    if (this.blank(field)) {
      if (needed) this.problem(field, P.required(this.header(field)));
      return undefined;
    }
    const v = this.cell(field);
    const key = typeof v === 'boolean' ? normalizeWord(v ? W.yes : W.no) : normalizeWord(cellText(v));
    const found = words.get(key);
    if (found === undefined) this.problem(field, P.unknownWord(this.header(field), this.text(field), shown));
    return found;
  }

  yesNo(field: F): boolean | undefined {
    return this.word(field, BOOLEANS, [W.yes, W.no], false);
  }

  condition(field: F): SetCondition | undefined {
    const t = this.optional(field);
    if (t === undefined) return undefined;
    const c = parseCondition(t);
    if (!c) this.problem(field, P.badCondition(this.header(field), t));
    return c ?? undefined;
  }

  problem(field: F, message: string): void {
    this.problems.push({ place: this.place(field), message });
  }

  private header(field: F): string {
    return this.table.headers.get(field) ?? field;
  }
}

/** Places recorded while reading, answered by the SetLocator the reader returns. */
class Places {
  private readonly map = new Map<string, SetPlace>();

  set(key: string, place: SetPlace): void {
    this.map.set(key, place);
  }

  record<F extends string>(prefix: string, reader: RowReader<F>, fields: readonly F[]): void {
    for (const f of fields) this.map.set(`${prefix}:${f}`, reader.place(f));
  }

  get(key: string): SetPlace | null {
    return this.map.get(key) ?? null;
  }

  locator(): SetLocator {
    return {
      identity: (field: IdentityField) => this.get(`identity:${field}`),
      form: (f, field) => this.get(`form:${f}:${field}`),
      row: (f, r, field: RowField) => this.get(`row:${f}:${r}:${field}`),
      rule: (i, field: RuleField) => this.get(`rule:${i}:${field}`),
      sentence: (i, field: SentenceField) => this.get(`sentence:${i}:${field}`),
      districtSentence: (i, field: DistrictSentenceField) => this.get(`district:${i}:${field}`),
    };
  }
}

const readersOf = <F extends string>(table: Table<F> | null, problems: SetProblem[]): RowReader<F>[] =>
  table ? table.rows.map(({ row, cells }) => new RowReader(table, row, cells, problems)) : [];

const fieldsOf = <F extends string>(columns: readonly AuthoringColumn<F>[]): F[] => columns.map((c) => c.field);

interface Identity {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly issuer?: string;
  readonly appliesFrom?: string;
}

function readIdentity(grids: AuthoringGrids, places: Places, problems: SetProblem[]): Identity | null {
  const table = readTable(grids, S.identity, IDENTITY_COLUMNS, problems);
  if (!table) return null;
  const items = Object.entries(H.identityItems) as [IdentityField, string][];
  const byWord = new Map(items.map(([field, text]) => [normalizeWord(text), field]));
  const readers = new Map<IdentityField, RowReader<'item' | 'value' | 'note'>>();
  for (const { row, cells } of table.rows) {
    const reader = new RowReader(table, row, cells, problems);
    const field = byWord.get(normalizeWord(reader.text('item')));
    if (field && !readers.has(field)) readers.set(field, reader);
  }
  const before = problems.length;
  const value = (field: IdentityField): RowReader<'item' | 'value' | 'note'> | undefined => {
    const reader = readers.get(field);
    places.set(`identity:${field}`, reader ? reader.place('value') : { sheet: table.sheet, cell: null });
    return reader;
  };
  const needed = (field: IdentityField): RowReader<'item' | 'value' | 'note'> | undefined => {
    const reader = value(field);
    if (!reader) problems.push({ place: { sheet: table.sheet, cell: null }, message: P.missingItem(H.identityItems[field]) });
    return reader;
  };
  const id = needed('id')?.required('value') ?? '';
  const versionReader = needed('version');
  let version = 0;
  if (versionReader) {
    const v = versionReader.number('value', true, false);
    if (versionReader.blank('value')) versionReader.problem('value', P.required(H.identityItems.version));
    if (v !== undefined) version = v;
  }
  const name = needed('name')?.required('value') ?? '';
  const issuer = value('issuer')?.optional('value');
  const dateReader = value('appliesFrom');
  let appliesFrom: string | undefined;
  if (dateReader && !dateReader.blank('value')) {
    const iso = parseDate(dateReader.cell('value'));
    if (iso === null) dateReader.problem('value', P.notDate(H.identityItems.appliesFrom, dateReader.text('value')));
    else appliesFrom = iso;
  }
  if (problems.length > before) return null;
  return { id, version, name, ...(issuer !== undefined ? { issuer } : {}), ...(appliesFrom !== undefined ? { appliesFrom } : {}) };
}

type RowCol = (typeof ROW_COLUMNS)[number]['field'];
type RuleCol = (typeof RULE_COLUMNS)[number]['field'];
type SentenceCol = (typeof SENTENCE_COLUMNS)[number]['field'];
type DistrictCol = (typeof DISTRICT_SENTENCE_COLUMNS)[number]['field'];

function readRow(reader: RowReader<RowCol>): SetRow | null {
  const key = reader.required('key');
  const stt = reader.text('stt');
  const label = reader.required('label');
  const unit = reader.text('unit');
  const kind = reader.word('kind', KINDS, SET_ROW_KINDS.map((k) => W.kinds[k]), true);
  const part = reader.optional('part');
  const whole = reader.optional('whole');
  const termsText = reader.optional('terms');
  const codesText = reader.optional('codes');
  let codes: SetRow['codes'];
  if (codesText !== undefined) {
    const parsed = parseCodes(codesText);
    if (!parsed) reader.problem('codes', P.badLegend(codesText));
    else codes = parsed;
  }
  const required = reader.yesNo('required');
  const printed = reader.yesNo('printed');
  const across = reader.word('across', ACROSS, ACROSS_CLASSES.map((c) => W.across[c]), false);
  const compare = reader.yesNo('compare');
  // CONTRACTS.md writes `có` for a key ratio: it takes the places after the numbered ones, in the sheet's order (keyRatioYes).
  const keyRatioWord = reader.blank('keyRatio') ? undefined : BOOLEANS.get(normalizeWord(reader.text('keyRatio')));
  const keyRatio = keyRatioWord === undefined ? reader.number('keyRatio', true, false) : undefined;
  const keyRatioName = reader.optional('keyRatioName');
  const wordsText = reader.optional('words');
  const topic = reader.optional('topic');
  const labelBySuperior = reader.optional('labelBySuperior');
  const zeroText = reader.optional('zeroWhen');
  const notExpectedWhen = reader.condition('notExpectedWhen');
  if (kind === undefined) return null;
  const terms = termsText === undefined ? [] : splitList(termsText, 'sum');
  const words = wordsText === undefined ? [] : splitList(wordsText, 'items');
  const zeroWhen = zeroText === undefined ? [] : parseGroups(zeroText);
  return {
    key,
    stt,
    label,
    ...(labelBySuperior !== undefined ? { labelBySuperior } : {}),
    unit,
    kind,
    ...(part !== undefined ? { part } : {}),
    ...(whole !== undefined ? { whole } : {}),
    ...(terms.length > 0 ? { terms } : {}),
    ...(codes !== undefined ? { codes } : {}),
    ...(required !== undefined ? { required } : {}),
    ...(printed !== undefined ? { printed } : {}),
    ...(across !== undefined ? { across } : {}),
    ...(compare !== undefined ? { compare } : {}),
    ...(keyRatio !== undefined ? { keyRatio } : {}),
    ...(keyRatioName !== undefined ? { keyRatioName } : {}),
    ...(words.length > 0 ? { words } : {}),
    ...(topic !== undefined ? { topic } : {}),
    ...(zeroWhen.length > 0 ? { zeroWhen } : {}),
    ...(notExpectedWhen !== undefined ? { notExpectedWhen } : {}),
    ...(keyRatioWord === true ? { [KEY_RATIO_YES]: true } : {}),
  };
}

/** A row read with `có` in `Chỉ tiêu chính`, until its place is given (numberKeyRatios). */
const KEY_RATIO_YES = Symbol('keyRatioYes');

/** Rows marked `có` take the places after the highest number given, in the sheet's order. */
function numberKeyRatios(forms: readonly { rows: SetRow[] }[]): void {
  const all = forms.flatMap((f) => f.rows);
  let next = Math.max(0, ...all.map((r) => r.keyRatio ?? 0)) + 1;
  for (const f of forms) {
    f.rows = f.rows.map((r) => {
      if (!(KEY_RATIO_YES in r)) return r;
      const { [KEY_RATIO_YES]: _yes, ...rest } = r as SetRow & { [KEY_RATIO_YES]?: true };
      return { ...rest, keyRatio: next++ };
    });
  }
}

function readRule(reader: RowReader<RuleCol>): SetRule | null {
  const form = reader.number('form', true, true);
  const rowsText = reader.required('rows');
  const operator = reader.word('operator', OPERATORS, SET_OPERATORS.map((o) => W.operators[o]), true);
  const againstRows = reader.optional('against');
  const againstNumber = reader.number('againstNumber', false, false);
  if (againstRows !== undefined && !reader.blank('againstNumber')) reader.problem('againstNumber', P.bothAgainst(H.rules.against, H.rules.againstNumber));
  const severity = reader.word('severity', SEVERITIES, [W.severities.error, W.severities.warning], true);
  const message = reader.optional('message');
  const id = reader.optional('id');
  const when = reader.condition('when');
  if (form === undefined || operator === undefined || severity === undefined) return null;
  return {
    form,
    rows: splitList(rowsText, 'sum'),
    operator,
    against: againstNumber ?? (againstRows === undefined ? [] : splitList(againstRows, 'sum')),
    severity,
    ...(message !== undefined ? { message } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(when !== undefined ? { when } : {}),
  };
}

function readSentence(reader: RowReader<SentenceCol>): SetSentence | null {
  const section = reader.required('section');
  const order = reader.number('order', false, true);
  const form = reader.number('form', true, true);
  const rowsText = reader.optional('rows');
  const template = reader.required('template', true);
  const joinerText = reader.optional('joiner', true);
  const when = reader.condition('when');
  if (order === undefined || form === undefined) return null;
  return {
    section,
    order,
    form,
    rows: rowsText === undefined ? [] : splitList(rowsText, 'rows'),
    template,
    ...(joinerText !== undefined ? { joiner: parseJoiner(joinerText) } : {}),
    ...(when !== undefined ? { when } : {}),
  };
}

function readDistrictSentence(reader: RowReader<DistrictCol>): SetDistrictSentence | null {
  const form = reader.number('form', true, true);
  const rowsText = reader.required('rows');
  const ratio = reader.optional('ratio');
  const topic = reader.required('topic');
  const template = reader.required('template', true);
  if (form === undefined) return null;
  return { form, rows: splitList(rowsText, 'rows'), ...(ratio !== undefined ? { ratio } : {}), topic, template };
}

/**
 * The form set an authoring workbook holds, with the cell each item was read from; or every problem
 * that kept it from being read (a missing sheet or header, an unknown word, an unreadable legend or
 * condition, text where a number belongs), each at its sheet and cell. What the set means (unknown
 * rows, cycles, duplicate keys) is checkFormSet's to judge, at the places `where` gives.
 */
export function readAuthoringGrids(grids: AuthoringGrids): AuthoringRead {
  const problems: SetProblem[] = [];
  const places = new Places();
  const identity = readIdentity(grids, places, problems);

  const forms: { number: number; title: string; rows: SetRow[] }[] = [];
  const beforeForms = problems.length;
  const formTable = readTable(grids, S.forms, FORM_COLUMNS, problems);
  for (const reader of readersOf(formTable, problems)) {
    const number = reader.number('number', true, true);
    const title = reader.required('title');
    if (number === undefined) continue;
    places.record(`form:${forms.length}`, reader, fieldsOf(FORM_COLUMNS));
    forms.push({ number, title, rows: [] });
  }
  // A row's form is judged missing only when every form was read: else the form's own problem says enough.
  const formsRead = formTable !== null && problems.length === beforeForms;

  const rowTable = readTable(grids, S.rows, ROW_COLUMNS, problems);
  for (const reader of readersOf(rowTable, problems)) {
    const number = reader.number('form', true, true);
    const read = readRow(reader);
    if (number === undefined || !read) continue;
    const formIndex = forms.findIndex((f) => f.number === number);
    const form = forms[formIndex];
    if (!form) {
      if (formsRead) reader.problem('form', P.unknownForm(number, S.forms));
      continue;
    }
    places.record(`row:${formIndex}:${form.rows.length}`, reader, fieldsOf(ROW_COLUMNS));
    form.rows.push(read);
  }

  numberKeyRatios(forms);

  const rules: SetRule[] = [];
  const ruleTable = readTable(grids, S.rules, RULE_COLUMNS, problems);
  for (const reader of readersOf(ruleTable, problems)) {
    const rule = readRule(reader);
    if (!rule) continue;
    places.record(`rule:${rules.length}`, reader, fieldsOf(RULE_COLUMNS));
    // `Với số` holds the rule's other side when it is a number.
    if (typeof rule.against === 'number') places.set(`rule:${rules.length}:against`, reader.place('againstNumber'));
    rules.push(rule);
  }

  const sentences: SetSentence[] = [];
  const sentenceTable = readTable(grids, S.sentences, SENTENCE_COLUMNS, problems);
  for (const reader of readersOf(sentenceTable, problems)) {
    const sentence = readSentence(reader);
    if (!sentence) continue;
    places.record(`sentence:${sentences.length}`, reader, fieldsOf(SENTENCE_COLUMNS));
    sentences.push(sentence);
  }

  // `Câu văn tổng hợp` may be left out: the district's report then says nothing on the totals.
  const districtSentences: SetDistrictSentence[] = [];
  const districtTable = readTable(grids, S.districtSentences, DISTRICT_SENTENCE_COLUMNS, problems, true);
  for (const reader of readersOf(districtTable, problems)) {
    const d = readDistrictSentence(reader);
    if (!d) continue;
    places.record(`district:${districtSentences.length}`, reader, fieldsOf(DISTRICT_SENTENCE_COLUMNS));
    districtSentences.push(d);
  }

  if (problems.length > 0 || !identity) return { problems };
  const set: FormSetDef = {
    formSetVersion: FORM_SET_FORMAT_VERSION,
    id: identity.id,
    version: identity.version,
    name: identity.name,
    ...(identity.issuer !== undefined ? { issuer: identity.issuer } : {}),
    ...(identity.appliesFrom !== undefined ? { appliesFrom: identity.appliesFrom } : {}),
    forms: forms as SetForm[],
    rules,
    sentences,
    ...(districtSentences.length > 0 ? { districtSentences } : {}),
  };
  return { set, where: places.locator() };
}
