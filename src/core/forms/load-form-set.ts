// A form set from its JSON text: syntax, then shape (zod, its issues worded here in Vietnamese at their JSON path), then checkFormSet; a set with a problem is never returned.
import '../data/zod-config';
import type { z } from 'zod';
import { JsonSyntaxError, parseJsonText } from '../data/json-syntax';
import { FORMSET_TEXT } from '../i18n/form-sets';
import { checkFormSet, type CheckFormSetOptions } from './check-form-set';
import type { FormSetDef } from './form-set';
import { formSetSchema } from './form-set-schema';
import { jsonLocator, type SetProblem } from './set-problem';

const T = FORMSET_TEXT.check;
const S = FORMSET_TEXT.shape;
const H = FORMSET_TEXT.headers;

export type FormSetLoad = { readonly set: FormSetDef } | { readonly problems: SetProblem[] };

/** The set in `text`, or every problem found: a syntax error alone, else the shape's problems, else the set's own (checkFormSet). */
export function parseFormSetJson(text: string, options: CheckFormSetOptions = {}): FormSetLoad {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { problems: [{ place: null, message: T.problem(T.item.set, S.notJson(e.message)) }] };
    throw e;
  }
  return formSetFromJson(json, options);
}

/** Whether parsed JSON is meant as a form set at all: an object with the set's version or a list of forms (report data keeps its forms in an object). */
export function looksLikeFormSet(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  return 'formSetVersion' in json || Array.isArray((json as { readonly forms?: unknown }).forms);
}

/** A set from parsed JSON: its shape, then checkFormSet. */
export function formSetFromJson(json: unknown, options: CheckFormSetOptions = {}): FormSetLoad {
  const parsed = formSetSchema.safeParse(json);
  // What the rows mean together cannot be checked on a shape that is wrong: its problems come first, alone.
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => shapeProblem(json, issue)) };
  const problems = checkFormSet(parsed.data, jsonLocator, options);
  return problems.length > 0 ? { problems } : { set: parsed.data };
}

type Path = readonly PropertyKey[];

/** "forms[2].rows[4].kind", as jsonLocator writes places. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function valueAt(json: unknown, path: Path): unknown {
  let v = json;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asWhole = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const headerOf = (headers: Readonly<Record<string, string>>, field: PropertyKey | undefined): string | undefined =>
  typeof field === 'string' ? headers[field] : undefined;

/** The item a path is in, named as checkFormSet names it where the JSON lets it, and the field's name with its workbook column. */
function itemAndField(json: unknown, path: Path): { readonly item: string; readonly field: string } {
  const [top, i, sub, j, field] = path;
  const named = (name: PropertyKey | undefined, header: string | undefined): string => (name === undefined ? S.itself : S.field(String(name), header));
  if (top === 'forms' && typeof i === 'number') {
    const form = valueAt(json, ['forms', i]);
    const number = asWhole(valueAt(form, ['number']));
    if (sub === 'rows' && typeof j === 'number') {
      const key = asText(valueAt(form, ['rows', j, 'key']));
      const item = number !== null && key !== null ? T.item.row(null, number, key) : T.item.rowAt(null, i, j);
      return { item, field: named(field, headerOf(H.rows, field)) };
    }
    const header = sub === 'rows' ? FORMSET_TEXT.sheets.rows : headerOf(H.forms, sub);
    return { item: number !== null ? T.item.form(null, number) : T.item.formAt(null, i), field: named(sub, header) };
  }
  if (top === 'rules' && typeof i === 'number') {
    const form = asWhole(valueAt(json, ['rules', i, 'form']));
    const rows = valueAt(json, ['rules', i, 'rows']);
    const keys = Array.isArray(rows) && rows.every((r) => typeof r === 'string') ? (rows as string[]) : null;
    const item = form !== null && keys !== null ? T.item.rule(null, i, form, keys) : T.item.ruleAt(null, i);
    return { item, field: named(sub, headerOf(H.rules, sub)) };
  }
  if (top === 'sentences' && typeof i === 'number') {
    const section = asText(valueAt(json, ['sentences', i, 'section']));
    const order = valueAt(json, ['sentences', i, 'order']);
    const item = section !== null && typeof order === 'number' ? T.item.sentence(null, i, section, order) : T.item.sentenceAt(null, i);
    return { item, field: named(sub, headerOf(H.sentences, sub)) };
  }
  if (top === 'districtSentences' && typeof i === 'number') {
    const form = asWhole(valueAt(json, ['districtSentences', i, 'form']));
    const item = form !== null ? T.item.districtSentence(null, i, form) : T.item.districtSentenceAt(null, i);
    return { item, field: named(sub, headerOf(H.districtSentences, sub)) };
  }
  const sheets: Readonly<Record<string, string>> = {
    forms: FORMSET_TEXT.sheets.forms,
    rules: FORMSET_TEXT.sheets.rules,
    sentences: FORMSET_TEXT.sheets.sentences,
    districtSentences: FORMSET_TEXT.sheets.districtSentences,
  };
  return { item: T.item.set, field: named(top, headerOf(H.identityItems, top) ?? headerOf(sheets, top)) };
}

/** One zod issue as a Vietnamese problem at its JSON path; zod's own (English) message is never shown. */
function shapeProblem(json: unknown, issue: z.core.$ZodIssue): SetProblem {
  const { item, field } = itemAndField(json, issue.path);
  const value = valueAt(json, issue.path);
  const text = ((): string => {
    switch (issue.code) {
      case 'invalid_type':
        return value === undefined ? S.missing(field) : S.type(field, issue.expected);
      case 'invalid_value':
        if (value === undefined) return S.missing(field);
        return S.oneOf(field, typeof value === 'string' ? value : JSON.stringify(value) ?? '', issue.values.map((v) => String(v)));
      case 'too_small':
        if (issue.origin === 'string') return S.empty(field);
        return issue.origin === 'array' ? S.tooFew(field, String(issue.minimum)) : S.tooSmall(field, String(issue.minimum));
      case 'too_big':
        return S.tooBig(field, String(issue.maximum));
      case 'unrecognized_keys':
        return S.unknownFields(issue.keys);
      case 'invalid_union':
        return S.listOrNumber(field);
      case 'invalid_format':
        return issue.path[0] === 'rules' && issue.path[2] === 'id' ? T.ruleIdFormat(String(value)) : S.invalid(field);
      default:
        return S.invalid(field);
    }
  })();
  return { place: issue.path.length > 0 ? { sheet: null, cell: pathText(issue.path) } : null, message: T.problem(item, text) };
}
