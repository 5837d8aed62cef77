// One immutable catalogue from a form set's data: the forms' rows, the rules, the rows' classes across periods, the key ratios.
import type { FormSetDef, RowText, SetCondition, SetDistrictSentence, SetRow, SetRule, SetSentence } from './form-set';
import type { CodeOption, FormDef, FormNumber, FormRow } from './types';
import { DATA_TEXT } from '../i18n/data';
import { RULE_IDS, type RuleId } from '../rules/types';
import { MISSING_STRATEGIES as M, type Operator, type Relevance, type RowRef, type ValidationRule } from '../rules/validation-rule';

/** Groups of rows that, all 0, make a row 0 (nothing assigned, nothing done), and the rows they make 0. */
export type ImpliedZeros = readonly (readonly [wholes: readonly string[], parts: readonly string[]])[];
/** A whole split into parts that add up to at most the whole (BM1 4.1 ≥ 4.2 + 4.3 + 4.4). */
export type Partitions = readonly (readonly [whole: string, parts: readonly string[]])[];

export interface FormCatalogue {
  /** The set the catalogue was built from, as data. */
  readonly definition: FormSetDef;
  readonly forms: readonly FormDef[];
  readonly rules: readonly ValidationRule[];
  /** Inputs not expected under an answer (survey details when there was no survey). */
  readonly relevance: readonly Relevance[];
  /** Rows across periods (DOMAIN.md), in the set's order. */
  readonly standing: readonly RowRef[];
  readonly yearPlan: readonly RowRef[];
  readonly cumulative: readonly RowRef[];
  /** Rows the report compares with the same period of last year. */
  readonly compared: readonly RowRef[];
  /** The ratios a district's report ranks its communes by, in their order. */
  readonly keyRatios: readonly RowRef[];
  readonly impliedZeros: ReadonlyMap<number, ImpliedZeros>;
  readonly partitions: ReadonlyMap<number, Partitions>;
  /** The report's generated sentences (the set's `Câu văn`), in the set's order. */
  readonly sentences: readonly SetSentence[];
  /** The district report's sentences on the totals (the set's `Câu văn tổng hợp`), in order; none when the set has none. */
  readonly districtSentences: readonly SetDistrictSentence[];
  /** The numbers of the set's forms, in order. */
  readonly formNumbers: readonly FormNumber[];
  /** The form numbered `n`; a RangeError (Vietnamese message) when the set has none. */
  form(n: FormNumber): FormDef;
  /** The form numbered `n`, or undefined. */
  findForm(n: FormNumber): FormDef | undefined;
  /** The row of form `n` by key, or undefined. */
  row(n: FormNumber, key: string): FormRow | undefined;
  /** The row's place in its form (0 first), or undefined. */
  rowIndex(n: FormNumber, key: string): number | undefined;
}

/** "2.1" in form `from`, "BM7 6.7.1" in another: the row it names. */
export function parseRowText(text: RowText, from: number): RowRef {
  const m = /^\s*BM\s*(\d+)\s+(\S+)\s*$/iu.exec(text);
  return m ? { form: Number(m[1]) as FormNumber, key: m[2] ?? '' } : { form: from as FormNumber, key: text.trim() };
}

const OPERATORS: Readonly<Record<SetRule['operator'], Operator>> = { '<=': '<=', '<': '<', '=': '==', '>=': '>=', '>': '>', filled: 'filled' };

function toRow(row: SetRow): FormRow {
  const base = {
    key: row.key,
    stt: row.stt,
    label: row.label,
    unit: row.unit,
    ...(row.labelBySuperior !== undefined ? { labelBySuperior: row.labelBySuperior } : {}),
    ...(row.topic !== undefined ? { topic: row.topic } : {}),
    ...(row.required !== undefined ? { required: row.required } : {}),
    ...(row.printed !== undefined ? { printed: row.printed } : {}),
    ...(row.words !== undefined ? { words: row.words } : {}),
    ...(row.keyRatioName !== undefined ? { keyRatioName: row.keyRatioName } : {}),
  };
  switch (row.kind) {
    case 'ratio':
      return { ...base, kind: 'ratio', part: row.part ?? '', whole: row.whole ?? '' };
    case 'sum':
      return { ...base, kind: 'sum', terms: row.terms ?? [] };
    case 'code':
      return { ...base, kind: 'code', codes: (row.codes ?? []).map((c): CodeOption => ({ value: c.value, label: c.label })) };
    default:
      return { ...base, kind: row.kind };
  }
}

const condition = (c: SetCondition, from: number): { readonly row: RowRef; readonly equals: number } => ({ row: parseRowText(c.key, from), equals: c.equals });

function toRule(rule: SetRule): ValidationRule {
  const rows = rule.rows.map((r) => parseRowText(r, rule.form));
  const [anchor] = rows;
  if (!anchor) throw new RangeError('rule without a row');
  const against = typeof rule.against === 'number' ? [] : rule.against.map((r) => parseRowText(r, rule.form));
  const right = typeof rule.against === 'number' ? { constant: rule.against } : { rows: against };
  const crossForm = [...rows, ...against].some((r) => r.form !== rule.form);
  const id = (rule.id ?? (rule.when ? RULE_IDS.conditional : crossForm ? RULE_IDS.crossForm : RULE_IDS.partExceedsWhole)) as RuleId;
  return {
    id,
    severity: rule.severity,
    anchor,
    ...(rule.when ? { when: condition(rule.when, rule.form) } : {}),
    left: { rows },
    // A conditional rule says "empty or 0" itself, so empty counts as 0 there; parts of a whole add the rows that hold numbers.
    leftMissing: rule.when ? M.neverSkip : M.skipIfAll,
    operator: OPERATORS[rule.operator],
    right,
    rightMissing: M.skipIfAny,
    ...(rule.message !== undefined ? { hint: rule.message } : {}),
  };
}

/** The catalogue of a set whose data has passed its checks (check-form-set.ts); the result is frozen. */
export function buildCatalogue(definition: FormSetDef): FormCatalogue {
  const forms: FormDef[] = definition.forms.map((f) => ({ number: f.number as FormNumber, title: f.title, rows: f.rows.map(toRow) }));
  const refsWhere = (test: (row: SetRow) => boolean): RowRef[] =>
    definition.forms.flatMap((f) => f.rows.filter(test).map((r) => ({ form: f.number as FormNumber, key: r.key })));
  const keyRatios = definition.forms
    .flatMap((f) => f.rows.filter((r) => r.keyRatio !== undefined).map((r) => ({ ref: { form: f.number as FormNumber, key: r.key }, place: r.keyRatio ?? 0 })))
    .sort((a, b) => a.place - b.place)
    .map((x) => x.ref);
  const relevance: Relevance[] = definition.forms.flatMap((f) =>
    f.rows.flatMap((r) => (r.notExpectedWhen ? [{ row: { form: f.number as FormNumber, key: r.key }, unlessEquals: condition(r.notExpectedWhen, f.number) }] : [])),
  );
  const impliedZeros = new Map<number, ImpliedZeros>();
  for (const f of definition.forms) {
    const groups = f.rows.flatMap((r) => (r.zeroWhen ?? []).map((wholes) => [wholes.map((w) => w.trim()), [r.key]] as const));
    if (groups.length) impliedZeros.set(f.number, groups);
  }
  // Parts that add up to at most their whole: an error rule within one form over several parts.
  const partitions = new Map<number, Partitions>();
  for (const rule of definition.rules) {
    if (rule.when || rule.operator !== '<=' || rule.rows.length < 2 || typeof rule.against === 'number' || rule.against.length !== 1) continue;
    const refs = [...rule.rows, ...rule.against].map((r) => parseRowText(r, rule.form));
    if (refs.some((r) => r.form !== rule.form)) continue;
    const [whole] = rule.against;
    partitions.set(rule.form, [...(partitions.get(rule.form) ?? []), [(whole ?? '').trim(), refs.slice(0, -1).map((r) => r.key)]]);
  }
  const formByNumber = new Map<number, FormDef>(forms.map((f) => [f.number, f] as const));
  const rowByKey = new Map<string, { readonly row: FormRow; readonly index: number }>(
    forms.flatMap((f) => f.rows.map((row, index) => [`${f.number}:${row.key}`, { row, index }] as const)),
  );
  const catalogue: FormCatalogue = {
    definition,
    forms,
    rules: definition.rules.map(toRule),
    relevance,
    standing: refsWhere((r) => r.across === 'standing'),
    yearPlan: refsWhere((r) => r.across === 'yearPlan'),
    cumulative: refsWhere((r) => r.across === 'cumulative'),
    compared: refsWhere((r) => r.compare === true),
    keyRatios,
    impliedZeros,
    partitions,
    sentences: definition.sentences,
    districtSentences: definition.districtSentences ?? [],
    formNumbers: forms.map((f) => f.number),
    form(n) {
      const form = formByNumber.get(n);
      if (!form) throw new RangeError(DATA_TEXT.noSuchForm(n));
      return form;
    },
    findForm: (n) => formByNumber.get(n),
    row: (n, key) => rowByKey.get(`${n}:${key}`)?.row,
    rowIndex: (n, key) => rowByKey.get(`${n}:${key}`)?.index,
  };
  return deepFreeze(catalogue);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (!(value instanceof Map)) for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
